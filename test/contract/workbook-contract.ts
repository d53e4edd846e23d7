/**
 * The contract every workbook adapter (xlsx via exceljs, Google Sheets) passes: rows written
 * through the adapter's storage come back as the same cells, in the registry's tabs and order,
 * and the parser reads the loaded sample without errors. Adapter-agnostic: an adapter is only
 * `load(raw)`, "store these tabs, then read the workbook back".
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { CHANNELS, channelByTab, headersOf } from "../../src/core/workbook/channels";
import { newWorkbook, TAB_ORDER } from "../../src/core/workbook/new-workbook";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { SETTINGS_HEADERS, SETTINGS_TAB } from "../../src/core/workbook/settings";
import type { CellValue, Finding, RawTab, RawWorkbook } from "../../src/core/workbook/types";

export interface WorkbookAdapter {
  /** Store the tabs in the adapter's storage (a file, a fake spreadsheet), then read it back. */
  load(raw: RawWorkbook): Promise<RawWorkbook>;
}

/** A full-width row of a registry tab: `Bulan`, then the named cells, "" elsewhere. */
function row(tab: string, month: string, cells: Record<string, CellValue>): CellValue[] {
  const def = channelByTab(tab);
  if (!def) throw new Error(`no tab ${tab}`);
  const header = headersOf(def);
  for (const name of Object.keys(cells)) if (!header.includes(name)) throw new Error(`no ${name} in ${tab}`);
  return header.map((h, i) => (i === 0 ? month : (cells[h] ?? "")));
}

/** Text that a spreadsheet would happily turn into a formula, a number, a date or a boolean. */
const TRICKY_TEXT = [
  "=SUM(B2:B9)",
  "+62 811 150420",
  "-5 hari",
  "@ditjenpk",
  "1.271",
  "00123",
  "1e3",
  "2023-11-06",
  "TRUE",
] as const;

const UNICODE = "Dana Bagi Hasil — Pajak Daerah ½ · ümlaut · 日本語 · ✓ 😀";
const MULTILINE = "Perlu evaluasi:\n- butir satu\n- butir dua";

/** One workbook with every kind of cell the registry's columns hold. */
function everyCellKind(): RawWorkbook {
  const raw = newWorkbook();
  const set = (tab: string, rows: CellValue[][]) => {
    const target = raw[tab];
    if (!target) throw new Error(`no tab ${tab}`);
    target.rows = rows;
  };
  set(
    "Webinar",
    TRICKY_TEXT.map((text, i) =>
      row("Webinar", "2023-11", { Tanggal: `2023-11-${String(i + 1).padStart(2, "0")}`, Judul: text }),
    ),
  );
  set("Topik Konsultasi", [
    row("Topik Konsultasi", "2023-11", {
      Bagian: "Teknis",
      Kelompok: "DBH",
      Topik: UNICODE,
      "Jumlah Tiket": 1271,
    }),
    // An empty cell between filled ones, and an empty last cell.
    row("Topik Konsultasi", "2023-11", { Bagian: "Lainnya", Topik: "PDRD" }),
  ]);
  set("Tiket Konsultasi", [
    row("Tiket Konsultasi", "2022-11", { WhatsApp: 1099, Telepon: 0, "Total Tiket": 16534 }),
    row("Tiket Konsultasi", "2023-11", {
      WhatsApp: 988,
      "Total Tiket": 1271,
      "Topik Eskalasi": "PDRD, DBH",
    }),
  ]);
  set("Kepuasan", [row("Kepuasan", "2023-11", { "Rata-rata Nilai": 4.83, "Jumlah Penilaian": 0 })]);
  set("Amplifikasi Pegawai", [
    row("Amplifikasi Pegawai", "2023-11", { Pegawai: 12637, "Persen terhadap Target": 303.3 }),
  ]);
  set("Publikasi Website", [
    row("Publikasi Website", "2023-11", { Tanggal: "2023-11-30", Kategori: "Siaran Pers", Judul: "1/2" }),
    row("Publikasi Website", "2023-10", { Jumlah: 17 }),
  ]);
  set("Evaluasi", [row("Evaluasi", "2023-11", { Judul: "Saran", Uraian: MULTILINE })]);
  return raw;
}

/** The cells as an adapter must give them back: an empty cell is "" whichever way it was written. */
const normal = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
  rows.map((r) => r.map((c) => (c === null ? "" : c)));

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

function without(raw: RawWorkbook, tab: string): RawWorkbook {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => name !== tab));
}

function withTab(raw: RawWorkbook, tab: string, edit: (t: RawTab) => RawTab): RawWorkbook {
  const target = raw[tab];
  if (!target) throw new Error(`no tab ${tab}`);
  return { ...raw, [tab]: edit(target) };
}

export function workbookContract(name: string, adapter: WorkbookAdapter): void {
  describe(`workbook contract: ${name}`, () => {
    it("gives back every cell as it was written: text stays text, numbers, ISO dates, empties, unicode", async () => {
      const written = everyCellKind();
      const loaded = await adapter.load(written);
      for (const [tab, expected] of Object.entries(written)) {
        const actual = loaded[tab];
        if (!CHANNELS.some((c) => c.tab === tab) && tab !== SETTINGS_TAB && !actual) continue;
        expect(actual?.header, tab).toEqual(expected.header);
        // Empty cells come back as "", the way Sheets' getValues() gives them.
        expect(actual?.rows, tab).toEqual(normal(expected.rows));
        expect(actual?.firstRow, tab).toBe(2);
      }
      // The same, said explicitly for the cells most at risk.
      const judul = loaded.Webinar?.rows.map((r) => r[2]);
      expect(judul).toEqual([...TRICKY_TEXT]);
      expect(loaded.Webinar?.rows[0]?.[1]).toBe("2023-11-01");
      expect(loaded["Topik Konsultasi"]?.rows[0]?.[4]).toBe(1271);
      expect(loaded.Kepuasan?.rows[0]?.[1]).toBe(4.83);
      expect(loaded["Tiket Konsultasi"]?.rows[0]?.slice(0, 3)).toEqual(["2022-11", 1099, 0]);
      // `150420` is a phone number typed as text; it must not come back as a number.
      const phone = loaded[SETTINGS_TAB]?.rows.find((r) => r[0] === "Telepon");
      expect(phone?.[1]).toBe("150420");
    });

    it("parses what it loaded to the values that were written", async () => {
      const loaded = await adapter.load(everyCellKind());
      const { data, findings } = parseWorkbook(loaded);
      expect(errorsOf(findings)).toEqual([]);
      const titles = data.rows.webinar.map((r) => r.values.judul);
      expect(titles).toEqual([...TRICKY_TEXT]);
      expect(data.rows.topikKonsultasi[0]?.values).toMatchObject({ topik: UNICODE, jumlah: 1271 });
      expect(data.rows.evaluasi[0]?.values.uraian).toBe(MULTILINE);
      expect(data.rows.publikasiWebsite[0]?.values).toMatchObject({ tanggal: "2023-11-30", judul: "1/2" });
    });

    it("writes the registry's header rows and keeps the registry's tab order", async () => {
      // Handed over in reverse: the storage, not the caller, decides the order.
      const reversed = Object.fromEntries(Object.entries(newWorkbook()).reverse());
      const loaded = await adapter.load(reversed);
      for (const def of CHANNELS) expect(loaded[def.tab]?.header, def.tab).toEqual(headersOf(def));
      expect(loaded[SETTINGS_TAB]?.header).toEqual([...SETTINGS_HEADERS]);
      const known = Object.keys(loaded).filter((t) => TAB_ORDER.includes(t));
      expect(known).toEqual(TAB_ORDER.filter((t) => known.includes(t)));
      expect(known.slice(0, CHANNELS.length + 1)).toEqual(TAB_ORDER.slice(0, CHANNELS.length + 1));
      // A workbook with headers only is valid: nothing to read yet, nothing wrong.
      expect(errorsOf(parseWorkbook(loaded).findings)).toEqual([]);
    });

    it("loads the sample workbook so that it parses without errors, to the same data", async () => {
      const sample = sampleWorkbook();
      const loaded = await adapter.load(sample);
      const fromStore = parseWorkbook(loaded);
      expect(errorsOf(fromStore.findings)).toEqual([]);
      expect(fromStore.data).toEqual(parseWorkbook(sampleWorkbook()).data);
    });

    it("a missing tab is an error naming the tab", async () => {
      const loaded = await adapter.load(without(sampleWorkbook(), "Webinar"));
      const errors = errorsOf(parseWorkbook(loaded).findings);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ tab: "Webinar" });
      expect(errors[0]?.message).toContain('Tab "Webinar"');
    });

    it("a renamed header is an error naming the tab and the column", async () => {
      const raw = withTab(sampleWorkbook(), "Webinar", (t) => ({
        ...t,
        header: t.header.map((h) => (h === "Judul" ? "Judul Webinar" : h)),
      }));
      const errors = errorsOf(parseWorkbook(await adapter.load(raw)).findings);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ tab: "Webinar", column: "Judul" });
      expect(errors[0]?.message).toContain('Tab "Webinar"');
      expect(errors[0]?.message).toContain("Judul Webinar");
    });

    it("moved columns are errors naming the tab and both columns", async () => {
      // Tanggal and Judul swap places, header and cells alike.
      const swap = (r: CellValue[]): CellValue[] => [r[0] ?? "", r[2] ?? "", r[1] ?? "", ...r.slice(3)];
      const raw = withTab(sampleWorkbook(), "Webinar", (t) => ({
        ...t,
        header: swap(t.header) as string[],
        rows: t.rows.map(swap),
      }));
      const errors = errorsOf(parseWorkbook(await adapter.load(raw)).findings);
      expect(errors.map((f) => [f.tab, f.column])).toEqual([
        ["Webinar", "Tanggal"],
        ["Webinar", "Judul"],
      ]);
    });

    it("an extra column is a warning naming it, and the tab is still read", async () => {
      const raw = withTab(sampleWorkbook(), "Webinar", (t) => ({
        ...t,
        header: [...t.header, "Catatan"],
        rows: t.rows.map((r, i) => [...r, i === 0 ? "catatan pribadi" : ""]),
      }));
      const { data, findings } = parseWorkbook(await adapter.load(raw));
      expect(errorsOf(findings)).toEqual([]);
      const extra = findings.filter((f) => f.tab === "Webinar");
      expect(extra).toHaveLength(1);
      expect(extra[0]).toMatchObject({ severity: "warning", column: "Catatan" });
      expect(extra[0]?.message).toContain("Catatan");
      expect(data.rows.webinar).toEqual(parseWorkbook(sampleWorkbook()).data.rows.webinar);
    });
  });
}
