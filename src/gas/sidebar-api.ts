/**
 * The sidebar's server side: load a month (one read of every tab) and save a channel-month
 * (under the document lock: one read, one write). The decisions are pure (month-view, save-plan);
 * this file only moves values in and out of the Sheets API.
 */
import { type ChannelDef, channel, headersOf } from "../core/channels";
import { buildMonthView, channelView } from "../core/month-view";
import { columnLetter, parseWorkbook } from "../core/parse";
import { parseMonth } from "../core/period";
import { type MonthView, type SaveResult, saveRequestSchema } from "../core/rpc";
import { type LogEntry, planSave } from "../core/save-plan";
import { summarizeMonth } from "../core/summary";
import { LOG_HEADERS, LOG_TAB } from "../core/system-tabs";
import type { CellValue, RawTab } from "../core/types";
import {
  isoToSerial,
  type RangeWrite,
  readTabs,
  type SheetsService,
  tabRange,
  writeRanges,
} from "./sheets-values";

export interface WorkbookAccess {
  sheets: SheetsService;
  spreadsheetId: string;
}

export interface SaveAccess extends WorkbookAccess {
  lock: Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock">;
  user: string;
  /** `2023-12-01 09:30:00`, in the spreadsheet's time zone. */
  timestamp: string;
}

const LOCK_WAIT_MS = 10_000;

export function loadMonth(access: WorkbookAccess, monthText: string): MonthView {
  const month = parseMonth(monthText);
  if (!month.ok) throw new Error(month.message);
  return buildMonthView(readTabs(access.sheets, access.spreadsheetId), month.month);
}

/** A cell as it is written RAW: ISO dates in date columns become date serials, null becomes empty. */
function sheetCell(def: ChannelDef, columnIndex: number, value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoToSerial(value.toISOString().slice(0, 10));
  const column = columnIndex > 0 ? def.columns[columnIndex - 1] : undefined;
  if (column?.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return isoToSerial(value);
  }
  return value;
}

function tabWrites(def: ChannelDef, rows: CellValue[][], from: number, previousRowCount: number): RangeWrite {
  const width = headersOf(def).length;
  const blank = Array.from({ length: width }, () => "");
  const changed = rows.slice(from).map((row) => blank.map((_, c) => sheetCell(def, c, row[c] ?? null)));
  const cleared = Math.max(0, previousRowCount - rows.length);
  const values = [...changed, ...Array.from({ length: cleared }, () => [...blank])];
  const firstRow = from + 2;
  return {
    range: `${tabRange(def.tab)}!A${firstRow}:${columnLetter(width - 1)}${firstRow + values.length - 1}`,
    values,
  };
}

function logWrite(log: readonly LogEntry[], logTab: RawTab | undefined, access: SaveAccess): RangeWrite {
  const next = (logTab?.rows.length ?? 0) + 2;
  return {
    range: `${tabRange(LOG_TAB)}!A${next}:${columnLetter(LOG_HEADERS.length - 1)}${next + log.length - 1}`,
    values: log.map((e) => [access.timestamp, access.user, e.tab, e.month, e.column, e.before, e.after]),
  };
}

export function saveChannel(access: SaveAccess, input: unknown): SaveResult {
  const request = saveRequestSchema.safeParse(input);
  if (!request.success) {
    return {
      ok: false,
      reason: "invalid",
      message: "Permintaan simpan tidak lengkap. Muat ulang sidebar.",
      findings: [],
    };
  }
  const def = channel(request.data.channel);
  if (!access.lock.tryLock(LOCK_WAIT_MS)) {
    return {
      ok: false,
      reason: "busy",
      message: "Workbook sedang dipakai menyimpan oleh pengguna lain. Tunggu sebentar, lalu simpan lagi.",
      findings: [],
    };
  }
  try {
    // Column A of Log is enough to know where the next entry goes.
    const raw = readTabs(access.sheets, access.spreadsheetId, [def.tab, LOG_TAB], [LOG_TAB]);
    const plan = planSave(def, raw[def.tab], request.data);
    if (!plan.ok) return plan;
    const tab = raw[def.tab] as RawTab;
    const writes = [tabWrites(def, plan.rows, plan.from, plan.previousRowCount)];
    if (plan.log.length > 0) writes.push(logWrite(plan.log, raw[LOG_TAB], access));
    writeRanges(access.sheets, access.spreadsheetId, writes);
    const saved = { [def.tab]: { ...tab, rows: plan.rows } };
    const month = parseMonth(request.data.month);
    if (!month.ok) throw new Error(month.message);
    const summary = summarizeMonth(saved, month.month).channels.find((c) => c.key === def.key);
    const view = channelView(def, saved, parseWorkbook(saved).data, month.month, summary);
    const message =
      plan.log.length === 0 ? "Tidak ada perubahan." : `Tersimpan: ${plan.log.length} isian berubah.`;
    return { ok: true, view, changedCells: plan.log.length, message };
  } finally {
    access.lock.releaseLock();
  }
}
