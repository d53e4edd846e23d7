/**
 * `Riwayat`: one row per generated deck (month, link, when, who, fingerprint of the data,
 * presentation ID). The last row of a month names the deck a regeneration updates in place.
 */
import { HISTORY_HEADERS, HISTORY_TAB } from "../core/workbook/system-tabs";
import type { CellValue, RawTab } from "../core/workbook/types";
import { deckUrl, isDriveId } from "./drive";
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
  /** Always a well-formed Drive ID (isDriveId). */
  presentationId: string;
  /** Built from the ID, never the Tautan cell: staff can type anything there. */
  url: string;
  when: string;
  /** Riwayat's sheet row. */
  row: number;
}

/** A Riwayat row that names a deck: its month (the Bulan text as-is, e.g. `2023-11`), ID as typed, author. */
export interface DeckRow {
  month: string;
  id: string;
  who: string;
  when: string;
  row: number;
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

/** Every Riwayat row with a presentation ID, in sheet order (sendings have none). */
export function deckRows(tab: RawTab | undefined): DeckRow[] {
  if (!tab) return [];
  const [monthCol, whenCol, whoCol, idCol] = ["Bulan", "Dibuat", "Oleh", "ID Presentasi"].map((h) =>
    column(tab, h),
  );
  return tab.rows.flatMap((row, i) => {
    const id = String(row[idCol ?? -1] ?? "").trim();
    if (id === "") return [];
    return [
      {
        month: monthOf(row[monthCol ?? -1]),
        id,
        who: String(row[whoCol ?? -1] ?? "").trim(),
        when: String(row[whenCol ?? -1] ?? ""),
        row: tab.firstRow + i,
      },
    ];
  });
}

/** The month's most recent Riwayat row naming a deck, its ID as typed (checked or not). */
export function latestDeckRow(tab: RawTab | undefined, month: string): DeckRow | undefined {
  const rows = deckRows(tab).filter((r) => r.month === month);
  return rows[rows.length - 1];
}

/**
 * The month's most recent deck in Riwayat, if any. A row whose ID is not a well-formed Drive ID
 * is never taken for a deck (nor turned into a link): the month counts as having no deck there.
 */
export function previousDeck(tab: RawTab | undefined, month: string): PreviousDeck | undefined {
  const last = latestDeckRow(tab, month);
  if (!last || !isDriveId(last.id)) return undefined;
  return { presentationId: last.id, url: deckUrl(last.id), when: last.when, row: last.row };
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
