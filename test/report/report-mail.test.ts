/**
 * The report e-mail over the sample workbook. Expected figures and sentences come from the
 * November 2023 reference (transcribed from the seed), spelled as the report spells them.
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import { composeReportMail, MAX_ATTACHMENT_BYTES } from "../../src/report/mail/report-mail";

const NOV = toMonth("2023-11");
const data = parseWorkbook(sampleWorkbook()).data;
const base = {
  month: NOV,
  data,
  recipients: ["kabiro@kemenkeu.go.id", "sesditjen@kemenkeu.go.id"],
  message: "",
  unitName: "Direktorat Jenderal Perimbangan Keuangan",
  deckUrl: "https://docs.google.com/presentation/d/abc/edit",
};

describe("composeReportMail", () => {
  it("has the report's subject, the recipients and the deck's link", () => {
    const mail = composeReportMail(base);
    expect(mail.subject).toBe("Laporan Layanan Informasi - November 2023");
    expect(mail.to).toEqual(base.recipients);
    expect(mail.body).toContain("Presentasi: https://docs.google.com/presentation/d/abc/edit");
    expect(mail.htmlBody).toContain(
      '<a href="https://docs.google.com/presentation/d/abc/edit">https://docs.google.com/presentation/d/abc/edit</a>',
    );
    expect(mail.attachPdf).toBe(false);
  });

  it("states the summary tiles with the report's comparison sentences", () => {
    const { body } = composeReportMail(base);
    expect(body).toContain("- Publikasi Website: 10\n");
    expect(body).toContain(
      "Publikasi Website bulan November 2023 turun 41,2% dibandingkan bulan sebelumnya (17) dan bulan November 2022 (17).",
    );
    expect(body).toContain("- Tiket Konsultasi: 1.271\n");
    expect(body).toContain(
      "Tiket Konsultasi bulan November 2023 turun 12,3% dibandingkan bulan sebelumnya (1.450) dan turun 3,9% dibandingkan bulan November 2022 (1.322).",
    );
    expect(body).toContain("*rata-rata publikasi media sosial");
  });

  it("puts the covering message first and escapes it in the HTML body", () => {
    const mail = composeReportMail({ ...base, message: 'Yth. Bapak <b>Kepala</b> & "tim"\nSalam' });
    expect(mail.body.startsWith('Yth. Bapak <b>Kepala</b> & "tim"\nSalam\n\nBerikut laporan')).toBe(true);
    expect(mail.htmlBody).toContain(
      "<p>Yth. Bapak &lt;b&gt;Kepala&lt;/b&gt; &amp; &quot;tim&quot;<br>Salam</p>",
    );
    expect(mail.htmlBody).not.toContain("<b>Kepala");
  });

  it("attaches the PDF within Gmail's limit, else links it with its size", () => {
    const pdf = { url: "https://drive.google.com/file/d/pdf1/view" };
    const small = composeReportMail({ ...base, pdf: { ...pdf, bytes: 2_000_000 } });
    expect(small.attachPdf).toBe(true);
    expect(small.body).toContain("Salinan PDF terlampir.");
    expect(small.body).not.toContain(pdf.url);
    const big = composeReportMail({ ...base, pdf: { ...pdf, bytes: MAX_ATTACHMENT_BYTES + 1 } });
    expect(big.attachPdf).toBe(false);
    expect(big.body).toContain(`PDF (18,8 MB, terlalu besar untuk dilampirkan): ${pdf.url}`);
    expect(big.htmlBody).toContain(`<a href="${pdf.url}">`);
    const unknown = composeReportMail({ ...base, pdf });
    expect(unknown.attachPdf).toBe(true);
    const failed = composeReportMail({ ...base, pdf: { ...pdf, unavailable: true } });
    expect(failed.attachPdf).toBe(false);
    expect(failed.body).toContain(`PDF: ${pdf.url}`);
  });

  it("says which tiles have no data for the month instead of a sentence", () => {
    const empty = parseWorkbook({}).data;
    const { body } = composeReportMail({ ...base, data: empty });
    expect(body).toContain(
      "- Publikasi Website: -\n  Data Publikasi Website untuk November 2023 belum diisi.",
    );
  });
});
