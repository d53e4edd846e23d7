/**
 * The sidebar's server side: load a month (one read of every tab) and save a channel-month
 * (under the document lock: one read, then only the changed cells written, rows inserted and
 * removed as rows; see save-write.ts). The decisions are pure (month-view, save-plan);
 * this file only moves values in and out of the Sheets API.
 */

import { SETUP_MENU_PATH } from "../core/entry/menu-path";
import { type LogEntry, planSave } from "../core/entry/save-plan";
import { buildMonthView } from "../core/judgement/month-view";
import { type ChannelDef, channel } from "../core/workbook/channels";
import { type Month, parseMonth } from "../core/workbook/period";
import { LOG_TAB } from "../core/workbook/system-tabs";
import type { RawTab, RawWorkbook } from "../core/workbook/types";
import { type ChannelView, type MonthView, type SaveResult, saveRequestSchema } from "../rpc/sidebar";
import { type TabChanges, writeChanges } from "./save-write";
import { DATA_TABS, readSizedTabs, readTabs, type SheetsService, type SizedTab } from "./sheets-values";

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
  return {
    ...buildMonthView(readTabs(access.sheets, access.spreadsheetId), month.month),
    workbook: access.spreadsheetId,
  };
}

/** The Log entries as cells of the rows after the Log's last one. */
function logChanges(log: readonly LogEntry[], logTab: SizedTab, user: string, timestamp: string): TabChanges {
  const cells = log.flatMap((e, i) =>
    [timestamp, user, e.tab, e.month, e.column, e.before, e.after].map((value, column) => ({
      row: logTab.tab.rows.length + i,
      column,
      value,
    })),
  );
  return {
    tab: LOG_TAB,
    sheetId: logTab.sheetId,
    firstRow: logTab.tab.firstRow,
    gridRows: logTab.gridRows,
    edits: [],
    cells,
  };
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
    writeChanges(access.sheets, access.spreadsheetId, [
      {
        tab: def.tab,
        sheetId: read[def.tab]?.sheetId ?? 0,
        firstRow: tab.firstRow,
        gridRows: read[def.tab]?.gridRows ?? 0,
        edits: plan.edits,
        cells: plan.cells,
      },
      ...(plan.log.length > 0 ? [logChanges(plan.log, log, access.user, access.timestamp())] : []),
    ]);
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
