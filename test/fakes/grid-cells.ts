/**
 * Cells as `spreadsheets.get` gives them (GridData's CellData) and a sheet's merged ranges, for
 * FakeSheetsApi: what the Sheets API tells of a cell's type and of merges, as Google states it.
 *
 * - CellData.effectiveValue is an ExtendedValue: exactly one of numberValue, stringValue,
 *   boolValue, errorValue; "Dates, Times and DateTimes are represented as doubles in serial number
 *   format" (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue,
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData).
 *   A formula gives its result; the fake computes none, so its result is the error #N/A.
 * - CellData.effectiveFormat: "If the effective format is the default format, effective format will
 *   not be written" (same CellData page): an automatic format gives none, a cell formatted by hand
 *   gives one even when empty. numberFormat.type is a NumberFormatType (TEXT, NUMBER, PERCENT,
 *   CURRENCY, DATE, TIME, DATE_TIME, SCIENTIFIC;
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormatType),
 *   read here from the pattern as the formats guide spells patterns
 *   (https://developers.google.com/workspace/sheets/api/guides/formats).
 * - A date typed into a cell of automatic format is stored with a date format (Sheets shows it as a
 *   date, the API as a serial of type DATE); the fake's tests store such cells as JS Dates.
 * - Sheet.merges: "The ranges that are merged together", GridRanges with 0-based, end-exclusive
 *   indexes (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet);
 *   with `ranges`, get returns "only the portions of the spreadsheet that intersect the requested
 *   ranges" (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get).
 *   A merge keeps the value of its top-left cell; the others read empty.
 */
import { parseA1 } from "./a1";
import type { FakeSheet } from "./sheet";
import { type Cell, FakeFormula } from "./sheet";
import { wallClock } from "./wall-clock";

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

/** The NumberFormatType of a pattern (`#,##0` NUMBER, `d mmmm yyyy` DATE, `@` TEXT); undefined: automatic. */
export function numberFormatType(pattern: string | undefined): string | undefined {
  const text = (pattern ?? "").trim();
  if (text === "" || text.toLowerCase() === "general") return undefined;
  if (text === "@") return "TEXT";
  const bare = text.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").toLowerCase();
  const date = /[dy]/.test(bare) || /m{3,}/.test(bare);
  const time = /h|s|am\/pm/.test(bare);
  if (date && time) return "DATE_TIME";
  if (date) return "DATE";
  if (time) return "TIME";
  if (bare.includes("%")) return "PERCENT";
  if (/e[+-]/.test(bare)) return "SCIENTIFIC";
  if (/[$€£¥]|rp/.test(text.toLowerCase())) return "CURRENCY";
  return "NUMBER";
}

const merges = new WeakMap<FakeSheet, GridRange[]>();

/** Merges cells as Format > Merge cells does: the top-left cell keeps its value, the others are emptied. */
export function mergeCells(sheet: FakeSheet, a1: string): void {
  const rect = parseA1(a1);
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      if (r !== rect.row || c !== rect.column) sheet.setCell(r, c, "");
    }
  }
  const list = merges.get(sheet) ?? [];
  list.push({
    sheetId: sheet.id,
    startRowIndex: rect.row - 1,
    endRowIndex: rect.row - 1 + rect.numRows,
    startColumnIndex: rect.column - 1,
    endColumnIndex: rect.column - 1 + rect.numColumns,
  });
  merges.set(sheet, list);
}

/**
 * The sheet's merges that intersect any of the requested ranges (1-based, inclusive; ranges on
 * other sheets ignored); every merge when no range was requested.
 */
export function mergesOf(
  sheet: FakeSheet,
  requested: readonly { sheet: FakeSheet; row: number; column: number; endRow: number; endColumn: number }[],
): GridRange[] {
  const all = merges.get(sheet) ?? [];
  if (requested.length === 0) return all.map((m) => ({ ...m }));
  const ranges = requested.filter((r) => r.sheet === sheet);
  return all
    .filter((m) =>
      ranges.some(
        (r) =>
          (m.startRowIndex ?? 0) < r.endRow &&
          (m.endRowIndex ?? 0) > r.row - 1 &&
          (m.startColumnIndex ?? 0) < r.endColumn &&
          (m.endColumnIndex ?? 0) > r.column - 1,
      ),
    )
    .map((m) => ({ ...m }));
}

/** One cell as GridData's CellData: its stored value as effectiveValue, its format's type. */
export function cellData(sheet: FakeSheet, row: number, column: number, timeZone: string): CellData {
  const cell: Cell = sheet.cell(row, column);
  const data: CellData = {};
  const explicit = numberFormatType(sheet.formats.get(`${row},${column}`));
  if (cell instanceof FakeFormula) {
    data.effectiveValue = {
      errorValue: { type: "N_A", message: `Formula ${cell.formula} is not computed by the fake` },
    };
  } else if (isDate(cell)) {
    data.effectiveValue = { numberValue: wallClock(cell, timeZone).asUtc / MS_PER_DAY + SERIAL_EPOCH_OFFSET };
  } else if (typeof cell === "number") data.effectiveValue = { numberValue: cell };
  else if (typeof cell === "boolean") data.effectiveValue = { boolValue: cell };
  else if (typeof cell === "string" && cell !== "") data.effectiveValue = { stringValue: cell };
  const type = explicit ?? (isDate(cell) ? "DATE" : undefined);
  if (type) data.effectiveFormat = { numberFormat: { type } };
  return data;
}
