/**
 * Every count column has a hard maximum (what the deck can draw: an error past it) and a
 * plausible value (a warning above it, the figure still read).
 */
import { describe, expect, it } from "vitest";
import { CHANNELS, channel, headersOf, MAX_COUNT } from "../../../src/core/workbook/channels";
import { parseWorkbook } from "../../../src/core/workbook/parse";
import type { CellValue, RawWorkbook } from "../../../src/core/workbook/types";
import { valueLabelsFit } from "../../../src/report/chart-labels";
import type { ChartElement } from "../../../src/report/deck";

function ppid(rows: CellValue[][]): RawWorkbook {
  const def = channel("ppid");
  return { [def.tab]: { name: def.tab, header: headersOf(def), rows, firstRow: 2 } };
}

const ppidFindings = (raw: RawWorkbook) => parseWorkbook(raw).findings.filter((f) => f.tab === "PPID");

describe("count limits", () => {
  it("every count column has a maximum the deck can draw and a plausible value below it", () => {
    for (const def of CHANNELS) {
      for (const c of def.columns.filter((col) => col.type === "count")) {
        expect(c.max, `${def.tab} ${c.header}`).toBe(MAX_COUNT);
        expect(c.plausible, `${def.tab} ${c.header}`).toBeLessThan(MAX_COUNT);
      }
    }
  });

  it("refuses 1e15 PPID requests with the limit named, and the row stays out", () => {
    const raw = ppid([["2023-11", 1e15]]);
    expect(parseWorkbook(raw).data.rows.ppid).toEqual([]);
    expect(ppidFindings(raw).map((f) => [f.severity, f.code, f.message])).toEqual([
      [
        "error",
        "out-of-range",
        'Tab "PPID", baris 2, kolom B (Permohonan): 1.000.000.000.000.000 melebihi batas maksimal 99.999.999.',
      ],
    ]);
  });

  it("reads an unusual figure with a warning to check it; a usual one says nothing", () => {
    const raw = ppid([
      ["2023-10", 21],
      ["2023-11", "25.000"],
    ]);
    expect(parseWorkbook(raw).data.rows.ppid.map((r) => r.values.permohonan)).toEqual([21, 25_000]);
    expect(ppidFindings(raw).map((f) => [f.severity, f.code, f.row, f.message])).toEqual([
      [
        "warning",
        "unusual-figure",
        3,
        'Tab "PPID", baris 3, kolom B (Permohonan): 25.000 jauh di atas biasanya (lebih dari 10.000); ' +
          "periksa kembali angkanya. Angka ini tetap dipakai.",
      ],
    ]);
  });
});

describe("chart value labels", () => {
  const chart = (values: number[]): ChartElement => ({
    type: "chart",
    box: { x: 0, y: 0, w: 4.4, h: 3 },
    kind: "bar",
    title: "",
    categories: values.map((_, i) => `B${i}`),
    series: [{ name: "s", values }],
  });

  it("are shown when each fits its bar's room and left out when neighbours would print over each other", () => {
    // Labels are 10 pt (no chart text under 10 pt): three digits fit eleven bars of a half-width
    // chart, four (`1.271`) no longer do and the axis carries them.
    expect(valueLabelsFit(chart(Array(11).fill(271)))).toBe(true);
    expect(valueLabelsFit(chart(Array(11).fill(1271)))).toBe(false);
    expect(valueLabelsFit(chart(Array(11).fill(99_999_999)))).toBe(false);
    expect(valueLabelsFit(chart([99_999_999, 5]))).toBe(true);
  });
});

describe("tabs that look right but are not", () => {
  it('"PPID " beside "PPID" gets one warning naming both; the exact tab is read', () => {
    const raw = ppid([["2023-11", 21]]);
    const exact = raw.PPID;
    if (!exact) throw new Error("no PPID tab");
    raw["PPID "] = { ...exact, name: "PPID ", rows: [["2023-11", 99]] };
    const { data, findings } = parseWorkbook(raw);
    expect(data.rows.ppid.map((r) => r.values.permohonan)).toEqual([21]);
    expect(findings.filter((f) => f.code === "near-tab")).toEqual([
      {
        severity: "warning",
        code: "near-tab",
        tab: "PPID ",
        message:
          'Tab "PPID ": nama tab ini mirip tab "PPID" tetapi tidak sama persis, sehingga isinya tidak dibaca ' +
          '(yang dibaca tab "PPID"). Pindahkan datanya ke tab "PPID", lalu hapus tab ini.',
      },
    ]);
  });

  it('"ppid" alone is the missing-tab error that names it, not a near-tab warning', () => {
    const raw = ppid([["2023-11", 21]]);
    const exact = raw.PPID;
    if (!exact) throw new Error("no PPID tab");
    const { findings } = parseWorkbook({ ppid: { ...exact, name: "ppid" } });
    expect(findings.filter((f) => f.code === "near-tab")).toEqual([]);
    expect(findings.find((f) => f.tab === "PPID")?.message).toBe(
      'Tab "PPID": tab tidak ditemukan; ada tab "ppid", ubah namanya menjadi persis "PPID".',
    );
  });
});
