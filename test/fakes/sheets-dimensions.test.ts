/**
 * The fake's insertDimension / deleteDimension move rows with what they hold, as the Sheets API
 * does (sheets-dimensions.ts cites the pages), and formulas read back by the render option asked.
 */
import { describe, expect, it } from "vitest";
import { createFakeEnv } from "./env";
import { FakeFormula } from "./sheet";
import { shiftFormula } from "./sheets-dimensions";

function tab() {
  const env = createFakeEnv();
  const sheet = env.spreadsheet.insertSheet("Data");
  sheet.load([
    ["Bulan", "Jumlah", "Dua kali"],
    ["2023-09", 9, new FakeFormula("=B2*2", 18)],
    ["2023-11", 11, new FakeFormula("=B3*2", 22)],
    ["2023-12", 12, new FakeFormula("=SUM(B2:B4)", 32)],
  ]);
  sheet.maxRows = 10;
  sheet.notes.set("3,2", "catatan November");
  sheet.formats.set("4,2", "#,##0");
  const rows = (start: number, end: number) => ({
    sheetId: sheet.id,
    dimension: "ROWS",
    startIndex: start,
    endIndex: end,
  });
  const batch = (requests: GoogleAppsScript.Sheets.Schema.Request[]) =>
    env.Sheets.Spreadsheets.batchUpdate({ requests }, env.spreadsheet.id);
  return { env, sheet, rows, batch };
}

describe("fake Sheets API: rows inserted and deleted as rows", () => {
  it("insertDimension moves the rows below down with their formulas (references follow), notes and formats", () => {
    const { sheet, rows, batch } = tab();
    batch([{ insertDimension: { range: rows(2, 3), inheritFromBefore: true } }]);
    expect(sheet.snapshot().map((r) => r[0])).toEqual(["Bulan", "2023-09", "", "2023-11", "2023-12"]);
    expect(sheet.formulas()).toEqual(
      new Map([
        ["C2", "=B2*2"],
        ["C4", "=B4*2"],
        ["C5", "=SUM(B2:B5)"],
      ]),
    );
    expect(sheet.notes.get("4,2")).toBe("catatan November");
    expect(sheet.notes.has("3,2")).toBe(false);
    expect(sheet.formats.get("5,2")).toBe("#,##0");
    expect(sheet.maxRows).toBe(11);
  });

  it("deleteDimension removes the row and what it holds; references to it become #REF!", () => {
    const { sheet, rows, batch } = tab();
    batch([{ deleteDimension: { range: rows(2, 3) } }]);
    expect(sheet.snapshot().map((r) => r[0])).toEqual(["Bulan", "2023-09", "2023-12"]);
    expect(sheet.formulas()).toEqual(
      new Map([
        ["C2", "=B2*2"],
        ["C3", "=SUM(B2:B3)"],
      ]),
    );
    expect(sheet.notes.size).toBe(0);
    expect(sheet.formats.get("3,2")).toBe("#,##0");
    expect(sheet.maxRows).toBe(9);
    expect(shiftFormula('=B3+B5&"B3"', 3, -1)).toBe('=#REF!+B4&"B3"');
  });

  it("checks the whole batch first: an unbounded range or inheriting before row 0 changes nothing", () => {
    const { sheet, rows, batch } = tab();
    const before = sheet.snapshot();
    expect(() =>
      batch([
        { deleteDimension: { range: rows(2, 3) } },
        { insertDimension: { range: rows(0, 1), inheritFromBefore: true } },
      ]),
    ).toThrow(/index 0/);
    expect(() =>
      batch([{ deleteDimension: { range: { sheetId: sheet.id, dimension: "ROWS", startIndex: 1 } } }]),
    ).toThrow(/bounded/);
    expect(() => batch([{ deleteDimension: { range: rows(0, 10) } }])).toThrow(/all the rows/);
    expect(sheet.snapshot()).toEqual(before);
  });

  it("reads formulas as their result with UNFORMATTED_VALUE and as their text with FORMULA", () => {
    const { env } = tab();
    const read = (valueRenderOption: string) =>
      env.Sheets.Spreadsheets.Values.get(env.spreadsheet.id, "Data!C2:C3", { valueRenderOption }).values;
    // https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
    expect(read("UNFORMATTED_VALUE")).toEqual([[18], [22]]);
    expect(read("FORMULA")).toEqual([["=B2*2"], ["=B3*2"]]);
    expect(read("FORMATTED_VALUE")).toEqual([["18"], ["22"]]);
  });
});
