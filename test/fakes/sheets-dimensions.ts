/**
 * insertDimension and deleteDimension (rows) of `Sheets.Spreadsheets.batchUpdate`, as the API
 * does them: the rows below move down or up WITH what they hold (values, formulas, notes,
 * formats, validations), the grid grows or shrinks by the rows inserted or deleted, and formulas
 * that point at moved rows follow them (a reference to a deleted row becomes `#REF!`).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deletedimensionrequest
 * https://developers.google.com/sheets/api/samples/rowcolumn (insert an empty row; delete rows)
 * Only same-sheet references without a sheet name are adjusted (the only kind tests use).
 * Type-only imports: sheets-structure.ts imports this file.
 */
import { FakeFormula, type FakeSheet } from "./sheet";
import type { Draft, Handler } from "./sheets-structure";

type DimensionRange = GoogleAppsScript.Sheets.Schema.DimensionRange;

const fail = (where: string, message: string) =>
  new Error(`API call to sheets.spreadsheets.batchUpdate failed with error: Invalid ${where}: ${message}`);

/** A1 references outside string literals: `B5`, `$B$5`, both ends of `B5:C9`; not `Tab!B5`, not `LOG10(`. */
const REFERENCE = /(^|[^A-Za-z0-9_.!$'])(\$?[A-Z]{1,3}\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A formula after rows moved: rows from `start` (1-based) on move by `delta`; with a negative
 * delta the rows `start .. start - delta - 1` were deleted and references to them are `#REF!`.
 */
export function shiftFormula(formula: string, start: number, delta: number): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, lead: string, column: string, row: string) => {
            const r = Number(row);
            if (r < start) return whole;
            if (delta < 0 && r < start - delta) return `${lead}#REF!`;
            return `${lead}${column}${r + delta}`;
          }),
    )
    .join('"');
}

/** Moves `r,c`-keyed properties of rows from `start` (1-based) by `delta`, dropping deleted rows. */
function shiftKeyed<T>(map: Map<string, T>, start: number, delta: number): void {
  const moved = [...map].map(([key, value]) => {
    const [r = 0, c = 0] = key.split(",").map(Number);
    return { r, c, value };
  });
  map.clear();
  for (const { r, c, value } of moved) {
    if (r < start) map.set(`${r},${c}`, value);
    else if (delta > 0 || r >= start - delta) map.set(`${r + delta},${c}`, value);
  }
}

function shiftSheet(sheet: FakeSheet, start: number, delta: number): void {
  if (delta > 0) sheet.cells.splice(start - 1, 0, ...Array.from({ length: delta }, () => []));
  else sheet.cells.splice(start - 1, -delta);
  sheet.maxRows += delta;
  for (const map of [
    sheet.notes,
    sheet.formats,
    sheet.validations,
    sheet.fontWeights,
    sheet.backgrounds,
    sheet.fontColors,
  ] as Map<string, unknown>[]) {
    shiftKeyed(map, start, delta);
  }
  sheet.cells.forEach((row) => {
    row?.forEach((cell, c) => {
      if (cell instanceof FakeFormula)
        row[c] = new FakeFormula(shiftFormula(cell.formula, start, delta), cell.result);
    });
  });
}

function rowsOf(draft: Draft, range: DimensionRange | undefined, where: string) {
  const sheet = draft.sheet(range?.sheetId, where);
  if (range?.dimension !== "ROWS")
    throw new Error(`Fake Sheets: ${where} on ${range?.dimension} is not modelled`);
  const { startIndex, endIndex } = range;
  // "Both the start and end indexes must be bounded."
  if (startIndex === undefined || startIndex === null || endIndex === undefined || endIndex === null) {
    throw fail(where, "Both the start and end indexes must be bounded.");
  }
  if (startIndex < 0 || endIndex <= startIndex) throw fail(where, `Invalid range ${startIndex}..${endIndex}`);
  return { sheet, startIndex, endIndex };
}

export const DIMENSION_HANDLERS: Record<string, Handler> = {
  insertDimension(draft, { insertDimension: r }, where) {
    const { sheet, startIndex, endIndex } = rowsOf(draft, r?.range, `${where}.range`);
    if (startIndex > sheet.rows)
      throw fail(where, `Range start ${startIndex} is past the grid of ${sheet.rows} rows`);
    // "True to inherit from the dimensions before (in which case the start index must be greater than 0)"
    if (r?.inheritFromBefore === true && startIndex === 0) {
      throw fail(where, "Cannot inherit from before when inserting at index 0");
    }
    const count = endIndex - startIndex;
    sheet.rows += count;
    draft.effects.push((s) => {
      const target = s.sheets.find((x) => x.id === sheet.id);
      if (target) shiftSheet(target, startIndex + 1, count);
    });
    return {};
  },
  deleteDimension(draft, { deleteDimension: r }, where) {
    const { sheet, startIndex, endIndex } = rowsOf(draft, r?.range, `${where}.range`);
    if (endIndex > sheet.rows)
      throw fail(where, `Range end ${endIndex} is past the grid of ${sheet.rows} rows`);
    const count = endIndex - startIndex;
    if (count >= sheet.rows) throw fail(where, "You can't delete all the rows on the sheet.");
    sheet.rows -= count;
    draft.effects.push((s) => {
      const target = s.sheets.find((x) => x.id === sheet.id);
      if (target) shiftSheet(target, startIndex + 1, -count);
    });
    return {};
  },
};
