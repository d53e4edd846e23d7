/**
 * Workbook values through the Sheets API (advanced service): every tab in one batchGet, a
 * save in one batchUpdate. Values are written RAW, so a typed `=1+1` stays text and never
 * becomes a formula. Dates travel as serial numbers and are converted here, at the edge.
 */
import { CHANNELS, type ChannelDef, channelByTab } from "../core/channels";
import { SETTINGS_TAB } from "../core/settings";
import { LOG_TAB } from "../core/system-tabs";
import type { CellValue, RawTab, RawWorkbook } from "../core/types";

export type SheetsService = Pick<GoogleAppsScript.Sheets, "Spreadsheets">;

/** Tabs the tool reads: every registry tab, then Pengaturan and Log. */
export const DATA_TABS: readonly string[] = [...CHANNELS.map((c) => c.tab), SETTINGS_TAB, LOG_TAB];

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

/** Days between the Sheets epoch (30 Dec 1899) and the Unix epoch. */
const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - SERIAL_EPOCH_OFFSET) * MS_PER_DAY)).toISOString().slice(0, 10);
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

/** A tab's values (row 1 = header) as the core expects them, serial dates turned into ISO text. */
export function valuesToRawTab(tab: string, values: readonly (readonly unknown[])[]): RawTab {
  const [header = [], ...rows] = values;
  const width = header.length;
  const dates = dateColumns(channelByTab(tab));
  return {
    name: tab,
    header: header.map((h) => String(h ?? "").trim()),
    rows: rows.map((row) => {
      const cells: CellValue[] = [];
      for (let i = 0; i < Math.max(width, row.length); i += 1) {
        const value = row[i];
        if (value === undefined || value === null) cells.push("");
        else if (typeof value === "number" && i === 0) cells.push(serialToIso(value).slice(0, 7));
        else if (typeof value === "number" && dates.has(i)) cells.push(serialToIso(value));
        else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
          cells.push(value);
        else cells.push(String(value));
      }
      return cells;
    }),
    firstRow: 2,
  };
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
  /** Tabs of which only column A is needed (e.g. Log, to find its next row). */
  firstColumnOnly: readonly string[] = [],
): RawWorkbook {
  try {
    return batchGet(service, spreadsheetId, tabs, firstColumnOnly);
  } catch (_missingTab) {
    const titles = sheetTitles(service, spreadsheetId);
    const present = tabs.filter((t) => titles.includes(t));
    return batchGet(service, spreadsheetId, present, firstColumnOnly);
  }
}

export function sheetTitles(service: SheetsService, spreadsheetId: string): string[] {
  const meta = service.Spreadsheets.get(spreadsheetId, { fields: "sheets.properties.title" });
  return (meta.sheets ?? []).map((s) => s.properties?.title ?? "");
}

function batchGet(
  service: SheetsService,
  spreadsheetId: string,
  tabs: readonly string[],
  firstColumnOnly: readonly string[],
): RawWorkbook {
  const workbook: RawWorkbook = {};
  if (tabs.length === 0) return workbook;
  const response = service.Spreadsheets.Values.batchGet(spreadsheetId, {
    ranges: tabs.map((t) => (firstColumnOnly.includes(t) ? `${tabRange(t)}!A:A` : tabRange(t))),
    valueRenderOption: "UNFORMATTED_VALUE",
    dateTimeRenderOption: "SERIAL_NUMBER",
    majorDimension: "ROWS",
  });
  (response.valueRanges ?? []).forEach((range, i) => {
    const tab = tabs[i];
    if (tab) workbook[tab] = valuesToRawTab(tab, range.values ?? []);
  });
  return workbook;
}

export interface RangeWrite {
  range: string;
  values: (string | number | boolean)[][];
}

/** Writes every range in ONE call, RAW: strings are stored as typed (no formulas, no parsing). */
export function writeRanges(
  service: SheetsService,
  spreadsheetId: string,
  writes: readonly RangeWrite[],
): void {
  if (writes.length === 0) return;
  service.Spreadsheets.Values.batchUpdate(
    {
      valueInputOption: "RAW",
      data: writes.map((w) => ({ range: w.range, majorDimension: "ROWS", values: w.values })),
    },
    spreadsheetId,
  );
}
