/**
 * The whole of November 2023 entered through the sidebar only, from a workbook just set up
 * (Siapkan Workbook): monthly figures typed into their fields, every item list pasted as
 * tab-separated text as Excel or Sheets copies it (dates as 6/11/2023 and as 6 November 2023),
 * each channel saved with "Simpan & lanjut"; then the report made from the Buat Laporan dialog.
 * And one spoiled total, seen alike in the sidebar and in the dialog. The figures come from the
 * sample workbook (the seed report's November), shown as the sidebar shows saved data.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { buildMonthView } from "../../src/core/judgement/month-view";
import { CHANNELS, type ChannelDef } from "../../src/core/workbook/channels";
import { MONTH_NAMES, toMonth } from "../../src/core/workbook/period";
import { seriousViolations } from "./axe";
import { bundleSource, type GasServer, sampleServer, setSetting, setUpWorkbook } from "./gas-server";
import { dialogHtml, errorsOf, launch, openDialog, openSidebar, sidebarHtml } from "./harness";

const NOW = new Date("2023-12-05T09:00:00+07:00");
const NOV = toMonth("2023-11");

/** November as the sidebar shows saved data (display text per registry column). */
const november = buildMonthView(sampleWorkbook(), NOV);
const rowsOf = (key: string) => november.channels.find((c) => c.key === key)?.rows ?? [];

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").trim();

/** `6/11/2023` -> `6 November 2023`, for every other pasted row. */
const spelledOut = (cell: string) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  return m ? `${m[1]} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[3]}` : cell;
};

/** The item rows as Excel copies them (header line first), and the stated total if there is one. */
function clipboard(def: ChannelDef): { tsv: string; total: string; count: number } {
  const rows = rowsOf(def.key);
  const label = def.columns.findIndex((c) => def.kind === "items" && c.key === def.label);
  const weight = def.columns.findIndex((c) => def.kind === "items" && c.key === def.weight);
  const items = rows.filter((r) => !(weight >= 0 && r[label] === "" && r[weight] !== ""));
  const total = rows.find((r) => weight >= 0 && r[label] === "" && r[weight] !== "")?.[weight] ?? "";
  const quote = (cell: string) => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = items.map((r, i) =>
    r
      .map((cell, c) => quote(i % 2 === 1 && def.columns[c]?.type === "date" ? spelledOut(cell) : cell))
      .join("\t"),
  );
  return {
    tsv: [def.columns.map((c) => c.header).join("\t"), ...lines].join("\r\n"),
    total,
    count: items.length,
  };
}

async function fillMonthly(page: Page, def: ChannelDef): Promise<void> {
  const row = rowsOf(def.key)[0] ?? [];
  for (const [i, column] of def.columns.entries()) {
    const value = row[i] ?? "";
    if (value === "") continue;
    const field = page.locator(`#f-1-${column.key}`);
    if (column.type === "choice") await field.selectOption(value);
    else await field.fill(value);
  }
}

async function pasteItems(page: Page, def: ChannelDef): Promise<void> {
  const { tsv, total, count } = clipboard(def);
  if (count > 0) {
    await page.locator(".paste summary").click();
    await page.getByLabel(/tempel di sini/).fill(tsv);
    await page.getByRole("button", { name: "Lihat pembagian kolom" }).click();
    // Nothing is added before staff agree to where the columns go.
    expect(await page.locator("#fields li.item").count()).toBe(0);
    await page.getByRole("button", { name: `Tambahkan ${count} baris` }).click();
    expect(await page.locator("#fields li.item").count()).toBe(count);
    // Every pasted row is validated as a typed one: none needs fixing.
    expect(await page.locator("#fields .item-flag.error").count()).toBe(0);
  }
  if (total !== "") await page.getByLabel("Total bulan ini").fill(total);
}

async function closePage(page: Page): Promise<void> {
  const errors = errorsOf(page);
  await page.close();
  expect(errors).toEqual([]);
}

describe("a month entered through the sidebar only", () => {
  let browser: Browser;

  beforeAll(async () => {
    await Promise.all([sidebarHtml(), dialogHtml(), bundleSource()]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("fills November 2023 from an empty workbook, pasting every list, then makes the report", async () => {
    const server = await setUpWorkbook({});
    const folder = server.env.drive.addFolder("Laporan Bulanan");
    setSetting(server.env, "ID Folder Drive", folder.id);
    const page = await openSidebar(browser, server.functions, { now: NOW });
    await page
      .locator("#channel-list li")
      .nth(CHANNELS.length - 1)
      .waitFor();
    expect(await text(page, "#list-summary")).toBe(`0 dari ${CHANNELS.length} kanal lengkap`);

    await page.click(`#kanal-${CHANNELS[0]?.key}`);
    for (const [i, def] of CHANNELS.entries()) {
      // "Simpan & lanjut" brought us here: the next channel still Kosong.
      await page.waitForFunction((tab) => document.getElementById("form-name")?.textContent === tab, def.tab);
      if (def.kind === "monthly") await fillMonthly(page, def);
      else await pasteItems(page, def);
      expect(await text(page, "#save-hint"), def.tab).toBe("");
      await page.getByRole("button", { name: "Simpan & lanjut" }).click();
      if (i === CHANNELS.length - 1) await page.locator("#list-view").waitFor();
    }
    expect(await text(page, "#notice")).toContain("Semua kanal bulan ini sudah terisi");
    // What the sheet now holds is what the sample workbook holds for November.
    for (const def of CHANNELS) {
      expect(await text(page, `#kanal-${def.key} .pill`), def.tab).toBe("Lengkap");
    }
    // The report's one warning (guests over Pengaturan's limit) is on its channel already.
    expect(await page.locator("#channel-list .warn-note").allTextContents()).toEqual(["1 peringatan"]);
    expect(await page.locator("#kanal-tatapMuka .warn-note").count()).toBe(1);
    const saved = server.call<{ channels: { key: string; rows: string[][] }[] }>("muatBulan", "2023-11");
    for (const def of CHANNELS) {
      const rows = saved.channels.find((c) => c.key === def.key)?.rows ?? [];
      expect(new Set(rows.map((r) => JSON.stringify(r))), def.tab).toEqual(
        new Set(rowsOf(def.key).map((r) => JSON.stringify(r))),
      );
    }
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);

    const dialog = await openDialog(browser, server.functions, { now: NOW });
    await dialog.locator("#check").waitFor();
    expect(await dialog.locator("#errors").isVisible()).toBe(false);
    for (const consent of ["#accept-warnings", "#allow-missing"]) {
      if (await dialog.locator(consent).isVisible()) await dialog.locator(consent).check();
    }
    await dialog.locator("#buat").click();
    await dialog.locator("#result").waitFor();
    expect(await dialog.locator("#failure").isVisible()).toBe(false);
    expect(await text(dialog, "#result-title")).toContain("November 2023");
    expect(server.env.drive.presentations.size).toBe(1);
    await closePage(dialog);
  });

  it("a spoiled Total Tiket shows the same finding in the sidebar and in the dialog", async () => {
    const server: GasServer = await sampleServer();
    const sheet = server.env.spreadsheet.sheet("Tiket Konsultasi");
    const cells = sheet?.snapshot() ?? [];
    const row = cells.findIndex((r) => r[0] === "2023-11");
    sheet?.setCell(row + 1, (cells[0] ?? []).indexOf("Total Tiket") + 1, 9999);

    const page = await openSidebar(browser, server.functions, { now: NOW });
    await page
      .locator("#channel-list li")
      .nth(CHANNELS.length - 1)
      .waitFor();
    expect(await text(page, "#kanal-tiketKonsultasi .pill")).toBe("Ada kesalahan");
    await page.click("#findings summary");
    const listed = await page.locator("#findings li.error").allTextContents();
    await page.click("#kanal-tiketKonsultasi");
    const atField = await text(page, "#m-1-total");
    expect(atField).toMatch(/^Total Tiket tertulis 9\.999, tetapi .* = 1\.271 /);
    expect(await page.getAttribute("#f-1-total", "aria-invalid")).toBe("true");
    expect(await text(page, "#save-hint")).toContain("laporan belum dapat dibuat");
    expect(await text(page, "#save-hint")).toContain("ke isian berikutnya");
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);

    const dialog = await openDialog(browser, server.functions, { now: NOW });
    await dialog.locator("#check").waitFor();
    const errors = await dialog.locator("#errors > ul > li").allTextContents();
    // The same findings, word for word, and the one under the field is among them.
    expect(errors).toEqual(listed);
    expect(errors.some((e) => e.endsWith(atField))).toBe(true);
    await closePage(dialog);
  });
});
