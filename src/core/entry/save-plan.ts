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
      /** Index into `rows` of the first row that changed: rows before it need no write. */
      from: number;
      /** Rows the tab had before: rows past the new end must be cleared. */
      previousRowCount: number;
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

function diff(def: ChannelDef, month: string, before: CellValue[][], after: CellValue[][]): LogEntry[] {
  const entries: LogEntry[] = [];
  const items = def.kind === "items";
  for (let r = 0; r < Math.max(before.length, after.length); r += 1) {
    def.columns.forEach((column, c) => {
      const old = cellText(before[r]?.[c] ?? "");
      const now = cellText(after[r]?.[c + 1] ?? "");
      if (old === now) return;
      const where = items ? `${column.header} (item ${r + 1})` : column.header;
      entries.push({ tab: def.tab, month, column: where, before: old, after: now });
    });
  }
  return entries;
}

export function planSave(def: ChannelDef, tab: RawTab | undefined, request: SaveRequest): SavePlan {
  const month = parseMonth(request.month);
  if (!month.ok) return invalid(month.message);
  if (!tab || !sameHeader(tab, def)) {
    return invalid(
      `Tab "${def.tab}" belum ada atau judul kolomnya berubah. Jalankan menu ${SETUP_MENU_PATH}, lalu coba lagi.`,
    );
  }
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
  // Cells right of the registry's columns (a column staff added) stay with the row in that place.
  const width = headersOf(def).length;
  const newRows = (drafted.length > 0 ? drafted : parsed.rows).map((r, i) => {
    const old = existing[i] === undefined ? [] : (tab.rows[existing[i]] ?? []);
    return [...toCells(def, r), ...old.slice(width)];
  });
  const at = insertionIndex(tab, month.month, existing);
  const kept = tab.rows.filter((_, i) => !existing.includes(i));
  const keptBefore = tab.rows.slice(0, at).filter((_, i) => !existing.includes(i)).length;
  const rows = [...kept.slice(0, keptBefore), ...newRows, ...kept.slice(keptBefore)];
  return {
    ok: true,
    rows,
    from: at,
    previousRowCount: tab.rows.length,
    log: diff(def, month.month, monthCells(tab, def, month.month), newRows),
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
