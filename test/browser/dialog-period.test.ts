/**
 * The Buat Laporan dialog's period chooser in headless Chromium (dist/Dialog.html), its
 * google.script.run stand-in calling the BUILT dist/Code.js over the fakes with the sample
 * workbook: Triwulan, Semester and Tahun list their periods, the check names every month without
 * data, the tick lets the deck be made, and Riwayat records the period's key.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import { seriousViolations } from "./axe";
import { sampleServer } from "./gas-server";
import { dialogHtml, errorsOf, openDialog } from "./harness";
import { trimmedText, useBrowser } from "./setup";

/** 5 December 2023 in Jakarta. */
const NOW = new Date("2023-12-05T09:00:00+07:00");

const text = trimmedText;

async function checked(page: Page, label: string): Promise<void> {
  await page.waitForFunction((l) => {
    const check = document.getElementById("check");
    return check && !check.hidden && document.getElementById("check-summary")?.textContent?.includes(l);
  }, label);
}

describe("Buat Laporan dialog: Triwulan, Semester, Tahun", () => {
  const browser = useBrowser(dialogHtml);

  it("choosing Tahun lists the years, checks 2022 first, then 2023 lists December; the tick makes the deck", async () => {
    const server = await sampleServer();
    const page = await openDialog(browser(), server.functions, { now: NOW });
    const errors = errorsOf(page);
    await checked(page, "November 2023");
    expect(await page.locator("#periode").isVisible()).toBe(false);

    await page.getByLabel("Laporan", { exact: true }).selectOption("quarter");
    await checked(page, "Triwulan III 2023");
    expect(await page.locator("#bulan").isVisible()).toBe(false);
    const quarters = await page.locator("#periode option").allTextContents();
    expect(quarters.slice(0, 2)).toEqual(["Triwulan IV 2023", "Triwulan III 2023"]);
    expect(server.calls.filter((c) => c.name === "periksaLaporan").at(-1)?.args).toEqual(["2023-Q3"]);

    await page.getByLabel("Laporan", { exact: true }).selectOption("year");
    await checked(page, "Tahun 2022");
    await page.getByLabel("Periode").selectOption("2023");
    await checked(page, "Tahun 2023");
    const missing = await text(page, "#missing");
    expect(missing).toContain('Tab "PPID" belum diisi untuk Desember 2023 (Tahun 2023).');
    expect(await page.locator("#buat").isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/dialog-period.png", fullPage: true });

    await page.getByLabel(/Buat tanpa bagian yang kosong/).check();
    const warnings = page.getByLabel("Lanjutkan meski ada peringatan");
    if (await warnings.isVisible()) await warnings.check();
    await page.locator("#buat").click();
    await page.locator("#result").waitFor();
    expect(await text(page, "#result-title")).toContain("Presentasi Tahun 2023 dibuat");
    // The e-mail to management carries a month's figures: a period's deck is shared by its link.
    expect(await page.getByRole("button", { name: /Kirim ke pimpinan/ }).count()).toBe(0);
    const riwayat = server.env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? [];
    expect(riwayat.at(-1)?.[0]).toBe("2023");
    await page.close();
    expect(errors).toEqual([]);
  });
});
