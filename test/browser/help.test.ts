/**
 * The Bantuan dialog (dist/Bantuan.html, built from docs/panduan.md) in headless Chromium at the
 * size showHelp gives it: the whole guide, nothing fetched from outside, Tutup closes it, the
 * table of contents scrolls within it, and axe finds nothing serious.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHelpPage, GUIDE_FILE, HELP } from "../../scripts/build-help";
import { SETUP_MENU_PATH } from "../../src/core/entry/menu-path";
import { HELP_HEIGHT, HELP_WIDTH } from "../../src/gas/help";
import { seriousViolations } from "./axe";
import { errorsOf, launch, openPage } from "./harness";

describe("Bantuan dialog (dist/Bantuan.html)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await buildHelpPage();
    browser = await launch();
    page = await openPage(browser, HELP, {}, { width: HELP_WIDTH, height: HELP_HEIGHT });
    // What the dialog's host would do on google.script.host.close().
    await page.evaluate(() => {
      const w = window as unknown as { google: { script: { host?: object } }; closeCalls: number };
      w.closeCalls = 0;
      w.google.script.host = { close: () => w.closeCalls++ };
    });
  });
  afterAll(async () => {
    expect(page ? errorsOf(page) : []).toEqual([]);
    await browser?.close();
  });

  it("shows every section of the guide and its menu paths", async () => {
    const headings = [...readFileSync(GUIDE_FILE, "utf8").matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(await page.locator("main h2").allTextContents()).toEqual(headings);
    expect(await page.locator("nav a").allTextContents()).toEqual(headings);
    expect(await page.locator("main").textContent()).toContain(SETUP_MENU_PATH);
    expect(await page.title()).toBe("Bantuan Laporan Layanan");
  });

  it("loads nothing from outside: no script, style, image or font URL", async () => {
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(fetched).toEqual([]);
    const html = readFileSync(HELP.outFile, "utf8");
    expect(html).not.toMatch(/<(script|img|link|iframe)\b[^>]*\b(src|href)=/i);
  });

  it("a table-of-contents link scrolls the guide and moves focus there", async () => {
    const last = page.locator("nav a").last();
    const id = (await last.getAttribute("href"))?.slice(1) ?? "";
    await last.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    expect(page.url()).not.toContain("#");
    expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
  });

  it("Tutup closes the dialog, by mouse and by keyboard", async () => {
    await page.click("#tutup");
    await page.focus("#tutup");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { closeCalls: number }).closeCalls)).toBe(2);
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
