import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../../examples/sample-workbook";
import { checkMonth } from "../../../src/core/judgement/report-check";
import { composeReminder } from "../../../src/core/mail/reminder-mail";
import { toMonth } from "../../../src/core/workbook/period";
import { incompleteNovember } from "../../fixtures/incomplete-month";

const NOV = toMonth("2023-11");
const URL = "https://docs.google.com/spreadsheets/d/wb1/edit";

describe("composeReminder", () => {
  it("sends nothing when the month is complete and without errors", () => {
    expect(composeReminder(checkMonth(sampleWorkbook(), NOV), URL)).toBeUndefined();
  });

  it("lists the empty, partial and wrong tabs with the workbook's link", () => {
    const mail = composeReminder(checkMonth(incompleteNovember(), NOV), URL);
    expect(mail?.subject).toBe("Pengingat: data Laporan Layanan November 2023 belum lengkap");
    expect(mail?.empty).toEqual(["Webinar"]);
    expect(mail?.partial).toEqual(["Tiket Konsultasi"]);
    expect(mail?.wrong).toEqual(["PPID"]);
    expect(mail?.body).toContain(`Workbook: ${URL}`);
    expect(mail?.body).toContain(
      "Belum diisi: Webinar\nBaru sebagian: Tiket Konsultasi\nAda kesalahan: PPID",
    );
    expect(mail?.body).toMatch(/- Tab "PPID", baris \d+, kolom B/);
    expect(mail?.htmlBody).toContain("<li><strong>Belum diisi:</strong> Webinar</li>");
  });
});
