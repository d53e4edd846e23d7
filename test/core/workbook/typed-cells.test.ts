/**
 * Issue 19, items 2 and 3, in the core both adapters share: a cell the sheet holds as a date, and
 * merged cells, are read the same from Google Sheets and from .xlsx.
 */
import { describe, expect, it } from "vitest";
import { checkMonth } from "../../../src/core/judgement/report-check";
import { CHANNELS, channel, headersOf } from "../../../src/core/workbook/channels";
import { measureOf } from "../../../src/core/workbook/dataset";
import { parseWorkbook } from "../../../src/core/workbook/parse";
import { toMonth } from "../../../src/core/workbook/period";
import { dateCell, numberCell } from "../../../src/core/workbook/typed-cells";
import type { CellValue, MergedCells, RawWorkbook } from "../../../src/core/workbook/types";

const NOV = toMonth("2023-11");

function workbookWith(tab: string, rows: CellValue[][], merges?: MergedCells[]): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const def of CHANNELS) raw[def.tab] = { name: def.tab, header: headersOf(def), rows: [], firstRow: 2 };
  const def = CHANNELS.find((c) => c.tab === tab);
  if (!def) throw new Error(tab);
  raw[tab] = { name: tab, header: headersOf(def), rows, firstRow: 2, ...(merges ? { merges } : {}) };
  return raw;
}

describe("a date-typed cell", () => {
  const ppid = channel("ppid");
  const webinar = channel("webinar");

  it("is its day in Bulan and date columns, a Date elsewhere in a data tab, text outside them", () => {
    expect(dateCell(ppid, 0, "2023-11-01")).toBe("2023-11-01");
    expect(dateCell(webinar, 1, "2023-11-06")).toBe("2023-11-06");
    const inCount = dateCell(ppid, 1, "2023-11-06");
    expect(inCount).toBeInstanceOf(Date);
    expect([
      (inCount as Date).getFullYear(),
      (inCount as Date).getMonth(),
      (inCount as Date).getDate(),
    ]).toEqual([2023, 10, 6]);
    expect(dateCell(undefined, 1, "2023-11-06")).toBe("2023-11-06");
  });

  it("in a count column is an error naming tab, row and column, never the serial as a figure", () => {
    const raw = workbookWith("PPID", [["2023-11", dateCell(ppid, 1, "2023-11-02")]]);
    const { data, findings } = parseWorkbook(raw);
    expect(findings.map((f) => [f.severity, f.code, f.tab, f.row, f.column])).toEqual([
      ["error", "bad-number", "PPID", 2, "Permohonan"],
    ]);
    expect(findings[0]?.message).toContain("isian berupa tanggal, bukan angka");
    expect(measureOf(data, "ppid", NOV)).toBeUndefined();
  });

  it("a plain number in a date column is a serial (saves write dates RAW as serials); elsewhere a number", () => {
    expect(numberCell(webinar, 1, 45236)).toBe("2023-11-06");
    expect(numberCell(ppid, 0, 45231)).toBe("2023-11");
    expect(numberCell(ppid, 1, 45236)).toBe(45236);
    expect(numberCell(undefined, 0, 45236)).toBe(45236);
  });
});

describe("merged cells", () => {
  const rows: CellValue[][] = [
    ["2023-11", "2023-11-06", "Webinar A", 3],
    ["2023-11", "2023-11-07", "Webinar B", ""],
    ["2023-11", "2023-11-08", "Webinar C", 8],
  ];
  // Jumlah (column D) of rows 2 and 3 merged: the second cell reads empty.
  const merge: MergedCells = { firstRow: 2, lastRow: 3, firstColumn: 3, lastColumn: 3 };

  it("over a data tab's columns are an error naming the range, its row and column", () => {
    const { findings } = parseWorkbook(workbookWith("Webinar", rows, [merge]));
    const merged = findings.filter((f) => f.code === "merged-cell");
    expect(merged.map((f) => [f.severity, f.tab, f.row, f.column])).toEqual([
      ["error", "Webinar", 2, "Jumlah"],
    ]);
    expect(merged[0]?.message).toMatch(
      /^Tab "Webinar", baris 2, kolom D \(Jumlah\): sel D2:D3 digabung \(merge\)/,
    );
    // The month's check blocks the deck: 3 + 1 + 8 would be a wrong figure.
    expect(checkMonth(workbookWith("Webinar", rows, [merge]), NOV).errors.map((f) => f.code)).toContain(
      "merged-cell",
    );
  });

  it("past the tab's columns, or absent, are no finding", () => {
    const beside = { firstRow: 2, lastRow: 3, firstColumn: 5, lastColumn: 6 };
    const { findings } = parseWorkbook(workbookWith("Webinar", rows, [beside]));
    expect(findings.filter((f) => f.code === "merged-cell")).toEqual([]);
  });

  it("in an old month do not block this month's report", () => {
    const old: CellValue[][] = [
      ["2019-01", "2019-01-06", "Lama", 3],
      ["2019-01", "2019-01-07", "Lama 2", ""],
      ...rows,
    ];
    const check = checkMonth(workbookWith("Webinar", old, [{ ...merge }]), NOV);
    expect(check.errors.filter((f) => f.code === "merged-cell")).toEqual([]);
  });
});
