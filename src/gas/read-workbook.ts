/**
 * Reads the workbook's data tabs into a RawWorkbook. Apps Script charges per service call, so
 * the cost is bounded: one getSheets(), then one getName() and at most one
 * getDataRange().getValues() per sheet the report reads, however many rows there are.
 */
import { CHANNELS } from "../core/channels";
import { SETTINGS_TAB } from "../core/settings";
import type { CellValue, RawTab, RawWorkbook } from "../core/types";

/** What the reader needs of a sheet; the real Sheet and the test fakes both fit. */
export interface ReadableSheet {
  getName(): string;
  getDataRange(): { getValues(): unknown[][] };
}

export interface ReadableSpreadsheet {
  getSheets(): ReadableSheet[];
}

/** Tabs the report reads: every registry tab plus Pengaturan. */
export const READ_TABS: readonly string[] = [...CHANNELS.map((c) => c.tab), SETTINGS_TAB];

export function readWorkbook(spreadsheet: ReadableSpreadsheet): RawWorkbook {
  const wanted = new Set(READ_TABS);
  const workbook: RawWorkbook = {};
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (!wanted.has(name) || workbook[name]) continue;
    workbook[name] = toRawTab(name, sheet.getDataRange().getValues());
  }
  return workbook;
}

/** Row 1 is the header; data starts on sheet row 2. */
export function toRawTab(name: string, values: readonly (readonly unknown[])[]): RawTab {
  const [header = [], ...rows] = values;
  return {
    name,
    header: header.map((h) => String(h ?? "").trim()),
    rows: rows.map((row) => row.map(toCell)),
    firstRow: 2,
  };
}

function toCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // Dates may come from another realm (the vm test), where instanceof Date is false.
  if (Object.prototype.toString.call(value) === "[object Date]") return value as Date;
  return String(value);
}
