/**
 * The built dist/Code.js, loaded as Apps Script loads it: one script in a V8 context whose
 * only globals are the fake services. Expected figures come from the November 2023 reference.
 */

import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../examples/sample-workbook";
import { buildPage, PAGES } from "../scripts/build-pages";
import { SETTINGS_HEADERS, SETTINGS_TAB } from "../src/core/workbook/settings";
import { createFakeEnv, type FakeEnv } from "./fakes/env";
import { registrySheets, type SheetRowSpec } from "./fakes/registry-sheets";
import { ensureBundle, type LoadedBundle, loadBundle, topLevelFunctions } from "./fakes/runtime";
import ref from "./fixtures/2023-11-figures.json";

/** The menu as the product brief names it: label -> the function Apps Script calls. */
const MENU = [
  ["Isi Data Bulanan", "bukaSidebar"],
  ["Siapkan Workbook", "siapkanWorkbook"],
  ["Pilih Template…", "pilihTemplate"],
  ["Pilih Folder…", "pilihFolder"],
  ["Periksa Data", "periksaData"],
  ["Buat Laporan", "buatLaporan"],
  ["Atur Pengingat", "aturPengingat"],
  ["Bantuan", "tampilkanBantuan"],
];

/** A stand-in for the built dialog page, as HtmlService would serve the project's Dialog file. */
const DIALOG_HTML = "<!doctype html><title>Buat Laporan</title><p>dialog</p>";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

interface Loaded {
  env: FakeEnv;
  bundle: LoadedBundle;
}

/** A fresh env and bundle, then the sheets (built after, so dates are the script realm's Dates). */
function load(
  fill: (date: (iso: string) => Date) => Record<string, unknown[][]> = () => ({}),
  htmlFiles: Record<string, string> = {},
): Loaded {
  const env = createFakeEnv({ htmlFiles });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(fill(date))) env.spreadsheet.addSheet(name, rows);
  env.calls.reset();
  return { env, bundle };
}

const webinars = (date: (iso: string) => Date): SheetRowSpec[] =>
  Array.from({ length: ref.series.webinarFgd.month }, (_, i) => ({
    month: "2023-11",
    // Sheets hands date cells over as Dates, typed text as text: both occur.
    tanggal: i % 2 === 0 ? date(`2023-11-${i + 1}`) : `2023-11-${String(i + 1).padStart(2, "0")}`,
    judul: `Webinar ${i + 1}`,
  }));

const novemberSheets = (date: (iso: string) => Date) =>
  registrySheets(
    {
      ppid: [
        { month: "2023-10", permohonan: ref.series.permohonanPpid.prev },
        // A typed 2023-11 that Sheets turned into a date.
        { month: date("2023-11-01"), permohonan: ref.series.permohonanPpid.month },
      ],
      webinar: webinars(date),
      whatsappBlast: [{ month: "2023-11", jumlah: ref.series.whatsappBlast.month }],
      kunjunganWebsite: [{ month: "2023-10", pengunjung: ref.series.pengunjungWebsite.prev }],
      kepuasan: [{ month: "2023-11", rataRata: 6, jumlahPenilaian: 12 }],
    },
    ["evaluasi"],
  );

describe("dist/Code.js", () => {
  it("runs without Node globals, module loaders or eval", () => {
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|import\.meta|\beval\(/);
    const { env, bundle } = load();
    expect(() => bundle.call("onOpen")).not.toThrow();
    expect(env.ui.menus).toHaveLength(1);
  });

  it("adds the Laporan Layanan menu with its eight items on open", () => {
    const { env, bundle } = load();
    bundle.call("onOpen");
    const menu = env.ui.menu("Laporan Layanan");
    const items = menu?.entries.flatMap((e) => (e === "separator" ? [] : [[e.label, e.functionName]]));
    expect(items).toEqual(MENU);
  });

  it("adds the menu on install too", () => {
    const { env, bundle } = load();
    bundle.call("onInstall", { authMode: "FULL" });
    expect(env.ui.menu("Laporan Layanan")).toBeDefined();
  });

  it("declares every function a menu item, the sidebar or the dialog names, at the top level", () => {
    const declared = topLevelFunctions(createFakeEnv(), source);
    // What the pages call over google.script.run, read from their source: call<T>("name", ...)
    // (callServer<T>, and roundTrip<T> in the send step, take the name first too).
    const pageCalls = [
      "../src/sidebar/server.ts",
      "../src/dialog/main.ts",
      "../src/picker/server.ts",
      "../src/dialog/send/step.ts",
    ].flatMap((file) => [
      ...readFileSync(new URL(file, import.meta.url), "utf8").matchAll(
        /\b(?:call|callServer|roundTrip)<[^>]+>\("(\w+)"/g,
      ),
    ]);
    const called = pageCalls.map((m) => m[1] ?? "");
    expect(called).toEqual(
      expect.arrayContaining([
        "muatBulan",
        "simpanKanal",
        "bukaDialogLaporan",
        "periksaLaporan",
        "buatLaporanBulan",
        "infoPemilih",
        "simpanPilihan",
        "siapkanKirim",
        "kirimLaporan",
      ]),
    );
    for (const name of [...MENU.map(([, fn]) => fn), "onOpen", "onInstall", "ringkasanBulan_", ...called]) {
      expect(declared).toContain(name);
    }
    const { env, bundle } = load();
    bundle.call("onOpen");
    for (const entry of env.ui.menu("Laporan Layanan")?.entries ?? []) {
      if (entry !== "separator") expect(typeof bundle.context[entry.functionName]).toBe("function");
    }
  });
});

describe("the HTML pages", () => {
  it("are opened by the names of the files scripts/build-pages.ts writes, as clasp pushes them", async () => {
    // clasp pushes dist/<Name>.html as the project file <Name>: serve exactly those.
    const htmlFiles: Record<string, string> = {};
    for (const page of PAGES) {
      if (!existsSync(page.outFile)) await buildPage(page);
      htmlFiles[basename(page.outFile, ".html")] = readFileSync(page.outFile, "utf8");
    }
    const { env, bundle } = load(() => ({}), htmlFiles);
    bundle.call("bukaSidebar");
    bundle.call("buatLaporan");
    const served = [...env.ui.sidebars, ...env.ui.dialogs.map((d) => d.html)].map((h) => h.getContent());
    expect(served).toEqual([htmlFiles.Sidebar, htmlFiles.Dialog]);
    expect(served.map((html) => /<title>([^<]*)<\/title>/.exec(html ?? "")?.[1])).toEqual([
      "Isi Data Bulanan",
      "Buat Laporan",
    ]);
  });
});

describe("ringkasanBulan_", () => {
  it("reports each channel's status and figure for the month", () => {
    const { bundle } = load(novemberSheets);
    const summary = bundle.call("ringkasanBulan_", "2023-11") as {
      monthLabel: string;
      channels: { key: string; status: string; figure?: number; figureText?: string }[];
      findings: { tab?: string; severity: string }[];
    };
    const byKey = Object.fromEntries(summary.channels.map((c) => [c.key, c]));
    expect(summary.monthLabel).toBe("November 2023");
    expect(byKey.ppid).toMatchObject({ status: "lengkap", figure: 21, figureText: "21" });
    expect(byKey.webinar).toMatchObject({ status: "lengkap", figure: 10 });
    expect(byKey.whatsappBlast).toMatchObject({ status: "lengkap", figure: 3 });
    expect(byKey.kunjunganWebsite?.status).toBe("kosong");
    expect(byKey.kepuasan?.status).toBe("ada-kesalahan");
    expect(byKey.evaluasi?.status).toBe("ada-kesalahan");
    expect(summary.findings.some((f) => f.tab === "Kepuasan" && f.severity === "error")).toBe(true);
  });

  it("gives the seed's November figures for the sample workbook", () => {
    const { bundle } = load(() =>
      Object.fromEntries(Object.values(sampleWorkbook()).map((tab) => [tab.name, [tab.header, ...tab.rows]])),
    );
    const summary = bundle.call("ringkasanBulan_", "2023-11") as {
      channels: { key: string; status: string; figure?: number }[];
    };
    const figures = Object.fromEntries(summary.channels.map((c) => [c.key, c.figure]));
    const tiles = ref.summaryTiles;
    expect(figures).toMatchObject({
      publikasiWebsite: tiles.publikasiWebsite,
      mediaSosial: tiles.publikasiMediaSosialRataRata,
      whatsappBlast: tiles.whatsappBlast,
      ppid: tiles.layananPpid,
      tiketKonsultasi: tiles.tiketKonsultasi,
      videoConference: tiles.videoConference,
      tatapMuka: tiles.konsultasiTatapMuka,
      webinar: tiles.webinarFgd,
      chatbot: ref.otherServices.chatbot,
      emailLaporan: ref.otherServices.emailLaporan,
    });
    expect(summary.channels.filter((c) => c.status === "ada-kesalahan")).toEqual([]);
  });

  it("returns plain JSON, as google.script.run requires", () => {
    const { bundle } = load(novemberSheets);
    const summary = bundle.call("ringkasanBulan_", "2023-11");
    const JSONInScript = bundle.evaluate<JSON>("JSON");
    expect(JSONInScript.parse(JSONInScript.stringify(summary))).toStrictEqual(summary);
  });

  it("reads the workbook with a fixed number of calls, however many rows it has", () => {
    const small = load(novemberSheets);
    small.bundle.call("ringkasanBulan_", "2023-11");
    const big = load((date) => {
      const sheets = novemberSheets(date);
      const past = Array.from({ length: 300 }, (_, i) => [`20${10 + Math.floor(i / 12)}-01`, i]);
      return { ...sheets, PPID: [...(sheets.PPID ?? []), ...past], Catatan: [["bebas"]] };
    });
    big.bundle.call("ringkasanBulan_", "2023-11");
    for (const { env } of [small, big]) {
      // One get of every tab; Evaluasi is missing, so the titles are fetched and the tabs read again.
      expect(env.calls.count("Sheets", "Spreadsheets.get")).toBe(3);
      expect(env.calls.count("Sheets", "Spreadsheets.Values.batchGet")).toBe(0);
      expect(env.calls.count("SpreadsheetApp", "Range.getValues")).toBe(0);
      expect(env.calls.count("SpreadsheetApp", "Sheet.getRange")).toBe(0);
    }
    expect(big.env.calls.summary()).toEqual(small.env.calls.summary());
  });

  it("rejects a month that is not YYYY-MM with an Indonesian message", () => {
    const { bundle } = load(novemberSheets);
    expect(() => bundle.call("ringkasanBulan_", "2023-13")).toThrow(/bulan harus 01 sampai 12/);
  });
});

describe("menu items", () => {
  it("Periksa Data asks for the month and shows statuses and findings", () => {
    const { env, bundle } = load(novemberSheets);
    env.ui.answerPrompts({ text: "2023-11" });
    bundle.call("periksaData");
    expect(env.ui.prompts).toHaveLength(1);
    const alert = env.ui.alerts.at(-1);
    expect(alert?.title).toBe("Periksa Data");
    expect(alert?.message).toContain("PPID: Lengkap (21)");
    expect(alert?.message).toContain("Kunjungan Website: Kosong");
    expect(alert?.message).toMatch(/Kesalahan: Tab "Kepuasan", baris 2/);
  });

  it("Periksa Data also runs the consistency checks and lists the tabs without data", () => {
    // The sample workbook with the seed's own slip: 29 face-to-face visits stated against 30 listed.
    const sheets = () =>
      Object.fromEntries(
        Object.values(sampleWorkbook()).map((tab) => {
          if (tab.name !== "Tatap Muka") return [tab.name, [tab.header, ...tab.rows]];
          const total = tab.header.map((h) => (h === "Bulan" ? "2023-11" : h === "Jumlah" ? 29 : ""));
          return [tab.name, [tab.header, ...tab.rows, total]];
        }),
      );
    const { env, bundle } = load(sheets);
    env.ui.answerPrompts({ text: "2023-11" }, { text: "2023-10" });
    bundle.call("periksaData");
    const november = env.ui.alerts.at(-1)?.message ?? "";
    expect(november).toMatch(/Kesalahan: Tab "Tatap Muka".*29.*30/);
    expect(november).toMatch(/Peringatan: Tab "Tatap Muka".*melebihi batas 5 tamu/);
    bundle.call("periksaData");
    // October 2023 has no Chatbot rows in the sample (examples/README.md).
    expect(env.ui.alerts.at(-1)?.message).toMatch(/Tab "Chatbot" belum diisi untuk Oktober 2023/);
  });

  it("Periksa Data offers the last completed month in Jakarta when the answer is empty", () => {
    const { env, bundle } = load(novemberSheets);
    env.ui.answerPrompts({ text: "" });
    bundle.call("periksaData");
    const [year, month] = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Jakarta",
      year: "numeric",
      month: "2-digit",
    })
      .format(new Date())
      .split("-")
      .map(Number);
    const last =
      month === 1 ? `${(year ?? 0) - 1}-12` : `${year}-${String((month ?? 1) - 1).padStart(2, "0")}`;
    expect(env.ui.prompts[0]?.message).toContain(`(${last})`);
    expect(env.ui.alerts).toHaveLength(1);
  });

  it("Periksa Data does nothing on cancel and explains a bad month", () => {
    const { env, bundle } = load(novemberSheets);
    env.ui.answerPrompts({ text: "2023-11", button: "CANCEL" }, { text: "November" });
    bundle.call("periksaData");
    expect(env.ui.alerts).toHaveLength(0);
    bundle.call("periksaData");
    expect(env.ui.alerts[0]?.message).toContain("tidak sesuai format TTTT-BB");
    expect(env.calls.count("Sheets")).toBe(0);
  });

  it("Buat Laporan opens the report dialog (dist/Dialog.html), asking nothing first", () => {
    const { env, bundle } = load(novemberSheets, { Dialog: DIALOG_HTML });
    bundle.call("buatLaporan");
    expect(env.ui.dialogs.map((d) => [d.title, d.modal, d.html.getContent()])).toEqual([
      ["Buat Laporan", true, DIALOG_HTML],
    ]);
    // The dialog asks the month and checks the data itself: no prompt, no alert, no read here.
    expect(env.ui.prompts).toEqual([]);
    expect(env.ui.alerts).toEqual([]);
    expect(env.calls.count("Sheets")).toBe(0);
  });

  it("Bantuan opens the staff guide (dist/Bantuan.html) beside the workbook, reading nothing", () => {
    const guide = "<!doctype html><title>Bantuan Laporan Layanan</title><h1>Panduan</h1>";
    const { env, bundle } = load(() => ({}), { Bantuan: guide });
    bundle.call("tampilkanBantuan");
    expect(env.ui.dialogs.map((d) => [d.title, d.modal, d.html.getContent()])).toEqual([
      ["Bantuan Laporan Layanan", false, guide],
    ]);
    expect(env.ui.alerts).toEqual([]);
    expect(env.calls.count("Sheets") + env.calls.count("PropertiesService")).toBe(0);
  });
});

describe("the Pengaturan tab", () => {
  it("is read along with the channel tabs", () => {
    const { env, bundle } = load((date) => ({
      ...novemberSheets(date),
      [SETTINGS_TAB]: [[...SETTINGS_HEADERS], ["Batas Tamu Tatap Muka", "banyak", ""]],
    }));
    const summary = bundle.call("ringkasanBulan_", "2023-11") as { findings: { tab?: string }[] };
    expect(summary.findings.some((f) => f.tab === SETTINGS_TAB)).toBe(true);
    expect(env.calls.count("Sheets", "Spreadsheets.get")).toBeGreaterThanOrEqual(1);
  });
});
