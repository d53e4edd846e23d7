/** A range: a rectangle of a FakeSheet. setValues must match its size, as in Sheets. */

import { type Rect, toA1 } from "./a1";
import { type CallLog, Counted } from "./calls";
import { FakeDataValidation } from "./data-validation";
import { FakeProtection, ProtectionType } from "./protection";
import { type Cell, cellResult, FakeFormula, type FakeSheet, userEntered } from "./sheet";
import { asFake, type FakeOf } from "./typing";

const RANGE_METHODS = [
  "getValues",
  "getValue",
  "setValues",
  "setValue",
  "getDisplayValues",
  "getNumberFormats",
  "setNumberFormat",
  "setNumberFormats",
  "getDataValidations",
  "setDataValidation",
  "clearContent",
  "setNote",
  "setNotes",
  "getNotes",
  "getFormulas",
  "setFontWeight",
  "setBackground",
  "setFontColor",
  "getA1Notation",
  "getRow",
  "getColumn",
  "getNumRows",
  "getNumColumns",
  "getLastRow",
  "getLastColumn",
  "getSheet",
  "protect",
] as const;

export class FakeRange
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.Range,
      (typeof RANGE_METHODS)[number],
      {
        setValues: FakeRange;
        setValue: FakeRange;
        setNumberFormat: FakeRange;
        setNumberFormats: FakeRange;
        getDataValidations: (FakeDataValidation | null)[][];
        setDataValidation: FakeRange;
        clearContent: FakeRange;
        setNote: FakeRange;
        setNotes: FakeRange;
        setFontWeight: FakeRange;
        setBackground: FakeRange;
        setFontColor: FakeRange;
        getSheet: FakeSheet;
        protect: FakeProtection;
      }
    >
{
  constructor(
    calls: CallLog,
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {
    super(calls, "SpreadsheetApp", "Range");
  }

  private each<T>(fn: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => fn(row + r, column + c)),
    );
  }

  private checkSize(what: string, grid: readonly (readonly unknown[])[]): void {
    const { numRows, numColumns } = this.rect;
    if (grid.length !== numRows) {
      throw new Error(`The number of rows in the ${what} does not match the number of rows in the range.`);
    }
    for (const row of grid) {
      if (row.length !== numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range.`,
        );
      }
    }
  }

  getValues(): unknown[][] {
    this.hit("getValues");
    return this.each((r, c) => cellResult(this.sheet.cell(r, c)));
  }
  getValue(): unknown {
    this.hit("getValue");
    return cellResult(this.sheet.cell(this.rect.row, this.rect.column));
  }
  setValues(values: unknown[][]): FakeRange {
    this.hit("setValues");
    this.checkSize("data", values);
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        // As in Sheets, a string starting with `=` becomes a formula.
        this.sheet.setCell(this.rect.row + r, this.rect.column + c, userEntered(v));
      });
    });
    return this;
  }
  setValue(value: unknown): FakeRange {
    this.hit("setValue");
    this.each((r, c) => this.sheet.setCell(r, c, userEntered(value)));
    return this;
  }
  getDisplayValues(): string[][] {
    this.hit("getDisplayValues");
    return this.each((r, c) => displayOf(cellResult(this.sheet.cell(r, c))));
  }
  getNumberFormats(): string[][] {
    this.hit("getNumberFormats");
    return this.each((r, c) => this.sheet.formats.get(`${r},${c}`) ?? "General");
  }
  setNumberFormat(numberFormat: string): FakeRange {
    this.hit("setNumberFormat");
    this.each((r, c) => this.sheet.formats.set(`${r},${c}`, numberFormat));
    return this;
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.hit("setNumberFormats");
    this.checkSize("number formats", numberFormats);
    this.each((r, c) =>
      this.sheet.formats.set(`${r},${c}`, numberFormats[r - this.rect.row]?.[c - this.rect.column] ?? ""),
    );
    return this;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.hit("getDataValidations");
    return this.each((r, c) => this.sheet.validations.get(`${r},${c}`) ?? null);
  }
  setDataValidation(
    validation: GoogleAppsScript.Spreadsheet.DataValidation | FakeDataValidation | null,
  ): FakeRange {
    this.hit("setDataValidation");
    const rule = validation === null ? null : asFake(validation, FakeDataValidation);
    this.each((r, c) => {
      if (rule) this.sheet.validations.set(`${r},${c}`, rule);
      else this.sheet.validations.delete(`${r},${c}`);
    });
    return this;
  }
  clearContent(): FakeRange {
    this.hit("clearContent");
    this.each((r, c) => this.sheet.setCell(r, c, ""));
    return this;
  }
  setNote(note: string | null): FakeRange {
    this.hit("setNote");
    this.each((r, c) => this.sheet.notes.set(`${r},${c}`, note ?? ""));
    return this;
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    this.hit("setNotes");
    this.checkSize("notes", notes);
    this.each((r, c) =>
      this.sheet.notes.set(`${r},${c}`, notes[r - this.rect.row]?.[c - this.rect.column] ?? ""),
    );
    return this;
  }
  getNotes(): string[][] {
    this.hit("getNotes");
    return this.each((r, c) => this.sheet.notes.get(`${r},${c}`) ?? "");
  }
  getFormulas(): string[][] {
    this.hit("getFormulas");
    return this.each((r, c) => {
      const cell = this.sheet.cell(r, c);
      return cell instanceof FakeFormula ? cell.formula : "";
    });
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): FakeRange {
    this.hit("setFontWeight");
    this.each((r, c) => this.sheet.fontWeights.set(`${r},${c}`, fontWeight ?? "normal"));
    return this;
  }
  setBackground(color: string | null): FakeRange {
    this.hit("setBackground");
    this.each((r, c) => this.sheet.backgrounds.set(`${r},${c}`, color ?? "#ffffff"));
    return this;
  }
  setFontColor(color: string | null): FakeRange {
    this.hit("setFontColor");
    this.each((r, c) => this.sheet.fontColors.set(`${r},${c}`, color ?? "#000000"));
    return this;
  }
  getA1Notation(): string {
    this.hit("getA1Notation");
    return toA1(this.rect);
  }
  getRow(): number {
    this.hit("getRow");
    return this.rect.row;
  }
  getColumn(): number {
    this.hit("getColumn");
    return this.rect.column;
  }
  getNumRows(): number {
    this.hit("getNumRows");
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.hit("getNumColumns");
    return this.rect.numColumns;
  }
  getLastRow(): number {
    this.hit("getLastRow");
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    this.hit("getLastColumn");
    return this.rect.column + this.rect.numColumns - 1;
  }
  getSheet(): FakeSheet {
    this.hit("getSheet");
    return this.sheet;
  }
  protect(): FakeProtection {
    this.hit("protect");
    const protection = new FakeProtection(this.calls, ProtectionType.RANGE, toA1(this.rect));
    this.sheet.protections.push(protection);
    return protection;
  }
}

/** Roughly what Sheets shows: numbers plain, dates as ISO dates, everything else as text. */
function displayOf(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (Object.prototype.toString.call(value) === "[object Date]") {
    return (value as Date).toISOString().slice(0, 10);
  }
  return String(value);
}
