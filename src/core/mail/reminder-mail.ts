/**
 * The monthly reminder: which tabs of the month just ended are empty, partial or wrong, as
 * Periksa Data checks them, with the workbook's link. Nothing to send when the month is complete
 * and without errors.
 */

import { CHECK_ITEM, menuPath } from "../entry/menu-path";
import type { MonthCheck } from "../judgement/report-check";
import { escapeHtml } from "../words/html";
import { monthLabel } from "../workbook/period";

export interface ReminderMail {
  subject: string;
  body: string;
  htmlBody: string;
  empty: string[];
  partial: string[];
  wrong: string[];
}

const MAX_ERRORS_LISTED = 10;

export function composeReminder(check: MonthCheck, workbookUrl: string): ReminderMail | undefined {
  const { summary } = check;
  const empty = summary.channels.filter((c) => c.status === "kosong").map((c) => c.tab);
  const partial = summary.channels.filter((c) => c.status === "sebagian").map((c) => c.tab);
  const errorTabs = check.errors.flatMap((f) => (f.tab ? [f.tab] : []));
  const wrong = [
    ...new Set([
      ...summary.channels.filter((c) => c.status === "ada-kesalahan").map((c) => c.tab),
      ...errorTabs,
    ]),
  ];
  if (empty.length === 0 && partial.length === 0 && wrong.length === 0 && check.errors.length === 0) {
    return undefined;
  }
  const label = summary.monthLabel;
  const groups: [string, string[]][] = [
    ["Belum diisi", empty],
    ["Baru sebagian", partial],
    ["Ada kesalahan", wrong],
  ];
  const errors = check.errors.slice(0, MAX_ERRORS_LISTED).map((f) => f.message);
  const more = check.errors.length - errors.length;
  const intro = `Data ${label} di workbook Laporan Layanan belum lengkap atau masih ada kesalahan. Mohon dilengkapi sebelum laporan dibuat.`;
  const closing = `Periksa dengan menu ${menuPath(CHECK_ITEM)} (bulan ${summary.month}). Pengingat ini dikirim otomatis oleh Laporan Layanan.`;

  const text: string[] = [intro, "", `Workbook: ${workbookUrl}`, ""];
  for (const [title, tabs] of groups) if (tabs.length > 0) text.push(`${title}: ${tabs.join(", ")}`);
  if (errors.length > 0) text.push("", "Kesalahan:", ...errors.map((e) => `- ${e}`));
  if (more > 0) text.push(`... dan ${more} kesalahan lainnya.`);
  text.push("", closing);

  const html: string[] = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p>Workbook: <a href="${escapeHtml(workbookUrl)}">${escapeHtml(workbookUrl)}</a></p>`,
    "<ul>",
  ];
  for (const [title, tabs] of groups) {
    if (tabs.length > 0)
      html.push(`<li><strong>${escapeHtml(title)}:</strong> ${escapeHtml(tabs.join(", "))}</li>`);
  }
  html.push("</ul>");
  if (errors.length > 0) {
    html.push(
      "<p><strong>Kesalahan:</strong></p><ul>",
      ...errors.map((e) => `<li>${escapeHtml(e)}</li>`),
      "</ul>",
    );
  }
  if (more > 0) html.push(`<p>${escapeHtml(`... dan ${more} kesalahan lainnya.`)}</p>`);
  html.push(`<p>${escapeHtml(closing)}</p>`);

  return {
    subject: `Pengingat: data Laporan Layanan ${monthLabel(summary.month)} belum lengkap`,
    body: text.join("\n"),
    htmlBody: html.join("\n"),
    empty,
    partial,
    wrong,
  };
}
