/**
 * Pictures of the pages' main states, for a look before a change lands: the built sidebar (300 px
 * wide, as Sheets shows it), the Buat Laporan dialog (560 x 560) with its Kirim ke pimpinan
 * preview, the Bantuan dialog and the picker dialog at the sizes Apps Script gives them, in
 * headless Chromium against the built dist/Code.js over the sample workbook (the browser tests'
 * harness).
 * Run: npm run screenshots  ->  out/screenshots/*.png
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { PICKER_KEY_PROPERTY, PICKER_PROJECT_PROPERTY } from "../src/core/entry/picker-kinds";
import { HELP_HEIGHT, HELP_WIDTH } from "../src/gas/help";
import { PICKER_HEIGHT, PICKER_WIDTH } from "../src/gas/picker";
import { sampleServer, setSetting, setUpWorkbook } from "../test/browser/gas-server";
import { createGate, launch, openDialog, openPage, openSidebar } from "../test/browser/harness";
import { HELP } from "./build-help";
import { PICKER } from "./build-pages";

const OUT = join(import.meta.dirname, "..", "out", "screenshots");
const NOW = new Date("2023-12-05T09:00:00+07:00");

/** The whole page, or the window as staff see it (`full: false`: the sticky bar at the bottom). */
async function shoot(page: Page, name: string, width: number, height: number, full = true): Promise<void> {
  const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: full ? Math.max(height, scroll) : height });
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await page.setViewportSize({ width, height });
  console.log(`out/screenshots/${name}.png`);
}

/** The Bantuan dialog at the size showHelp gives it: its top, and scrolled to its last section. */
async function shootHelp(browser: Browser): Promise<void> {
  const page = await openPage(browser, HELP, {}, { width: HELP_WIDTH, height: HELP_HEIGHT });
  await shoot(page, "help-1-top", HELP_WIDTH, HELP_HEIGHT, false);
  await page.locator("nav a").last().click();
  await shoot(page, "help-2-last-section", HELP_WIDTH, HELP_HEIGHT, false);
  await page.close();
}

/**
 * The picker dialog as the menu item serves it (the template evaluated by the bundle): without a
 * Picker key, and with one but Google's api.js unreachable (Pilih lagi offered).
 */
async function shootPicker(browser: Browser): Promise<void> {
  const pickerHtml = await readFile(PICKER.outFile, "utf8");
  const cases: [string, Record<string, string>][] = [
    ["picker-1-no-key", {}],
    [
      "picker-2-api-failed",
      { [PICKER_KEY_PROPERTY]: "AIza-kunci", [PICKER_PROJECT_PROPERTY]: "123456789012" },
    ],
  ];
  for (const [name, properties] of cases) {
    const server = await setUpWorkbook({}, { htmlFiles: { Picker: pickerHtml } });
    for (const [key, value] of Object.entries(properties)) {
      server.env.PropertiesService.script.setProperty(key, value);
    }
    server.call("pilihTemplate");
    const outFile = join(tmpdir(), `${name}.html`);
    await writeFile(outFile, server.env.ui.dialogs.at(-1)?.html.getContent() ?? "");
    const gate = createGate();
    gate.hold();
    const page = await openPage(browser, { entryDir: PICKER.entryDir, outFile }, server.functions, {
      width: PICKER_WIDTH,
      height: PICKER_HEIGHT,
      gate,
    });
    await page.route("https://apis.google.com/**", (route) => route.abort());
    await page.evaluate(() => {
      const w = window as unknown as { google: { script: { host?: object } } };
      w.google.script.host = { origin: "https://docs.google.com", close: () => undefined };
    });
    gate.release();
    await page.waitForFunction(() => {
      const status = document.getElementById("status")?.textContent ?? "";
      return status.includes("belum diaktifkan") || !document.getElementById("failure")?.hidden;
    });
    await shoot(page, name, PICKER_WIDTH, PICKER_HEIGHT, false);
    await page.close();
  }
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const browser = await launch();
  try {
    const server = await sampleServer();
    setSetting(server.env, "Penerima Laporan", "kabiro@kemenkeu.go.id\nsesditjen@kemenkeu.go.id");
    const tickets = server.env.spreadsheet.sheet("Tiket Konsultasi");
    const cells = tickets?.snapshot() ?? [];
    tickets?.setCell(
      cells.findIndex((r) => r[0] === "2023-11") + 1,
      (cells[0] ?? []).indexOf("Total Tiket") + 1,
      9999,
    );

    const sidebar = await openSidebar(browser, server.functions, { now: NOW });
    await sidebar.locator("#channel-list li").last().waitFor();
    await shoot(sidebar, "sidebar-1-list", 300, 700);
    await sidebar.click("#findings summary");
    await shoot(sidebar, "sidebar-2-findings", 300, 700);
    await sidebar.click("#kanal-tiketKonsultasi");
    await shoot(sidebar, "sidebar-3-monthly-error", 300, 700, false);
    await sidebar.click("#back");
    await sidebar.click("#kanal-ppid");
    await sidebar.fill("#f-1-permohonan", "2l");
    await sidebar.press("#f-1-permohonan", "Enter");
    await shoot(sidebar, "sidebar-4-cannot-save", 300, 400);
    await sidebar.fill("#f-1-permohonan", "22");
    await sidebar.press("#f-1-permohonan", "Enter");
    await sidebar.waitForFunction(() =>
      document.getElementById("save-status")?.textContent?.startsWith("Tersimpan"),
    );
    await shoot(sidebar, "sidebar-5-saved", 300, 400);
    await sidebar.click("#back");
    await sidebar.click("#kanal-tatapMuka");
    await shoot(sidebar, "sidebar-6-list-compact", 300, 700, false);
    await sidebar.locator("#fields .item-line").nth(1).click();
    await sidebar.locator(".paste summary").click();
    await shoot(sidebar, "sidebar-7-row-open", 300, 700);
    await sidebar.close();

    const gate = createGate();
    const dialog = await openDialog(browser, server.functions, { now: NOW, gate });
    await dialog.locator("#check").waitFor();
    await shoot(dialog, "dialog-1-errors", 560, 560);
    // The total put right: the check has only the guest-limit warning.
    tickets?.setCell(
      cells.findIndex((r) => r[0] === "2023-11") + 1,
      (cells[0] ?? []).indexOf("Total Tiket") + 1,
      1271,
    );
    await dialog.getByRole("button", { name: "Periksa" }).click();
    await dialog.waitForFunction(
      () => document.getElementById("errors")?.hidden === true && !document.getElementById("check")?.hidden,
    );
    await shoot(dialog, "dialog-2-check", 560, 560);
    await dialog.getByLabel("Lanjutkan meski ada peringatan").check();
    gate.hold();
    await dialog.locator("#buat").click();
    await dialog.locator("#generating").waitFor();
    await dialog.waitForTimeout(1200);
    await shoot(dialog, "dialog-3-generating", 560, 560);
    gate.release();
    await dialog.locator("#result").waitFor();
    await shoot(dialog, "dialog-4-result", 560, 560, false);
    await dialog.getByRole("button", { name: "Kirim ke pimpinan" }).click();
    await dialog.locator("#send-step-preview").waitFor();
    await shoot(dialog, "dialog-5-send-preview", 560, 560, false);
    await shoot(dialog, "dialog-5-send-preview-full", 560, 560);
    await dialog.close();

    await shootHelp(browser);
    await shootPicker(browser);
  } finally {
    await browser.close();
  }
}

await main();
