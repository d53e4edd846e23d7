/** A sheet: a grid of cell values ("" when empty) with formats, validations, notes, protections. */

import { columnLetters, parseA1, type Rect } from "./a1";
import { type CallLog, Counted } from "./calls";
import type { FakeDataValidation } from "./data-validation";
import { FakeProtection, ProtectionType } from "./protection";
import { FakeRange } from "./range";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeOf } from "./typing";

export type Cell = unknown;

/**
 * A formula, as SpreadsheetApp's setValues (or the Sheets API with USER_ENTERED) makes of a
 * string starting with `=`. Reads give its result, which the fake does not compute: `#N/A`, or
 * the result a test gives it (what Sheets had calculated).
 */
export class FakeFormula {
  constructor(
    readonly formula: string,
    readonly result: unknown = "#N/A",
  ) {}
}

export const FORMULA_RESULT = "#N/A";

/** What reading a stored cell gives: a formula's result, anything else as stored. */
export function cellResult(cell: Cell): Cell {
  return cell instanceof FakeFormula ? cell.result : cell;
}

/** A value as Sheets stores it when typed (user-entered): `=...` is a formula, `'...` is text. */
export function userEntered(value: Cell): Cell {
  if (typeof value !== "string") return value ?? "";
  if (value.startsWith("=") && value.length > 1) return new FakeFormula(value);
  if (value.startsWith("'")) return value.slice(1);
  return value;
}

const SHEET_METHODS = [
  "getName",
  "setName",
  "getSheetId",
  "getDataRange",
  "getRange",
  "getLastRow",
  "getLastColumn",
  "getMaxRows",
  "getMaxColumns",
  "getFrozenRows",
  "setFrozenRows",
  "appendRow",
  "insertRowsAfter",
  "deleteRows",
  "clearContents",
  "setColumnWidth",
  "autoResizeColumns",
  "protect",
  "getProtections",
  "getParent",
] as const;

export class FakeSheet
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.Sheet,
      (typeof SHEET_METHODS)[number],
      {
        setName: FakeSheet;
        getDataRange: FakeRange;
        getRange: FakeRange;
        appendRow: FakeSheet;
        insertRowsAfter: FakeSheet;
        clearContents: FakeSheet;
        setColumnWidth: FakeSheet;
        autoResizeColumns: FakeSheet;
        protect: FakeProtection;
        getProtections: FakeProtection[];
        getParent: FakeSpreadsheet;
      }
    >
{
  /** Cell values by [row-1][column-1]; missing cells read as "". Public so tests can inspect. */
  readonly cells: Cell[][] = [];
  readonly formats = new Map<string, string>();
  readonly validations = new Map<string, FakeDataValidation>();
  readonly notes = new Map<string, string>();
  readonly fontWeights = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  readonly fontColors = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  readonly protections: FakeProtection[] = [];
  frozenRows = 0;
  hidden = false;

  constructor(
    calls: CallLog,
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {
    super(calls, "SpreadsheetApp", "Sheet");
  }

  // --- helpers for tests and for FakeRange (not counted) ---

  cell(row: number, column: number): Cell {
    return this.cells[row - 1]?.[column - 1] ?? "";
  }

  setCell(row: number, column: number, value: Cell): void {
    const r = this.cells[row - 1] ?? [];
    r[column - 1] = value;
    this.cells[row - 1] = r;
  }

  /** Replaces the sheet's content with these rows (row 1 first), growing it when needed. */
  load(rows: readonly (readonly Cell[])[]): this {
    this.cells.length = 0;
    rows.forEach((row, i) => {
      this.cells[i] = [...row];
    });
    this.maxRows = Math.max(this.maxRows, rows.length);
    // A loop, not a spread: a test tab may hold 200.000 rows.
    for (const row of rows) this.maxColumns = Math.max(this.maxColumns, row.length);
    return this;
  }

  /** Cells holding a formula, as `A1` -> formula text (for tests proving text stayed text). */
  formulas(): Map<string, string> {
    const found = new Map<string, string>();
    this.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell instanceof FakeFormula) found.set(`${columnLetters(c + 1)}${r + 1}`, cell.formula);
      });
    });
    return found;
  }

  /** All values from A1 to the last row and column with content. */
  snapshot(): Cell[][] {
    const rows = this.lastRow();
    const columns = this.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.cell(r + 1, c + 1)),
    );
  }

  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) {
      if ((this.cells[r - 1] ?? []).some((v) => v !== "" && v !== undefined && v !== null)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const v = row[c - 1];
        if (v !== "" && v !== undefined && v !== null) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  rangeOf(rect: Rect): FakeRange {
    const { row, column, numRows, numColumns } = rect;
    if (
      row < 1 ||
      column < 1 ||
      numRows < 1 ||
      numColumns < 1 ||
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    ) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this.calls, this, rect);
  }

  // --- the Sheet API ---

  getName(): string {
    this.hit("getName");
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.hit("setName");
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.hit("getSheetId");
    return this.id;
  }
  getDataRange(): FakeRange {
    this.hit("getDataRange");
    return this.rangeOf({
      row: 1,
      column: 1,
      numRows: Math.max(1, this.lastRow()),
      numColumns: Math.max(1, this.lastColumn()),
    });
  }
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.hit("getRange");
    if (typeof a === "string") return this.rangeOf(parseA1(a));
    if (column === undefined) throw new Error("Fake sheet: getRange(row) needs a column");
    return this.rangeOf({ row: a, column, numRows, numColumns });
  }
  getLastRow(): number {
    this.hit("getLastRow");
    return this.lastRow();
  }
  getLastColumn(): number {
    this.hit("getLastColumn");
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.hit("getMaxRows");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.hit("getMaxColumns");
    return this.maxColumns;
  }
  getFrozenRows(): number {
    this.hit("getFrozenRows");
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.hit("setFrozenRows");
    this.frozenRows = rows;
  }
  appendRow(rowContents: unknown[]): FakeSheet {
    this.hit("appendRow");
    const row = this.lastRow() + 1;
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, rowContents.length);
    rowContents.forEach((v, i) => {
      this.setCell(row, i + 1, userEntered(v));
    });
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit("insertRowsAfter");
    this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.hit("deleteRows");
    this.cells.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }
  clearContents(): FakeSheet {
    this.hit("clearContents");
    this.cells.length = 0;
    return this;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.hit("setColumnWidth");
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): FakeSheet {
    this.hit("autoResizeColumns");
    return this;
  }
  protect(): FakeProtection {
    this.hit("protect");
    const protection = new FakeProtection(this.calls, ProtectionType.SHEET);
    this.protections.push(protection);
    return protection;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    this.hit("getProtections");
    return this.protections.filter((p) => p.type === type && !p.removed);
  }
  getParent(): FakeSpreadsheet {
    this.hit("getParent");
    return this.parent;
  }
}
