/**
 * The Pilih Template… / Pilih Folder… dialog (dist/Picker.html, as the BUILT dist/Code.js serves
 * it) in headless Chromium, its google.script.run wired to the bundle over the fakes, and Google's
 * api.js replaced by a fake google.picker (no network): the picker is built with the key, project
 * number and token; a choice lands in Pengaturan; cancel, load failure, a busy workbook and a
 * missing key each say what happened; names are shown as text; axe finds nothing serious.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, type PageSpec, PICKER } from "../../scripts/build-pages";
import {
  PICKER_KEY_PROPERTY,
  PICKER_PROJECT_PROPERTY,
  type PickerKindKey,
} from "../../src/core/entry/picker-kinds";
import { PICKER_HEIGHT, PICKER_WIDTH } from "../../src/gas/picker";
import { seriousViolations } from "./axe";
import { FAKE_API_JS, type PickerLog } from "./fake-google-picker";
import { bundleSource, type GasServer, setUpWorkbook } from "./gas-server";
import { createGate, errorsOf, launch, openPage } from "./harness";

const API_JS = "https://apis.google.com/js/api.js";
const ORIGIN = "https://docs.google.com";
const TEMPLATE_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
const CONFIGURED = { [PICKER_KEY_PROPERTY]: "AIza-kunci-uji", [PICKER_PROJECT_PROPERTY]: "123456789012" };

let browser: Browser;
let pickerHtml = "";
const dir = mkdtempSync(join(tmpdir(), "picker-page-"));

beforeAll(async () => {
  await Promise.all([buildPage(PICKER), bundleSource()]);
  pickerHtml = readFileSync(PICKER.outFile, "utf8");
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  server: GasServer;
  /** Requests for Google's api.js. */
  apiLoads: () => number;
  pickerState: () => Promise<PickerLog>;
  answer: (response: Record<string, unknown>) => Promise<void>;
  closes: () => Promise<number>;
  /** From now on api.js loads (after a "fail" start). */
  heal: () => void;
}

/**
 * The dialog as the menu item opens it: the bundle evaluates the Picker template for the kind;
 * the page is served that HTML, with a google.script.host stand-in, and api.js answered by
 * `api` (the fake picker unless told to fail).
 */
async function open(
  kind: PickerKindKey,
  properties: Record<string, string>,
  api: "fake" | "fail" = "fake",
): Promise<Opened> {
  const server = await setUpWorkbook({}, { htmlFiles: { Picker: pickerHtml } });
  for (const [key, value] of Object.entries(properties))
    server.env.PropertiesService.script.setProperty(key, value);
  server.call(kind === "template" ? "pilihTemplate" : "pilihFolder");
  const served = server.env.ui.dialogs.at(-1)?.html.getContent() ?? "";
  const spec: PageSpec = {
    entryDir: PICKER.entryDir,
    outFile: join(dir, `Picker-${kind}-${Date.now()}.html`),
  };
  writeFileSync(spec.outFile, served);
  const gate = createGate();
  gate.hold();
  const page = await openPage(browser, spec, server.functions, {
    width: PICKER_WIDTH,
    height: PICKER_HEIGHT,
    gate,
  });
  let loads = 0;
  let mode = api;
  await page.route(API_JS, (route) => {
    loads++;
    if (mode === "fail") return route.abort();
    return route.fulfill({ contentType: "text/javascript", body: FAKE_API_JS });
  });
  await page.evaluate((origin) => {
    const w = window as unknown as { google: { script: { host?: object } }; closeCalls: number };
    w.closeCalls = 0;
    w.google.script.host = { origin, close: () => w.closeCalls++ };
  }, ORIGIN);
  gate.release();
  return {
    page,
    server,
    apiLoads: () => loads,
    pickerState: () => page.evaluate(() => (window as unknown as { __picker: PickerLog }).__picker),
    answer: (response) =>
      page.evaluate((r) => (window as unknown as { __picker: PickerLog }).__picker.callback?.(r), response),
    closes: () => page.evaluate(() => (window as unknown as { closeCalls: number }).closeCalls),
    heal: () => {
      mode = "fake";
    },
  };
}

const statusText = async (page: Page) => ((await page.locator("#status").textContent()) ?? "").trim();
const setting = (server: GasServer, label: string) =>
  server.cells("Pengaturan").find((row) => row[0] === label)?.[1];

async function waitForPicker(opened: Opened): Promise<void> {
  await opened.page.waitForFunction(() =>
    (window as unknown as { __picker?: PickerLog }).__picker?.log.some(([name]) => name === "setVisible"),
  );
}

describe("Picker dialog (dist/Picker.html) against dist/Code.js", () => {
  it("builds the template picker with the key, project number, token and origin, then saves the choice", async () => {
    const opened = await open("template", CONFIGURED);
    const { page, server } = opened;
    await waitForPicker(opened);
    const { log } = await opened.pickerState();
    expect(log).toEqual(
      expect.arrayContaining([
        ["gapi.load", "picker"],
        ["DocsView", "presentations"],
        ["setOAuthToken", server.env.ScriptApp.oauthToken],
        ["setDeveloperKey", "AIza-kunci-uji"],
        ["setAppId", "123456789012"],
        ["setOrigin", ORIGIN],
        ["setLocale", "id"],
        ["setVisible", true],
      ]),
    );
    expect(await page.title()).toBe("Pilih Presentasi Template");
    expect(await statusText(page)).toBe("Pilih presentasi template di jendela Google Drive.");
    // A name that is markup must be shown as text.
    const name = '<img src=x onerror="window.__xss=1">Tema DJPK';
    await opened.answer({ action: "picked", docs: [{ id: TEMPLATE_ID, name }] });
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("diisi"));
    expect(await statusText(page)).toBe(
      `ID Presentasi Template diisi: "${name}". Laporan berikutnya memakai presentasi template ini.`,
    );
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(setting(server, "ID Presentasi Template")).toBe(TEMPLATE_ID);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tutup");
    expect(await seriousViolations(page)).toEqual([]);
    await page.click("#tutup");
    expect(await opened.closes()).toBe(1);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("offers folders only for Pilih Folder…, and a cancel changes nothing", async () => {
    const opened = await open("folder", CONFIGURED);
    const { page, server } = opened;
    await waitForPicker(opened);
    const { log } = await opened.pickerState();
    expect(log).toEqual(
      expect.arrayContaining([
        ["DocsView", "folders"],
        ["setSelectFolderEnabled", true],
        ["setMimeTypes", "application/vnd.google-apps.folder"],
      ]),
    );
    await opened.answer({ action: "cancel" });
    expect(await statusText(page)).toBe("Tidak ada folder yang dipilih.");
    expect(setting(server, "ID Folder Drive")).toBe("");
    expect(server.calls.map((c) => c.name)).toEqual(["infoPemilih"]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("without a key says to paste the ID into Pengaturan and loads nothing from Google", async () => {
    const opened = await open("template", {});
    const { page, server } = opened;
    await page.waitForFunction(() =>
      document.getElementById("status")?.textContent?.includes("belum diaktifkan"),
    );
    expect(await statusText(page)).toContain(
      'Tempelkan ID atau tautan presentasi template di tab "Pengaturan", baris "ID Presentasi Template"',
    );
    expect(opened.apiLoads()).toBe(0);
    expect(await page.locator("script[src]").count()).toBe(0);
    expect(await page.isVisible("#ulang")).toBe(false);
    expect(server.env.calls.count("ScriptApp", "getOAuthToken")).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("when Google's api.js cannot load, says so and Pilih lagi tries again", async () => {
    const opened = await open("folder", CONFIGURED, "fail");
    const { page } = opened;
    await page.waitForSelector("#failure:not([hidden])");
    expect(await page.locator("#failure").textContent()).toBe(
      "Pemilih file Google tidak dapat dimuat. Periksa koneksi internet, lalu klik Pilih lagi.",
    );
    expect(await page.getAttribute("#failure", "role")).toBe("alert");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ulang");
    opened.heal();
    await page.click("#ulang");
    await waitForPicker(opened);
    expect(await page.isHidden("#failure")).toBe(true);
    await page.close();
  });

  it("a busy workbook: the choice is not written and the dialog says why", async () => {
    const opened = await open("template", CONFIGURED);
    const { page, server } = opened;
    await waitForPicker(opened);
    server.env.LockService.document.heldElsewhere = true;
    await opened.answer({ action: "picked", docs: [{ id: TEMPLATE_ID, name: "Tema" }] });
    await page.waitForSelector("#failure:not([hidden])");
    expect(await page.locator("#failure").textContent()).toMatch(
      /^Gagal menyimpan pilihan: Workbook sedang dipakai/,
    );
    expect(setting(server, "ID Presentasi Template")).toBe("");
    expect(await page.isVisible("#ulang")).toBe(true);
    await page.close();
  });
});
