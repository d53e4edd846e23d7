/** Issue 19, items 4 and 8: rows pasted twice, and a month held twice in a monthly tab. */
import { describe, expect, it } from "vitest";
import { checkMonth } from "../../../src/core/judgement/report-check";
import { CHANNELS, channel, headersOf } from "../../../src/core/workbook/channels";
import { itemTotal } from "../../../src/core/workbook/dataset";
import { parseChannelRows, parseWorkbook } from "../../../src/core/workbook/parse";
import { toMonth } from "../../../src/core/workbook/period";
import type { CellValue, RawWorkbook } from "../../../src/core/workbook/types";

const NOV = toMonth("2023-11");

function workbookWith(tab: string, rows: CellValue[][]): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const def of CHANNELS) raw[def.tab] = { name: def.tab, header: headersOf(def), rows: [], firstRow: 2 };
  const def = CHANNELS.find((c) => c.tab === tab);
  if (!def) throw new Error(tab);
  raw[tab] = { name: tab, header: headersOf(def), rows, firstRow: 2 };
  return raw;
}

describe("identical item rows in one month", () => {
  const list: CellValue[][] = [
    ["2023-11", "2023-11-06", "Penyerahan Insentif Fiskal", null],
    ["2023-11", "2023-11-07", "RKP Dana Bagi Hasil", 2],
  ];

  it("a list pasted twice: a warning on each second row, naming both rows; the figures stay as typed", () => {
    const raw = workbookWith("Webinar", [...list, ...list]);
    const { data, findings } = parseWorkbook(raw);
    const repeated = findings.filter((f) => f.code === "repeated-row");
    expect(repeated.map((f) => [f.severity, f.tab, f.row])).toEqual([
      ["warning", "Webinar", 4],
      ["warning", "Webinar", 5],
    ]);
    expect(repeated[0]?.message).toBe(
      'Tab "Webinar", baris 4: isinya sama persis dengan baris 2 (bulan November 2023), sehingga terhitung dua kali. ' +
        "Bila baris atau daftar tertempel dua kali, hapus salah satunya; bila memang dua kegiatan, biarkan.",
    );
    expect(itemTotal(data, "webinar", NOV)).toBe(6);
    // The month's check (Periksa Data, Buat Laporan, the CLI) carries the warning.
    expect(checkMonth(raw, NOV).warnings.filter((f) => f.code === "repeated-row")).toHaveLength(2);
  });

  it("rows that differ in one cell, or the same item in another month, are no repeat", () => {
    const raw = workbookWith("Webinar", [
      ...list,
      ["2023-11", "2023-11-06", "Penyerahan Insentif Fiskal", 1],
      ["2023-10", "2023-10-06", "Penyerahan Insentif Fiskal", null],
      ["2023-11", "2023-11-08", "RKP Dana Bagi Hasil", 2],
    ]);
    expect(parseWorkbook(raw).findings.filter((f) => f.code === "repeated-row")).toEqual([]);
  });

  it("the sidebar's save validation says the same", () => {
    const rows: CellValue[][] = [
      ["2023-11-06", "A", null],
      ["2023-11-06", "A", null],
    ];
    const read = parseChannelRows(channel("webinar"), "2023-11", rows);
    expect(read.findings.map((f) => [f.code, f.row])).toEqual([["repeated-row", 3]]);
    expect(read.rows).toHaveLength(2);
  });
});

describe("a monthly tab holding a month twice", () => {
  it("is an error naming both rows, and neither row's figure is used", () => {
    const raw = workbookWith("PPID", [
      ["2023-10", 17],
      ["2023-11", 21],
      ["2023-11", 30],
    ]);
    const { data, findings } = parseWorkbook(raw);
    const twice = findings.filter((f) => f.code === "duplicate-month");
    expect(twice.map((f) => [f.severity, f.row, f.column])).toEqual([["error", 4, "Bulan"]]);
    expect(twice[0]?.message).toContain("baris 4");
    expect(twice[0]?.message).toContain("sudah diisi di baris 3");
    expect(data.rows.ppid.map((r) => r.month)).toEqual(["2023-10"]);
    expect(checkMonth(raw, NOV).errors.map((f) => f.code)).toContain("duplicate-month");
  });
});
