/**
 * An in-memory stand-in for the sidebar's server functions (`muatBulan`, `simpanKanal`), built
 * on the pure core only: rows live in memory per tab (sheet rows from 2, `Bulan` first), and are
 * read and checked with the same parser as the workbook. To be replaced by the real `src/gas`
 * functions running against the Apps Script fakes.
 */
import { CHANNELS, type ChannelDef, type ChannelKey, channel, headersOf } from "../../src/core/channels";
import type { WorkbookData } from "../../src/core/data";
import { figure, measureOf } from "../../src/core/dataset";
import { formatNumber } from "../../src/core/format";
import { parseChannelRows, parseWorkbook } from "../../src/core/parse";
import { type Month, monthLabel, parseMonth, previousMonth, sameMonthLastYear } from "../../src/core/period";
import {
  type ChannelView,
  type ColumnReference,
  MEASURE_REFERENCE,
  type MonthView,
  type SaveResult,
  saveRequestSchema,
} from "../../src/core/rpc";
import { monthOfCell, STATUS_LABELS, summarizeMonth } from "../../src/core/summary";
import type { CellValue, RawWorkbook } from "../../src/core/types";

/** Rows of a tab as they stand in the sheet from row 2: `Bulan` first, then the registry's columns. */
export type TabRows = Record<string, CellValue[][]>;

export interface FakeServer {
  muatBulan(month: string): MonthView;
  simpanKanal(request: unknown): SaveResult;
  /** The tab's rows for the month as stored (without `Bulan`). */
  stored(key: ChannelKey, month: string): CellValue[][];
  /** Makes the next save answer this (or throw it) instead of saving. */
  answerNextSave(answer: SaveResult | Error): void;
  calls: { name: string; args: unknown[] }[];
}

function displayText(cell: CellValue): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatNumber(cell, 6);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A short fingerprint of the month's rows (FNV-1a), so a save can tell a concurrent change. */
function fingerprint(rows: readonly CellValue[][]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(rows)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

export function createFakeServer(seed: Partial<Record<ChannelKey, CellValue[][]>> = {}): FakeServer {
  const tabs = new Map<ChannelKey, CellValue[][]>(
    CHANNELS.map((c) => [c.key, (seed[c.key] ?? []).map((row) => [...row])]),
  );
  const queued: (SaveResult | Error)[] = [];
  const calls: FakeServer["calls"] = [];

  const rowsOf = (key: ChannelKey) => tabs.get(key) ?? [];
  const monthRows = (key: ChannelKey, month: string) =>
    rowsOf(key)
      .map((cells, i) => ({ cells, sheetRow: i + 2 }))
      .filter((r) => monthOfCell(r.cells[0] ?? null) === month);

  function raw(): RawWorkbook {
    return Object.fromEntries(
      CHANNELS.map((def) => [
        def.tab,
        { name: def.tab, header: headersOf(def), rows: rowsOf(def.key), firstRow: 2 },
      ]),
    );
  }

  function references(def: ChannelDef, data: WorkbookData, month: Month): Record<string, ColumnReference> {
    const key = def.key as ChannelKey;
    const prev = previousMonth(month);
    const last = sameMonthLastYear(month);
    const refs: Record<string, ColumnReference> = {
      [MEASURE_REFERENCE]: {
        previous: measureOf(data, key, prev) ?? null,
        lastYear: measureOf(data, key, last) ?? null,
      },
    };
    if (def.kind === "monthly") {
      for (const column of def.columns) {
        refs[column.key] = {
          previous: figure(data, key, column.key, prev) ?? null,
          lastYear: figure(data, key, column.key, last) ?? null,
        };
      }
    }
    return refs;
  }

  function viewOf(def: ChannelDef, month: Month): ChannelView {
    const workbook = raw();
    const summary = summarizeMonth(workbook, month);
    const { data } = parseWorkbook(workbook);
    const status = summary.channels.find((c) => c.key === def.key)?.status ?? "kosong";
    const rows = monthRows(def.key as ChannelKey, month);
    return {
      key: def.key as ChannelKey,
      tab: def.tab,
      status,
      statusLabel: STATUS_LABELS[status],
      rows: rows.map((r) => r.cells.slice(1).map(displayText)),
      rowNumbers: rows.map((r) => r.sheetRow),
      references: references(def, data, month),
      version: fingerprint(rows.map((r) => r.cells)),
    };
  }

  function readMonth(month: string): Month {
    const parsed = parseMonth(month);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.month;
  }

  function muatBulan(month: string): MonthView {
    calls.push({ name: "muatBulan", args: [month] });
    const read = readMonth(month);
    const summary = summarizeMonth(raw(), read);
    return {
      month: read,
      monthLabel: monthLabel(read),
      channels: CHANNELS.map((def) => viewOf(def, read)),
      findings: summary.findings,
    };
  }

  function simpanKanal(request: unknown): SaveResult {
    calls.push({ name: "simpanKanal", args: [request] });
    const next = queued.shift();
    if (next instanceof Error) throw next;
    if (next) return next;
    const parsed = saveRequestSchema.safeParse(request);
    if (!parsed.success) throw new Error("Permintaan simpan tidak terbaca.");
    const { channel: key, rows, version } = parsed.data;
    const month = readMonth(parsed.data.month);
    const def = channel(key);
    const what = `${def.tab} ${monthLabel(month)}`;
    const current = monthRows(key, month);
    if (fingerprint(current.map((r) => r.cells)) !== version) {
      const message = `Data ${what} sudah diubah orang lain sejak dimuat. Muat ulang untuk melihat data terbaru.`;
      return { ok: false, reason: "conflict", message, findings: [] };
    }
    const read = parseChannelRows(def, month, rows);
    const errors = read.findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      const message = `Data ${what} belum disimpan: ${errors.length} isian perlu diperbaiki.`;
      return { ok: false, reason: "invalid", message, findings: read.findings };
    }
    const written: CellValue[][] = read.rows.map((r) => [
      month,
      ...def.columns.map((c) => r.values[c.key] ?? null),
    ]);
    const tab = rowsOf(key);
    const at = current[0] ? current[0].sheetRow - 2 : tab.length;
    const kept = tab.filter((cells) => monthOfCell(cells[0] ?? null) !== month);
    const before = tab.slice(0, at).filter((cells) => monthOfCell(cells[0] ?? null) !== month).length;
    kept.splice(before, 0, ...written);
    tabs.set(key, kept);
    const old = current.map((r) => r.cells);
    let changed = 0;
    for (let i = 0; i < Math.max(old.length, written.length); i++) {
      for (let c = 1; c <= def.columns.length; c++) {
        if ((old[i]?.[c] ?? null) !== (written[i]?.[c] ?? null)) changed += 1;
      }
    }
    const message = `Tersimpan: ${what} (${formatNumber(changed)} sel berubah).`;
    return { ok: true, view: viewOf(def, month), changedCells: changed, message };
  }

  return {
    muatBulan,
    simpanKanal,
    stored: (key, month) => monthRows(key, month).map((r) => r.cells.slice(1)),
    answerNextSave: (answer) => queued.push(answer),
    calls,
  };
}
