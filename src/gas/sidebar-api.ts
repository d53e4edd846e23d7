/**
 * The sidebar's server side: load a month (one read of every tab) and save a channel-month
 * (under the document lock: one read, one write). The decisions are pure (month-view, save-plan);
 * this file only moves values in and out of the Sheets API.
 */

import { SETUP_MENU_PATH } from "../core/entry/menu-path";
import { type LogEntry, planSave } from "../core/entry/save-plan";
import { buildMonthView } from "../core/judgement/month-view";
import { type ChannelDef, channel, headersOf } from "../core/workbook/channels";
import { type Month, parseMonth } from "../core/workbook/period";
import { LOG_HEADERS, LOG_TAB } from "../core/workbook/system-tabs";
import type { CellValue, RawTab, RawWorkbook } from "../core/workbook/types";
import { type ChannelView, type MonthView, type SaveResult, saveRequestSchema } from "../rpc/sidebar";
import {
  cellsRange,
  DATA_TABS,
  growTabs,
  lastRowOf,
  type RangeWrite,
  readSizedTabs,
  readTabs,
  type SheetsService,
  type SheetValue,
  toSheetValues,
  writeRanges,
} from "./sheets-values";

export interface WorkbookAccess {
  sheets: SheetsService;
  spreadsheetId: string;
}

export interface SaveAccess extends WorkbookAccess {
  lock: Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock">;
  user: string;
  /** `2023-12-01 09:30:00` in the script's time zone, asked for when the change is written. */
  timestamp: () => string;
}

const LOCK_WAIT_MS = 10_000;

export function loadMonth(access: WorkbookAccess, monthText: string): MonthView {
  const month = parseMonth(monthText);
  if (!month.ok) throw new Error(month.message);
  return buildMonthView(readTabs(access.sheets, access.spreadsheetId), month.month);
}

const sameCell = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  (a ?? "") === (b ?? "") || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/**
 * The rows to write: from the plan's first changed row to the last row that differs from what
 * the tab holds (rows past it are left alone, formulas staff put there included), plus emptied
 * rows where the tab got shorter. Undefined when nothing differs.
 */
function tabWrite(
  def: ChannelDef,
  before: RawTab,
  after: CellValue[][],
  from: number,
): RangeWrite | undefined {
  const end = Math.max(before.rows.length, after.length);
  const width = Math.max(
    headersOf(def).length,
    before.header.length,
    ...before.rows.slice(from).map((r) => r.length),
    ...after.slice(from).map((r) => r.length),
  );
  const differs = (i: number) =>
    Array.from({ length: width }, (_, c) => c).some((c) => !sameCell(before.rows[i]?.[c], after[i]?.[c]));
  let first = from;
  while (first < end && !differs(first)) first += 1;
  if (first >= end) return undefined;
  let last = end - 1;
  while (last > first && !differs(last)) last -= 1;
  const rows = Array.from({ length: last - first + 1 }, (_, i) => {
    const row = after[first + i] ?? [];
    return Array.from({ length: width }, (_, c) => row[c] ?? "");
  });
  return {
    range: cellsRange(def.tab, first + before.firstRow, rows.length, width),
    values: toSheetValues(def.tab, rows),
  };
}

function logWrite(log: readonly LogEntry[], logTab: RawTab, user: string, timestamp: string): RangeWrite {
  const values: SheetValue[][] = log.map((e) => [
    timestamp,
    user,
    e.tab,
    e.month,
    e.column,
    e.before,
    e.after,
  ]);
  return { range: cellsRange(LOG_TAB, logTab.rows.length + 2, values.length, LOG_HEADERS.length), values };
}

function refused(reason: "invalid" | "busy", message: string): SaveResult {
  return { ok: false, reason, message, findings: [] };
}

export function saveChannel(access: SaveAccess, input: unknown): SaveResult {
  const request = saveRequestSchema.safeParse(input);
  if (!request.success) return refused("invalid", "Permintaan simpan tidak lengkap. Muat ulang sidebar.");
  const month = parseMonth(request.data.month);
  if (!month.ok) return refused("invalid", month.message);
  const def = channel(request.data.channel);
  if (!access.lock.tryLock(LOCK_WAIT_MS)) {
    return refused(
      "busy",
      "Workbook sedang dipakai (ada data yang sedang disimpan atau laporan yang sedang dibuat). Tunggu sebentar, lalu simpan lagi.",
    );
  }
  try {
    // Every data tab (the month is judged again after the save, as the report judges it) in the
    // same one read; column A of Log is enough to know where the next entry goes.
    const read = readSizedTabs(access.sheets, access.spreadsheetId, [...DATA_TABS, LOG_TAB], [LOG_TAB]);
    const plan = planSave(def, read[def.tab]?.tab, request.data);
    if (!plan.ok) return plan;
    const tab = read[def.tab]?.tab as RawTab;
    const log = read[LOG_TAB];
    if (!log) {
      return refused(
        "invalid",
        `Tab "${LOG_TAB}" tidak ada, sehingga perubahan tidak dapat dicatat. Jalankan menu ${SETUP_MENU_PATH}, lalu simpan lagi.`,
      );
    }
    const data = tabWrite(def, tab, plan.rows, plan.from);
    const writes = [
      ...(data ? [{ tab: def.tab, write: data, gridRows: read[def.tab]?.gridRows ?? 0 }] : []),
      ...(plan.log.length > 0
        ? [
            {
              tab: LOG_TAB,
              write: logWrite(plan.log, log.tab, access.user, access.timestamp()),
              gridRows: log.gridRows,
            },
          ]
        : []),
    ];
    growTabs(
      access.sheets,
      access.spreadsheetId,
      writes.map((w) => ({ tab: w.tab, rows: lastRowOf(w.write.range), gridRows: w.gridRows })),
    );
    writeRanges(
      access.sheets,
      access.spreadsheetId,
      writes.map((w) => w.write),
    );
    const workbook: RawWorkbook = {};
    for (const name of DATA_TABS) {
      const found = read[name];
      if (found) workbook[name] = found.tab;
    }
    workbook[def.tab] = { ...tab, rows: plan.rows };
    return saved(def, workbook, month.month, plan.log.length);
  } finally {
    access.lock.releaseLock();
  }
}

/** The month as the sidebar shows it after the save: from the rows just written, no re-read. */
function saved(def: ChannelDef, workbook: RawWorkbook, month: Month, changed: number): SaveResult {
  const monthView = buildMonthView(workbook, month);
  const view = monthView.channels.find((c) => c.key === def.key) as ChannelView;
  const message = changed === 0 ? "Tidak ada perubahan." : `Tersimpan: ${changed} isian berubah.`;
  return { ok: true, view, month: monthView, changedCells: changed, message };
}
