/**
 * Issue 19 through the built bundle over the fakes (Sheets API cells and merges as Google gives
 * them, test/fakes/grid-cells.ts): what the Sheets path reads is what the CLI reads, and no wrong
 * figure passes in silence. Items 2 (a date in a count column), 3 (merged cells), 4 (rows pasted
 * twice), 6 (a bad unit name), 8 (a month held twice, the parse side) and 10 (200.000 rows).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { channelByTab } from "../../src/core/workbook/channels";
import type { PeriksaResult } from "../../src/rpc/report";
import type { MonthView } from "../../src/rpc/sidebar";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { mergeCells } from "../fakes/grid-cells";
import { ensureBundle, type LoadedBundle, loadBundle } from "../fakes/runtime";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

type Sheets = Record<string, unknown[][]>;
type Edit = (sheets: Sheets, date: (iso: string) => Date) => void;

interface Loaded {
  env: FakeEnv;
  bundle: LoadedBundle;
  periksa(month: string): PeriksaResult;
  muat(month: string): MonthView;
}

/** The sample workbook as Sheets holds it (typed dates are Dates of the script's realm), edited. */
function load(edit: Edit = () => undefined): Loaded {
  const env = createFakeEnv({ htmlFiles: { Sidebar: "<p>sidebar</p>" } });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  const sheets: Sheets = Object.fromEntries(
    Object.values(sampleWorkbook()).map((tab) => {
      const def = channelByTab(tab.name);
      const dates = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
      const row = (r: unknown[]) =>
        r.map((cell, i) => (dates.has(i) && typeof cell === "string" && cell !== "" ? date(cell) : cell));
      return [tab.name, [tab.header, ...tab.rows.map(row)]];
    }),
  );
  edit(sheets, date);
  for (const [name, rows] of Object.entries(sheets)) env.spreadsheet.addSheet(name, rows);
  env.calls.reset();
  return {
    env,
    bundle,
    periksa: (month) => bundle.call("periksaLaporan", month) as PeriksaResult,
    muat: (month) => bundle.call("muatBulan", month) as MonthView,
  };
}

/** Sheet row (1-based) of the tab's first row whose cells start with these. */
function rowOf(sheets: Sheets, tab: string, ...start: unknown[]): number {
  const index = (sheets[tab] ?? []).findIndex((r) => start.every((v, i) => r[i] === v));
  if (index < 0) throw new Error(`no row ${start.join(",")} in ${tab}`);
  return index + 1;
}

const messages = (lines: readonly { message: string }[]) => lines.map((l) => l.message);

describe("a date typed into a count column (item 2)", () => {
  it("is an error naming tab, row and column, as the CLI says; never 45.232 as a figure", () => {
    let row = 0;
    const loaded = load((sheets, date) => {
      row = rowOf(sheets, "PPID", "2023-11");
      (sheets.PPID?.[row - 1] as unknown[])[1] = date("2023-11-02");
    });
    const checked = loaded.periksa("2023-11");
    expect(messages(checked.errors)).toContain(
      `Tab "PPID", baris ${row}, kolom B (Permohonan): isian berupa tanggal, bukan angka; ubah format sel menjadi angka.`,
    );
    const ppid = loaded.muat("2023-11").channels.find((c) => c.key === "ppid");
    expect(ppid?.status).toBe("ada-kesalahan");
    expect(JSON.stringify(ppid)).not.toContain("45232");
    // Still the one read: values, types and merges come in the same spreadsheets.get.
    expect(loaded.env.calls.count("Sheets", "Spreadsheets.get")).toBe(2);
    expect(loaded.env.calls.count("Sheets", "Spreadsheets.Values.batchGet")).toBe(0);
  });

  it("a count column formatted as a number keeps a typed date as its serial, as Sheets does (a warning when implausible)", () => {
    const loaded = load((sheets) => {
      const row = rowOf(sheets, "PPID", "2023-11");
      (sheets.PPID?.[row - 1] as unknown[])[1] = 45232;
    });
    expect(messages(loaded.periksa("2023-11").warnings).some((m) => m.includes("45.232"))).toBe(true);
  });
});

describe("merged cells in a data tab (item 3)", () => {
  it("two merged Jumlah cells (3 and 3) are an error, in the same one read", () => {
    let first = 0;
    const loaded = load((sheets) => {
      first = rowOf(sheets, "Webinar", "2023-11");
      (sheets.Webinar?.[first - 1] as unknown[])[3] = 3;
      (sheets.Webinar?.[first] as unknown[])[3] = 3;
    });
    const webinar = loaded.env.spreadsheet.sheet("Webinar");
    if (!webinar) throw new Error("no Webinar");
    mergeCells(webinar, `D${first}:D${first + 1}`);
    const checked = loaded.periksa("2023-11");
    expect(messages(checked.errors)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Tab "Webinar", baris ${first}, kolom D \\(Jumlah\\): sel D${first}:D${first + 1} digabung`,
        ),
      ),
    );
    expect(loaded.env.calls.count("Sheets", "Spreadsheets.get")).toBe(1);
    const made = loaded.bundle.call("buatLaporanBulan", {
      month: "2023-11",
      allowMissing: true,
      acceptWarnings: true,
    }) as { ok: boolean };
    expect(made.ok).toBe(false);
  });
});

describe("a list pasted twice (item 4)", () => {
  it("is a warning on each repeated row, naming both rows", () => {
    let first = 0;
    let added = 0;
    const loaded = load((sheets) => {
      const webinar = sheets.Webinar ?? [];
      const november = webinar.filter((r) => r[0] === "2023-11");
      first = rowOf(sheets, "Webinar", "2023-11");
      added = webinar.length + 1;
      webinar.push(...november.map((r) => [...r]));
    });
    const warnings = messages(loaded.periksa("2023-11").warnings).filter((m) => m.includes("sama persis"));
    expect(warnings).toHaveLength(10);
    expect(warnings[0]).toBe(
      `Tab "Webinar", baris ${added}: isinya sama persis dengan baris ${first} (bulan November 2023), sehingga terhitung dua kali. ` +
        "Bila baris atau daftar tertempel dua kali, hapus salah satunya; bila memang dua kegiatan, biarkan.",
    );
  });
});

describe("the unit's name (item 6)", () => {
  it("its row deleted: an error, and no deck with DJPK's name in its place", () => {
    const loaded = load((sheets) => {
      sheets.Pengaturan = (sheets.Pengaturan ?? []).filter((r) => r[0] !== "Nama Unit");
    });
    const checked = loaded.periksa("2023-11");
    expect(messages(checked.errors)).toContainEqual(
      expect.stringMatching(/^Tab "Pengaturan": baris "Nama Unit" tidak ada\./),
    );
  });

  it("past its limit: an error that does not offer DJPK's name as the way out", () => {
    const loaded = load((sheets) => {
      const row = rowOf(sheets, "Pengaturan", "Nama Unit");
      (sheets.Pengaturan?.[row - 1] as unknown[])[1] = "Badan ".repeat(20);
    });
    const errors = messages(loaded.periksa("2023-11").errors).filter((m) => m.includes("Nama Unit"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("melebihi batas 80 karakter");
    expect(errors[0]).not.toContain("Perimbangan");
  });
});

describe("a monthly tab holding the same month twice (item 8, the parse side)", () => {
  it("is an error naming both rows, and neither figure is used", () => {
    let first = 0;
    let second = 0;
    const loaded = load((sheets) => {
      first = rowOf(sheets, "PPID", "2023-11");
      sheets.PPID?.push(["2023-11", 30]);
      second = sheets.PPID?.length ?? 0;
    });
    const checked = loaded.periksa("2023-11");
    const twice = messages(checked.errors).filter((m) => m.includes("sudah diisi"));
    expect(twice).toEqual([
      `Tab "PPID", baris ${second}, kolom A (Bulan): bulan 2023-11 (November 2023) sudah diisi di baris ${first}; ` +
        "setiap bulan hanya boleh satu baris. Kedua baris tidak dibaca sampai salah satunya dihapus.",
    ]);
    const ppid = loaded.muat("2023-11").channels.find((c) => c.key === "ppid");
    expect(ppid?.status).toBe("ada-kesalahan");
  });
});

describe("a tab of 200.000 rows (item 10)", { timeout: 300_000 }, () => {
  it("Periksa Data and loading a month work; the old rows' mistakes stay out of November", () => {
    const loaded = load((sheets) => {
      const webinar = sheets.Webinar ?? [];
      for (let i = 0; i < 200_000; i++) webinar.push(["2015-01", "", `Webinar lama ${i}`, "banyak"]);
    });
    const checked = loaded.periksa("2023-11");
    expect(messages(checked.errors).filter((m) => m.startsWith('Tab "Webinar"'))).toEqual([]);
    const view = loaded.muat("2023-11");
    expect(view.channels.find((c) => c.key === "webinar")?.status).toBe("lengkap");
  });
});
