/**
 * Years of reports keep the staff's workbook light: the charts live in one chart spreadsheet per
 * year in the report folder (src/gas/charts/book.ts). The BUILT dist/Code.js in node:vm over the
 * fakes, as test/gas/generate-report.test.ts runs it; a workbook made by the previous version
 * (charts in its hidden `Data Grafik` tab) is built with that version's planner, which
 * src/gas/charts/plan.ts still is.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { toMonth } from "../../src/core/workbook/period";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult } from "../../src/rpc/report";
import { ensureBundle } from "../fakes/runtime";
import { sheetsApiError } from "../fakes/sheets-structure";
import { addLegacyCharts } from "../helpers/legacy-charts";
import { brokenLinks, chartBooks, type ReportEnv, reportEnv, roundTrips } from "../helpers/report-env";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

const BOOK_2022 = "Data Grafik Laporan Layanan 2022";
const BOOK_2023 = "Data Grafik Laporan Layanan 2023";
/** The sample's months with a month before them: December 2022 to November 2023. */
const TWELVE = ["2022-12", ...Array.from({ length: 11 }, (_, i) => `2023-${String(i + 1).padStart(2, "0")}`)];

function ok(result: BuatLaporanResult): Extract<BuatLaporanResult, { ok: true }> {
  if (!result.ok) throw new Error(`generation failed: ${result.message}`);
  return result;
}

const load = (): ReportEnv => reportEnv(sampleWorkbook(), source);

const deckChartIds = (r: ReportEnv, presentationId: string) =>
  (r.env.drive.presentations.get(presentationId)?.charts ?? []).map((c) => [c.spreadsheetId, c.chartId]);

describe("twelve months generated in a row", () => {
  it("leave the workbook without charts, one chart spreadsheet per year, every deck linked, the same cost", () => {
    const r = load();
    const made: { month: string; id: string; trips: number }[] = [];
    for (const month of TWELVE) {
      r.env.calls.reset();
      const result = ok(r.buat(month));
      made.push({ month, id: result.presentationId, trips: roundTrips(r.env) });
    }
    // The staff's workbook: no chart, no chart data tab.
    expect(r.env.spreadsheet.charts).toEqual([]);
    expect(r.env.spreadsheet.sheets.map((s) => s.name)).not.toContain("Data Grafik");
    // A chart spreadsheet per year in the report folder, remembered in the document properties.
    const books = chartBooks(r.env, r.folderId);
    expect([...books.keys()].sort()).toEqual([BOOK_2022, BOOK_2023]);
    const props = r.env.PropertiesService.getDocumentProperties();
    expect(props.getProperty("laporan.grafik.2023")).toBe(books.get(BOOK_2023)?.id);
    expect(props.getProperty("laporan.grafik.2022")).toBe(books.get(BOOK_2022)?.id);
    // Every deck's chart elements point at charts that exist; each month's deck at its own year.
    expect(brokenLinks(r.env)).toEqual([]);
    for (const { month, id } of made) {
      const ids = deckChartIds(r, id);
      expect(ids.length, month).toBeGreaterThan(0);
      const book = books.get(month.startsWith("2022") ? BOOK_2022 : BOOK_2023);
      expect(new Set(ids.map(([s]) => s)), month).toEqual(new Set([book?.id]));
    }
    const perMonth = deckChartIds(r, made[11]?.id ?? "").length;
    expect(books.get(BOOK_2023)?.charts).toHaveLength(
      made.slice(1).reduce((n, m) => n + deckChartIds(r, m.id).length, 0),
    );
    expect(perMonth).toBeGreaterThan(10);
    // Round trips: at most 8, a year's first report (it creates the spreadsheet) included; the
    // 12th costs what the 3rd did (both in a year whose spreadsheet exists).
    expect(made.map((m) => m.trips).every((t) => t <= 8)).toBe(true);
    expect(made[11]?.trips).toBe(made[2]?.trips);
  }, 120_000);

  it("regenerating an old month updates its charts in place, with the workbook's new figures", () => {
    const r = load();
    const march = ok(r.buat("2023-03"));
    ok(r.buat("2023-04"));
    ok(r.buat("2023-05"));
    const book = chartBooks(r.env, r.folderId).get(BOOK_2023);
    if (!book) throw new Error("no chart spreadsheet");
    const before = deckChartIds(r, march.presentationId);
    const chartCount = book.charts.length;
    // Staff correct March's PPID requests, then make March's report again.
    const ppid = r.env.spreadsheet.sheet("PPID");
    const row = (ppid?.snapshot() ?? []).findIndex((x) => x[0] === "2023-03");
    if (!ppid || row < 0) throw new Error("no March PPID row");
    ppid.setCell(row + 1, 2, 777);
    r.env.calls.reset();
    const again = ok(r.buat("2023-03"));
    expect(roundTrips(r.env)).toBeLessThanOrEqual(8);
    expect(again.presentationId).toBe(march.presentationId);
    expect(deckChartIds(r, march.presentationId)).toEqual(before);
    expect(book.charts).toHaveLength(chartCount);
    const tab = book.sheet("Data Grafik");
    const values = (tab?.snapshot() ?? []).flat();
    expect(values).toContain(777);
    expect(brokenLinks(r.env)).toEqual([]);
  }, 60_000);
});

describe("Riwayat", () => {
  it("a full grid is grown before the row is written (two more calls, once every 500 reports)", () => {
    const r = load();
    const history = r.env.spreadsheet.sheet(HISTORY_TAB);
    if (!history) throw new Error("no Riwayat");
    history.maxRows = history.lastRow();
    r.env.calls.reset();
    const result = ok(r.buat("2023-11"));
    expect(roundTrips(r.env)).toBe(10);
    expect(history.snapshot().at(-1)).toContain(result.presentationId);
    expect(history.maxRows).toBeGreaterThan(500);
    r.env.calls.reset();
    ok(r.buat("2023-10"));
    expect(roundTrips(r.env)).toBe(8);
  }, 60_000);
});

describe("the chart spreadsheet gone or unreachable", () => {
  it("deleted for good: a new one is made, the report says so", () => {
    const r = load();
    ok(r.buat("2023-10"));
    const old = chartBooks(r.env, r.folderId).get(BOOK_2023);
    r.env.drive.deleteForever(old?.id ?? "");
    r.env.calls.reset();
    const result = ok(r.buat("2023-11"));
    expect(result.notes.join(" ")).toContain(
      `Spreadsheet "${BOOK_2023}" tempat grafik tahun 2023 disimpan tidak ditemukan lagi`,
    );
    // One failed read and one create more than a usual month.
    expect(roundTrips(r.env)).toBe(9);
    const fresh = chartBooks(r.env, r.folderId).get(BOOK_2023);
    expect(fresh?.id).not.toBe(old?.id);
    expect(new Set(deckChartIds(r, result.presentationId).map(([s]) => s))).toEqual(new Set([fresh?.id]));
    expect(r.env.PropertiesService.getDocumentProperties().getProperty("laporan.grafik.2023")).toBe(
      fresh?.id,
    );
  }, 60_000);

  it("not readable (no permission): a clear message, no second spreadsheet, no deck", () => {
    const r = load();
    ok(r.buat("2023-10"));
    const spreadsheets = r.env.Sheets.Spreadsheets;
    const get = spreadsheets.get.bind(spreadsheets);
    // Only the chart spreadsheet: the workbook itself is read with a get too.
    spreadsheets.get = (id: string, args?: object) => {
      if (id !== r.env.spreadsheet.id) throw sheetsApiError("get", "The caller does not have permission");
      return get(id, args);
    };
    const presentations = r.env.drive.presentations.size;
    const result = r.buat("2023-11");
    expect(result).toMatchObject({ ok: false, reason: "failed", stage: "Membuat grafik" });
    expect(result.ok ? "" : result.message).toContain(`Spreadsheet "${BOOK_2023}"`);
    expect(result.ok ? "" : result.message).toContain("tidak dapat dibuka");
    expect(r.env.drive.spreadsheets.size).toBe(1);
    expect(r.env.drive.presentations.size).toBe(presentations);
  }, 60_000);
});

/** What the previous version made for a month: its charts in the workbook's hidden tab, a deck linking them, a Riwayat row. */
function legacyReport(r: ReportEnv, monthText: string, monthCell: string | number = monthText): string {
  const { deck, refs, plan } = addLegacyCharts(r.env, sampleWorkbook(), toMonth(monthText));
  const { spreadsheet } = r.env;
  const slides = [...new Set(refs.map((ref) => ref.slideId))];
  const presentation = r.env.drive.addPresentation(deck.title, { parent: r.folderId, slides });
  presentation.charts = refs.map((ref, i) => ({
    objectId: `old_chart_${i}`,
    pageObjectId: ref.slideId,
    spreadsheetId: spreadsheet.id,
    chartId: plan.links[ref.key]?.chartId ?? -1,
    linkingMode: "LINKED",
  }));
  for (const chart of presentation.charts) presentation.elements.set(chart.objectId, chart.pageObjectId);
  const history = spreadsheet.sheet(HISTORY_TAB);
  if (!history) throw new Error("no Riwayat");
  const next = history.snapshot().length + 1;
  const url = `https://docs.google.com/presentation/d/${presentation.id}/edit`;
  [monthCell, url, "2023-06-01 09:00:00", "staf@kemenkeu.go.id", "abcdef12", presentation.id, "Baru"].forEach(
    (value, i) => {
      history.setCell(next, i + 1, value);
    },
  );
  return presentation.id;
}

const siapkan = (r: ReportEnv): string => {
  r.bundle.call("siapkanWorkbook");
  return r.env.ui.alerts.at(-1)?.message ?? "";
};

describe("a workbook made by the previous version (charts in its Data Grafik tab)", () => {
  it("keeps its decks linked; new reports use the chart spreadsheet; Siapkan Workbook tidies the tab once no deck needs it", () => {
    const r = load();
    const september = legacyReport(r, "2023-09");
    // October's month typed in Riwayat and taken by Sheets for a date (1 Oct 2023 as a serial).
    const october = legacyReport(r, "2023-10", 45200);
    const legacyCharts = r.env.spreadsheet.charts.length;
    expect(legacyCharts).toBeGreaterThan(20);
    expect(brokenLinks(r.env)).toEqual([]);

    // A new month: its charts go to the chart spreadsheet; the old tab is not touched.
    r.env.calls.reset();
    const november = ok(r.buat("2023-11"));
    expect(roundTrips(r.env)).toBeLessThanOrEqual(8);
    expect(r.env.spreadsheet.charts).toHaveLength(legacyCharts);
    const book = chartBooks(r.env, r.folderId).get(BOOK_2023);
    expect(new Set(deckChartIds(r, november.presentationId).map(([s]) => s))).toEqual(new Set([book?.id]));
    expect(brokenLinks(r.env)).toEqual([]);

    // Both old decks still link the tab: it stays, and the message names their months.
    let message = siapkan(r);
    expect(r.env.spreadsheet.sheet("Data Grafik")).toBeDefined();
    expect(message).toContain('Tab "Data Grafik" lama');
    expect(message).toContain("dibiarkan");
    expect(message).toContain("presentasi bulan 2023-09, 2023-10");

    // September made again: rebuilt in place, its charts now in the chart spreadsheet.
    const again = ok(r.buat("2023-09"));
    expect(again.presentationId).toBe(september);
    expect(new Set(deckChartIds(r, september).map(([s]) => s))).toEqual(new Set([book?.id]));
    message = siapkan(r);
    expect(message).toContain("presentasi bulan 2023-10");
    expect(message).not.toContain("2023-09");
    expect(r.env.spreadsheet.charts).toHaveLength(legacyCharts);

    // A deck that cannot be read counts as needing the tab.
    const record = r.env.drive.files.get(october);
    const presentations = r.env.Slides.Presentations;
    const get = presentations.get.bind(presentations);
    presentations.get = () => {
      throw new Error("API call to slides.presentations.get failed with error: Internal error");
    };
    message = siapkan(r);
    expect(message).toContain("tidak dapat diperiksa");
    expect(r.env.spreadsheet.sheet("Data Grafik")).toBeDefined();
    presentations.get = get;

    // A deck Drive does not show this user (drive.file: another staff member made it) but Slides
    // reads: it may well be in use, so the tab stays.
    const files = r.env.Drive.Files;
    const driveGet = files.get.bind(files);
    files.get = (id, args) => {
      if (id === october)
        throw new Error(`API call to drive.files.get failed with error: File not found: ${id}.`);
      return driveGet(id, args);
    };
    message = siapkan(r);
    expect(message).toContain("presentasi bulan 2023-10");
    expect(r.env.spreadsheet.sheet("Data Grafik")).toBeDefined();
    files.get = driveGet;

    // October's deck put in the trash: no listed deck needs the tab; it goes, with its charts.
    if (record) record.trashed = true;
    message = siapkan(r);
    expect(message).toContain('Tab "Data Grafik" lama di workbook ini');
    expect(message).toContain("dihapus");
    expect(message).toContain("Salinan presentasi yang tidak tercatat di Riwayat tidak diperiksa");
    expect(r.env.spreadsheet.sheet("Data Grafik")).toBeUndefined();
    expect(r.env.spreadsheet.charts).toEqual([]);
    expect(brokenLinks(r.env)).toEqual([]);
    // Nothing more to tidy: the message says nothing about charts.
    expect(siapkan(r)).toBe("Workbook sudah lengkap; tidak ada yang diubah.");
  }, 120_000);

  it("Siapkan Workbook names a chart spreadsheet in the trash or deleted, not one it cannot see in Drive", () => {
    const r = load();
    ok(r.buat("2023-11"));
    const book = chartBooks(r.env, r.folderId).get(BOOK_2023);
    const record = r.env.drive.files.get(book?.id ?? "");
    if (record) record.trashed = true;
    expect(siapkan(r)).toContain(`Spreadsheet "${BOOK_2023}" ada di Sampah`);
    // Made by another staff member: Drive (drive.file) does not see it, the Sheets API does.
    const files = r.env.Drive.Files;
    const driveGet = files.get.bind(files);
    files.get = (id) => {
      throw new Error(`API call to drive.files.get failed with error: File not found: ${id}.`);
    };
    expect(siapkan(r)).toBe("Workbook sudah lengkap; tidak ada yang diubah.");
    files.get = driveGet;
    r.env.drive.deleteForever(book?.id ?? "");
    expect(siapkan(r)).toContain(`Spreadsheet "${BOOK_2023}" sudah terhapus`);
  }, 60_000);
});
