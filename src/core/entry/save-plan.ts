/**
 * Saving one channel-month from the sidebar, as a pure plan: validate the typed rows, check
 * nobody changed the month since the form was loaded, and compute the tab's new rows and the
 * Log entries. The adapter only reads before and writes after; on any problem nothing is written.
 */

import type { SaveRequest } from "../../rpc/sidebar";
import { monthOfCell } from "../judgement/summary";
import { type ChannelDef, headersOf } from "../workbook/channels";
import type { DataRow, FieldValue } from "../workbook/data";
import { cellText, monthCells, monthRowIndexes, monthVersion } from "../workbook/month-rows";
import { normalHeader, parseChannelRows } from "../workbook/parse";
import { type Month, monthLabel, parseMonth } from "../workbook/period";
import { readCell } from "../workbook/schema";
import type { CellValue, Finding, RawTab } from "../workbook/types";
import { isDraftGap } from "./drafts";
import { SETUP_MENU_PATH } from "./menu-path";
import { type CellWrite, type RowEdit, rowChanges } from "./row-edits";

export interface LogEntry {
  tab: string;
  month: string;
  column: string;
  before: string;
  after: string;
}

export type SavePlan =
  | { ok: false; reason: "invalid" | "conflict"; message: string; findings: Finding[] }
  | {
      ok: true;
      /** Every data row of the tab after the save (row 2 onwards), `Bulan` first. */
      rows: CellValue[][];
      /** Rows removed and inserted, bottom up (none when the month keeps its row count). */
      edits: RowEdit[];
      /** The only cells written: those that change, after the edits. */
      cells: CellWrite[];
      log: LogEntry[];
    };

const sameHeader = (tab: RawTab, def: ChannelDef): boolean =>
  headersOf(def).every((h, i) => normalHeader(tab.header[i]) === normalHeader(h));

function invalid(message: string, findings: Finding[] = []): SavePlan {
  return { ok: false, reason: "invalid", message, findings };
}

/** A parsed row as sheet cells: `Bulan`, then the columns in registry order (empty as ""). */
function toCells(def: ChannelDef, row: DataRow): CellValue[] {
  return [row.month, ...def.columns.map((c) => (row.values[c.key] ?? "") as Exclude<FieldValue, null> | "")];
}

/** Where the month's rows go: where they were, else after the last earlier month (tabs stay in month order). */
function insertionIndex(tab: RawTab, month: string, existing: number[]): number {
  if (existing.length > 0) return existing[0] as number;
  let index = tab.rows.length;
  for (let i = tab.rows.length - 1; i >= 0; i -= 1) {
    const rowMonth = monthOfCell(tab.rows[i]?.[0]);
    if (rowMonth !== undefined && rowMonth <= month) break;
    if (rowMonth !== undefined) index = i;
  }
  return index;
}

/** Log entries: each changed cell of a kept row, every cell of a removed or added item. */
function diff(
  def: ChannelDef,
  month: string,
  before: CellValue[][],
  after: CellValue[][],
  kept: readonly (number | undefined)[],
  removed: readonly number[],
): LogEntry[] {
  const entries: LogEntry[] = [];
  const items = def.kind === "items";
  const compare = (old: readonly CellValue[], now: readonly CellValue[], item: number) => {
    def.columns.forEach((column, c) => {
      const was = cellText(old[c] ?? "");
      const is = cellText(now[c + 1] ?? "");
      if (was === is) return;
      const where = items ? `${column.header} (item ${item})` : column.header;
      entries.push({ tab: def.tab, month, column: where, before: was, after: is });
    });
  };
  after.forEach((row, i) => {
    const k = kept[i];
    compare(k === undefined ? [] : (before[k] ?? []), row, i + 1);
  });
  for (const j of removed) compare(before[j] ?? [], [], j + 1);
  return entries;
}

/** Sheet rows of a monthly tab's month held more than once: the save would lose one of them. */
function heldTwice(def: ChannelDef, tab: RawTab, month: Month, existing: number[]): SavePlan | undefined {
  if (def.kind !== "monthly" || existing.length < 2) return undefined;
  const rows = existing.map((i) => i + tab.firstRow);
  const named = `${rows.slice(0, -1).join(", ")} dan ${rows[rows.length - 1]}`;
  return invalid(
    `Tab "${def.tab}" memuat ${monthLabel(month)} lebih dari sekali (baris ${named}). Hapus baris yang salah di Sheets, lalu muat ulang dan simpan lagi. Tidak ada yang disimpan.`,
  );
}

/** Which stored month row each request row was loaded from (by position when the request does not say). */
function originsOf(request: SaveRequest, stored: number): (number | undefined)[] {
  const given = request.origins;
  const valid =
    given !== undefined &&
    given.length === request.rows.length &&
    given.every((o) => o === null || (Number.isInteger(o) && o >= 0 && o < stored)) &&
    new Set(given.filter((o) => o !== null)).size === given.filter((o) => o !== null).length;
  if (valid) return given.map((o) => (o === null ? undefined : o));
  return request.rows.map((_, i) => (i < stored ? i : undefined));
}

export function planSave(def: ChannelDef, tab: RawTab | undefined, request: SaveRequest): SavePlan {
  const month = parseMonth(request.month);
  if (!month.ok) return invalid(month.message);
  if (!tab || !sameHeader(tab, def)) {
    return invalid(
      `Tab "${def.tab}" belum ada atau judul kolomnya berubah. Jalankan menu ${SETUP_MENU_PATH}, lalu coba lagi.`,
    );
  }
  const twice = heldTwice(def, tab, month.month, monthRowIndexes(tab, month.month));
  if (twice) return twice;
  if (monthVersion(tab, def, month.month) !== request.version) {
    return {
      ok: false,
      reason: "conflict",
      message: `Data ${def.tab} untuk ${monthLabel(month.month)} telah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat perubahan itu, lalu isi kembali.`,
      findings: [],
    };
  }
  if (def.kind === "monthly" && request.rows.length > 1) {
    return invalid(`Tab "${def.tab}" hanya memuat satu baris per bulan.`);
  }
  const parsed = parseChannelRows(def, month.month, request.rows, 1);
  // A half-filled monthly row is a draft and is saved; any other error is refused.
  const errors = parsed.findings.filter((f) => f.severity === "error" && !isDraftGap(f, def));
  if (errors.length > 0) {
    return invalid(`Data belum disimpan: ada ${errors.length} isian yang perlu diperbaiki.`, parsed.findings);
  }
  const drafted = parsed.findings.some((f) => isDraftGap(f, def))
    ? draftRows(def, month.month, request.rows)
    : [];
  const existing = monthRowIndexes(tab, month.month);
  const width = headersOf(def).length;
  const next = (drafted.length > 0 ? drafted : parsed.rows).map((r) => toCells(def, r));
  const changes = rowChanges(
    tab.rows,
    existing,
    next,
    originsOf(request, existing.length),
    insertionIndex(tab, month.month, existing),
    width,
  );
  return {
    ok: true,
    rows: changes.rows,
    edits: changes.edits,
    cells: changes.cells,
    log: diff(def, month.month, monthCells(tab, def, month.month), next, changes.kept, changes.removed),
  };
}

/**
 * A draft's row as it will be stored: each cell read on its own, empty figures left empty (the
 * parser leaves the row out of its rows because of them; the report's check names them).
 */
function draftRows(def: ChannelDef, month: Month, rows: SaveRequest["rows"]): DataRow[] {
  return rows.flatMap((cells, i) => {
    const values: Record<string, FieldValue> = {};
    for (const [c, column] of def.columns.entries()) {
      const read = readCell(column, cells[c] ?? null, false);
      if (!read.ok) return [];
      values[column.key] = read.value;
    }
    return [{ row: i + 1, month, values }];
  });
}
