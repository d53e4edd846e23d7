/**
 * The built sidebar page in headless Chromium, its google.script.run stand-in calling the BUILT
 * dist/Code.js (node:vm, Apps Script fakes): what the page shows and what the fake sheet then
 * holds. Expected figures come from the seed report (shared/reference/2023-11-figures.json).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHANNELS } from "../../src/core/workbook/channels";
import { LOG_HEADERS, LOG_TAB } from "../../src/core/workbook/system-tabs";
import type { CellValue } from "../../src/core/workbook/types";
import type { MonthView, SaveRequest } from "../../src/rpc/sidebar";
import { FakeFormula } from "../fakes/sheet";
import { seriousViolations } from "./axe";
import { type GasServer, STAFF, setUpWorkbook } from "./gas-server";
import { createGate, type Gate, openSidebar, sidebarHtml } from "./harness";
import { closeClean, openLoadedSidebar, trimmedText, useBrowser } from "./setup";

/** 5 December 2023 in Jakarta: the last completed month is November 2023. */
const NOW = new Date("2023-12-05T09:00:00+07:00");
const XSS_TITLE = '<img src=x onerror="window.__xss=1">';
const DIALOG_HTML = "<!doctype html><title>Buat Laporan</title><p>dialog</p>";
const OTHER_STAFF = "rekan@kemenkeu.go.id";

/**
 * Figures from the seed report (shared/reference/2023-11-figures.json): PPID 14 in October 2023
 * and 8 in November 2022; webinars 16 and 5; WhatsApp tickets 1.134 and 1.099; etc.
 */
function seed(): Partial<Record<(typeof CHANNELS)[number]["key"], CellValue[][]>> {
  const noZones = Array(10).fill(null) as null[];
  return {
    ppid: [
      ["2022-11", 8],
      ["2023-10", 14],
    ],
    webinar: [
      ["2022-11", null, null, 5],
      ["2023-10", null, null, 16],
    ],
    tiketKonsultasi: [
      ["2022-11", 1099, 71, 98, 48, 6, null, ...noZones, null],
      ["2023-10", 1134, 106, 175, 18, 17, null, ...noZones, null],
    ],
    publikasiWebsite: [["2023-11", "2023-11-06", "Berita", XSS_TITLE, null]],
    topikKonsultasi: [["2023-11", "<b>Teknis</b>", "DBH", "Penyaluran DBH", 10]],
    kepuasan: [["2023-11", 7, 100]],
    // A total without its breakdown: partial.
    emailLaporan: [["2023-11", 100, null, null, null, 409]],
  };
}

const workbook = () => setUpWorkbook(seed(), { htmlFiles: { Dialog: DIALOG_HTML } });
const saves = (server: GasServer) =>
  server.calls.filter((c) => c.name === "simpanKanal").map((c) => c.args[0] as SaveRequest);
const loads = (server: GasServer) => server.calls.filter((c) => c.name === "muatBulan").length;
/** The Log tab's entries (without the header). */
const logRows = (server: GasServer) => server.cells(LOG_TAB).slice(1);
/** A date as Sheets stores it: days since 30 December 1899. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const text = trimmedText;
/** The whole page as one screen (a tall viewport, so the sticky Save bar sits at the end). */
async function screenshot(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 300, height });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 300, height: 700 });
}
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
/** Waits for the save status beside Simpan to say the form is saved (`Tersimpan 09:31, ...`). */
const savedStatus = (page: Page) =>
  page.waitForFunction(() =>
    /^Tersimpan \d{2}:\d{2}/.test(document.getElementById("save-status")?.textContent ?? ""),
  );

describe("sidebar page (dist/Sidebar.html) against dist/Code.js", () => {
  const browser = useBrowser(sidebarHtml);

  async function open(server: GasServer, gate?: Gate): Promise<Page> {
    return openLoadedSidebar(browser(), server, { now: NOW, ...(gate ? { gate } : {}) });
  }

  async function pick(page: Page, key: string): Promise<void> {
    await page.click(`#kanal-${key}`);
    await page.locator("#form-view").waitFor();
  }

  it("loads the last completed month with one call and lists every channel with its status", async () => {
    const server = await workbook();
    const page = await open(server);
    expect(await page.inputValue("#bulan")).toBe("2023-11");
    expect(server.calls).toEqual([{ name: "muatBulan", args: ["2023-11"] }]);
    expect(await text(page, "#list-title")).toContain("November 2023");
    const served = server.call<MonthView>("muatBulan", "2023-11");
    for (const channel of served.channels) {
      expect(await text(page, `#kanal-${channel.key} .name`)).toBe(channel.tab);
      expect(await text(page, `#kanal-${channel.key} .pill`)).toBe(channel.statusLabel);
    }
    expect(await text(page, "#kanal-ppid .pill")).toBe("Kosong");
    expect(await text(page, "#kanal-publikasiWebsite .pill")).toBe("Lengkap");
    expect(await text(page, "#kanal-emailLaporan .pill")).toBe("Sebagian");
    expect(await text(page, "#kanal-kepuasan .pill")).toBe("Ada kesalahan");
    expect(await seriousViolations(page)).toEqual([]);
    await page.click("#findings summary");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "/tmp/sidebar-list.png");

    // Another month: one more call, for that month.
    const before = server.calls.length;
    await page.fill("#bulan", "2023-10");
    await page.waitForFunction(() =>
      document.getElementById("list-title")?.textContent?.includes("Oktober 2023"),
    );
    expect(server.calls.slice(before)).toEqual([{ name: "muatBulan", args: ["2023-10"] }]);
    expect(await text(page, "#kanal-ppid .pill")).toBe("Lengkap");
    await closeClean(page);
  });

  it("Buat Laporan, reached with the keyboard, opens the report dialog over the sheet", async () => {
    const server = await workbook();
    const page = await open(server);
    const button = page.getByRole("button", { name: "Buat Laporan" });
    expect(await button.getAttribute("aria-describedby")).toBe("report-hint");
    expect(await text(page, "#report-hint")).toContain("Buat Laporan");
    // Tab from the last channel reaches it (the findings' summary may stand between).
    await page.focus(`#kanal-${CHANNELS.at(-1)?.key}`);
    for (let i = 0; i < 3 && (await focusedId(page)) !== "buat-laporan"; i++)
      await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("buat-laporan");
    expect(server.env.ui.dialogs).toEqual([]);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => !(document.getElementById("buat-laporan") as HTMLButtonElement).disabled,
    );
    expect(server.calls.filter((c) => c.name === "bukaDialogLaporan")).toEqual([
      { name: "bukaDialogLaporan", args: [] },
    ]);
    expect(server.env.ui.dialogs.map((d) => [d.title, d.modal, d.html.getContent()])).toEqual([
      ["Buat Laporan", true, DIALOG_HTML],
    ]);
    expect(await page.locator("#report-notice.error").count()).toBe(0);
    await closeClean(page);
  });

  it("Buat Laporan: a dialog that cannot open says so in Indonesian; unsaved changes are named", async () => {
    const server = await setUpWorkbook(seed());
    const page = await open(server);
    await pick(page, "ppid");
    await page.fill("#f-1-permohonan", "21");
    await page.click("#back");
    // Without the Dialog file HtmlService fails in English.
    await page.getByRole("button", { name: "Buat Laporan" }).click();
    await page.getByRole("button", { name: "Buka tanpa perubahan itu" }).click();
    await page.locator("#report-notice.error").waitFor();
    const shown = await text(page, "#report-notice");
    expect(shown).toMatch(/^Gagal membuka dialog Buat Laporan/);
    expect(shown).not.toMatch(/Exception|HTML file|Dialog was/);
    expect(server.env.ui.dialogs).toEqual([]);

    const withDialog = await workbook();
    const second = await open(withDialog);
    await pick(second, "ppid");
    await second.fill("#f-1-permohonan", "21");
    await second.click("#back");
    await second.getByRole("button", { name: "Buat Laporan" }).click();
    // Asked in the sidebar first: the dialog is not open yet.
    await second.waitForFunction(() => document.getElementById("report-notice")?.hidden === false);
    expect(await text(second, "#report-notice")).toContain("Perubahan di PPID belum disimpan.");
    expect(withDialog.env.ui.dialogs).toHaveLength(0);
    await second.getByRole("button", { name: "Buka tanpa perubahan itu" }).click();
    await second.waitForFunction(
      () => !(document.getElementById("buat-laporan") as HTMLButtonElement).disabled,
    );
    await second.waitForFunction(() => document.getElementById("report-notice")?.hidden === true);
    expect(withDialog.env.ui.dialogs).toHaveLength(1);
    await closeClean(page);
    await closeClean(second);
  });

  it("a long text is a textarea: Enter starts a new line, Ctrl+Enter saves", async () => {
    const server = await workbook();
    const page = await open(server);
    await pick(page, "evaluasi");
    await page.getByRole("button", { name: "+ Tambah baris" }).click();
    await page.fill("#f-1-judul", "Saran");
    expect(await page.locator("#f-1-uraian").evaluate((e) => e.tagName)).toBe("TEXTAREA");
    await page.click("#f-1-uraian");
    await page.keyboard.type("- Satu");
    await page.keyboard.press("Enter");
    await page.keyboard.type("- Dua");
    expect(saves(server)).toEqual([]);
    await page.keyboard.press("Control+Enter");
    await savedStatus(page);
    expect(server.stored("evaluasi", "2023-11")).toEqual([["Saran", "- Satu\n- Dua"]]);
    await closeClean(page);
  });

  it("PPID: a typo is caught while typing, Save waits for the fix; the sheet and the Log then hold it", async () => {
    const server = await workbook();
    const page = await open(server);
    await pick(page, "ppid");
    expect(await focusedId(page)).toBe("form-title");
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("f-1-permohonan");
    // A real <label for>: the field is found by its label.
    const field = page.getByLabel("Permohonan");
    expect(await field.getAttribute("id")).toBe("f-1-permohonan");

    await page.keyboard.type("2l");
    const message = page.locator("#m-1-permohonan");
    await message.waitFor();
    expect(await message.textContent()).toContain("bukan angka");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect((await field.getAttribute("aria-describedby"))?.split(" ")).toContain("m-1-permohonan");
    // Simpan is not silently disabled: the reason is beside it, and links to the field.
    expect(await page.isDisabled("#save")).toBe(false);
    expect(await text(page, "#save-hint")).toBe("1 isian salah; belum bisa disimpan. ke isian berikutnya");
    await page.keyboard.press("Enter");
    expect(saves(server)).toEqual([]);
    await page.click("#save-hint a");
    expect(await focusedId(page)).toBe("f-1-permohonan");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "/tmp/sidebar-error.png");

    await field.fill("21");
    expect(await field.getAttribute("aria-invalid")).toBeNull();
    expect(await message.isHidden()).toBe(true);
    expect(await text(page, "#save-hint")).toBe("");
    // Beside the figure: October 2023 (14) and November 2022 (8), and the change from each.
    const refs = await text(page, "#r-1-permohonan");
    expect(refs).toContain("Okt 2023 14 +50,0%");
    expect(refs).toContain("Nov 2022 8 +162,5%");
    expect(await page.locator("#r-1-permohonan .chg.large").count()).toBe(1);

    await field.press("Enter");
    await savedStatus(page);
    expect(await text(page, "#save-status")).toMatch(/^Tersimpan \d{2}:\d{2}, 1 isian berubah\.$/);
    expect(await text(page, "#form-status .pill")).toBe("Lengkap");
    expect(saves(server)).toHaveLength(1);
    // The fake sheet: November's row after the seeded months, the figure a number.
    expect(server.cells("PPID")).toEqual([
      ["Bulan", "Permohonan"],
      ["2022-11", 8],
      ["2023-10", 14],
      ["2023-11", 21],
    ]);
    expect(logRows(server)).toEqual([
      [expect.stringMatching(TIMESTAMP), STAFF, "PPID", "2023-11", "Permohonan", "", "21"],
    ]);
    expect(server.cells(LOG_TAB)[0]).toEqual([...LOG_HEADERS]);
    await page.click("#back");
    expect(await text(page, "#kanal-ppid .pill")).toBe("Lengkap");
    expect(await focusedId(page)).toBe("kanal-ppid");
    await closeClean(page);
  });

  it("highlights a figure far from last month's as a likely typing slip", async () => {
    const page = await open(await workbook());
    await pick(page, "tiketKonsultasi");
    const whatsapp = page.locator("#f-1-whatsapp");
    await whatsapp.fill("9880");
    expect(await page.locator("#r-1-whatsapp .chg.large").count()).toBe(2);
    expect(
      await page
        .locator("#f-1-whatsapp")
        .evaluate((e) => e.closest(".field")?.classList.contains("large-change")),
    ).toBe(true);
    await screenshot(page, "/tmp/sidebar.png");
    await whatsapp.fill("988");
    // The seed report: 988 is "turun 12,9%" from 1.134 and "turun 10,1%" from 1.099.
    const refs = await text(page, "#r-1-whatsapp");
    expect(refs).toContain("1.134 \u221212,9%");
    expect(refs).toContain("1.099 \u221210,1%");
    expect(await page.locator("#r-1-whatsapp .chg.large").count()).toBe(0);
    await closeClean(page);
  });

  it("Webinar: rows are added, moved and removed; dates in three spellings; =1+1 stays text", async () => {
    const server = await workbook();
    const page = await open(server);
    await pick(page, "webinar");
    expect(await text(page, "#fields .empty")).toContain("Belum ada baris");
    const add = page.getByRole("button", { name: "+ Tambah baris" });

    await add.click();
    expect(await focusedId(page)).toBe("f-1-tanggal");
    await page.keyboard.type("6/11/2023");
    await page.fill("#f-1-judul", "=1+1");
    await add.click();
    await page.fill("#f-2-tanggal", "7 November 2023");
    await page.fill("#f-2-judul", "Webinar DAU");
    await add.click();
    await page.fill("#f-3-tanggal", "2023-11-08");
    await page.fill("#f-3-judul", "Baris yang dihapus");
    expect(await text(page, "#measure .measure-now")).toBe("Jumlah bulan ini: 3");
    expect(await text(page, "#save-hint")).toBe("");

    await page.getByRole("button", { name: "Pindahkan baris 2 ke atas" }).click();
    expect(
      await page
        .locator("#fields li.item")
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-row"))),
    ).toEqual(["2", "1", "3"]);
    await page.getByRole("button", { name: "Hapus baris 3" }).click();
    expect(await page.locator("#fields li.item").count()).toBe(2);
    const measure = await text(page, "#measure");
    expect(measure).toContain("Jumlah bulan ini: 2");
    expect(measure).toContain("Okt 2023 16");
    expect(measure).toContain("Nov 2022 5");

    await page.click("#save");
    await savedStatus(page);
    // In the sheet, in the page's order: dates as date serials, the title the literal string.
    expect(server.stored("webinar", "2023-11")).toEqual([
      [serial("2023-11-07"), "Webinar DAU", ""],
      [serial("2023-11-06"), "=1+1", ""],
    ]);
    const sheet = server.env.spreadsheet.sheet("Webinar");
    expect(server.stored("webinar", "2023-11")[1]?.[1]).not.toBeInstanceOf(FakeFormula);
    expect(sheet?.formulas().size).toBe(0);
    // Reloaded from the server's answer: the formula-like title comes back literally.
    expect(await page.inputValue("#f-2-judul")).toBe("=1+1");
    expect(await text(page, "#form-status .pill")).toBe("Lengkap");
    // Saved rows fold to one line each; a click opens one.
    expect(await page.locator("#fields .item-body:visible").count()).toBe(0);
    expect(await page.locator("#fields .item-line .item-text").allTextContents()).toEqual([
      "7/11/2023 \u00b7 Webinar DAU",
      "6/11/2023 \u00b7 =1+1",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator("#line-2").click();
    expect(await page.locator("#line-2").getAttribute("aria-expanded")).toBe("true");
    expect(await focusedId(page)).toBe("f-2-tanggal");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "/tmp/sidebar-items.png");
    await closeClean(page);
  });

  it("shows markup in values and messages as text, never as elements", async () => {
    const page = await open(await workbook());
    await page.click("#findings summary");
    expect(await text(page, "#findings")).toContain('"<b>Teknis</b>" bukan pilihan');
    expect(await page.locator("#findings b").count()).toBe(0);
    await pick(page, "publikasiWebsite");
    expect(await page.inputValue("#f-1-judul")).toBe(XSS_TITLE);
    await page.click("#back");
    await pick(page, "topikKonsultasi");
    expect(await page.locator("#f-1-bagian option:checked").textContent()).toBe("<b>Teknis</b>");
    expect(await page.locator("#m-1-bagian").textContent()).toContain("<b>Teknis</b>");
    expect(await page.locator("img, b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await closeClean(page);
  });

  it("places the server's findings of a rejected save at their row and field", async () => {
    const server = await workbook();
    const page = await open(server);
    await pick(page, "webinar");
    const add = page.getByRole("button", { name: "+ Tambah baris" });
    for (const [row, title] of [
      [1, "Sosialisasi DAU"],
      [2, "Sosialisasi DBH"],
    ] as const) {
      await add.click();
      await page.fill(`#f-${row}-tanggal`, `${row + 5}/11/2023`);
      await page.fill(`#f-${row}-judul`, title);
    }
    // The page's own checks are the server's, so a finding only the server makes is answered
    // here in its place.
    server.answerNext("simpanKanal", {
      ok: false,
      reason: "invalid",
      message: "Data belum disimpan: ada 1 isian yang perlu diperbaiki.",
      // The request's second row: the server numbers a save's rows from 1.
      findings: [
        {
          severity: "error",
          code: "bad-value",
          message: 'Tab "Webinar", baris 2, kolom C (Judul): judul sudah dipakai webinar lain.',
          tab: "Webinar",
          row: 2,
          column: "Judul",
        },
      ],
    });
    await page.click("#save");
    await page.locator("#m-2-judul").waitFor();
    // Placed at its field and counted on the bar's one line: no second message box.
    expect(await page.locator("#save-notice").isHidden()).toBe(true);
    expect(await text(page, "#m-2-judul")).toBe("Judul sudah dipakai webinar lain.");
    expect(await page.getAttribute("#f-2-judul", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#f-1-judul", "aria-invalid")).toBeNull();
    expect(await text(page, "#save-hint")).toBe("1 isian salah; belum bisa disimpan. ke isian berikutnya");
    expect(await focusedId(page)).toBe("f-2-judul");
    await page.fill("#f-2-judul", "Sosialisasi DBH 2024");
    expect(await text(page, "#save-hint")).toBe("");
    expect(server.stored("webinar", "2023-11")).toEqual([]);
    await closeClean(page);
  });

  it("a concurrent change is reported with Muat ulang, which reloads the month; the Log names both staff", async () => {
    const server = await workbook();
    const page = await open(server);
    await pick(page, "ppid");
    // A second staff member saves PPID through the bundle after the page loaded it.
    const version =
      server.call<MonthView>("muatBulan", "2023-11").channels.find((c) => c.key === "ppid")?.version ?? "";
    server.env.Session.userEmail = OTHER_STAFF;
    expect(
      server.call<{ ok: boolean }>("simpanKanal", {
        month: "2023-11",
        channel: "ppid",
        rows: [["5"]],
        version,
      }).ok,
    ).toBe(true);
    server.env.Session.userEmail = STAFF;

    await page.fill("#f-1-permohonan", "21");
    await page.press("#f-1-permohonan", "Enter");
    await page.locator("#save-notice.error").waitFor();
    expect(await text(page, "#save-notice")).toContain("diubah orang lain");
    expect(server.stored("ppid", "2023-11")).toEqual([[5]]);
    const before = loads(server);
    // The focus is on "Muat ulang": Enter reloads.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Muat ulang");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => (document.getElementById("f-1-permohonan") as HTMLInputElement | null)?.value === "5",
    );
    expect(loads(server)).toBe(before + 1);
    expect(await text(page, "#form-status .pill")).toBe("Lengkap");

    // Now the page's save goes through, over the other staff member's figure.
    await page.fill("#f-1-permohonan", "21");
    await page.press("#f-1-permohonan", "Enter");
    await savedStatus(page);
    expect(server.stored("ppid", "2023-11")).toEqual([[21]]);
    expect(logRows(server).map((r) => r.slice(1))).toEqual([
      [OTHER_STAFF, "PPID", "2023-11", "Permohonan", "", "5"],
      [STAFF, "PPID", "2023-11", "Permohonan", "5", "21"],
    ]);
    await closeClean(page);
  });

  it("shows progress while saving, the server's wait hint when busy, and readable failures", async () => {
    const server = await workbook();
    const gate = createGate();
    const page = await open(server, gate);
    await pick(page, "ppid");
    await page.fill("#f-1-permohonan", "21");

    // Another process holds the document lock.
    server.env.LockService.document.heldElsewhere = true;
    gate.hold();
    await page.click("#save");
    await page.locator("#progress.active").waitFor();
    expect(await text(page, "#progress")).toBe("Menyimpan...");
    expect(await text(page, "#save-status")).toBe("Menyimpan...");
    expect(await page.isDisabled("#save")).toBe(true);
    gate.release();
    await page.locator("#save-notice.error").waitFor();
    const busy = await text(page, "#save-notice");
    expect(busy).toMatch(/sedang dipakai/);
    // Said once: the page adds nothing to the server's own "save again".
    expect(busy.match(/simpan lagi/gi)).toHaveLength(1);
    expect(await page.locator("#progress").isHidden()).toBe(true);
    expect(server.stored("ppid", "2023-11")).toEqual([]);
    server.env.LockService.document.heldElsewhere = false;

    // The Sheets service times out while the bundle reads the tab.
    const spreadsheets = server.env.Sheets.Spreadsheets;
    const get = spreadsheets.get.bind(spreadsheets);
    spreadsheets.get = () => {
      spreadsheets.get = get;
      throw new Error("Service Spreadsheets timed out while accessing document with id abc.");
    };
    await page.click("#save");
    await page.waitForFunction(() =>
      document.getElementById("save-notice")?.textContent?.includes("terlalu lama"),
    );
    const failure = await text(page, "#save-notice");
    expect(failure).not.toMatch(/Error|Exception|Spreadsheets/);
    expect(server.stored("ppid", "2023-11")).toEqual([]);
    expect(logRows(server)).toEqual([]);

    // "Coba lagi" beside the failure, with the focus on it, saves again.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Coba lagi");
    await page.keyboard.press("Enter");
    await savedStatus(page);
    expect(server.stored("ppid", "2023-11")).toEqual([[21]]);
    await closeClean(page);
  });

  it("a failed month load says so in Indonesian, without the runtime's dump, and offers Coba lagi", async () => {
    const server = await workbook();
    const spreadsheets = server.env.Sheets.Spreadsheets;
    const get = spreadsheets.get.bind(spreadsheets);
    server.env.Sheets.Spreadsheets.get = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'getRange')");
    };
    const page = await openSidebar(browser(), server.functions, { now: NOW });
    await page.locator("#notice.error").waitFor();
    const shown = await text(page, "#notice");
    expect(shown).toMatch(/^Gagal memuat data/);
    expect(shown).not.toMatch(/TypeError|Exception|undefined|getRange/);
    expect(server.calls.map((c) => c.name)).toEqual(["muatBulan"]);
    // "Coba lagi" loads the month again.
    server.env.Sheets.Spreadsheets.get = get;
    await page.getByRole("button", { name: "Coba lagi" }).click();
    await page
      .locator("#channel-list li")
      .nth(CHANNELS.length - 1)
      .waitFor();
    expect(await page.locator("#notice").isHidden()).toBe(true);
    await closeClean(page);
  });
});
