/**
 * Buat Laporan end to end: the BUILT dist/Code.js in node:vm with fakes of the Sheets, Slides
 * and Drive advanced services (DriveApp fails, as the manifest's scopes leave it), the sample
 * workbook in the fake spreadsheet.
 * Expected figures and sentences come from the seed report and the reference JSON
 * (test/fixtures/2023-11-figures.json), not from the implementation.
 */

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { channelByTab } from "../../src/core/workbook/channels";
import { SETTINGS_TAB } from "../../src/core/workbook/settings";
import { HISTORY_HEADERS, HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult, PeriksaResult } from "../../src/rpc/report";
import { driveError, PRESENTATION_MIME, SPREADSHEET_MIME } from "../fakes/drive-api";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { FakePresentation } from "../fakes/presentation";
import { ensureBundle, type LoadedBundle, loadBundle } from "../fakes/runtime";
import { specRanges } from "../fakes/sheets-structure";
import ref from "../fixtures/2023-11-figures.json";
import { validateRequests } from "../helpers/slides-validator";

const DECK_NAME = "Laporan Layanan Informasi - November 2023";
/** The year's chart spreadsheet the first report of 2023 makes in the report folder. */
const CHART_BOOK = "Data Grafik Laporan Layanan 2023";
const DIALOG_HTML = "<!doctype html><title>Buat Laporan</title>";
/** The round trips a generation makes: calls into the Sheets, Slides and Drive services. */
const REMOTE = ["Sheets", "Slides", "Drive", "DriveApp"];

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

type Sheets = Record<string, unknown[][]>;

/** The sample workbook as sheet rows: date cells as Dates, `extraYears` more years of history first. */
function sampleSheets(date: (iso: string) => Date, extraYears = 0): Sheets {
  return Object.fromEntries(
    Object.values(sampleWorkbook()).map((tab) => {
      const def = channelByTab(tab.name);
      const dateColumns = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
      const shift = (iso: string, back: number) => `${Number(iso.slice(0, 4)) - back}${iso.slice(4)}`;
      const asSheet = (row: unknown[], back: number) =>
        row.map((cell, i) => {
          if (i === 0 && def && typeof cell === "string" && back > 0) return shift(cell, back);
          if (dateColumns.has(i) && typeof cell === "string" && cell !== "") return date(shift(cell, back));
          return cell;
        });
      const history = def
        ? Array.from({ length: extraYears }, (_, k) => extraYears + 1 - k).flatMap((back) =>
            tab.rows.map((r) => asSheet(r, back)),
          )
        : [];
      return [tab.name, [tab.header, ...history, ...tab.rows.map((r) => asSheet(r, 0))]];
    }),
  );
}

interface Loaded {
  env: FakeEnv;
  bundle: LoadedBundle;
  folderId: string;
  periksa(month: string): PeriksaResult;
  buat(request: unknown): BuatLaporanResult;
}

function load(options: { extraYears?: number; settings?: Record<string, string> } = {}): Loaded {
  const env = createFakeEnv({ htmlFiles: { Dialog: DIALOG_HTML }, userEmail: "staf@kemenkeu.go.id" });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(sampleSheets(date, options.extraYears ?? 0))) {
    env.spreadsheet.addSheet(name, rows);
  }
  const folder = env.drive.addFolder("Laporan Bulanan");
  setSettings(env, { "ID Folder Drive": folder.id, ...options.settings });
  env.calls.reset();
  return {
    env,
    bundle,
    folderId: folder.id,
    periksa: (month) => bundle.call("periksaLaporan", month) as PeriksaResult,
    buat: (request) => bundle.call("buatLaporanBulan", request) as BuatLaporanResult,
  };
}

/** Writes Pengaturan values by label, as staff type them in the sheet. */
function setSettings(env: FakeEnv, values: Record<string, string>): void {
  const sheet = env.spreadsheet.sheet(SETTINGS_TAB);
  if (!sheet) throw new Error("no Pengaturan");
  for (const [label, value] of Object.entries(values)) {
    const rows = sheet.snapshot();
    const index = rows.findIndex((r) => r[0] === label);
    if (index < 0) throw new Error(`no setting ${label}`);
    sheet.setCell(index + 1, 2, value);
  }
}

const ALL = { month: "2023-11", allowMissing: true, acceptWarnings: true };

function ok(result: BuatLaporanResult): Extract<BuatLaporanResult, { ok: true }> {
  if (!result.ok) throw new Error(`generation failed: ${result.message}`);
  return result;
}

function presentationOf(env: FakeEnv, id: string): FakePresentation {
  const found = env.drive.presentations.get(id);
  if (!found) throw new Error(`no presentation ${id}`);
  return found;
}

const historyRows = (env: FakeEnv) => (env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? []).slice(1);

const remoteCalls = (env: FakeEnv): Record<string, number> =>
  Object.fromEntries(
    Object.entries(env.calls.summary()).filter(([key]) => REMOTE.includes(key.split(".")[0] ?? "")),
  );

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

/** The year's chart spreadsheet in the report folder. */
const bookId = (env: FakeEnv, folderId: string): string =>
  env.drive.children(folderId).find((f) => f.mimeType === SPREADSHEET_MIME)?.id ?? "";
const bookCharts = (env: FakeEnv, folderId: string) =>
  env.drive.spreadsheets.get(bookId(env, folderId))?.charts ?? [];

describe("buatLaporanBulan: a new deck for November 2023", () => {
  it("lands in the folder with the report's name, its batch valid, its sentences computed", () => {
    const { env, buat, folderId } = load();
    const result = ok(buat(ALL));
    expect(result).toMatchObject({ name: DECK_NAME, updated: false, monthLabel: "November 2023" });
    const inFolder = env.drive.children(folderId);
    expect(inFolder.map((f) => [f.name, f.mimeType])).toEqual([
      [CHART_BOOK, SPREADSHEET_MIME],
      [DECK_NAME, PRESENTATION_MIME],
    ]);
    expect(result.presentationId).toBe(inFolder[1]?.id);
    expect(result.url).toBe(`https://docs.google.com/presentation/d/${result.presentationId}/edit`);

    const sent = env.Slides.Presentations.sent;
    expect(sent).toHaveLength(1);
    for (const batch of sent) {
      expect(validateRequests(batch.requests, { existingObjectIds: batch.existingObjectIds })).toEqual([]);
    }
    const deck = presentationOf(env, result.presentationId);
    // The new presentation's own first slide went in the same batch.
    expect(deck.slides).not.toContain("p");
    const text = deck.allText();
    // Seed: webinars "turun 41,2% dibandingkan bulan sebelumnya (17)"; PPID 21 vs 8 a year before.
    expect(text).toContain("turun 41,2%");
    expect(text).toContain("naik 100%");
    expect(text).toContain(DECK_NAME.replace("Laporan Layanan Informasi - ", ""));
    expect(text).toContain("1.271");
  });

  it("links every chart as a Sheets chart of the year's chart spreadsheet; the workbook holds none", () => {
    const { env, buat, folderId } = load();
    const result = ok(buat(ALL));
    const deck = presentationOf(env, result.presentationId);
    expect(deck.charts.length).toBeGreaterThan(0);
    const bookFile = env.drive.children(folderId).find((f) => f.mimeType === SPREADSHEET_MIME);
    const book = env.drive.spreadsheets.get(bookFile?.id ?? "");
    if (!book) throw new Error("no chart spreadsheet");
    const chartIds = new Set(book.charts.map((c) => c.chartId));
    for (const chart of deck.charts) {
      expect(chart.linkingMode).toBe("LINKED");
      expect(chart.spreadsheetId).toBe(book.id);
      expect(chartIds.has(chart.chartId)).toBe(true);
    }
    expect(book.charts).toHaveLength(deck.charts.length);
    expect(env.spreadsheet.charts).toEqual([]);
    expect(env.spreadsheet.sheet("Data Grafik")).toBeUndefined();
    // Its only tab, visible; the empty first sheet of the new spreadsheet is gone.
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([["Data Grafik", false]]);
    const tab = book.sheet("Data Grafik");
    // The PPID chart's last bar is November's 21 requests (reference JSON).
    const ppid = book.charts.find((c) => c.spec.title?.includes("PPID"));
    const [domain, series] = specRanges(ppid?.spec);
    if (!tab || !series || !domain) throw new Error("no PPID chart data");
    const last = (series.endRowIndex ?? 0) - 1;
    expect(tab.cell(last + 1, (series.startColumnIndex ?? 0) + 1)).toBe(ref.series.permohonanPpid.month);
    expect(tab.cell(last + 1, (domain.startColumnIndex ?? 0) + 1)).toMatch(/^Nov/);
    // Column A holds the blocks' keys only (what a report reads to find them), one per chart.
    const keys = tab
      .snapshot()
      .map((row) => row[0] ?? "")
      .filter((cell) => cell !== "");
    expect(keys).toHaveLength(deck.charts.length);
    for (const key of keys) expect(key).toMatch(/^2023-11 \S+:\d+$/);
  });

  it("shares as Pengaturan says and notes the generation in Riwayat", () => {
    const { env, buat } = load();
    const result = ok(buat(ALL));
    const file = env.drive.files.get(result.presentationId);
    expect(file?.permissions).toEqual([
      expect.objectContaining({
        type: "domain",
        role: "reader",
        domain: "kemenkeu.go.id",
        allowFileDiscovery: false,
      }),
    ]);
    expect(result.sharing).toContain("kemenkeu.go.id");
    const rows = historyRows(env);
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? [];
    const at = (header: string) => row[HISTORY_HEADERS.indexOf(header as (typeof HISTORY_HEADERS)[number])];
    expect(at("Bulan")).toBe("2023-11");
    expect(at("Tautan")).toBe(result.url);
    expect(at("Dibuat")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(at("Oleh")).toBe("staf@kemenkeu.go.id");
    expect(at("Sidik Data")).toMatch(/^[0-9a-f]{8}$/);
    expect(at("ID Presentasi")).toBe(result.presentationId);
    expect(row).toContain("Baru");
  });

  it("shares with anyone with the link, or not at all, when Pengaturan says so", () => {
    const anyone = load({ settings: { "Berbagi Laporan": "Siapa saja dengan tautan - dapat melihat" } });
    const a = ok(anyone.buat(ALL));
    expect(anyone.env.drive.files.get(a.presentationId)?.permissions).toEqual([
      expect.objectContaining({ type: "anyone", role: "reader" }),
    ]);
    const none = load({ settings: { "Berbagi Laporan": "Tidak dibagikan" } });
    const n = ok(none.buat(ALL));
    expect(none.env.drive.files.get(n.presentationId)?.permissions).toEqual([]);
    expect(none.env.calls.count("Drive", "Permissions.create")).toBe(0);
  });

  it("makes at most 8 round trips, the same with ten times more history", () => {
    const run = (extraYears: number) => {
      const loaded = load({ extraYears });
      ok(loaded.buat(ALL));
      return {
        calls: remoteCalls(loaded.env),
        rows: loaded.env.spreadsheet.sheet("Webinar")?.lastRow() ?? 0,
      };
    };
    const small = run(0);
    const big = run(9);
    expect(big.rows).toBeGreaterThan(small.rows * 9);
    expect(big.calls).toEqual(small.calls);
    expect(total(small.calls)).toBeLessThanOrEqual(8);
    expect(small.calls["Slides.Presentations.batchUpdate"]).toBe(1);
    expect(small.calls["Sheets.Spreadsheets.batchUpdate"]).toBe(1);
    // The workbook's one read (values, types, merges); a new deck does not read a chart spreadsheet.
    expect(small.calls["Sheets.Spreadsheets.get"]).toBe(1);
  });

  it("returns plain JSON, as google.script.run requires", () => {
    const { bundle, buat, periksa } = load();
    const JSONInScript = bundle.evaluate<JSON>("JSON");
    for (const value of [periksa("2023-11"), buat(ALL)]) {
      expect(JSONInScript.parse(JSONInScript.stringify(value))).toStrictEqual(value);
    }
  });
});

describe("buatLaporanBulan: regenerating a month", () => {
  it("rebuilds the same presentation in place: same ID and link, old slides gone, Riwayat says so", () => {
    const { env, buat, folderId } = load();
    const first = ok(buat(ALL));
    const deck = presentationOf(env, first.presentationId);
    const oldSlides = [...deck.slides];
    const chartsBefore = bookCharts(env, folderId).length;
    env.calls.reset();
    const again = ok(buat(ALL));
    expect(again.updated).toBe(true);
    expect(again.presentationId).toBe(first.presentationId);
    expect(again.url).toBe(first.url);
    expect(deck.slides).toHaveLength(oldSlides.length);
    expect(deck.slides.filter((s) => oldSlides.includes(s))).toEqual([]);
    expect(deck.allText()).toContain("turun 41,2%");
    expect(env.drive.children(folderId).map((f) => f.id)).toEqual([
      bookId(env, folderId),
      first.presentationId,
    ]);
    // The same Sheets charts were updated, none added.
    expect(bookCharts(env, folderId)).toHaveLength(chartsBefore);
    expect(deck.charts.every((c) => bookCharts(env, folderId).some((s) => s.chartId === c.chartId))).toBe(
      true,
    );
    const rows = historyRows(env);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("Diperbarui");
    expect(total(remoteCalls(env))).toBeLessThanOrEqual(8);
    expect(env.calls.count("Drive", "Files.create")).toBe(0);
  });

  it("makes a new deck when the month's deck was trashed", () => {
    const { env, buat } = load();
    const first = ok(buat(ALL));
    const record = env.drive.files.get(first.presentationId);
    if (record) record.trashed = true;
    const again = ok(buat(ALL));
    expect(again.updated).toBe(false);
    expect(again.presentationId).not.toBe(first.presentationId);
  });
});

describe("buatLaporanBulan: failures", () => {
  const failOnChart = (env: FakeEnv) => {
    env.Slides.Presentations.failWhen = (request) => request.createSheetsChart !== undefined;
  };

  it("a new deck whose Slides batch fails is trashed; the message names the stage", () => {
    const { env, buat, folderId } = load();
    failOnChart(env);
    const result = buat(ALL);
    expect(result).toMatchObject({ ok: false, reason: "failed", stage: "Menyusun slide" });
    expect(result.ok ? "" : result.message).toMatch(
      /^Gagal pada tahap "Menyusun slide": .*createSheetsChart.*dipindahkan ke Sampah\.$/,
    );
    // The year's chart spreadsheet stays for the next attempt; no deck does.
    expect(env.drive.children(folderId).map((f) => f.mimeType)).toEqual([SPREADSHEET_MIME]);
    const made = [...env.drive.files.values()].filter((f) => f.mimeType === PRESENTATION_MIME);
    expect(made.map((f) => f.trashed)).toEqual([true]);
    expect(historyRows(env)).toEqual([]);
  });

  it("an existing deck is left as it was when the rebuild fails", () => {
    const { env, buat } = load();
    const first = ok(buat(ALL));
    const deck = presentationOf(env, first.presentationId);
    const before = { slides: [...deck.slides], texts: new Map(deck.texts), charts: [...deck.charts] };
    failOnChart(env);
    const result = buat(ALL);
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(result.ok ? "" : result.message).toContain("Presentasi yang sudah ada tidak diubah.");
    expect(deck.slides).toEqual(before.slides);
    expect(deck.texts).toEqual(before.texts);
    expect(deck.charts).toEqual(before.charts);
    expect(env.drive.files.get(first.presentationId)?.trashed).toBe(false);
    expect(historyRows(env)).toHaveLength(1);
  });

  it("a Drive error other than not-found on the month's deck makes no second deck", () => {
    const { env, buat, folderId } = load();
    const first = ok(buat(ALL));
    env.calls.reset();
    const files = env.Drive.Files;
    const get = files.get.bind(files);
    files.get = () => {
      files.get = get;
      throw driveError("files.get", "Internal Error");
    };
    const result = buat(ALL);
    expect(result).toMatchObject({ ok: false, reason: "failed", stage: "Menyusun slide" });
    expect(result.ok ? "" : result.message).toContain("tidak dapat diperiksa di Drive: ");
    // The link management has must keep working: no new file, Riwayat still names the first.
    expect(env.drive.children(folderId).map((f) => f.id)).toEqual([
      bookId(env, folderId),
      first.presentationId,
    ]);
    expect(env.calls.count("Drive", "Files.create")).toBe(0);
    expect(historyRows(env)).toHaveLength(1);
    expect(ok(buat(ALL)).presentationId).toBe(first.presentationId);
  });

  it("a folder ID that does not exist: a clear message and no file", () => {
    const { env, buat } = load({ settings: { "ID Folder Drive": "1FolderYangTidakAda" } });
    const result = buat(ALL);
    // The year's chart spreadsheet is the first file the report makes in the folder.
    expect(result).toMatchObject({ ok: false, reason: "failed", stage: "Membuat grafik" });
    expect(result.ok ? "" : result.message).toContain(
      'Folder Drive dengan ID "1FolderYangTidakAda" (Pengaturan > ID Folder Drive) tidak ditemukan',
    );
    expect(env.drive.presentations.size).toBe(0);
    expect(env.drive.spreadsheets.size).toBe(0);
    expect(env.calls.count("Slides")).toBe(0);
    expect(historyRows(env)).toEqual([]);
  });

  it("says how to switch the Slides API on when the advanced service is off", () => {
    const { bundle, buat } = load();
    bundle.context.Slides = undefined;
    expect(() => buat(ALL)).toThrow(/Gagal membuat laporan: Layanan lanjutan Google Slides API belum aktif/);
  });
});

describe("buatLaporanBulan: a template deck", () => {
  it("copies the template into the folder and replaces its slides, on its BLANK layout", () => {
    const template = new FakePresentation(
      "tpl",
      "Template DJPK",
      ["tpl_cover", "tpl_isi"],
      [
        { objectId: "tpl_layout_title", name: "TITLE" },
        { objectId: "tpl_layout_blank", name: "BLANK" },
      ],
    );
    const { env, buat, folderId } = load();
    env.drive.addPresentation("Template DJPK", { id: "1TemplateDeckId", presentation: template });
    setSettings(env, {
      "ID Presentasi Template": "https://docs.google.com/presentation/d/1TemplateDeckId/edit",
    });
    const result = ok(buat(ALL));
    expect(env.calls.count("Drive", "Files.copy")).toBe(1);
    // The one create is the year's chart spreadsheet; the deck is the template's copy.
    expect(env.calls.count("Drive", "Files.create")).toBe(1);
    expect(env.drive.children(folderId).map((f) => f.name)).toEqual([CHART_BOOK, DECK_NAME]);
    const deck = presentationOf(env, result.presentationId);
    expect(deck.slides.some((s) => s.startsWith("tpl_"))).toBe(false);
    const created = env.Slides.Presentations.sent[0]?.requests.flatMap((r) =>
      r.createSlide ? [r.createSlide] : [],
    );
    expect(created?.every((s) => s.slideLayoutReference?.layoutId === "tpl_layout_blank")).toBe(true);
    // The template itself is untouched.
    expect(template.slides).toEqual(["tpl_cover", "tpl_isi"]);
    expect(env.Drive.Files.args.find((a) => a.method === "copy")?.args).toMatchObject({
      supportsAllDrives: true,
    });
  });

  it("a template ID that does not exist: a clear message and no file", () => {
    const { env, buat } = load({ settings: { "ID Presentasi Template": "1TemplateTidakAda" } });
    const result = buat(ALL);
    expect(result.ok ? "" : result.message).toContain('Presentasi template dengan ID "1TemplateTidakAda"');
    expect(env.drive.presentations.size).toBe(0);
  });
});

describe("checks before generating", () => {
  it("periksaLaporan lists errors, warnings and empty sections; errors block buatLaporanBulan", () => {
    const { env, periksa, buat } = load();
    const tickets = env.spreadsheet.sheet("Tiket Konsultasi");
    const rows = tickets?.snapshot() ?? [];
    const header = rows[0] ?? [];
    const nov = rows.findIndex((r) => r[0] === "2023-11");
    const totalColumn = header.indexOf("Total Tiket");
    if (!tickets || nov < 0 || totalColumn < 0) throw new Error("sample layout changed");
    tickets.setCell(nov + 1, totalColumn + 1, 9999);
    const checked = periksa("2023-11");
    expect(checked.errors.length).toBeGreaterThan(0);
    expect(checked.errors.map((e) => e.message).join("\n")).toContain("Tiket Konsultasi");
    env.calls.reset();
    const result = buat(ALL);
    expect(result).toMatchObject({ ok: false, reason: "errors" });
    expect(result.ok ? "" : result.message).toMatch(
      /^Laporan November 2023 tidak dibuat: ada \d+ kesalahan data/,
    );
    expect(env.calls.count("Slides") + env.calls.count("Drive")).toBe(0);
    expect(env.calls.count("Sheets", "Spreadsheets.batchUpdate")).toBe(0);
  });

  it("warnings need acceptWarnings; empty sections need allowMissing, and the deck then names them", () => {
    const { env, periksa, buat } = load();
    const ppid = env.spreadsheet.sheet("PPID");
    const novRow = (ppid?.snapshot() ?? []).findIndex((r) => r[0] === "2023-11");
    ppid?.cells.splice(novRow, 1);
    const checked = periksa("2023-11");
    expect(checked.missing.map((m) => m.tab)).toEqual(["PPID"]);
    // The seed's face-to-face visits over the guest limit: a warning.
    expect(checked.warnings.map((w) => w.tab)).toContain("Tatap Muka");
    expect(checked.errors).toEqual([]);
    expect(buat({ month: "2023-11", acceptWarnings: true })).toMatchObject({ ok: false, reason: "missing" });
    expect(buat({ month: "2023-11", allowMissing: true })).toMatchObject({ ok: false, reason: "warnings" });
    expect(env.drive.presentations.size).toBe(0);
    const result = ok(buat(ALL));
    const text = presentationOf(env, result.presentationId).allText();
    expect(text).toContain("belum memiliki data untuk November 2023");
    expect(text).toContain("PPID");
  });

  it("refuses a month that is not one, in Indonesian", () => {
    const { buat, periksa } = load();
    expect(buat({ month: "2023-13" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(() => periksa("November")).toThrow(/^Gagal memeriksa data: Bulan "November" tidak sesuai format/);
  });

  it("periksaLaporan names the month's earlier deck", () => {
    const { periksa, buat } = load();
    expect(periksa("2023-11").previous).toBeUndefined();
    const made = ok(buat(ALL));
    expect(periksa("2023-11").previous?.url).toBe(made.url);
  });
});

describe("PDF export", () => {
  it("saves a PDF next to the deck when Pengaturan says Ya, and replaces it on regeneration", () => {
    const { env, buat, folderId } = load({ settings: { "Ekspor PDF": "Ya" } });
    const first = ok(buat(ALL));
    expect(first.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const pdfs = () => env.drive.children(folderId).filter((f) => f.mimeType === "application/pdf");
    expect(pdfs().map((f) => f.name)).toEqual([`${DECK_NAME}.pdf`]);
    expect(pdfs()[0]?.content?.data).toContain("turun 41,2%");
    expect(pdfs()[0]?.content?.contentType).toBe("application/pdf");
    // The deck's content as PDF through the Drive API (alt=media returns it); DriveApp would need
    // the Drive-wide scope appsscript.json does not grant.
    expect(env.Drive.Files.args.filter((a) => a.method === "export")).toEqual([
      { method: "export", args: { alt: "media" } },
    ]);
    expect(env.calls.count("DriveApp")).toBe(0);
    const again = ok(buat(ALL));
    expect(again.pdfUrl).toBe(first.pdfUrl);
    expect(pdfs()).toHaveLength(1);
    expect(again.notes).toEqual([]);
  });

  it("the manifest grants drive.file, not the Drive-wide scope DriveApp needs", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../appsscript.json", import.meta.url), "utf8"));
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/drive.file");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
    expect(source).not.toMatch(/\bDriveApp\s*\./);
  });
});

describe("the dialog", () => {
  it("opens from the menu item and from the sidebar's button", () => {
    const { env, bundle } = load();
    bundle.call("buatLaporan");
    bundle.call("bukaDialogLaporan");
    expect(env.ui.dialogs.map((d) => [d.title, d.modal, d.html.getContent()])).toEqual([
      ["Buat Laporan", true, DIALOG_HTML],
      ["Buat Laporan", true, DIALOG_HTML],
    ]);
  });
});
