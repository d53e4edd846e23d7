/**
 * Workbook values through the Sheets API (advanced service): every tab in one spreadsheets.get
 * (each cell's value and number-format type, each tab's merges), a save in one batchUpdate.
 * Values are written RAW, so a typed `=1+1` stays text and never becomes a formula. Dates travel
 * as serial numbers and are typed here, at the edge, by the core's typed-cells (as the CLI's are).
 */
import { CHANNELS, type ChannelDef, channelByTab } from "../core/workbook/channels";
import { columnLetter } from "../core/workbook/parse";
import { SETTINGS_TAB } from "../core/workbook/settings";
import { dateCell, isoToSerial, numberCell, serialToIso } from "../core/workbook/typed-cells";
import type { CellValue, MergedCells, RawTab, RawWorkbook } from "../core/workbook/types";

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

export { isoToSerial, serialToIso } from "../core/workbook/typed-cells";

function dateColumns(def: ChannelDef | undefined): Set<number> {
  const columns = new Set<number>();
  if (!def) return columns;
  def.columns.forEach((c, i) => {
    if (c.type === "date") columns.add(i + 1);
  });
  return columns;
}

/** A tab as read, with the number of rows its grid has (a write past them must grow it first). */
export interface SizedTab {
  tab: RawTab;
  gridRows: number;
  /** The tab's sheet ID, which row inserts, deletes and cell writes name. */
  sheetId: number;
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
    return gridGet(service, spreadsheetId, tabs, firstColumnOnly);
  } catch (error) {
    if (!/Unable to parse range/i.test(String(error))) throw error;
    const titles = sheetTitles(service, spreadsheetId);
    const present = tabs.filter((t) => titles.includes(t));
    return gridGet(service, spreadsheetId, present, firstColumnOnly);
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

/**
 * What the read asks of each tab: its sheet ID, title and grid height, its merges, and per cell the value
 * (a formula's result) and the number format's type, which tells a date from a number. Values.batchGet
 * gives neither types nor merges; this is the same one round trip. Cells formatted but empty (the
 * rows Siapkan Workbook prepares) come back as their format alone: the bench measures the answer.
 */
export const GRID_FIELDS =
  "sheets(properties(sheetId,title,gridProperties(rowCount)),merges,data(rowData(values(effectiveValue,effectiveFormat(numberFormat(type))))))";

const DATE_TYPES: ReadonlySet<string> = new Set(["DATE", "DATE_TIME", "TIME"]);

const ERROR_TEXT: Record<string, string> = {
  NULL_VALUE: "#NULL!",
  DIVIDE_BY_ZERO: "#DIV/0!",
  VALUE: "#VALUE!",
  REF: "#REF!",
  NAME: "#NAME?",
  NUM: "#NUM!",
  N_A: "#N/A",
  LOADING: "#LOADING",
};

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/**
 * One cell as the core expects it. A number typed as a date or time in a data tab goes through
 * dateCell (its day in `Bulan` and date columns, a Date elsewhere, so a count reports it); any
 * other number through numberCell. Other tabs (Riwayat, Log, Pengaturan) keep numbers as numbers.
 */
export function cellOf(def: ChannelDef | undefined, column: number, cell: CellData | undefined): CellValue {
  const value = cell?.effectiveValue;
  if (!value) return "";
  if (typeof value.numberValue === "number") {
    const type = cell?.effectiveFormat?.numberFormat?.type ?? "";
    const iso = def && DATE_TYPES.has(type) ? serialToIso(value.numberValue) : undefined;
    return iso ? dateCell(def, column, iso) : numberCell(def, column, value.numberValue);
  }
  if (typeof value.stringValue === "string") return value.stringValue;
  if (typeof value.boolValue === "boolean") return value.boolValue;
  if (value.errorValue) return ERROR_TEXT[value.errorValue.type ?? ""] ?? "#ERROR!";
  return "";
}

const isEmptyCell = (value: CellValue | undefined): boolean =>
  value === "" || value === null || value === undefined;

/** A tab's GridData (row 1 = header) as a RawTab: trailing empty rows and cells left out, as Values does. */
export function gridToRawTab(
  tab: string,
  rowData: readonly GoogleAppsScript.Sheets.Schema.RowData[],
  merges: readonly GoogleAppsScript.Sheets.Schema.GridRange[] = [],
): RawTab {
  const def = channelByTab(tab);
  const cells: CellValue[][] = [];
  for (const row of rowData) {
    const values = row.values ?? [];
    const out: CellValue[] = [];
    for (let c = 0; c < values.length; c++) out.push(cellOf(def, c, values[c]));
    while (out.length > 0 && isEmptyCell(out[out.length - 1])) out.pop();
    cells.push(out);
  }
  while (cells.length > 0 && (cells[cells.length - 1] ?? []).length === 0) cells.pop();
  const [header = [], ...rows] = cells;
  const width = header.length;
  return {
    name: tab,
    header: header.map((h) => String(h ?? "").trim()),
    rows: rows.map((row) => Array.from({ length: Math.max(width, row.length) }, (_, i) => row[i] ?? "")),
    firstRow: 2,
    merges: merges.map(
      (m): MergedCells => ({
        firstRow: (m.startRowIndex ?? 0) + 1,
        lastRow: m.endRowIndex ?? (m.startRowIndex ?? 0) + 1,
        firstColumn: m.startColumnIndex ?? 0,
        lastColumn: (m.endColumnIndex ?? (m.startColumnIndex ?? 0) + 1) - 1,
      }),
    ),
  };
}

function gridGet(
  service: SheetsService,
  spreadsheetId: string,
  tabs: readonly string[],
  firstColumnOnly: readonly string[],
): Record<string, SizedTab> {
  const read: Record<string, SizedTab> = {};
  if (tabs.length === 0) return read;
  const response = service.Spreadsheets.get(spreadsheetId, {
    ranges: tabs.map((t) => (firstColumnOnly.includes(t) ? `${tabRange(t)}!A:A` : tabRange(t))),
    fields: GRID_FIELDS,
  });
  for (const sheet of response.sheets ?? []) {
    const title = sheet.properties?.title ?? "";
    if (!tabs.includes(title)) continue;
    read[title] = {
      tab: gridToRawTab(title, sheet.data?.[0]?.rowData ?? [], sheet.merges ?? []),
      gridRows: sheet.properties?.gridProperties?.rowCount ?? 0,
      sheetId: sheet.properties?.sheetId ?? 0,
    };
  }
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
