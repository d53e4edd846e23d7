/**
 * `Riwayat`: one row per generated deck (month, link, when, who, fingerprint of the data,
 * presentation ID). The last row of a month names the deck a regeneration updates in place.
 */
import { HISTORY_HEADERS, HISTORY_TAB } from "../core/workbook/system-tabs";
import type { CellValue, RawTab } from "../core/workbook/types";
import { cellsRange, type RangeWrite, type SheetValue, serialToIso } from "./sheets-values";

/** Written after the known headers: whether the deck was new or updated in place. */
export const STATUS_HEADER = "Keterangan";
export const STATUS_NEW = "Baru";
export const STATUS_UPDATED = "Diperbarui";

export interface HistoryEntry {
  month: string;
  url: string;
  when: string;
  who: string;
  fingerprint: string;
  presentationId: string;
  updated: boolean;
}

export interface PreviousDeck {
  presentationId: string;
  url: string;
  when: string;
}

const column = (tab: RawTab, header: string): number =>
  tab.header.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());

/**
 * `2023-11` typed as text, or a date serial Sheets made of it; a period's key (`2023-Q3`,
 * `2023-S2`) as text; a year `2023` as text, or as the number a hand-typed one becomes.
 */
function monthOf(cell: CellValue | undefined): string {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 2000 && cell <= 2100) return String(cell);
  if (typeof cell === "number") return serialToIso(cell)?.slice(0, 7) ?? "";
  return typeof cell === "string" ? cell.trim().slice(0, 7) : "";
}

/** The month's most recent deck in Riwayat, if any. */
export function previousDeck(tab: RawTab | undefined, month: string): PreviousDeck | undefined {
  if (!tab) return undefined;
  const [monthCol, urlCol, whenCol, idCol] = ["Bulan", "Tautan", "Dibuat", "ID Presentasi"].map((h) =>
    column(tab, h),
  );
  for (let i = tab.rows.length - 1; i >= 0; i--) {
    const row = tab.rows[i] ?? [];
    const id = String(row[idCol ?? -1] ?? "").trim();
    if (monthOf(row[monthCol ?? -1]) === month && id !== "") {
      return {
        presentationId: id,
        url: String(row[urlCol ?? -1] ?? ""),
        when: String(row[whenCol ?? -1] ?? ""),
      };
    }
  }
  return undefined;
}

/** The row in HISTORY_HEADERS order, the status after them (or in its own column once it has one). */
export function historyRow(entry: HistoryEntry): SheetValue[] {
  const byHeader: Record<string, SheetValue> = {
    Bulan: entry.month,
    Tautan: entry.url,
    Dibuat: entry.when,
    Oleh: entry.who,
    "Sidik Data": entry.fingerprint,
    "ID Presentasi": entry.presentationId,
    [STATUS_HEADER]: entry.updated ? STATUS_UPDATED : STATUS_NEW,
  };
  const headers: string[] = [...HISTORY_HEADERS];
  if (!headers.includes(STATUS_HEADER)) headers.push(STATUS_HEADER);
  return headers.map((h) => byHeader[h] ?? "");
}

/** Where the next Riwayat row goes: right after the rows the tab holds. */
export function historyWrite(tab: RawTab, entry: HistoryEntry): RangeWrite {
  const values = [historyRow(entry)];
  const row = tab.firstRow + tab.rows.length;
  return { range: cellsRange(HISTORY_TAB, row, 1, values[0]?.length ?? 1), values };
}
