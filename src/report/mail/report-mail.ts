/**
 * The "Kirim ke pimpinan" e-mail: subject, plain-text body and the same body as escaped HTML,
 * with the deck's link, the month's headline figures and their sentences, and the PDF attached
 * (or linked when it is too big for Gmail). Pure: data in, message out; MailApp sends it.
 */

import { formatNumber } from "../../core/words/format";
import { escapeHtml } from "../../core/words/html";
import type { WorkbookData } from "../../core/workbook/data";
import { type Month, monthLabel } from "../../core/workbook/period";
import { monthHeadlines } from "./headlines";

/** Gmail refuses messages whose attachments exceed 25 MB; MIME encoding adds about a third. */
export const MAX_ATTACHMENT_BYTES = Math.floor((25 * 1024 * 1024 * 3) / 4);

export interface ReportMailInput {
  month: Month;
  data: WorkbookData;
  recipients: readonly string[];
  /** Pengaturan > Pesan Pengantar (may be empty). */
  message: string;
  unitName: string;
  deckUrl: string;
  /**
   * The month's exported PDF: attached when its size fits (or is not known yet, as in the
   * preview), linked when it is too big or its bytes could not be fetched (`unavailable`).
   */
  pdf?: { url: string; bytes?: number; unavailable?: boolean };
}

export interface ReportMail {
  to: string[];
  subject: string;
  body: string;
  htmlBody: string;
  /** Whether the PDF travels as an attachment (else its link is in the body). */
  attachPdf: boolean;
}

export function reportMailSubject(month: Month): string {
  return `Laporan Layanan Informasi - ${monthLabel(month)}`;
}

function pdfFits(pdf: NonNullable<ReportMailInput["pdf"]>): boolean {
  return !pdf.unavailable && (pdf.bytes === undefined || pdf.bytes <= MAX_ATTACHMENT_BYTES);
}

function megabytes(bytes: number): string {
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

const link = (url: string): string => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
const paragraph = (text: string): string => `<p>${escapeHtml(text).replace(/\r?\n/g, "<br>")}</p>`;

export function composeReportMail(input: ReportMailInput): ReportMail {
  const label = monthLabel(input.month);
  const { headlines, footnote } = monthHeadlines(input.data, input.month);
  const attachPdf = input.pdf !== undefined && pdfFits(input.pdf);
  const intro = `Berikut laporan bulanan layanan informasi ${input.unitName} bulan ${label}.`;
  let pdfLine: string | undefined;
  if (input.pdf && attachPdf) pdfLine = "Salinan PDF terlampir.";
  else if (input.pdf) {
    const size =
      input.pdf.bytes !== undefined
        ? ` (${megabytes(input.pdf.bytes)}, terlalu besar untuk dilampirkan)`
        : "";
    pdfLine = `PDF${size}: ${input.pdf.url}`;
  }
  const closing = "E-mail ini dikirim melalui Laporan Layanan.";

  const text: string[] = [];
  if (input.message) text.push(input.message, "");
  text.push(intro, "", `Presentasi: ${input.deckUrl}`);
  if (pdfLine) text.push(pdfLine);
  text.push("", `Ringkasan ${label}:`);
  for (const h of headlines) text.push(`- ${h.label}: ${h.value}`, `  ${h.sentence}`);
  text.push(footnote, "", closing);

  const html: string[] = [];
  if (input.message) html.push(paragraph(input.message));
  html.push(paragraph(intro), `<p>Presentasi: ${link(input.deckUrl)}</p>`);
  if (input.pdf && attachPdf) html.push(paragraph("Salinan PDF terlampir."));
  else if (input.pdf && pdfLine) {
    html.push(
      `<p>${escapeHtml(pdfLine.slice(0, pdfLine.lastIndexOf(input.pdf.url)))}${link(input.pdf.url)}</p>`,
    );
  }
  html.push(`<p><strong>${escapeHtml(`Ringkasan ${label}`)}</strong></p>`, "<ul>");
  for (const h of headlines) {
    html.push(
      `<li><strong>${escapeHtml(h.label)}: ${escapeHtml(h.value)}</strong><br>${escapeHtml(h.sentence)}</li>`,
    );
  }
  html.push("</ul>", `<p><small>${escapeHtml(footnote)}</small></p>`, paragraph(closing));

  return {
    to: [...input.recipients],
    subject: reportMailSubject(input.month),
    body: text.join("\n"),
    htmlBody: html.join("\n"),
    attachPdf,
  };
}
