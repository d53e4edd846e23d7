/**
 * The shared workbook contract, run against the Google Sheets side: a fake spreadsheet set up by
 * `setupWorkbook`, rows written through `writeRanges` (RAW, one call) and read back through
 * `readTabs` (one call), exactly as the sidebar and the menu do.
 */
import type { RawWorkbook } from "../../src/core/workbook/types";
import { SETUP_TABS, setupWorkbook } from "../../src/gas/setup-workbook";
import {
  cellsRange,
  type RangeWrite,
  readTabs,
  type SheetsService,
  sheetTitles,
  toSheetValues,
  writeRanges,
} from "../../src/gas/sheets-values";
import { workbookContract } from "../contract/workbook-contract";
import { createFakeEnv } from "../fakes/env";

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stores the tabs in a fresh fake spreadsheet, then reads the workbook back. */
async function load(raw: RawWorkbook): Promise<RawWorkbook> {
  const env = createFakeEnv();
  const { spreadsheet } = env;
  spreadsheet.addSheet("Sheet1");
  setupWorkbook(env.SpreadsheetApp as unknown as App, spreadsheet as unknown as Spreadsheet);
  // The storage holds exactly the tabs handed over, as an xlsx file would.
  for (const spec of SETUP_TABS) {
    const sheet = spreadsheet.sheet(spec.name);
    if (sheet && !raw[spec.name]) spreadsheet.deleteSheet(sheet);
  }
  const writes: RangeWrite[] = Object.values(raw).map((tab) => {
    const sheet = spreadsheet.sheet(tab.name) ?? spreadsheet.insertSheet(tab.name);
    const rows = [tab.header, ...tab.rows];
    const width = Math.max(1, ...rows.map((r) => r.length));
    // Rows Siapkan Workbook already wrote there (Pengaturan) and the tab no longer has are emptied.
    const blank = Array.from({ length: Math.max(0, sheet.lastRow() - rows.length) }, () => []);
    const all = [...rows, ...blank].map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
    return { range: cellsRange(tab.name, 1, all.length, width), values: toSheetValues(tab.name, all) };
  });
  const sheets = env.Sheets as unknown as SheetsService;
  writeRanges(sheets, spreadsheet.id, writes);
  // Read back in the spreadsheet's own tab order: the storage, not the caller, decides it.
  return readTabs(sheets, spreadsheet.id, sheetTitles(sheets, spreadsheet.id));
}

workbookContract("Google Sheets (Sheets API over the fake spreadsheet)", { load });
