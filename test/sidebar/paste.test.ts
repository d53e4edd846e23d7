import { describe, expect, it } from "vitest";
import { channel } from "../../src/core/workbook/channels";
import { parseChannelRows } from "../../src/core/workbook/parse";
import { isTable, parseTsv, pastedRows, pastePlan } from "../../src/sidebar/paste";

const webinar = channel("webinar"); // Tanggal, Judul, Jumlah
const tatapMuka = channel("tatapMuka");

describe("parseTsv", () => {
  it("splits Excel's tab-separated lines, CRLF included, and leaves blank lines out", () => {
    expect(parseTsv("6/11/2023\tSatu\t12\r\n\r\n7/11/2023\tDua\t\r\n")).toEqual([
      ["6/11/2023", "Satu", "12"],
      ["7/11/2023", "Dua", ""],
    ]);
  });

  it("unquotes a cell holding a line break, a tab or a quote, as Sheets copies it", () => {
    expect(parseTsv('6/11/2023\t"Baris satu\nbaris dua"\t"kata ""kutip""\tdi sini"')).toEqual([
      ["6/11/2023", "Baris satu\nbaris dua", 'kata "kutip"\tdi sini'],
    ]);
  });

  it("tells a table from a single cell", () => {
    expect(isTable("1.271")).toBe(false);
    expect(isTable("6/11/2023\tSatu")).toBe(true);
    expect(isTable("Satu\nDua")).toBe(true);
  });
});

describe("pastedRows", () => {
  it("takes rows in the tab's column order, dates as typed in either form", () => {
    const pasted = pastedRows(webinar, "6/11/2023\tDana Desa\t120\n6 November 2023\tPajak Daerah\t");
    expect(pasted).toEqual({
      header: false,
      rows: [
        ["6/11/2023", "Dana Desa", "120"],
        ["6 November 2023", "Pajak Daerah", ""],
      ],
    });
    // The parser reads both dates as the same day: pasted rows are validated as typed ones.
    const parsed = parseChannelRows(webinar, "2023-11", pasted.rows, 1);
    expect(parsed.findings).toEqual([]);
    expect(parsed.rows.map((r) => r.values.tanggal)).toEqual(["2023-11-06", "2023-11-06"]);
  });

  it("places columns by a header line in any order and drops a copied Bulan column", () => {
    const text = "Judul\tBulan\tTanggal\nDana Desa\t2023-11\t6/11/2023";
    expect(pastedRows(webinar, text)).toEqual({ header: true, rows: [["6/11/2023", "Dana Desa", ""]] });
    expect(pastedRows(webinar, "2023-11\t6/11/2023\tDana Desa\t5").rows).toEqual([
      ["6/11/2023", "Dana Desa", "5"],
    ]);
  });

  it("keeps a wrong cell as pasted, so the row gets the parser's message", () => {
    const rows = pastedRows(tatapMuka, "31/11/2023\tKab. Bima\tDAU\t7").rows;
    const findings = parseChannelRows(tatapMuka, "2023-11", rows, 1).findings;
    expect(findings[0]?.message).toMatch(
      /Tab "Tatap Muka", baris 1, kolom B \(Tanggal\): "31\/11\/2023" bukan tanggal yang ada/,
    );
  });
});

describe("pastePlan: which pasted column goes where, before anything is added", () => {
  it("a staff member's own log (Tanggal, Judul, Peserta): Peserta is not used, Jumlah stays empty", () => {
    const plan = pastePlan(
      webinar,
      "No\tTanggal\tJudul\tPeserta\n1\t6/11/23\tDana Desa\t120\n2\t07-Nov-23\tPajak Daerah\t185\n3\t8 November 2023\tDBH\t200",
    );
    expect(plan.header).toBe(true);
    expect(plan.columns).toEqual([
      { name: "No", skipped: "nomor" },
      { name: "Tanggal", target: "tanggal" },
      { name: "Judul", target: "judul" },
      { name: "Peserta", skipped: "tidak-dikenal" },
    ]);
    expect(plan.rows).toEqual([
      ["6/11/23", "Dana Desa", ""],
      ["07-Nov-23", "Pajak Daerah", ""],
      ["8 November 2023", "DBH", ""],
    ]);
    expect(plan.warnings).toEqual([]);
    // Every exported date form reads as a day of November: 3 webinars, not 505.
    const parsed = parseChannelRows(webinar, "2023-11", plan.rows, 1);
    expect(parsed.findings).toEqual([]);
    expect(parsed.rows).toHaveLength(3);
  });

  it("without a header a leading running-number column is skipped, and Jumlah filled on most rows is warned about", () => {
    const plan = pastePlan(webinar, "1\t6/11/2023\tDana Desa\t120\n2\t7/11/2023\tPajak Daerah\t185");
    expect(plan.columns.map((c) => c.target ?? c.skipped)).toEqual(["nomor", "tanggal", "judul", "jumlah"]);
    expect(plan.rows[0]).toEqual(["6/11/2023", "Dana Desa", "120"]);
    expect(plan.warnings[0]).toMatch(/^Kolom Jumlah akan terisi di 2 dari 2 baris\./);
  });

  it("a column past the tab's columns is said not to be used", () => {
    const plan = pastePlan(webinar, "6/11/2023\tDana Desa\t\tcatatan");
    expect(plan.columns.at(-1)).toEqual({ name: "Kolom 4", skipped: "lebih" });
  });
});
