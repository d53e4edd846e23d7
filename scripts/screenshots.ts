/**
 * Pictures of the pages' main states, for a look before a change lands: the built sidebar (300 px
 * wide, as Sheets shows it) and the Buat Laporan dialog (560 x 560), in headless Chromium against
 * the built dist/Code.js over the sample workbook (the browser tests' harness).
 * Run: npm run screenshots  ->  out/screenshots/*.png
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { sampleServer } from "../test/browser/gas-server";
import { createGate, launch, openDialog, openSidebar } from "../test/browser/harness";

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

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const browser = await launch();
  try {
    const server = await sampleServer();
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
    await shoot(dialog, "dialog-4-result", 560, 560);
    await dialog.close();
  } finally {
    await browser.close();
  }
}

await main();
