/**
 * In-memory Spreadsheet, behaving like the real one where code can tell: 1-based coordinates,
 * "" for empty cells, setValues that must match the range's size, ranges inside the sheet.
 */
import { type CallLog, Counted } from "./calls";
import { type Cell, FakeSheet } from "./sheet";
import { asFake, type FakeOf } from "./typing";

const SPREADSHEET_METHODS = [
  "getId",
  "getName",
  "getUrl",
  "getSheets",
  "getSheetByName",
  "insertSheet",
  "deleteSheet",
  "getActiveSheet",
  "setActiveSheet",
  "getSpreadsheetLocale",
  "setSpreadsheetLocale",
  "getSpreadsheetTimeZone",
  "setSpreadsheetTimeZone",
  "toast",
] as const;

/** An embedded chart as the Sheets API describes it. */
export interface FakeChart {
  chartId: number;
  spec: GoogleAppsScript.Sheets.Schema.ChartSpec;
  position: GoogleAppsScript.Sheets.Schema.EmbeddedObjectPosition;
}

export class FakeSpreadsheet
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      (typeof SPREADSHEET_METHODS)[number],
      {
        getSheets: FakeSheet[];
        getSheetByName: FakeSheet | null;
        insertSheet: FakeSheet;
        getActiveSheet: FakeSheet;
        setActiveSheet: FakeSheet;
      }
    >
{
  readonly sheets: FakeSheet[] = [];
  readonly toasts: string[] = [];
  /** Embedded charts (made through the Sheets API's addChart), on any sheet. */
  readonly charts: FakeChart[] = [];
  locale = "en_US";
  timeZone = "Asia/Jakarta";
  private active = 0;
  private nextSheetId = 0;

  constructor(
    calls: CallLog,
    readonly id = "fake-spreadsheet-id",
    public name = "Laporan Layanan",
  ) {
    super(calls, "SpreadsheetApp", "Spreadsheet");
  }

  /** Test set-up (not counted): adds a sheet with these rows (and this sheet ID, if given). */
  addSheet(name: string, rows: readonly (readonly Cell[])[] = [], id?: number): FakeSheet {
    const sheetId = id ?? this.nextSheetId++;
    this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    const sheet = new FakeSheet(this.calls, this, name, sheetId);
    sheet.load(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test inspection (not counted). */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getId(): string {
    this.hit("getId");
    return this.id;
  }
  getName(): string {
    this.hit("getName");
    return this.name;
  }
  getUrl(): string {
    this.hit("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): FakeSheet[] {
    this.hit("getSheets");
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.hit("getSheetByName");
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** insertSheet(), (index), (name), (name, index); template options are ignored. */
  insertSheet(sheetName?: string | number | object, sheetIndex?: number | object): FakeSheet {
    this.hit("insertSheet");
    const name = typeof sheetName === "string" ? sheetName : `Sheet${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.calls, this, name, this.nextSheetId++);
    const index =
      typeof sheetName === "number"
        ? sheetName
        : typeof sheetIndex === "number"
          ? sheetIndex
          : this.sheets.length;
    this.sheets.splice(index, 0, sheet);
    this.active = this.sheets.indexOf(sheet);
    return sheet;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | FakeSheet): void {
    this.hit("deleteSheet");
    const index = this.sheets.indexOf(asFake(sheet, FakeSheet));
    if (index < 0) throw new Error("Sheet not found.");
    this.sheets.splice(index, 1);
    this.active = 0;
  }
  getActiveSheet(): FakeSheet {
    this.hit("getActiveSheet");
    return this.sheets[this.active] ?? this.addSheet("Sheet1");
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | FakeSheet): FakeSheet {
    this.hit("setActiveSheet");
    const fake = asFake(sheet, FakeSheet);
    this.active = Math.max(0, this.sheets.indexOf(fake));
    return fake;
  }
  getSpreadsheetLocale(): string {
    this.hit("getSpreadsheetLocale");
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.hit("setSpreadsheetLocale");
    this.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    this.hit("getSpreadsheetTimeZone");
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.hit("setSpreadsheetTimeZone");
    this.timeZone = timezone;
  }
  toast(msg: string): void {
    this.hit("toast");
    this.toasts.push(msg);
  }
}
