/**
 * Pins how the fake's spreadsheets.get gives cells and merges (grid-cells.ts cites Google's pages):
 * effectiveValue by type, dates as serials, effectiveFormat only where a format is not the
 * default, merges as end-exclusive GridRanges of the sheets the ranges touch.
 */
import { describe, expect, it } from "vitest";
import { createFakeEnv } from "./env";
import { mergeCells, numberFormatType } from "./grid-cells";

const FIELDS =
  "sheets(properties(title,gridProperties(rowCount)),merges,data(rowData(values(effectiveValue,effectiveFormat(numberFormat(type))))))";

describe("spreadsheets.get cells and merges", () => {
  it("gives each cell's effective value and, where not automatic, its number format's type", () => {
    const env = createFakeEnv({
      sheets: {
        Data: [
          ["Bulan", "Jumlah", "Judul", "Ya"],
          ["2023-11", 21, "=1+1", true],
          // Midnight in Asia/Jakarta, the fake spreadsheet's time zone.
          [new Date("2023-10-31T17:00:00Z"), new Date("2023-11-05T17:00:00Z"), "", ""],
        ],
      },
    });
    const sheet = env.spreadsheet.sheet("Data");
    if (!sheet) throw new Error("no sheet");
    sheet.getRange("B4:B5").setNumberFormat("#,##0");
    sheet.getRange("C4").setNumberFormat("d mmmm yyyy");
    const answer = env.Sheets.Spreadsheets.get(env.spreadsheet.id, { ranges: ["Data"], fields: FIELDS });
    const rows = answer.sheets?.[0]?.data?.[0]?.rowData ?? [];
    expect(answer.sheets?.[0]?.properties).toEqual({ title: "Data", gridProperties: { rowCount: 1000 } });
    expect(rows[1]?.values).toEqual([
      { effectiveValue: { stringValue: "2023-11" } },
      { effectiveValue: { numberValue: 21 } },
      { effectiveValue: { stringValue: "=1+1" } },
      { effectiveValue: { boolValue: true } },
    ]);
    // A date typed into an automatic cell: a serial of type DATE (in the spreadsheet's time zone).
    expect(rows[2]?.values?.[0]).toEqual({
      effectiveValue: { numberValue: 45231 },
      effectiveFormat: { numberFormat: { type: "DATE" } },
    });
    expect(rows[2]?.values?.[1]?.effectiveValue).toEqual({ numberValue: 45236 });
    // Formatted but empty cells come back as their format alone, so rows 4 and 5 are there.
    expect(rows[3]?.values).toEqual([
      {},
      { effectiveFormat: { numberFormat: { type: "NUMBER" } } },
      { effectiveFormat: { numberFormat: { type: "DATE" } } },
    ]);
    expect(rows).toHaveLength(5);
  });

  it("a formula's result (which the fake does not compute) is an error value, not its text", () => {
    const env = createFakeEnv({ sheets: { Data: [["x"]] } });
    env.Sheets.Spreadsheets.Values.update({ values: [["=1+1"]] }, env.spreadsheet.id, "Data!A2", {
      valueInputOption: "USER_ENTERED",
    });
    const answer = env.Sheets.Spreadsheets.get(env.spreadsheet.id, { ranges: ["Data!A2"], fields: FIELDS });
    expect(answer.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[0]?.effectiveValue?.errorValue?.type).toBe(
      "N_A",
    );
  });

  it("gives merges as end-exclusive GridRanges, only of the sheets the ranges touch; merged-away cells read empty", () => {
    const env = createFakeEnv({
      sheets: {
        Webinar: [
          ["Bulan", "Tanggal", "Judul", "Jumlah"],
          ["2023-11", "", "A", 3],
          ["2023-11", "", "B", 3],
        ],
        Lain: [["x"]],
      },
    });
    const webinar = env.spreadsheet.sheet("Webinar");
    if (!webinar) throw new Error("no sheet");
    mergeCells(webinar, "D2:D3");
    const both = env.Sheets.Spreadsheets.get(env.spreadsheet.id, {
      ranges: ["Webinar", "Lain"],
      fields: FIELDS,
    });
    expect(both.sheets?.map((s) => s.merges)).toEqual([
      [{ sheetId: webinar.id, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 3, endColumnIndex: 4 }],
      undefined,
    ]);
    // D3 reads empty: row 3 ends at C3.
    expect(both.sheets?.[0]?.data?.[0]?.rowData?.[2]?.values).toHaveLength(3);
    const apart = env.Sheets.Spreadsheets.get(env.spreadsheet.id, {
      ranges: ["Webinar!A1:C3"],
      fields: FIELDS,
    });
    expect(apart.sheets?.[0]?.merges).toBeUndefined();
    const other = env.Sheets.Spreadsheets.get(env.spreadsheet.id, { ranges: ["Lain"], fields: FIELDS });
    expect(other.sheets?.[0]?.merges).toBeUndefined();
  });

  it("reads number format types from patterns as the formats guide writes them", () => {
    expect(
      ["General", "", "@", "#,##0", "#,##0.0#", "d mmmm yyyy", "dd/mm/yyyy hh:mm", "h:mm", "0.0%"].map(
        numberFormatType,
      ),
    ).toEqual([undefined, undefined, "TEXT", "NUMBER", "NUMBER", "DATE", "DATE_TIME", "TIME", "PERCENT"]);
  });
});
