/**
 * The built Buat Laporan dialog (dist/Dialog.html) in headless Chromium, its google.script.run
 * stand-in calling the BUILT dist/Code.js's periksaLaporan / buatLaporanBulan against the fakes
 * (Sheets, Slides, Drive advanced services) holding the sample workbook. Expected facts come from
 * the seed report: November 2023 had face-to-face visits with more guests than the limit, and
 * webinars "turun 41,2%".
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PRESENTATION_MIME } from "../fakes/drive-api";
import type { FakeEnv } from "../fakes/env";
import { seriousViolations } from "./axe";
import { type GasServer, sampleServer, setSetting } from "./gas-server";
import { createGate, dialogHtml, openDialog } from "./harness";
import { closeClean, trimmedText, useBrowser } from "./setup";

/** 5 December 2023 in Jakarta: the dialog offers November 2023. */
const NOW = new Date("2023-12-05T09:00:00+07:00");
const DECK_LINK = /^https:\/\/docs\.google\.com\/presentation\/d\/([^/]+)\/edit$/;

const text = trimmedText;
const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

/** The whole dialog as one picture, at the width Apps Script gives it. */
async function screenshot(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 560, height: Math.max(560, height) });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 560, height: 560 });
}

/** Puts a cell of the month's row in a tab, by header, as staff would type it. */
function setCell(env: FakeEnv, tab: string, month: string, header: string, value: unknown): void {
  const sheet = env.spreadsheet.sheet(tab);
  const rows = sheet?.snapshot() ?? [];
  const row = rows.findIndex((r) => r[0] === month);
  const column = (rows[0] ?? []).indexOf(header);
  if (!sheet || row < 0 || column < 0) throw new Error(`no ${tab} ${month} ${header}`);
  sheet.setCell(row + 1, column + 1, value);
}

const named = (server: GasServer, name: string) => server.calls.filter((c) => c.name === name);

describe("Buat Laporan dialog (dist/Dialog.html) against dist/Code.js", () => {
  const browser = useBrowser(dialogHtml);

  /** Picks a month (the dialog checks it at once) and waits for that month's check. */
  async function check(page: Page, month: string): Promise<void> {
    if ((await page.inputValue("#bulan")) !== month) await page.fill("#bulan", month);
    else await page.getByRole("button", { name: "Periksa" }).click();
    await page.waitForFunction(
      (label) => {
        const check = document.getElementById("check");
        return (
          check && !check.hidden && document.getElementById("check-summary")?.textContent?.includes(label)
        );
      },
      month === "2023-10" ? "Oktober 2023" : "November 2023",
    );
  }

  it("November 2023: checked on opening, the guest-limit warning, Buat waits for consent, then links the deck", async () => {
    const server = await sampleServer();
    const gate = createGate();
    const page = await openDialog(browser(), server.functions, { now: NOW, gate });
    expect(await page.inputValue("#bulan")).toBe("2023-11");
    // Checked as soon as it opens: no click needed.
    await page.locator("#check").waitFor();
    expect(named(server, "periksaLaporan")).toEqual([{ name: "periksaLaporan", args: ["2023-11"] }]);
    expect(await text(page, "#check-summary")).not.toMatch(/\b0 /);
    expect(await page.locator('#steps li[aria-current="step"]').textContent()).toBe("Periksa data");

    expect(await visible(page, "#errors")).toBe(false);
    expect(await visible(page, "#warnings")).toBe(true);
    const warnings = await text(page, "#warnings");
    expect(warnings).toContain("Tatap Muka");
    expect(warnings).toMatch(/melebihi batas \d+ tamu/);
    // The visits it lists, one per line: as many as the lead counts.
    const visits = await page.locator("#warnings li li").allTextContents();
    const counted = Number(/(\d+) kunjungan melebihi/.exec(warnings)?.[1]);
    expect(visits).toHaveLength(counted);
    for (const visit of visits) expect(visit).toMatch(/^\d{1,2} November 2023, .+, \d+ tamu \(baris \d+\)$/);
    expect(await text(page, "#check-summary")).toContain("November 2023");
    const buat = page.locator("#buat");
    expect(await buat.isDisabled()).toBe(true);
    // Not silently: the hint beside it says what it waits for.
    expect(await text(page, "#buat-hint")).toBe(
      'Centang "Lanjutkan meski ada peringatan" untuk melanjutkan.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "/tmp/dialog-check.png");

    await page.getByLabel("Lanjutkan meski ada peringatan").check();
    expect(await buat.isDisabled()).toBe(false);
    expect(await text(page, "#buat-hint")).toBe("");
    gate.hold();
    await buat.click();
    // Generating: spinner, elapsed time, "jangan tutup", and nothing that would change the deck.
    await page.locator("#generating").waitFor();
    expect(await text(page, "#generating")).toMatch(
      /Membuat presentasi November 2023[\s\S]*Sudah berjalan \d+ detik[\s\S]*Jangan tutup dialog ini/,
    );
    for (const id of ["#bulan", "#periksa", "#accept-warnings", "#buat"]) {
      expect(await page.locator(id).isDisabled()).toBe(true);
    }
    expect(await page.locator('#steps li[aria-current="step"]').textContent()).toBe("Buat presentasi");
    expect(await seriousViolations(page)).toEqual([]);
    gate.release();
    await page.locator("#result").waitFor();
    expect(await page.locator("#bulan").isDisabled()).toBe(false);
    // The result: focus on it, the primary action first, then copy and close.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-title");
    expect(await page.locator("#result-actions > *").allTextContents()).toEqual([
      "Buka presentasi",
      "Salin tautan",
      "Tutup",
    ]);
    expect(await page.getAttribute("#result-link", "class")).toBe("primary");
    expect(await seriousViolations(page)).toEqual([]);

    expect(named(server, "buatLaporanBulan")).toEqual([
      { name: "buatLaporanBulan", args: [{ month: "2023-11", allowMissing: false, acceptWarnings: true }] },
    ]);
    const href = (await page.getAttribute("#result-link", "href")) ?? "";
    const id = DECK_LINK.exec(href)?.[1] ?? "";
    expect(href).toMatch(DECK_LINK);
    expect(await page.inputValue("#result-url")).toBe(href);
    // The link is the deck the fake Drive holds, in Pengaturan's folder, with the seed's sentence.
    const file = server.env.drive.files.get(id);
    expect(file?.mimeType).toBe(PRESENTATION_MIME);
    expect(file?.parents).toEqual([server.folderId]);
    expect(server.env.drive.presentations.get(id)?.allText()).toContain("turun 41,2%");
    expect(await text(page, "#result-title")).toContain("November 2023");
    expect(await text(page, "#result-sharing")).toContain("kemenkeu.go.id");
    expect(await visible(page, "#check")).toBe(false);
    await screenshot(page, "/tmp/dialog-result.png");

    // Again: the same deck is rebuilt, the link stays.
    await page.getByRole("button", { name: "Salin tautan" }).click();
    // Copying awaits the clipboard, so the note comes a moment after the click.
    await expect.poll(() => text(page, "#copied")).toBe("Tautan disalin.");
    await check(page, "2023-11");
    // The data did not change: the deck is offered as it is, and Buat Laporan still rebuilds it in place.
    expect(await visible(page, "#previous")).toBe(false);
    expect(await page.getAttribute("#existing-link", "href")).toBe(href);
    expect(await text(page, "#existing")).toContain("memperbaruinya di file yang sama");
    await page.getByLabel("Lanjutkan meski ada peringatan").check();
    await page.locator("#buat").click();
    await page.waitForFunction(() =>
      document.getElementById("result-title")?.textContent?.includes("diperbarui"),
    );
    expect(await page.getAttribute("#result-link", "href")).toBe(href);
    await closeClean(page);
  });

  it("a month with errors blocks generation and says what to fix, in Indonesian", async () => {
    const server = await sampleServer();
    // The ticket total no longer matches its channels.
    setCell(server.env, "Tiket Konsultasi", "2023-11", "Total Tiket", 9999);
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await check(page, "2023-11");
    expect(await visible(page, "#errors")).toBe(true);
    const errors = await text(page, "#errors");
    expect(errors).toMatch(/^Kesalahan \(\d+\)/);
    expect(errors).toContain("Tiket Konsultasi");
    expect(errors).not.toMatch(/Error|Exception|undefined/);
    expect(await text(page, "#check-summary")).toMatch(/belum dapat dibuat laporannya: ada \d+ kesalahan/);
    expect(await text(page, "#buat-hint")).toBe("Perbaiki kesalahannya dulu.");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator("#buat").isDisabled()).toBe(true);
    expect(await visible(page, "#accept-warnings-row")).toBe(false);
    expect(await visible(page, "#allow-missing-row")).toBe(false);
    await page.locator("#buat").click({ force: true });
    expect(named(server, "buatLaporanBulan")).toEqual([]);
    expect(server.env.drive.presentations.size).toBe(0);
    await screenshot(page, "/tmp/dialog-errors.png");
    await closeClean(page);
  });

  it("an exception on the server is shown without the runtime's prefix or English dump", async () => {
    const server = await sampleServer();
    server.env.Sheets.Spreadsheets.get = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'values')");
    };
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await page.locator("#failure").waitFor();
    const failure = await text(page, "#failure");
    // The server names what failed; the page shows that, as Apps Script hands it over, cleaned.
    expect(failure).toMatch(/^Gagal memeriksa data/);
    expect(failure).not.toMatch(/Exception|TypeError|undefined/);
    expect(await visible(page, "#check")).toBe(false);
    expect(await page.locator("#periksa").isDisabled()).toBe(false);
    await closeClean(page);
  });

  it("empty sections need their own consent; a failure on the server is shown readably", async () => {
    const server = await sampleServer();
    setSetting(server.env, "ID Folder Drive", "1FolderYangTidakAda");
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await check(page, "2023-10");
    // October 2023 has tabs without rows (sample workbook): listed, and a consent of their own.
    expect(await text(page, "#missing")).toContain("Kepuasan");
    expect(await visible(page, "#accept-warnings-row")).toBe(false);
    expect(await page.locator("#buat").isDisabled()).toBe(true);
    await page.getByLabel(/Buat tanpa bagian yang kosong/).check();
    await page.locator("#buat").click();
    await page.locator("#failure").waitFor();
    const failure = await text(page, "#failure");
    expect(failure).toContain('Folder Drive dengan ID "1FolderYangTidakAda"');
    expect(failure).not.toMatch(/Exception|API call|drive\.files/);
    expect(await visible(page, "#result")).toBe(false);
    expect(server.env.drive.presentations.size).toBe(0);
    await closeClean(page);
  });
});
