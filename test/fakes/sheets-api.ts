/**
 * The Sheets advanced service (`Sheets.Spreadsheets...`, the Sheets REST API v4), over the SAME
 * FakeSpreadsheet that SpreadsheetApp serves, behaving like the API where code can tell:
 * - ranges `'Tab'`, `Tab!A:A`, `'Tab'!A5:F9` (a quote inside a quoted name is doubled);
 *   an unknown tab or a malformed range is rejected: "Unable to parse range";
 * - reads trim trailing empty rows and cells and leave `values` out when nothing is there;
 *   `range` in the answer is the whole requested range (for a tab: its whole grid);
 * - UNFORMATTED_VALUE gives numbers as numbers and dates (stored as JS Dates by tests) as
 *   serial numbers in the spreadsheet's time zone; the default FORMATTED_VALUE gives strings;
 *   a formula reads as its result, or as its text with FORMULA
 *   (https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption);
 * - writes need a valueInputOption: RAW stores strings as they are; USER_ENTERED turns `=...`
 *   into a formula (FakeFormula), so a test can prove code never relies on it;
 * - a write outside the grid fails ("exceeds grid limits"); a batch is checked whole first,
 *   so a failing batch changes nothing.
 */

import { columnLetters, columnNumber } from "./a1";
import { type CallLog, Counted } from "./calls";
import { withFields } from "./field-mask";
import { cellData, mergesOf } from "./grid-cells";
import { type Cell, cellResult, FakeFormula, type FakeSheet, userEntered } from "./sheet";
import { applyStructural } from "./sheets-structure";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeOf } from "./typing";
import { wallClock } from "./wall-clock";

type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;
type ValuesCollection = GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection;
type SpreadsheetsCollection = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;

/** Days from the Sheets epoch (30 Dec 1899) to the Unix epoch. */
const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

/** A parsed A1 range on one sheet: 1-based, `endRow`/`endColumn` undefined = to the grid's end. */
interface SheetRange {
  sheet: FakeSheet;
  row: number;
  column: number;
  endRow: number;
  endColumn: number;
  /** The range as the API names it in answers: `'Tab'!A1:Z1000`. */
  a1: string;
}

function apiError(method: string, message: string): Error {
  return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

/** `'Pengaduan & Keluhan'`, `PPID`: quoted when the name is not a plain word, as the API does. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'It''s'!A1:B2` into the tab name and the cell part (undefined for a whole tab). */
function splitRange(range: string): { name: string; cells: string | undefined } | undefined {
  const text = range.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (ch === "'") break;
      else {
        name += ch;
        i += 1;
      }
    }
    if (i >= text.length) return undefined;
    const rest = text.slice(i + 1);
    if (rest === "") return { name, cells: undefined };
    return rest.startsWith("!") ? { name, cells: rest.slice(1) } : undefined;
  }
  const bang = text.lastIndexOf("!");
  return bang < 0
    ? { name: text, cells: undefined }
    : { name: text.slice(0, bang), cells: text.slice(bang + 1) };
}

function serialOf(date: Date, timeZone: string): number {
  return wallClock(date, timeZone).asUtc / MS_PER_DAY + SERIAL_EPOCH_OFFSET;
}

/** Dates may come from another realm (the vm test), where instanceof Date is false. */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

const isEmpty = (cell: Cell): boolean => cell === "" || cell === null || cell === undefined;

interface ReadOptions {
  valueRenderOption?: string;
  dateTimeRenderOption?: string;
  majorDimension?: string;
}

export class FakeSheetsValues
  extends Counted
  implements
    FakeOf<
      ValuesCollection,
      "batchGet" | "batchUpdate" | "append" | "get" | "update",
      {
        batchGet: GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
        batchUpdate: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse;
      }
    >
{
  constructor(
    calls: CallLog,
    private readonly api: FakeSheetsApi,
  ) {
    super(calls, "Sheets", "Spreadsheets.Values");
  }

  batchGet(
    spreadsheetId: string,
    optionalArgs: object = {},
  ): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    this.hit("batchGet");
    const spreadsheet = this.api.spreadsheet(spreadsheetId, "values.batchGet");
    const args = optionalArgs as ReadOptions & { ranges?: string | string[] };
    const ranges = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
    const parsed = ranges.map((r) => this.api.parse(spreadsheet, r, "values.batchGet"));
    return {
      spreadsheetId,
      valueRanges: parsed.map((range) => this.api.read(spreadsheet, range, args)),
    };
  }

  get(spreadsheetId: string, range: string, optionalArgs: object = {}): ValueRange {
    this.hit("get");
    const spreadsheet = this.api.spreadsheet(spreadsheetId, "values.get");
    return this.api.read(spreadsheet, this.api.parse(spreadsheet, range, "values.get"), optionalArgs);
  }

  batchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest,
    spreadsheetId: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse {
    this.hit("batchUpdate");
    const method = "values.batchUpdate";
    const spreadsheet = this.api.spreadsheet(spreadsheetId, method);
    const input = this.api.inputOption(resource.valueInputOption, method);
    // Checked whole before anything is written: the API applies a batch entirely or not at all.
    const planned = (resource.data ?? []).map((vr) => {
      const range = this.api.parse(spreadsheet, vr.range ?? "", method);
      const values = this.api.oriented(vr, method);
      this.api.checkWrite(range, values, method);
      return { range, values };
    });
    const responses = planned.map(({ range, values }) => this.api.write(range, values, input, spreadsheetId));
    return {
      spreadsheetId,
      totalUpdatedCells: responses.reduce((n, r) => n + (r.updatedCells ?? 0), 0),
      totalUpdatedRows: responses.reduce((n, r) => n + (r.updatedRows ?? 0), 0),
      totalUpdatedSheets: new Set(planned.map((p) => p.range.sheet)).size,
      responses,
    };
  }

  update(
    resource: ValueRange,
    spreadsheetId: string,
    range: string,
    optionalArgs: object = {},
  ): GoogleAppsScript.Sheets.Schema.UpdateValuesResponse {
    this.hit("update");
    const method = "values.update";
    const spreadsheet = this.api.spreadsheet(spreadsheetId, method);
    const input = this.api.inputOption(
      (optionalArgs as { valueInputOption?: string }).valueInputOption,
      method,
    );
    const target = this.api.parse(spreadsheet, range, method);
    const values = this.api.oriented(resource, method);
    this.api.checkWrite(target, values, method);
    return this.api.write(target, values, input, spreadsheetId);
  }

  /**
   * Finds the table that starts at the range's first row (that row and the non-empty rows
   * right below it) and writes after it: INSERT_ROWS inserts new rows there, OVERWRITE (the
   * default) writes over what follows. The grid grows when needed, as the API does.
   */
  append(
    resource: ValueRange,
    spreadsheetId: string,
    range: string,
    optionalArgs: object = {},
  ): GoogleAppsScript.Sheets.Schema.AppendValuesResponse {
    this.hit("append");
    const method = "values.append";
    const spreadsheet = this.api.spreadsheet(spreadsheetId, method);
    const args = optionalArgs as { valueInputOption?: string; insertDataOption?: string };
    const input = this.api.inputOption(args.valueInputOption, method);
    const target = this.api.parse(spreadsheet, range, method);
    const values = this.api.oriented(resource, method);
    const { sheet } = target;
    let next = target.row;
    const rowEmpty = (r: number) =>
      Array.from({ length: target.endColumn - target.column + 1 }, (_, c) =>
        sheet.cell(r, target.column + c),
      ).every(isEmpty);
    while (next <= sheet.maxRows && !rowEmpty(next)) next += 1;
    if (args.insertDataOption === "INSERT_ROWS") {
      sheet.cells.splice(next - 1, 0, ...values.map(() => []));
      sheet.maxRows += values.length;
    }
    sheet.maxRows = Math.max(sheet.maxRows, next + values.length - 1);
    const width = Math.max(0, ...values.map((r) => r.length));
    sheet.maxColumns = Math.max(sheet.maxColumns, target.column + width - 1);
    const written: SheetRange = {
      sheet,
      row: next,
      column: target.column,
      endRow: next + values.length - 1,
      endColumn: target.column + Math.max(width, 1) - 1,
      a1: "",
    };
    written.a1 = rangeA1(written);
    return {
      spreadsheetId,
      tableRange: target.a1,
      updates: this.api.write(written, values, input, spreadsheetId),
    };
  }
}

function rangeA1(range: Omit<SheetRange, "a1">): string {
  return `${sheetRef(range.sheet.name)}!${columnLetters(range.column)}${range.row}:${columnLetters(range.endColumn)}${range.endRow}`;
}

export class FakeSheetsSpreadsheets
  extends Counted
  implements
    FakeOf<
      SpreadsheetsCollection,
      "get" | "batchUpdate",
      {
        get: GoogleAppsScript.Sheets.Schema.Spreadsheet;
        batchUpdate: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
      }
    >
{
  readonly Values: FakeSheetsValues;

  constructor(
    calls: CallLog,
    private readonly api: FakeSheetsApi,
  ) {
    super(calls, "Sheets", "Spreadsheets");
    this.Values = new FakeSheetsValues(calls, api);
  }

  /**
   * The spreadsheet's properties and sheets with their charts; with `ranges` and
   * `includeGridData` (or a `fields` mask naming `data`), each range's cells as `GridData` on its
   * sheet. A `fields` mask is applied as the API applies it (field-mask.ts).
   */
  get(spreadsheetId: string, optionalArgs: object = {}): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    this.hit("get");
    const spreadsheet = this.api.spreadsheet(spreadsheetId, "get");
    const args = optionalArgs as { ranges?: string | string[]; includeGridData?: boolean; fields?: string };
    const ranges = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
    const parsed = ranges.map((r) => this.api.parse(spreadsheet, r, "get"));
    const withData = args.includeGridData === true || /\bdata\b/.test(args.fields ?? "");
    const answer: GoogleAppsScript.Sheets.Schema.Spreadsheet = {
      spreadsheetId,
      properties: { title: spreadsheet.name, locale: spreadsheet.locale, timeZone: spreadsheet.timeZone },
      sheets: spreadsheet.sheets.map((sheet, index) => ({
        properties: {
          sheetId: sheet.id,
          title: sheet.name,
          index,
          gridProperties: {
            rowCount: sheet.maxRows,
            columnCount: sheet.maxColumns,
            frozenRowCount: sheet.frozenRows,
          },
          ...(sheet.hidden ? { hidden: true } : {}),
        },
        charts: spreadsheet.charts
          .filter((c) => c.position.overlayPosition?.anchorCell?.sheetId === sheet.id)
          .map((c) => structuredClone(c)),
        ...(withData
          ? { data: parsed.filter((r) => r.sheet === sheet).map((r) => this.api.gridData(r, spreadsheet)) }
          : {}),
        ...(mergesOf(sheet, parsed).length > 0 ? { merges: mergesOf(sheet, parsed) } : {}),
      })),
    };
    return withFields(answer, args.fields);
  }

  /** Structural requests (see sheets-structure.ts); anything not modelled fails loudly. */
  batchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
    spreadsheetId: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    this.hit("batchUpdate");
    const spreadsheet = this.api.spreadsheet(spreadsheetId, "batchUpdate");
    return { spreadsheetId, replies: applyStructural(spreadsheet, resource.requests ?? []) };
  }
}

/** `Sheets`: the advanced service object, whose spreadsheets are looked up by id. */
export class FakeSheetsApi {
  readonly Spreadsheets: FakeSheetsSpreadsheets;

  constructor(
    calls: CallLog,
    private readonly lookup: (id: string) => FakeSpreadsheet | undefined,
  ) {
    this.Spreadsheets = new FakeSheetsSpreadsheets(calls, this);
  }

  // --- shared by the collections (not counted) ---

  /**
   * Why the current user may not open a spreadsheet (createFakeEnv: the Drive's sharing). The
   * `spreadsheets` scope reaches every spreadsheet the user can open, with no per-file grant
   * (https://developers.google.com/sheets/api/scopes).
   */
  denied: ((id: string) => string | undefined) | undefined;

  spreadsheet(id: string, method: string): FakeSpreadsheet {
    const found = this.lookup(id);
    if (!found) throw apiError(method, "Requested entity was not found.");
    const denied = this.denied?.(id);
    if (denied) throw apiError(method, denied);
    return found;
  }

  parse(spreadsheet: FakeSpreadsheet, range: string, method: string): SheetRange {
    const fail = () => apiError(method, `Unable to parse range: ${range}`);
    const split = splitRange(range);
    const sheet = split && spreadsheet.sheets.find((s) => s.name === split.name);
    if (!split || !sheet) throw fail();
    if (split.cells === undefined) {
      const whole = { sheet, row: 1, column: 1, endRow: sheet.maxRows, endColumn: sheet.maxColumns };
      return { ...whole, a1: rangeA1(whole) };
    }
    const cells = split.cells.toUpperCase();
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(cells);
    const rect = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(cells);
    let parsed: Omit<SheetRange, "a1">;
    if (columns) {
      const [a, b] = [columnNumber(columns[1] ?? ""), columnNumber(columns[2] ?? "")];
      parsed = { sheet, row: 1, column: Math.min(a, b), endRow: sheet.maxRows, endColumn: Math.max(a, b) };
    } else if (rect) {
      const r1 = Number(rect[2]);
      const c1 = columnNumber(rect[1] ?? "");
      const r2 = rect[4] ? Number(rect[4]) : r1;
      const c2 = rect[3] ? columnNumber(rect[3]) : c1;
      if (r1 < 1 || r2 < 1) throw fail();
      parsed = {
        sheet,
        row: Math.min(r1, r2),
        column: Math.min(c1, c2),
        endRow: Math.max(r1, r2),
        endColumn: Math.max(c1, c2),
      };
    } else throw fail();
    return { ...parsed, a1: rangeA1(parsed) };
  }

  read(spreadsheet: FakeSpreadsheet, range: SheetRange, options: ReadOptions): ValueRange {
    const render = options.valueRenderOption ?? "FORMATTED_VALUE";
    const dates = options.dateTimeRenderOption ?? "SERIAL_NUMBER";
    const { sheet } = range;
    const endRow = Math.min(range.endRow, sheet.maxRows);
    const endColumn = Math.min(range.endColumn, sheet.maxColumns);
    const rows: unknown[][] = [];
    for (let r = range.row; r <= endRow; r += 1) {
      const row: unknown[] = [];
      for (let c = range.column; c <= endColumn; c += 1) {
        row.push(this.rendered(sheet.cell(r, c), render, dates, spreadsheet.timeZone));
      }
      while (row.length > 0 && isEmpty(row[row.length - 1])) row.pop();
      rows.push(row);
    }
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
    const major = options.majorDimension ?? "ROWS";
    const answer: ValueRange = { range: range.a1, majorDimension: major };
    if (rows.length > 0) answer.values = major === "COLUMNS" ? transpose(rows) : rows;
    return answer;
  }

  private rendered(cell: Cell, render: string, dates: string, timeZone: string): unknown {
    if (render === "FORMULA" && cell instanceof FakeFormula) return cell.formula;
    const value = cellResult(cell);
    if (isEmpty(value)) return "";
    if (isDate(value)) {
      const serial = serialOf(value, timeZone);
      if (render === "FORMATTED_VALUE" || dates === "FORMATTED_STRING") {
        return new Date((serial - SERIAL_EPOCH_OFFSET) * MS_PER_DAY).toISOString().slice(0, 10);
      }
      return serial;
    }
    if (render === "FORMATTED_VALUE") {
      if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
      return String(value);
    }
    return value;
  }

  /**
   * A range's cells as the API's GridData (userEnteredValue; effectiveValue and effectiveFormat as
   * grid-cells.ts says), trailing empty rows left out.
   */
  gridData(range: SheetRange, spreadsheet?: FakeSpreadsheet): GoogleAppsScript.Sheets.Schema.GridData {
    const { sheet } = range;
    const endRow = Math.min(range.endRow, sheet.maxRows);
    const endColumn = Math.min(range.endColumn, sheet.maxColumns);
    const rowData: GoogleAppsScript.Sheets.Schema.RowData[] = [];
    for (let r = range.row; r <= endRow; r += 1) {
      const values: GoogleAppsScript.Sheets.Schema.CellData[] = [];
      for (let c = range.column; c <= endColumn; c += 1) {
        const value = cellResult(sheet.cell(r, c));
        const typed = spreadsheet ? cellData(sheet, r, c, spreadsheet.timeZone) : {};
        if (typeof value === "string" && value !== "")
          values.push({ userEnteredValue: { stringValue: value }, ...typed });
        else if (typeof value === "number")
          values.push({ userEnteredValue: { numberValue: value }, ...typed });
        else if (typeof value === "boolean")
          values.push({ userEnteredValue: { boolValue: value }, ...typed });
        else values.push(typed);
      }
      while (values.length > 0 && Object.keys(values[values.length - 1] ?? {}).length === 0) values.pop();
      rowData.push(values.length > 0 ? { values } : {});
    }
    while (rowData.length > 0 && !rowData[rowData.length - 1]?.values) rowData.pop();
    return { startRow: range.row - 1, startColumn: range.column - 1, rowData };
  }

  inputOption(option: string | undefined, method: string): "RAW" | "USER_ENTERED" {
    if (option === "RAW" || option === "USER_ENTERED") return option;
    if (option === undefined) throw apiError(method, "'valueInputOption' is required but not specified");
    throw apiError(method, `Invalid value at 'value_input_option' (${option})`);
  }

  /** The values as rows, whatever the ValueRange's majorDimension. */
  oriented(vr: ValueRange, method: string): unknown[][] {
    const values = vr.values ?? [];
    for (const row of values) {
      if (!Array.isArray(row)) throw apiError(method, "Invalid values: a row is not a list");
      for (const v of row) {
        const ok = v === null || ["string", "number", "boolean"].includes(typeof v);
        if (!ok) throw apiError(method, `Invalid values[][]: ${JSON.stringify(v) ?? String(v)}`);
      }
    }
    return vr.majorDimension === "COLUMNS" ? transpose(values) : values;
  }

  checkWrite(range: SheetRange, values: unknown[][], method: string): void {
    const rows = values.length;
    const width = Math.max(0, ...values.map((r) => r.length));
    if (rows > range.endRow - range.row + 1 || width > range.endColumn - range.column + 1) {
      throw apiError(
        method,
        `Requested writing within range [${range.a1}], but tried writing ${rows} rows and ${width} columns.`,
      );
    }
    const { sheet } = range;
    if (range.row + rows - 1 > sheet.maxRows || range.column + width - 1 > sheet.maxColumns) {
      const cell = `${columnLetters(range.column + width - 1)}${range.row + rows - 1}`;
      throw apiError(
        method,
        `Range (${sheetRef(sheet.name)}!${cell}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
      );
    }
  }

  write(
    range: SheetRange,
    values: unknown[][],
    input: "RAW" | "USER_ENTERED",
    spreadsheetId: string,
  ): GoogleAppsScript.Sheets.Schema.UpdateValuesResponse {
    let cells = 0;
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        // null skips the cell; "" empties it.
        if (value === null) return;
        const stored = input === "RAW" ? value : userEntered(value);
        range.sheet.setCell(range.row + r, range.column + c, stored);
        cells += 1;
      });
    });
    const width = Math.max(0, ...values.map((r) => r.length));
    return {
      spreadsheetId,
      updatedRange: range.a1,
      updatedRows: values.length,
      updatedColumns: width,
      updatedCells: cells,
    };
  }
}

function transpose(rows: readonly (readonly unknown[])[]): unknown[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? ""));
}
