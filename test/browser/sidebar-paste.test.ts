/**
 * Issue 19 item 5, the built sidebar in Chromium against the built dist/Code.js: rows copied from
 * a staff member's own log show which column goes where before anything is added, Jumlah filled
 * on most rows is warned about, dates in the forms spreadsheets export are read, and a paste is
 * undone in one step.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { type GasServer, setUpWorkbook } from "./gas-server";
import { sidebarHtml } from "./harness";
import { closeClean, openLoadedSidebar, useBrowser } from "./setup";

const NOW = new Date("2023-12-05T09:00:00+07:00");
/** Tanggal, Judul, Peserta from a staff member's log, with its header and a No column. */
const OWN_LOG = [
  "No\tTanggal\tJudul\tPeserta",
  "1\t6/11/23\tSosialisasi DAU\t120",
  "2\t07-Nov-23\tBimtek SIPD\t185",
  "3\t8 Nov 2023\tRapat DBH\t200",
].join("\n");

describe("pasting rows into a list", () => {
  const browser = useBrowser(sidebarHtml);

  async function openWebinar(server: GasServer): Promise<Page> {
    const page = await openLoadedSidebar(browser(), server, { now: NOW });
    await page.click("#kanal-webinar");
    await page.locator("#form-view").waitFor();
    return page;
  }

  const items = (page: Page) => page.locator("#fields li.item").count();
  const mapping = (page: Page) => page.locator("#pratinjau-tempel .paste-map li").allTextContents();

  it("shows where each column goes first; Peserta is not Jumlah; Urungkan takes the rows out in one step", async () => {
    const server = await setUpWorkbook({});
    const page = await openWebinar(server);
    await page.locator(".paste summary").click();
    await page.getByLabel(/tempel di sini/).fill(OWN_LOG);
    await page.getByRole("button", { name: "Lihat pembagian kolom" }).click();
    expect(await items(page)).toBe(0);
    expect(await mapping(page)).toEqual([
      "No → tidak dipakai (nomor urut)",
      "Tanggal → Tanggal",
      "Judul → Judul",
      "Peserta → tidak dipakai (tab ini tidak punya kolom bernama itu)",
    ]);
    expect(await page.locator("#pratinjau-tempel .lead").textContent()).toContain("3 baris akan ditambahkan");
    expect(await page.locator("#pratinjau-tempel .warn").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/sidebar-paste-preview.png", fullPage: true });

    await page.getByRole("button", { name: "Tambahkan 3 baris" }).click();
    expect(await items(page)).toBe(3);
    expect(await page.locator("#fields .item-flag.error").count()).toBe(0);
    // Three webinars, not 505: Jumlah is empty on every row.
    expect(await page.locator("#measure").textContent()).toContain("3");
    expect(await page.locator("#measure").textContent()).not.toContain("505");
    await page.getByRole("button", { name: "Urungkan" }).click();
    expect(await items(page)).toBe(0);
    expect(await page.locator("#save-notice").textContent()).toContain("Tempelan diurungkan: 3 baris");
    expect(server.stored("webinar", "2023-11")).toEqual([]);
    await closeClean(page);
  });

  it("without a header, Jumlah filled on most rows is warned about before anything is added; Batal adds nothing", async () => {
    const server = await setUpWorkbook({});
    const page = await openWebinar(server);
    await page.locator(".paste summary").click();
    await page.getByLabel(/tempel di sini/).fill(OWN_LOG.split("\n").slice(1).join("\n"));
    await page.getByRole("button", { name: "Lihat pembagian kolom" }).click();
    expect(await mapping(page)).toEqual([
      "Kolom 1 → tidak dipakai (nomor urut)",
      "Kolom 2 → Tanggal",
      "Kolom 3 → Judul",
      "Kolom 4 → Jumlah",
    ]);
    expect(await page.locator("#pratinjau-tempel .warn").textContent()).toMatch(
      /^Kolom Jumlah akan terisi di 3 dari 3 baris\./,
    );
    await page.getByRole("button", { name: "Batal" }).click();
    expect(await items(page)).toBe(0);
    expect(await page.locator("#pratinjau-tempel").count()).toBe(0);
    await closeClean(page);
  });

  it("a table pasted straight into a field is previewed too, then fills that row first; examples are the month's", async () => {
    const server = await setUpWorkbook({});
    const page = await openWebinar(server);
    await page.click("#back");
    await page.fill("#bulan", "2023-10");
    await page.waitForFunction(() =>
      document.getElementById("list-title")?.textContent?.includes("Oktober 2023"),
    );
    await page.click("#kanal-webinar");
    await page.getByRole("button", { name: "+ Tambah baris" }).click();
    const field = page.locator("#fields input[id$='-tanggal']").first();
    await field.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, "6 October 2023\tRapat\nkemarin\tBimtek");
    expect(await items(page)).toBe(1);
    await page.getByRole("button", { name: "Tambahkan 2 baris" }).click();
    expect(await items(page)).toBe(2);
    expect(await page.locator("#fields input[id$='-judul']").first().inputValue()).toBe("Rapat");
    // The date message's examples are in the month being filled.
    const message = await page
      .locator("#fields [id^='m-'][id$='-tanggal']")
      .filter({ hasText: "kemarin" })
      .textContent();
    expect(message).toContain("2023-10-06, 6/10/2023 atau 6 Oktober 2023");
    await closeClean(page);
  });
});
