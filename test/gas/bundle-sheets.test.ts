/**
 * The built dist/Code.js, loaded as Apps Script loads it (node:vm, only the fakes as globals),
 * driven through the Google Sheets side of data entry: Siapkan Workbook, then the sidebar's
 * muatBulan / simpanKanal through the Sheets advanced service. Expected November 2023 figures
 * come from the reference JSON.
 */

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import {
  CHANNELS,
  type ChannelKey,
  channel,
  channelByTab,
  headersOf,
  WEBSITE_CATEGORIES,
} from "../../src/core/workbook/channels";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB } from "../../src/core/workbook/settings";
import { HISTORY_HEADERS, HISTORY_TAB, LOG_HEADERS, LOG_TAB } from "../../src/core/workbook/system-tabs";
import type { ChannelView, MonthView, SaveResult } from "../../src/rpc/sidebar";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { ensureBundle, type LoadedBundle, loadBundle } from "../fakes/runtime";
import { FakeFormula } from "../fakes/sheet";
import ref from "../fixtures/2023-11-figures.json";

const SIDEBAR_HTML = "<!doctype html><title>Isi Data Bulanan</title><p>sidebar</p>";
const ALL_TABS = [...CHANNELS.map((c) => c.tab), SETTINGS_TAB, HISTORY_TAB, LOG_TAB];

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

interface Loaded {
  env: FakeEnv;
  bundle: LoadedBundle;
  muatBulan(month: string): MonthView;
  simpanKanal(request: unknown): SaveResult;
}

type Sheets = Record<string, unknown[][]>;

/** A fresh env and bundle; the sheets are built after, so dates are the script realm's Dates. */
function load(fill: (date: (iso: string) => Date) => Sheets = () => ({})): Loaded {
  const env = createFakeEnv({ htmlFiles: { Sidebar: SIDEBAR_HTML } });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(fill(date))) env.spreadsheet.addSheet(name, rows);
  env.calls.reset();
  return {
    env,
    bundle,
    muatBulan: (month) => bundle.call("muatBulan", month) as MonthView,
    simpanKanal: (request) => bundle.call("simpanKanal", request) as SaveResult,
  };
}

/**
 * The sample workbook as a sheet holds it: date cells as Dates (what a typed date becomes),
 * everything else as is; `extraYears` more years of every tab's rows before it.
 */
function sampleSheets(date: (iso: string) => Date, extraYears = 0): Sheets {
  return Object.fromEntries(
    Object.values(sampleWorkbook()).map((tab) => {
      const def = channelByTab(tab.name);
      const dateColumns = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
      const asSheet = (row: unknown[], yearsBack: number) =>
        row.map((cell, i) => {
          if (i === 0 && def && typeof cell === "string" && yearsBack > 0) {
            return `${Number(cell.slice(0, 4)) - yearsBack}${cell.slice(4)}`;
          }
          if (dateColumns.has(i) && typeof cell === "string" && cell !== "") {
            return date(`${Number(cell.slice(0, 4)) - yearsBack}${cell.slice(4)}`);
          }
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

const viewOf = (view: MonthView, key: ChannelKey): ChannelView => {
  const found = view.channels.find((c) => c.key === key);
  if (!found) throw new Error(`no channel ${key}`);
  return found;
};

const snapshot = (env: FakeEnv) =>
  Object.fromEntries(env.spreadsheet.sheets.map((s) => [s.name, structuredClone(s.snapshot())]));

const cellsOf = (env: FakeEnv, tab: string) => env.spreadsheet.sheet(tab)?.snapshot() ?? [];

/** A workbook just set up with Siapkan Workbook, as staff start. */
function setUp(): Loaded {
  const loaded = load(() => ({ Sheet1: [] }));
  loaded.bundle.call("siapkanWorkbook");
  loaded.env.calls.reset();
  return loaded;
}

describe("siapkanWorkbook", () => {
  it("runs under the document lock, and changes nothing while a save or a report holds it", () => {
    const { env, bundle } = load(() => ({ Sheet1: [] }));
    env.LockService.document.heldElsewhere = true;
    bundle.call("siapkanWorkbook");
    expect(env.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(env.ui.alerts.at(-1)?.message).toMatch(/sedang dipakai/);
    env.LockService.document.heldElsewhere = false;
    bundle.call("siapkanWorkbook");
    expect(env.spreadsheet.sheets.map((s) => s.name)).toEqual(ALL_TABS);
    expect(env.LockService.document.held).toBe(false);
  });

  it("sets up an empty workbook: every tab in order, headers, frozen and protected, formats, lists", () => {
    const { env, bundle } = load(() => ({ Sheet1: [] }));
    bundle.call("siapkanWorkbook");
    const { spreadsheet } = env;
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(ALL_TABS);
    expect(spreadsheet.locale).toBe("id_ID");
    expect(spreadsheet.timeZone).toBe("Asia/Jakarta");
    for (const def of CHANNELS) {
      const sheet = spreadsheet.sheet(def.tab);
      if (!sheet) throw new Error(def.tab);
      expect(sheet.snapshot(), def.tab).toEqual([headersOf(def)]);
      expect(sheet.frozenRows, def.tab).toBe(1);
      const protection = sheet.protections.find((p) => p.a1?.startsWith("A1:"));
      expect(protection?.warningOnly, def.tab).toBe(true);
      expect(protection?.a1).toBe(`A1:${String.fromCharCode(64 + headersOf(def).length)}1`);
      expect(sheet.formats.get("2,1"), `${def.tab} Bulan`).toBe("@");
      expect(sheet.formats.get("1000,1"), `${def.tab} Bulan, last prepared row`).toBe("@");
      def.columns.forEach((column, i) => {
        const format = sheet.formats.get(`2,${i + 2}`);
        if (column.type === "text") expect(format, `${def.tab} ${column.header}`).toBe("@");
        if (column.type === "count") expect(format, `${def.tab} ${column.header}`).toBe("#,##0");
        const rule = sheet.validations.get(`2,${i + 2}`);
        if (column.type === "choice") {
          expect(String(rule?.rule.criteria)).toBe("VALUE_IN_LIST");
          expect(rule?.rule.values[0]).toEqual([...(column.choices ?? [])]);
          expect(rule?.rule.allowInvalid).toBe(false);
        }
      });
    }
    const kategori = spreadsheet.sheet("Publikasi Website")?.validations.get("500,3");
    expect(kategori?.rule.values[0]).toEqual([...WEBSITE_CATEGORIES]);
    const settings = spreadsheet.sheet(SETTINGS_TAB)?.snapshot() ?? [];
    expect(settings[0]).toEqual([...SETTINGS_HEADERS]);
    expect(settings.slice(1).map((r) => r[0])).toEqual(SETTINGS.map((s) => s.label));
    // The phone number stays text in a plain-text column.
    expect(settings.find((r) => r[0] === "Telepon")?.[1]).toBe("150420");
    expect(spreadsheet.sheet(SETTINGS_TAB)?.formats.get("2,2")).toBe("@");
    expect(cellsOf(env, HISTORY_TAB)).toEqual([[...HISTORY_HEADERS]]);
    expect(cellsOf(env, LOG_TAB)).toEqual([[...LOG_HEADERS]]);
    expect(env.ui.alerts.at(-1)?.title).toBe("Siapkan Workbook");
    expect(env.ui.alerts.at(-1)?.message).toContain("Tab dibuat: Publikasi Website, Webinar");
  });

  it("on a partly set-up workbook: existing data untouched, a renamed header reported, settings completed", () => {
    const { env, bundle } = load((date) => ({
      Sheet1: [["catatan staf"]],
      PPID: [
        ["Bulan", "Permohonan"],
        ["2023-10", 14],
        [date("2023-11-01"), 21],
      ],
      Webinar: [
        ["Bulan", "Tanggal", "Judul Webinar", "Jumlah"],
        ["2023-11", date("2023-11-06"), "Rapat", ""],
      ],
      [SETTINGS_TAB]: [
        [...SETTINGS_HEADERS],
        ["Nama Unit", "Unit Kami", "diubah staf"],
        ["Telepon", "150421", ""],
      ],
    }));
    const before = snapshot(env);
    bundle.call("siapkanWorkbook");
    const after = snapshot(env);
    for (const name of ["Sheet1", "PPID", "Webinar"]) expect(after[name], name).toEqual(before[name]);
    expect(env.spreadsheet.sheet("PPID")?.protections).toEqual([]);
    const settings = after[SETTINGS_TAB] ?? [];
    expect(settings.slice(0, 3)).toEqual(before[SETTINGS_TAB]);
    const labels = settings.slice(3).map((r) => r[0]);
    expect(labels).toEqual(SETTINGS.map((s) => s.label).filter((l) => l !== "Nama Unit" && l !== "Telepon"));
    // Every tab the tool needs now exists; existing tabs stay where staff put them (PPID before
    // Webinar here), new ones go after their registry predecessor.
    const names = env.spreadsheet.sheets.map((s) => s.name);
    for (const tab of ALL_TABS) expect(names).toContain(tab);
    const withoutPpid = ALL_TABS.filter((t) => t !== "PPID");
    expect(names.filter((n) => withoutPpid.includes(n))).toEqual(withoutPpid);
    expect(names.indexOf("Amplifikasi Pegawai")).toBe(names.indexOf("Media Sosial") + 1);
    expect(names).toContain("Sheet1");
    const message = env.ui.alerts.at(-1)?.message ?? "";
    expect(message).toContain('Tab "Webinar", kolom C: judulnya "Judul Webinar", seharusnya "Judul"');
    expect(message).toContain(`Tab dilengkapi: ${SETTINGS_TAB}`);
  });

  it("a second run changes nothing", () => {
    const { env, bundle } = setUp();
    const before = snapshot(env);
    bundle.call("siapkanWorkbook");
    expect(snapshot(env)).toEqual(before);
    expect(env.ui.alerts.at(-1)?.message).toBe("Workbook sudah lengkap; tidak ada yang diubah.");
  });
});

describe("bukaSidebar", () => {
  it("shows the built sidebar page with its title", () => {
    const { env, bundle } = load();
    bundle.call("bukaSidebar");
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0]?.getTitle()).toBe("Isi Data Bulanan");
    expect(env.ui.sidebars[0]?.getContent()).toBe(SIDEBAR_HTML);
  });
});

describe("muatBulan", () => {
  it("gives the sample's November: statuses, rows as typed, references", () => {
    const { muatBulan } = load((date) => sampleSheets(date));
    const view = muatBulan("2023-11");
    expect(view.monthLabel).toBe("November 2023");
    expect(view.channels.filter((c) => c.status === "ada-kesalahan")).toEqual([]);
    expect(viewOf(view, "ppid")).toMatchObject({ status: "lengkap", rows: [["21"]] });
    expect(viewOf(view, "ppid").references.__measure).toEqual({
      previous: ref.series.permohonanPpid.prev,
      lastYear: ref.series.permohonanPpid.lastYear,
    });
    expect(viewOf(view, "tiketKonsultasi").rows[0]?.[5]).toBe("1.271");
    const webinar = viewOf(view, "webinar");
    expect(webinar.rows).toHaveLength(ref.summaryTiles.webinarFgd);
    expect(webinar.rows[0]?.[0]).toBe("6/11/2023");
    expect(webinar.references.__measure).toEqual({
      previous: ref.series.webinarFgd.prev,
      lastYear: ref.series.webinarFgd.lastYear,
    });
  });

  it("explains a bad month in Indonesian", () => {
    const { muatBulan } = load((date) => sampleSheets(date));
    expect(() => muatBulan("2023-13")).toThrow(/^Gagal memuat data: .*bulan harus 01 sampai 12/);
  });

  it("says how to switch the Sheets API on when the advanced service is off", () => {
    const { bundle, muatBulan } = load((date) => sampleSheets(date));
    bundle.context.Sheets = undefined;
    expect(() => muatBulan("2023-11")).toThrow(
      /Gagal memuat data: Layanan lanjutan Google Sheets API belum aktif/,
    );
  });
});

describe("simpanKanal", () => {
  it("saves PPID and Webinar rows; muatBulan reads them back as typed, and the Log says who changed what", () => {
    const { env, muatBulan, simpanKanal } = setUp();
    const first = muatBulan("2023-12");
    const ppid = simpanKanal({
      month: "2023-12",
      channel: "ppid",
      rows: [["1.271"]],
      version: viewOf(first, "ppid").version,
    });
    expect(ppid).toMatchObject({ ok: true, changedCells: 1 });
    const webinar = simpanKanal({
      month: "2023-12",
      channel: "webinar",
      rows: [
        ["6/12/2023", "Sosialisasi DAU", ""],
        ["2023-12-07", '=IMPORTXML("http://x")', ""],
      ],
      version: viewOf(first, "webinar").version,
    });
    expect(webinar.ok).toBe(true);

    // What the sheet holds: the month as text, a number, date serials, the title as a string.
    expect(cellsOf(env, "PPID")).toEqual([
      ["Bulan", "Permohonan"],
      ["2023-12", 1271],
    ]);
    const webinarCells = cellsOf(env, "Webinar");
    // 45266 is 6 December 2023 as a Sheets date serial (days since 30 December 1899).
    expect(webinarCells[1]).toEqual(["2023-12", 45266, "Sosialisasi DAU", ""]);
    expect(webinarCells[2]?.[2]).toBe('=IMPORTXML("http://x")');
    expect(webinarCells[2]?.[2]).not.toBeInstanceOf(FakeFormula);
    expect(env.spreadsheet.sheet("Webinar")?.formulas().size).toBe(0);

    const again = muatBulan("2023-12");
    expect(viewOf(again, "ppid").rows).toEqual([["1.271"]]);
    expect(viewOf(again, "webinar").rows).toEqual([
      ["6/12/2023", "Sosialisasi DAU", ""],
      ["7/12/2023", '=IMPORTXML("http://x")', ""],
    ]);
    // The view a save returns is the one a fresh load gives: the next save goes through.
    expect(webinar.ok && webinar.view).toEqual(viewOf(again, "webinar"));

    const log = cellsOf(env, LOG_TAB);
    expect(log[0]).toEqual([...LOG_HEADERS]);
    expect(log[1]).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      "staf@kemenkeu.go.id",
      "PPID",
      "2023-12",
      "Permohonan",
      "",
      "1.271",
    ]);
    expect(log.slice(2).map((r) => r.slice(2))).toEqual([
      ["Webinar", "2023-12", "Tanggal (item 1)", "", "6/12/2023"],
      ["Webinar", "2023-12", "Judul (item 1)", "", "Sosialisasi DAU"],
      ["Webinar", "2023-12", "Tanggal (item 2)", "", "7/12/2023"],
      ["Webinar", "2023-12", "Judul (item 2)", "", '=IMPORTXML("http://x")'],
    ]);
    expect(env.spreadsheet.sheet(LOG_TAB)?.formulas().size).toBe(0);
  });

  it("writes nothing for invalid input and returns findings by row and column", () => {
    const { env, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const view = muatBulan("2023-11");
    const before = snapshot(env);
    env.calls.reset();
    const result = simpanKanal({
      month: "2023-11",
      channel: "webinar",
      rows: [
        ["6/11/2023", "Baik", ""],
        ["31/11/2023", "", ""],
      ],
      version: viewOf(view, "webinar").version,
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    const findings = result.ok ? [] : result.findings;
    expect(findings.map((f) => [f.row, f.column])).toEqual([
      [2, "Tanggal"],
      [2, "Judul"],
    ]);
    expect(snapshot(env)).toEqual(before);
    expect(env.calls.count("Sheets", "Spreadsheets.Values.batchUpdate")).toBe(0);
  });

  it("two staff saving different channels of the same month both land", () => {
    const { muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const staffA = muatBulan("2023-11");
    const staffB = muatBulan("2023-11");
    const a = simpanKanal({
      month: "2023-11",
      channel: "ppid",
      rows: [["22"]],
      version: viewOf(staffA, "ppid").version,
    });
    const b = simpanKanal({
      month: "2023-11",
      channel: "kepuasan",
      rows: [["4,9", "120"]],
      version: viewOf(staffB, "kepuasan").version,
    });
    expect([a.ok, b.ok]).toEqual([true, true]);
    const now = muatBulan("2023-11");
    expect(viewOf(now, "ppid").rows).toEqual([["22"]]);
    expect(viewOf(now, "kepuasan").rows).toEqual([["4,9", "120"]]);
  });

  it("the same channel saved twice from one load: the second is a conflict and the first stays", () => {
    const { env, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const loaded = muatBulan("2023-11");
    const version = viewOf(loaded, "ppid").version;
    expect(simpanKanal({ month: "2023-11", channel: "ppid", rows: [["22"]], version }).ok).toBe(true);
    const logBefore = cellsOf(env, LOG_TAB);
    const second = simpanKanal({ month: "2023-11", channel: "ppid", rows: [["23"]], version });
    expect(second).toMatchObject({ ok: false, reason: "conflict" });
    expect(second.ok ? "" : second.message).toContain("diubah orang lain");
    expect(viewOf(muatBulan("2023-11"), "ppid").rows).toEqual([["22"]]);
    expect(cellsOf(env, LOG_TAB)).toEqual(logBefore);
  });

  it("answers busy when the document lock cannot be had, writing nothing", () => {
    const { env, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const view = muatBulan("2023-11");
    env.LockService.document.heldElsewhere = true;
    const before = snapshot(env);
    const result = simpanKanal({
      month: "2023-11",
      channel: "ppid",
      rows: [["22"]],
      version: viewOf(view, "ppid").version,
    });
    expect(result).toMatchObject({ ok: false, reason: "busy" });
    // Buat Laporan holds the same lock, for longer than any save: the message names both.
    expect(result.ok ? "" : result.message).toMatch(/disimpan.*laporan.*dibuat/);
    expect(snapshot(env)).toEqual(before);
  });

  it("saves under the document lock and releases it", () => {
    const { env, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const view = muatBulan("2023-11");
    simpanKanal({ month: "2023-11", channel: "ppid", rows: [["22"]], version: viewOf(view, "ppid").version });
    expect(env.LockService.document.acquisitions).toBe(1);
    expect(env.LockService.document.held).toBe(false);
  });

  it("records an unknown user when Apps Script hides the email", () => {
    const { env, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    env.Session.userEmail = "";
    const view = muatBulan("2023-11");
    simpanKanal({ month: "2023-11", channel: "ppid", rows: [["22"]], version: viewOf(view, "ppid").version });
    expect(cellsOf(env, LOG_TAB)[1]?.[1]).toBe("(tidak diketahui)");
  });

  it("grows a full tab before writing past its last row", () => {
    const { env, muatBulan, simpanKanal } = setUp();
    const ppid = env.spreadsheet.sheet("PPID");
    if (!ppid) throw new Error("no PPID");
    ppid.load([
      ["Bulan", "Permohonan"],
      ...Array.from({ length: 999 }, (_, i) => [`19${10 + Math.floor(i / 12)}-01`, i]),
    ]);
    ppid.maxRows = 1000;
    const view = muatBulan("2023-12");
    const result = simpanKanal({
      month: "2023-12",
      channel: "ppid",
      rows: [["5"]],
      version: viewOf(view, "ppid").version,
    });
    expect(result.ok).toBe(true);
    expect(ppid.maxRows).toBeGreaterThan(1000);
    expect(ppid.cell(1001, 1)).toBe("2023-12");
    expect(ppid.cell(1001, 2)).toBe(5);
  });

  it("uses a bounded number of service calls, the same with ten times more rows", () => {
    const run = (extraYears: number) => {
      const { env, muatBulan, simpanKanal } = load((date) => sampleSheets(date, extraYears));
      const view = muatBulan("2023-11");
      const loadCalls = env.calls.summary();
      env.calls.reset();
      const saved = simpanKanal({
        month: "2023-11",
        channel: "webinar",
        rows: [
          ["6/11/2023", "Satu", ""],
          ["7/11/2023", "Dua", ""],
        ],
        version: viewOf(view, "webinar").version,
      });
      expect(saved.ok).toBe(true);
      return {
        loadCalls,
        saveCalls: env.calls.summary(),
        rows: env.spreadsheet.sheet("Webinar")?.lastRow() ?? 0,
      };
    };
    const small = run(0);
    const big = run(9);
    expect(big.rows).toBeGreaterThan(small.rows * 9);
    expect(big.loadCalls).toEqual(small.loadCalls);
    expect(big.saveCalls).toEqual(small.saveCalls);
    // One spreadsheets.get (values, types, merges) to load, and one to read before saving.
    expect(small.loadCalls["Sheets.Spreadsheets.get"]).toBe(1);
    expect(small.loadCalls["Sheets.Spreadsheets.Values.batchGet"]).toBeUndefined();
    expect(small.saveCalls["Sheets.Spreadsheets.Values.batchGet"]).toBeUndefined();
    // Fewer items than November had: rows removed as rows in one batch, the sheet IDs from the read.
    const sheetsCalls = Object.entries(small.saveCalls).filter(([k]) => k.startsWith("Sheets."));
    expect(sheetsCalls.reduce((n, [, c]) => n + c, 0)).toBe(2);
    const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
    expect(total(small.loadCalls)).toBeLessThanOrEqual(5);
    expect(total(small.saveCalls)).toBeLessThanOrEqual(15);
  });

  it("returns plain JSON, as google.script.run requires", () => {
    const { bundle, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const view = muatBulan("2023-11");
    const saved = simpanKanal({
      month: "2023-11",
      channel: "ppid",
      rows: [["22"]],
      version: viewOf(view, "ppid").version,
    });
    const JSONInScript = bundle.evaluate<JSON>("JSON");
    for (const value of [view, saved])
      expect(JSONInScript.parse(JSONInScript.stringify(value))).toStrictEqual(value);
  });

  it("refuses a request that is not a SaveRequest, in Indonesian", () => {
    const { simpanKanal } = load((date) => sampleSheets(date));
    // Refused at the door (src/rpc/args.ts), before the workbook is read.
    expect(() => simpanKanal({ month: "2023-11", channel: "tidakAda", rows: [], version: "" })).toThrow(
      /^Permintaan ke server tidak sah \(simpanKanal\): "channel" harus salah satu dari .*, bukan teks "tidakAda"\./,
    );
  });
});

describe("Periksa Data after a save", () => {
  it("reads what the sidebar saved, dates included", () => {
    const { env, bundle, muatBulan, simpanKanal } = load((date) => sampleSheets(date));
    const view = muatBulan("2023-11");
    simpanKanal({
      month: "2023-11",
      channel: "webinar",
      rows: [["6/11/2023", "Satu", ""]],
      version: viewOf(view, "webinar").version,
    });
    env.ui.answerPrompts({ text: "2023-11" });
    bundle.call("periksaData");
    const message = env.ui.alerts.at(-1)?.message ?? "";
    expect(message).toContain("Webinar: Lengkap (1)");
    expect(message).not.toMatch(/Kesalahan: Tab "Webinar"/);
  });
});

// The registry's headers are what Siapkan Workbook writes: a check that the test data agrees.
it("test data: PPID and Webinar headers are the registry's", () => {
  expect(headersOf(channel("ppid"))).toEqual(["Bulan", "Permohonan"]);
  expect(headersOf(channel("webinar"))).toEqual(["Bulan", "Tanggal", "Judul", "Jumlah"]);
});
