/**
 * Issue 19 item 9: figures typed and not saved survive closing the sidebar. The built sidebar in
 * Chromium against the built dist/Code.js; closing is closing the page, reopening is a new page
 * in the same browser profile (its storage), for the same workbook and month.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { type GasServer, setUpWorkbook } from "./gas-server";
import { sidebarHtml } from "./harness";
import { closeClean, openLoadedSidebar, trimmedText, useBrowser } from "./setup";

const NOW = new Date("2023-12-05T09:00:00+07:00");

const text = trimmedText;

describe("unsaved figures across closing the sidebar", () => {
  const browser = useBrowser(sidebarHtml);

  async function open(server: GasServer, context: BrowserContext): Promise<Page> {
    return openLoadedSidebar(browser(), server, { now: NOW, context });
  }

  async function pick(page: Page, key: string): Promise<void> {
    await page.click(`#kanal-${key}`);
    await page.locator("#form-view").waitFor();
  }

  /** November's PPID 14 in the sheet, 99 typed in a sidebar closed without saving (in a new browser profile). */
  async function typedAndClosed(): Promise<{ server: GasServer; context: BrowserContext }> {
    const server = await setUpWorkbook({ ppid: [["2023-11", 14]] });
    const context = await browser().newContext();
    const first = await open(server, context);
    await pick(first, "ppid");
    await first.fill("#f-1-permohonan", "99");
    await closeClean(first);
    return { server, context };
  }

  it("are shown again when the sidebar is reopened for the same month, until saved", async () => {
    const server = await setUpWorkbook({ webinar: [["2023-11", "2023-11-06", "Satu", null]] });
    const context = await browser().newContext();
    const first = await open(server, context);
    await pick(first, "ppid");
    await first.fill("#f-1-permohonan", "21");
    await first.click("#back");
    await pick(first, "webinar");
    await first.getByRole("button", { name: "+ Tambah baris" }).click();
    await first.locator("#fields input[id$='-tanggal']").nth(1).fill("07-Nov-23");
    await first.locator("#fields input[id$='-judul']").nth(1).fill("Dua");
    await closeClean(first);

    const second = await open(server, context);
    const notice = await text(second, "#notice");
    expect(notice).toContain("Isian yang belum disimpan");
    expect(notice).toContain("dipulihkan untuk Webinar, PPID");
    expect(await text(second, "#kanal-ppid .unsaved")).toBe("belum disimpan");
    await second.screenshot({ path: "/tmp/sidebar-drafts-restored.png" });
    expect(await seriousViolations(second)).toEqual([]);
    await pick(second, "ppid");
    expect(await second.inputValue("#f-1-permohonan")).toBe("21");
    await second.click("#back");
    await pick(second, "webinar");
    expect(
      await second
        .locator("#fields input[id$='-judul']")
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(["Satu", "Dua"]);
    // Nothing reached the sheet yet.
    expect(server.stored("ppid", "2023-11")).toEqual([]);
    await second.getByRole("button", { name: "Simpan", exact: true }).click();
    await second.waitForFunction(
      () =>
        /^Tersimpan/.test(document.getElementById("save-status")?.textContent ?? "") ||
        document.getElementById("save-notice")?.hidden === false,
    );
    expect(await text(second, "#save-notice")).toBe("");
    expect(server.stored("webinar", "2023-11").map((r) => r[1])).toEqual(["Satu", "Dua"]);
    await closeClean(second);

    // Saved: Webinar is not restored again; PPID (still unsaved) is.
    const third = await open(server, context);
    expect(await text(third, "#notice")).toContain("dipulihkan untuk PPID.");
    await closeClean(third);
    await context.close();
  });

  it("Buang isian ini discards them: the form shows the sheet again, and they do not come back", async () => {
    const { server, context } = await typedAndClosed();

    const second = await open(server, context);
    await second.getByRole("button", { name: "Buang isian ini" }).click();
    expect(await second.locator("#notice").isHidden()).toBe(true);
    expect(await second.locator("#kanal-ppid .unsaved").count()).toBe(0);
    await pick(second, "ppid");
    expect(await second.inputValue("#f-1-permohonan")).toBe("14");
    await closeClean(second);

    const third = await open(server, context);
    expect(await third.locator("#notice").isHidden()).toBe(true);
    await closeClean(third);
    await context.close();
  });

  it("figures typed against data changed since in Sheets are restored, and the save is refused rather than overwrite", async () => {
    const { server, context } = await typedAndClosed();
    // A colleague corrects November in Sheets meanwhile.
    server.env.spreadsheet.sheet("PPID")?.setCell(2, 2, 15);

    const second = await open(server, context);
    expect(await text(second, "#notice")).toContain("Data PPID telah diubah di Sheets sejak itu");
    await pick(second, "ppid");
    await second.getByRole("button", { name: "Simpan", exact: true }).click();
    await second.locator("#save-notice.error").waitFor();
    expect(await text(second, "#save-notice")).toContain("diubah orang lain");
    expect(server.stored("ppid", "2023-11")).toEqual([[15]]);
    await closeClean(second);
    await context.close();
  });
});
