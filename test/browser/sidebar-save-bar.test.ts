/**
 * Issue 20 item 10, the built sidebar in Chromium against the built dist/Code.js: on a 520 px
 * high sidebar the save bar is one line under its buttons and never covers the field it sends
 * the focus to; a finding that names twelve visits is its lead with the count, opening to them.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { type GasServer, setUpWorkbook } from "./gas-server";
import { sidebarHtml } from "./harness";
import { closeClean, openLoadedSidebar, useBrowser } from "./setup";

const NOW = new Date("2023-12-05T09:00:00+07:00");
const HEIGHT = 520;

describe("the save bar and the findings list at a glance", () => {
  const browser = useBrowser(sidebarHtml);

  async function open(server: GasServer): Promise<Page> {
    return openLoadedSidebar(browser(), server, { now: NOW, height: HEIGHT });
  }

  it("ten wrong dates: one line with the count; ke isian berikutnya visits each field, in view above the bar", async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ["2023-11", `tgl ${i + 1}`, `Webinar ${i + 1}`, null]);
    const server = await setUpWorkbook({ webinar: rows });
    const page = await open(server);
    await page.click("#kanal-webinar");
    await page.locator("#form-view").waitFor();
    const hint = page.locator("#save-hint");
    expect(((await hint.textContent()) ?? "").trim()).toBe(
      "10 isian salah; belum bisa disimpan. ke isian berikutnya",
    );
    const bar = page.locator("#save-bar");
    const barBox = await bar.boundingBox();
    // Buttons and one line: well under a fifth of the sidebar.
    expect(barBox?.height ?? HEIGHT).toBeLessThan(HEIGHT / 5);
    const lineHeight = await hint.locator("p").evaluate((p) => p.getBoundingClientRect().height);
    expect(lineHeight).toBeLessThan(24);
    expect(await page.locator("#save-status").isHidden()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/sidebar-save-bar-520.png" });

    const visited: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      await page.getByRole("link", { name: "ke isian berikutnya" }).click();
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        const barTop = document.getElementById("save-bar")?.getBoundingClientRect().top ?? 0;
        return { id: el.id, top: box.top, bottom: box.bottom, barTop };
      });
      visited.push(focused.id);
      // The field is in view, above the sticky bar.
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.bottom).toBeLessThanOrEqual(focused.barTop);
    }
    expect(new Set(visited.slice(0, 10)).size).toBe(10);
    expect(visited.every((id) => /-tanggal$/.test(id))).toBe(true);
    // After the tenth it wraps to the first.
    expect(visited[10]).toBe(visited[0]);
    await page.screenshot({ path: "/tmp/sidebar-save-bar-520-next.png" });
    await closeClean(page);
  });

  it("a finding naming twelve visits shows its lead with the count and opens to the twelve", async () => {
    const visits = Array.from({ length: 12 }, (_, i) => [
      "2023-11",
      `2023-11-${String(i + 1).padStart(2, "0")}`,
      `Kab. Contoh ${i + 1}`,
      7,
      "DAU",
      null,
    ]);
    const server = await setUpWorkbook({ tatapMuka: visits });
    const page = await open(server);
    await page.click("#findings > summary");
    const finding = page.locator("#findings details.cases");
    expect(await finding.count()).toBe(1);
    const summary = ((await finding.locator("summary").textContent()) ?? "").trim();
    expect(summary).toContain("12 kunjungan melebihi batas 5 tamu");
    expect(summary).not.toContain("baris");
    expect(await finding.locator("li").first().isVisible()).toBe(false);
    await finding.locator("summary").click();
    expect(await finding.locator("li").count()).toBe(12);
    expect(await finding.locator("li").first().textContent()).toContain("Kab. Contoh 1, 7 tamu (baris");
    expect(await seriousViolations(page)).toEqual([]);
    await closeClean(page);
  });

  it("Buat Laporan with unsaved changes asks inside the sidebar before the dialog opens", async () => {
    const server = await setUpWorkbook(
      {},
      { htmlFiles: { Dialog: "<!doctype html><title>Buat Laporan</title>" } },
    );
    const page = await open(server);
    await page.click("#kanal-ppid");
    await page.fill("#f-1-permohonan", "21");
    await page.click("#back");
    await page.getByRole("button", { name: "Buat Laporan" }).click();
    const ask = page.locator("#report-notice");
    await ask.waitFor();
    expect(await ask.getAttribute("role")).toBe("alert");
    expect(((await ask.textContent()) ?? "").trim()).toContain("Perubahan di PPID belum disimpan.");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Buka tanpa perubahan itu");
    expect(server.calls.filter((c) => c.name === "bukaDialogLaporan")).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/sidebar-report-ask.png", fullPage: true });
    await page.getByRole("button", { name: "Batal" }).click();
    expect(await ask.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("buat-laporan");
    expect(server.env.ui.dialogs).toEqual([]);
    await closeClean(page);
  });
});
