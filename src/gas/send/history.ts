/**
 * Sendings in `Riwayat`: one row per e-mail (month, deck link, when, who, and "Dikirim ke ..."
 * in Keterangan). Rows without a presentation ID, so previousDeck never takes them for a deck.
 */
import { columnLetter } from "../../core/workbook/parse";
import { HISTORY_HEADERS, HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { RawTab } from "../../core/workbook/types";
import type { SendingLine } from "../../rpc/send";
import { STATUS_HEADER } from "../history";
import { type SheetValue, serialToIso, tabRange } from "../sheets-values";

export const SENT_PREFIX = "Dikirim ke ";

export interface SendingEntry {
  month: string;
  url: string;
  when: string;
  who: string;
  to: readonly string[];
}

export function sendingRow(entry: SendingEntry): SheetValue[] {
  const byHeader: Record<string, SheetValue> = {
    Bulan: entry.month,
    Tautan: entry.url,
    Dibuat: entry.when,
    Oleh: entry.who,
    [STATUS_HEADER]: `${SENT_PREFIX}${entry.to.join(", ")}`,
  };
  return HISTORY_HEADERS.map((h) => byHeader[h] ?? "");
}

/** The range Values.append looks for the table in: Riwayat's header row. */
export function sendingAppendRange(): string {
  return `${tabRange(HISTORY_TAB)}!A1:${columnLetter(HISTORY_HEADERS.length - 1)}1`;
}

const column = (tab: RawTab, header: string): number =>
  tab.header.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());

function monthOf(cell: unknown): string {
  if (typeof cell === "number") return serialToIso(cell)?.slice(0, 7) ?? "";
  return typeof cell === "string" ? cell.trim().slice(0, 7) : "";
}

/** The month's earlier sendings, oldest first. */
export function previousSendings(tab: RawTab | undefined, month: string): SendingLine[] {
  if (!tab) return [];
  const [monthCol, whenCol, whoCol, noteCol] = ["Bulan", "Dibuat", "Oleh", STATUS_HEADER].map((h) =>
    column(tab, h),
  );
  return tab.rows.flatMap((row) => {
    const note = String(row[noteCol ?? -1] ?? "");
    if (monthOf(row[monthCol ?? -1]) !== month || !note.startsWith(SENT_PREFIX)) return [];
    return [
      {
        when: String(row[whenCol ?? -1] ?? ""),
        who: String(row[whoCol ?? -1] ?? ""),
        to: note.slice(SENT_PREFIX.length),
      },
    ];
  });
}

/**
 * The "Sidik Data" of the month's deck row (the latest row of that month naming this
 * presentation): the fingerprint of the data the deck was made from; "" when there is none.
 */
export function deckFingerprint(tab: RawTab | undefined, month: string, presentationId: string): string {
  if (!tab) return "";
  const [monthCol, idCol, printCol] = ["Bulan", "ID Presentasi", "Sidik Data"].map((h) => column(tab, h));
  for (let i = tab.rows.length - 1; i >= 0; i--) {
    const row = tab.rows[i] ?? [];
    if (monthOf(row[monthCol ?? -1]) !== month) continue;
    if (String(row[idCol ?? -1] ?? "").trim() !== presentationId) continue;
    return String(row[printCol ?? -1] ?? "").trim();
  }
  return "";
}
