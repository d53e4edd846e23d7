/**
 * The xlsx adapter: the shared workbook contract, the layout the writer gives a workbook, and
 * every kind of broken workbook a staff member could hand the CLI (built with exceljs here),
 * each ending in a clear Indonesian finding and never an exception.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { CHANNELS, channel, headersOf, MAX_COUNT } from "../../src/core/workbook/channels";
import { newWorkbook, TAB_ORDER } from "../../src/core/workbook/new-workbook";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { SETTINGS, SETTINGS_TAB } from "../../src/core/workbook/settings";
import type { Finding, RawWorkbook } from "../../src/core/workbook/types";
import { readWorkbook } from "../../src/node/xlsx-read";
import { workbookBuffer, writeWorkbook } from "../../src/node/xlsx-write";
import { workbookContract } from "../contract/workbook-contract";

let dir: string;
let fileNo = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laporan-xlsx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const tempPath = (): string => join(dir, `workbook-${++fileNo}.xlsx`);

workbookContract("xlsx (exceljs)", {
  async load(raw) {
    const path = tempPath();
    await writeWorkbook(raw, path);
    const { raw: back, findings } = await readWorkbook(path);
    expect(findings).toEqual([]);
    return back;
  },
});

/** The sample as an exceljs workbook, to break in a test the way a user could in Excel. */
async function sampleInExcel(): Promise<ExcelJS.Workbook> {
  return excelOf(await workbookBuffer(sampleWorkbook()));
}

async function excelOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, older than @types/node's.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Writes the workbook out and reads it back through the adapter and the parser. */
async function readBack(workbook: ExcelJS.Workbook) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const read = await readWorkbook(buffer);
  const parsed = parseWorkbook(read.raw);
  return { read, parsed, all: [...read.findings, ...parsed.findings] };
}

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

describe("writeWorkbook layout", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const raw = newWorkbook();
    raw.Webinar?.rows.push(["2023-11", "2023-11-06", "=1+1", 2]);
    workbook = await excelOf(await workbookBuffer(raw));
  });

  it("puts the tabs in registry order, then Pengaturan, Riwayat, Log", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      ...CHANNELS.map((c) => c.tab),
      "Pengaturan",
      "Riwayat",
      "Log",
    ]);
    expect(TAB_ORDER).toEqual(workbook.worksheets.map((s) => s.name));
  });

  it("bolds and freezes the header row", () => {
    const webinar = sheet(workbook, "Webinar");
    expect(webinar.getRow(1).values).toEqual([undefined, ...headersOf(channel("webinar"))]);
    expect(webinar.getCell("A1").font?.bold).toBe(true);
    expect(webinar.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(webinar.getColumn(3).width).toBeGreaterThanOrEqual(20);
  });

  it("stores Bulan and text as text, counts as #,##0, and a leading = as a string, not a formula", () => {
    const webinar = sheet(workbook, "Webinar");
    expect(webinar.getColumn(1).numFmt).toBe("@");
    expect(webinar.getColumn(3).numFmt).toBe("@");
    expect(webinar.getColumn(4).numFmt).toBe("#,##0");
    expect(webinar.getCell("C2").type).toBe(ExcelJS.ValueType.String);
    expect(webinar.getCell("C2").value).toBe("=1+1");
    expect(webinar.getCell("B2").value).toEqual(new Date(Date.UTC(2023, 10, 6)));
  });

  it("validates choices as lists and counts as whole numbers from the column's minimum", () => {
    const website = sheet(workbook, "Publikasi Website");
    expect(website.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: [
        '"Peraturan,Pemberitahuan ke Daerah,Data,Siaran Pers,Profil Pejabat,Laporan,Buku,Berita,Video Tutorial,Lainnya"',
      ],
    });
    const tatapMuka = sheet(workbook, "Tatap Muka");
    // Jumlah Tamu has min 1, Jumlah min 0; both at most the count the deck can draw.
    expect(tatapMuka.getCell("D50").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, MAX_COUNT],
    });
    expect(tatapMuka.getCell("F2").dataValidation).toMatchObject({ type: "whole", formulae: [0, MAX_COUNT] });
    const kepuasan = sheet(workbook, "Kepuasan");
    expect(kepuasan.getCell("B2").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [1, 5],
    });
  });

  it("fills Pengaturan with the defaults, a choice setting as a list", () => {
    const settings = sheet(workbook, SETTINGS_TAB);
    const cells = (i: number) => ["A", "B", "C"].map((c) => settings.getCell(`${c}${i + 2}`).value ?? "");
    expect(SETTINGS.map((_, i) => cells(i))).toEqual(SETTINGS.map((s) => [s.label, s.defaultValue, s.help]));
    const berbagi = SETTINGS.findIndex((s) => s.key === "berbagi");
    expect(settings.getCell(`B${berbagi + 2}`).dataValidation?.type).toBe("list");
  });

  it("writes the same bytes twice when given a fixed date", async () => {
    const date = new Date(Date.UTC(2023, 11, 1));
    // The clock moves between the two writes; the files must not.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date(Date.UTC(2024, 0, 1, 8)));
      const first = await workbookBuffer(sampleWorkbook(), { date });
      vi.setSystemTime(new Date(Date.UTC(2025, 6, 9, 17)));
      const second = await workbookBuffer(sampleWorkbook(), { date });
      expect(first.equals(second)).toBe(true);
      const unstamped = await workbookBuffer(sampleWorkbook());
      expect(unstamped.equals(second)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("examples/contoh-workbook.xlsx", () => {
  it("holds what examples/sample-workbook.ts says (rebuild it: npx tsx scripts/build-sample.ts)", async () => {
    const committed = await readWorkbook(
      fileURLToPath(new URL("../../examples/contoh-workbook.xlsx", import.meta.url)),
    );
    const fromSource = await readWorkbook(await workbookBuffer(sampleWorkbook()));
    expect(committed.findings).toEqual([]);
    expect(Object.keys(committed.raw)).toEqual(Object.keys(fromSource.raw));
    for (const [tab, expected] of Object.entries(fromSource.raw))
      expect(committed.raw[tab], tab).toEqual(expected);
  });
});

describe("readWorkbook: what Sheets' getValues() would give", () => {
  it("flattens rich text and hyperlinks to their text", async () => {
    const workbook = await sampleInExcel();
    const webinar = sheet(workbook, "Webinar");
    webinar.getCell("C2").value = {
      richText: [{ text: "Sosialisasi " }, { text: "DAU", font: { bold: true } }],
    };
    webinar.getCell("C3").value = { text: "Bimtek SIKD", hyperlink: "https://djpk.kemenkeu.go.id" };
    const { read } = await readBack(workbook);
    expect(read.findings).toEqual([]);
    expect(read.raw.Webinar?.rows[0]?.[2]).toBe("Sosialisasi DAU");
    expect(read.raw.Webinar?.rows[1]?.[2]).toBe("Bimtek SIKD");
  });

  it("reads a date cell as its calendar day whatever the machine's time zone", async () => {
    const workbook = await sampleInExcel();
    sheet(workbook, "Webinar").getCell("B2").value = new Date(Date.UTC(2023, 10, 30));
    // West of Greenwich, local getters would give 29 November; Node applies a TZ change at once.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const { read } = await readBack(workbook);
      expect(read.raw.Webinar?.rows[0]?.[1]).toBe("2023-11-30");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("readWorkbook + parseWorkbook on broken workbooks", () => {
  it("a missing tab", async () => {
    const workbook = await sampleInExcel();
    workbook.removeWorksheet(sheet(workbook, "PPID").id);
    const { all } = await readBack(workbook);
    expect(errorsOf(all)).toHaveLength(1);
    expect(errorsOf(all)[0]?.message).toMatch(/^Tab "PPID"/);
  });

  it("a renamed header", async () => {
    const workbook = await sampleInExcel();
    sheet(workbook, "PPID").getCell("B1").value = "Jumlah Permohonan";
    const errors = errorsOf((await readBack(workbook)).all);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ tab: "PPID", column: "Permohonan" });
    expect(errors[0]?.message).toContain("Jumlah Permohonan");
  });

  it("a moved header", async () => {
    const workbook = await sampleInExcel();
    const kepuasan = sheet(workbook, "Kepuasan");
    const [b, c] = [kepuasan.getColumn(2).values, kepuasan.getColumn(3).values];
    kepuasan.getColumn(2).values = c;
    kepuasan.getColumn(3).values = b;
    const errors = errorsOf((await readBack(workbook)).all);
    expect(errors.map((f) => [f.tab, f.column])).toEqual([
      ["Kepuasan", "Rata-rata Nilai"],
      ["Kepuasan", "Jumlah Penilaian"],
    ]);
    expect(errors[0]?.message).toContain('Tab "Kepuasan"');
  });

  it("an extra column is a warning, not an error", async () => {
    const workbook = await sampleInExcel();
    const ppid = sheet(workbook, "PPID");
    ppid.getCell("C1").value = "Catatan";
    ppid.getCell("C2").value = "dicek ulang";
    const { all, parsed } = await readBack(workbook);
    expect(errorsOf(all)).toEqual([]);
    expect(all).toEqual([expect.objectContaining({ severity: "warning", tab: "PPID", column: "Catatan" })]);
    expect(parsed.data.rows.ppid.length).toBeGreaterThan(0);
  });

  it("a merged cell in a data tab names the tab, the row, the column and the cells (judged in the core, as in Sheets)", async () => {
    const workbook = await sampleInExcel();
    sheet(workbook, "Webinar").mergeCells("C3:D3");
    const { read, all } = await readBack(workbook);
    expect(read.raw.Webinar?.merges).toEqual([{ firstRow: 3, lastRow: 3, firstColumn: 2, lastColumn: 3 }]);
    const merged = all.filter((f) => f.code === "merged-cell");
    expect(merged).toEqual([
      expect.objectContaining({ severity: "error", tab: "Webinar", row: 3, column: "Judul" }),
    ]);
    expect(merged[0]?.message).toMatch(
      /^Tab "Webinar", baris 3, kolom C \(Judul\): sel C3:D3 digabung \(merge\)/,
    );
    // Like Sheets, only the top-left cell of a merge holds the value.
    expect(read.raw.Webinar?.rows[1]?.[3]).toBe("");
  });

  it("a formula with a cached result: its value is used, with a warning", async () => {
    const workbook = await sampleInExcel();
    const ppid = sheet(workbook, "PPID");
    const row = ppid.getColumn(1).values.indexOf("2023-11");
    ppid.getCell(`B${row}`).value = { formula: "1000+271", result: 1271 };
    const { read, parsed, all } = await readBack(workbook);
    expect(errorsOf(all)).toEqual([]);
    expect(read.findings).toEqual([
      expect.objectContaining({ severity: "warning", code: "formula-cell", tab: "PPID", row }),
    ]);
    expect(read.findings[0]?.message).toMatch(
      new RegExp(`^Tab "PPID", sel B${row}: berisi rumus =1000\\+271; yang dipakai hasilnya \\(1\\.271\\)`),
    );
    expect(parsed.data.rows.ppid.find((r) => r.month === "2023-11")?.values.permohonan).toBe(1271);
  });

  it("a formula without a cached result is an error", async () => {
    const workbook = await sampleInExcel();
    sheet(workbook, "PPID").getCell("B2").value = { formula: "SUM(B3:B4)", date1904: false };
    const { read } = await readBack(workbook);
    expect(read.findings).toEqual([
      expect.objectContaining({ severity: "error", code: "formula-no-result", tab: "PPID", row: 2 }),
    ]);
    expect(read.findings[0]?.message).toMatch(/^Tab "PPID", sel B2: berisi rumus =SUM\(B3:B4\) tanpa hasil/);
  });

  it("an error value such as #REF!", async () => {
    const workbook = await sampleInExcel();
    sheet(workbook, "Kepuasan").getCell("B2").value = { error: ExcelJS.ErrorValue.Ref };
    const { read } = await readBack(workbook);
    expect(read.findings).toEqual([expect.objectContaining({ severity: "error", code: "error-value" })]);
    expect(read.findings[0]?.message).toBe(
      'Tab "Kepuasan", sel B2: berisi galat #REF!. Perbaiki sel ini dan isi dengan nilai.',
    );
  });

  it("ignores formulas in tabs the report does not read", async () => {
    const workbook = await sampleInExcel();
    workbook.addWorksheet("Hitungan").getCell("A1").value = { formula: "1+1", date1904: false };
    const { read } = await readBack(workbook);
    expect(read.findings).toEqual([]);
    expect(read.raw.Hitungan?.header).toEqual([""]);
  });

  it("an empty workbook", async () => {
    const { read } = await readBack(new ExcelJS.Workbook());
    expect(read.findings).toEqual([expect.objectContaining({ severity: "error", code: "empty-workbook" })]);
    expect(read.findings[0]?.message).toContain("tidak berisi satu tab pun");
  });

  it("a file that is not an xlsx, and a file that does not exist", async () => {
    const path = join(dir, "catatan.xlsx");
    await writeFile(path, "Bulan,Judul\n2023-11,Webinar\n");
    const notXlsx = await readWorkbook(path);
    expect(notXlsx.raw).toEqual({});
    expect(notXlsx.findings).toEqual([expect.objectContaining({ severity: "error", code: "not-xlsx" })]);
    expect(notXlsx.findings[0]?.message).toContain('File "catatan.xlsx" tidak dapat dibuka');

    const missing = await readWorkbook(join(dir, "tidak-ada.xlsx"));
    expect(missing.findings).toEqual([
      expect.objectContaining({ severity: "error", code: "file-not-found" }),
    ]);
    expect(missing.findings[0]?.message).toContain("tidak-ada.xlsx");
  });
});

describe("newWorkbook", () => {
  it("has every tab with its headers, no data, and parses without findings", () => {
    const raw: RawWorkbook = newWorkbook();
    for (const def of CHANNELS) expect(raw[def.tab]).toMatchObject({ header: headersOf(def), rows: [] });
    const { data, findings } = parseWorkbook(raw);
    expect(findings).toEqual([]);
    expect(data.settings.singkatanUnit).toBe("DJPK");
  });
});
