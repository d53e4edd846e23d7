/**
 * Workbook values through the Sheets API (advanced service): every tab in one batchGet, a
 * save in one batchUpdate. Values are written RAW, so a typed `=1+1` stays text and never
 * becomes a formula. Dates travel as serial numbers and are converted here, at the edge.
 */
import { CHANNELS, type ChannelDef, channelByTab } from "../core/workbook/channels";
import { columnLetter } from "../core/workbook/parse";
import { SETTINGS_TAB } from "../core/workbook/settings";
import type { CellValue, RawTab, RawWorkbook } from "../core/workbook/types";

export type SheetsService = Pick<GoogleAppsScript.Sheets, "Spreadsheets">;

/** Tabs the report and the sidebar read: every registry tab, then Pengaturan. */
export const DATA_TABS: readonly string[] = [...CHANNELS.map((c) => c.tab), SETTINGS_TAB];

export function sheetsService(): SheetsService {
  if (typeof Sheets === "undefined" || !Sheets) {
    throw new Error(
      "Layanan lanjutan Google Sheets API belum aktif untuk skrip ini. Aktifkan di Editor Apps Script: Layanan > Google Sheets API.",
    );
  }
  return Sheets;
}

/** A1 reference to a whole tab: `'Pengaduan & Keluhan'`. */
export function tabRange(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

/** `'Webinar'!A5:D9` */
export function cellsRange(tab: string, firstRow: number, rows: number, columns: number): string {
  return `${tabRange(tab)}!A${firstRow}:${columnLetter(columns - 1)}${firstRow + rows - 1}`;
}

/** Days between the Sheets epoch (30 Dec 1899) and the Unix epoch. */
const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

/** A date serial as `YYYY-MM-DD` (its time of day ignored); undefined when it is no date. */
export function serialToIso(serial: number): string | undefined {
  const date = new Date(Math.round((serial - SERIAL_EPOCH_OFFSET) * MS_PER_DAY));
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1000 || year > 9999) return undefined;
  return date.toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY + SERIAL_EPOCH_OFFSET;
}

function dateColumns(def: ChannelDef | undefined): Set<number> {
  const columns = new Set<number>();
  if (!def) return columns;
  def.columns.forEach((c, i) => {
    if (c.type === "date") columns.add(i + 1);
  });
  return columns;
}

/**
 * One cell as the API gave it (UNFORMATTED_VALUE, SERIAL_NUMBER), as the core expects it:
 * a number in `Bulan` (a typed 2023-11 that Sheets took for a date) becomes `2023-11`, a
 * number in a date column becomes `2023-11-06`; a number that is no date stays a number,
 * for the parser to report.
 */
function toCell(value: unknown, isMonth: boolean, isDate: boolean): CellValue {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" && (isMonth || isDate)) {
    const iso = serialToIso(value);
    if (iso) return isMonth ? iso.slice(0, 7) : iso;
    return value;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** A tab's values (row 1 = header) as the core expects them, serial dates turned into ISO text. */
export function valuesToRawTab(tab: string, values: readonly (readonly unknown[])[]): RawTab {
  const [header = [], ...rows] = values;
  const width = header.length;
  const def = channelByTab(tab);
  const dates = dateColumns(def);
  return {
    name: tab,
    header: header.map((h) => String(h ?? "").trim()),
    rows: rows.map((row) =>
      Array.from({ length: Math.max(width, row.length) }, (_, i) =>
        toCell(row[i], def !== undefined && i === 0, dates.has(i)),
      ),
    ),
    firstRow: 2,
  };
}

/** A tab as read, with the number of rows its grid has (a write past them must grow it first). */
export interface SizedTab {
  tab: RawTab;
  gridRows: number;
}

/**
 * Reads the given tabs, normally in ONE call. When a tab is missing the API rejects the whole
 * batch; then the sheet titles are fetched (one more call) and the tabs that exist are read.
 * Missing tabs are absent from the result: the parser reports them.
 */
export function readTabs(
  service: SheetsService,
  spreadsheetId: string,
  tabs: readonly string[] = DATA_TABS,
): RawWorkbook {
  const sized = readSizedTabs(service, spreadsheetId, tabs);
  return Object.fromEntries(Object.entries(sized).map(([name, s]) => [name, s.tab]));
}

/** Like readTabs, with each tab's grid size; `firstColumnOnly` tabs are read in column A only. */
export function readSizedTabs(
  service: SheetsService,
  spreadsheetId: string,
  tabs: readonly string[],
  firstColumnOnly: readonly string[] = [],
): Record<string, SizedTab> {
  try {
    return batchGet(service, spreadsheetId, tabs, firstColumnOnly);
  } catch (error) {
    if (!/Unable to parse range/i.test(String(error))) throw error;
    const titles = sheetTitles(service, spreadsheetId);
    const present = tabs.filter((t) => titles.includes(t));
    return batchGet(service, spreadsheetId, present, firstColumnOnly);
  }
}

export function sheetTitles(service: SheetsService, spreadsheetId: string): string[] {
  const meta = service.Spreadsheets.get(spreadsheetId, { fields: "sheets.properties.title" });
  return (meta.sheets ?? []).map((s) => s.properties?.title ?? "");
}

/**
 * The last row of an A1 range (`'Log'!A1:A1000` -> 1000): of a read's answer for a whole tab,
 * its grid; of a write, the row the grid must reach.
 */
export function lastRowOf(range: string | undefined): number {
  const match = /(\d+)$/.exec(range ?? "");
  return match ? Number(match[1]) : 0;
}

function batchGet(
  service: SheetsService,
  spreadsheetId: string,
  tabs: readonly string[],
  firstColumnOnly: readonly string[],
): Record<string, SizedTab> {
  const read: Record<string, SizedTab> = {};
  if (tabs.length === 0) return read;
  const response = service.Spreadsheets.Values.batchGet(spreadsheetId, {
    ranges: tabs.map((t) => (firstColumnOnly.includes(t) ? `${tabRange(t)}!A:A` : tabRange(t))),
    valueRenderOption: "UNFORMATTED_VALUE",
    dateTimeRenderOption: "SERIAL_NUMBER",
    majorDimension: "ROWS",
  });
  (response.valueRanges ?? []).forEach((range, i) => {
    const tab = tabs[i];
    if (tab) read[tab] = { tab: valuesToRawTab(tab, range.values ?? []), gridRows: lastRowOf(range.range) };
  });
  return read;
}

export type SheetValue = string | number | boolean;

/**
 * Cells as they are written RAW: ISO dates in a date column become date serials (so Sheets
 * shows and sorts them as dates), a Date too; null becomes empty.
 */
export function toSheetValues(tab: string, rows: readonly (readonly CellValue[])[]): SheetValue[][] {
  const dates = dateColumns(channelByTab(tab));
  return rows.map((row) => row.map((value, i) => toSheetValue(dates, i, value)));
}

/** One cell as it is written (see toSheetValues); `dates`: the tab's date columns. */
export function toSheetValue(dates: ReadonlySet<number>, column: number, value: CellValue): SheetValue {
  if (value === null || value === undefined) return "";
  if (Object.prototype.toString.call(value) === "[object Date]") {
    return isoToSerial((value as Date).toISOString().slice(0, 10));
  }
  if (dates.has(column) && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return isoToSerial(value);
  }
  return value as SheetValue;
}

/** The date columns of a tab (registry tabs only), by index with `Bulan` = 0. */
export function dateColumnsOf(tab: string): Set<number> {
  return dateColumns(channelByTab(tab));
}

export interface RangeWrite {
  range: string;
  values: SheetValue[][];
}

/** Writes every range in ONE call, RAW: strings are stored as typed (no formulas, no parsing). */
export function writeRanges(
  service: SheetsService,
  spreadsheetId: string,
  writes: readonly RangeWrite[],
): void {
  const data = writes.filter((w) => w.values.length > 0);
  if (data.length === 0) return;
  service.Spreadsheets.Values.batchUpdate(
    {
      valueInputOption: "RAW",
      data: data.map((w) => ({ range: w.range, majorDimension: "ROWS", values: w.values })),
    },
    spreadsheetId,
  );
}

/** Rows added to a tab that has to grow: more than needed, so growing stays rare. */
const GROWTH_SLACK = 500;

/**
 * Makes the tabs' grids at least `rows` tall (two calls, only when a tab must grow): the API
 * refuses to write past a grid's last row.
 */
export function growTabs(
  service: SheetsService,
  spreadsheetId: string,
  needed: readonly { tab: string; rows: number; gridRows: number }[],
): void {
  const short = needed.filter((n) => n.rows > n.gridRows);
  if (short.length === 0) return;
  const meta = service.Spreadsheets.get(spreadsheetId, { fields: "sheets.properties(sheetId,title)" });
  const ids = new Map((meta.sheets ?? []).map((s) => [s.properties?.title ?? "", s.properties?.sheetId]));
  const requests = short.map((n) => ({
    appendDimension: {
      sheetId: ids.get(n.tab) ?? 0,
      dimension: "ROWS",
      length: n.rows - n.gridRows + GROWTH_SLACK,
    },
  }));
  service.Spreadsheets.batchUpdate({ requests }, spreadsheetId);
}
