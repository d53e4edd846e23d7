/**
 * Kirim ke pimpinan in the built Buat Laporan dialog (dist/Dialog.html), its google.script.run
 * stand-in calling the BUILT dist/Code.js against the fakes (MailApp among them): generate the
 * November 2023 deck, preview the e-mail, send it, send it again only after the tick. axe-core
 * checks the step's page for serious or critical violations.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { type GasServer, STAFF, sampleServer, setSetting } from "./gas-server";
import { dialogHtml, openDialog } from "./harness";
import { closeClean, trimmedText, useBrowser } from "./setup";

const NOW = new Date("2023-12-05T09:00:00+07:00");
const BOSSES = ["kabiro@kemenkeu.go.id", "sesditjen@kemenkeu.go.id"];
/** Typed by staff in Pengaturan: markup that must stay text in the preview. */
const COVER = 'Yth. <b onmouseover="alert(1)">Bapak/Ibu</b> Pimpinan,';

const text = trimmedText;

async function generate(page: Page): Promise<void> {
  await page.fill("#bulan", "2023-11");
  await page.getByRole("button", { name: "Periksa" }).click();
  await page.locator("#check").waitFor();
  await page.getByLabel("Lanjutkan meski ada peringatan").check();
  await page.locator("#buat").click();
  await page.locator("#result").waitFor();
}

describe("Kirim ke pimpinan in the Buat Laporan dialog", () => {
  const browser = useBrowser(dialogHtml);
  let server: GasServer;

  /** A new sample server whose Pengaturan names the recipients, and its dialog once November 2023's deck is made. */
  async function madeDeck(): Promise<Page> {
    server = await sampleServer();
    setSetting(server.env, "Penerima Laporan", BOSSES.join("\n"));
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await generate(page);
    return page;
  }

  /** Kirim ke pimpinan, up to the e-mail's preview. */
  async function preview(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Kirim ke pimpinan" }).click();
    await page.locator("#send-step-preview").waitFor();
  }

  /** The labels of the visible primary buttons and links. */
  const primaryLabels = (page: Page): Promise<string[]> =>
    page.$$eval(".primary", (els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.trim() ?? ""),
    );

  it("previews recipients, subject and message as text, sends, and asks before sending again", async () => {
    server = await sampleServer();
    setSetting(server.env, "Penerima Laporan", BOSSES.join("\n"));
    setSetting(server.env, "Pesan Pengantar", COVER);
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await generate(page);

    const open = page.getByRole("button", { name: "Kirim ke pimpinan" });
    await open.click();
    await page.locator("#send-step-preview").waitFor();
    expect(await text(page, "#send-step-to")).toBe(BOSSES.join(", "));
    expect(await text(page, "#send-step-subject")).toBe("Laporan Layanan Informasi - November 2023");
    const body = await text(page, "#send-step-body");
    expect(body.startsWith(COVER)).toBe(true);
    expect(body).toContain("Publikasi Website bulan November 2023 turun 41,2%");
    expect(await page.locator("#send-step-body b").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("send-step-heading");
    expect(server.env.MailApp.sent).toHaveLength(0);
    expect(await seriousViolations(page)).toEqual([]);
    // One primary action in view: Kirim, while the preview is open.
    expect(await primaryLabels(page)).toEqual(["Kirim"]);

    await page.getByRole("button", { name: "Kirim", exact: true }).click();
    await page.waitForFunction(() =>
      document.getElementById("send-step-status")?.textContent?.startsWith("E-mail terkirim"),
    );
    expect(await text(page, "#send-step-status")).toContain(`E-mail terkirim ke ${BOSSES.join(", ")}`);
    expect(server.env.MailApp.sent.map((m) => m.to)).toEqual([BOSSES]);
    expect(server.env.MailApp.sent[0]?.body).toBe(body);
    expect(await primaryLabels(page)).toEqual(["Buka presentasi"]);

    // Again: the preview says it was sent, and Kirim waits for the tick.
    await page.getByRole("button", { name: "Kirim lagi" }).click();
    await page.locator("#send-step-resend-row").waitFor();
    expect(await text(page, "#send-step-resend-text")).toContain("sudah dikirim 1 kali");
    const send = page.getByRole("button", { name: "Kirim", exact: true });
    expect(await send.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Ya, kirim sekali lagi").check();
    await send.click();
    await page.waitForFunction(() =>
      document.getElementById("send-step-status")?.textContent?.startsWith("E-mail terkirim"),
    );
    expect(server.env.MailApp.sent).toHaveLength(2);
    expect(server.calls.filter((c) => c.name === "kirimLaporan").map((c) => c.args)).toEqual([
      [{ month: "2023-11", confirmResend: false, seen: 0 }],
      [{ month: "2023-11", confirmResend: true, seen: 1 }],
    ]);
    await closeClean(page);
  });

  it("says what to fix in Pengaturan when there is no recipient, and sends nothing", async () => {
    server = await sampleServer();
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await generate(page);
    await page.getByRole("button", { name: "Kirim ke pimpinan" }).click();
    await page.locator("#send-step-failure").waitFor();
    expect(await text(page, "#send-step-failure")).toMatch(
      /^Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" masih kosong\./,
    );
    expect(await page.locator("#send-step-preview").isVisible()).toBe(false);
    expect(server.env.MailApp.sent).toHaveLength(0);
    expect(await seriousViolations(page)).toEqual([]);
    await closeClean(page);
  });

  /** Puts a figure in the month's row of a one-row-per-month tab, as staff type it in the sheet. */
  function setFigure(tab: string, month: string, column: number, value: unknown): void {
    const sheet = server.env.spreadsheet.sheet(tab);
    const row = (sheet?.snapshot() ?? []).findIndex((r) => r[0] === month);
    if (!sheet || row < 0) throw new Error(`no ${tab} ${month}`);
    sheet.setCell(row + 1, column, value);
  }

  const statusSays = (page: Page, start: string) =>
    page.waitForFunction(
      (s) => document.getElementById("send-step-status")?.textContent?.startsWith(s) === true,
      start,
    );

  it("says before any deck is made that Penerima Laporan is empty; reopened, offers the deck and Kirim without making it again", async () => {
    server = await sampleServer();
    const first = await openDialog(browser(), server.functions, { now: NOW });
    await first.locator("#check").waitFor();
    await first.screenshot({ path: "/tmp/dialog-mail-problem.png", fullPage: true });
    expect(await text(first, "#mail-problem")).toMatch(
      /^Kirim ke pimpinan belum dapat dipakai: Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" masih kosong\..* Laporan tetap dapat dibuat\.$/,
    );
    expect(await first.locator("#existing").isVisible()).toBe(false);
    expect(await seriousViolations(first)).toEqual([]);
    await generate(first);
    const deck = (await first.getAttribute("#result-link", "href")) ?? "";
    await first.close();

    // Staff fill Pengaturan, then open Buat Laporan again for the same month.
    setSetting(server.env, "Penerima Laporan", BOSSES.join("\n"));
    const page = await openDialog(browser(), server.functions, { now: NOW });
    await page.locator("#existing").waitFor();
    expect(await page.locator("#mail-problem").isVisible()).toBe(false);
    expect(await page.locator("#previous").isVisible()).toBe(false);
    expect(await text(page, "#existing")).toContain("dari data yang sama dengan sekarang");
    expect(await page.getAttribute("#existing-link", "href")).toBe(deck);
    // One primary action: the deck that is there; Buat Laporan steps back to grey.
    expect(await primaryLabels(page)).toEqual(["Buka presentasi"]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/dialog-existing.png", fullPage: true });

    await page.getByRole("button", { name: "Kirim ke pimpinan" }).click();
    await page.locator("#send-step-preview").waitFor();
    expect(await text(page, "#send-step-body")).toContain(`Presentasi: ${deck}`);
    expect(await primaryLabels(page)).toEqual(["Kirim"]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kirim", exact: true }).click();
    await statusSays(page, "E-mail terkirim");
    expect(server.env.MailApp.sent.map((m) => m.to)).toEqual([BOSSES]);
    expect(server.calls.filter((c) => c.name === "buatLaporanBulan")).toHaveLength(1);
    await closeClean(page);
  });

  it("data changed since the deck was made: the preview says so and leads back to make it again", async () => {
    const page = await madeDeck();
    setFigure("PPID", "2023-11", 2, 99);
    await page.getByRole("button", { name: "Kirim ke pimpinan" }).click();
    await page.locator("#send-step-failure").waitFor();
    expect(await text(page, "#send-step-failure")).toMatch(
      /^Data November 2023 berubah sejak presentasinya dibuat .*Buat ulang laporannya dulu/,
    );
    expect(await page.locator("#send-step-preview").isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Periksa dan buat ulang" }).click();
    await page.locator("#check").waitFor();
    expect(await text(page, "#previous")).toContain("datanya berubah sejak itu");
    expect(await page.locator("#existing").isVisible()).toBe(false);
    expect(await page.getAttribute("#buat", "class")).toBe("primary");
    expect(server.env.MailApp.sent).toHaveLength(0);
    await closeClean(page);
  });

  it("someone else sent the month after this preview: Kirim asks to confirm first, then sends once more", async () => {
    const page = await madeDeck();
    await preview(page);
    expect(await page.locator("#send-step-resend-row").isVisible()).toBe(false);

    // Staff B, in their own dialog, previews and sends meanwhile.
    server.env.Session.userEmail = "budi@kemenkeu.go.id";
    expect(server.call<{ ok: boolean }>("siapkanKirim", "2023-11").ok).toBe(true);
    expect(server.call<{ ok: boolean }>("kirimLaporan", { month: "2023-11" }).ok).toBe(true);
    server.env.Session.userEmail = STAFF;

    const send = page.getByRole("button", { name: "Kirim", exact: true });
    await send.click();
    await page.locator("#send-step-resend-row").waitFor();
    expect(await text(page, "#send-step-resend-text")).toContain("oleh budi@kemenkeu.go.id");
    expect(server.env.MailApp.sent).toHaveLength(1);
    expect(await send.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Ya, kirim sekali lagi").check();
    await send.click();
    await statusSays(page, "E-mail terkirim");
    expect(server.env.MailApp.sent).toHaveLength(2);
    expect(server.calls.filter((c) => c.name === "kirimLaporan").map((c) => c.args)).toEqual([
      [{ month: "2023-11", confirmResend: false, seen: 0 }],
      [{ month: "2023-11", confirmResend: true, seen: 1 }],
    ]);
    await closeClean(page);
  });

  it("the deck made again after this preview: Kirim shows the new e-mail first and sends nothing yet", async () => {
    const page = await madeDeck();
    await preview(page);

    // Meanwhile a figure is corrected and the deck made again (the same file).
    setFigure("PPID", "2023-11", 2, 99);
    const again = server.call<{ ok: boolean }>("buatLaporanBulan", {
      month: "2023-11",
      allowMissing: true,
      acceptWarnings: true,
    });
    expect(again.ok).toBe(true);

    await page.getByRole("button", { name: "Kirim", exact: true }).click();
    await statusSays(page, "Presentasi November 2023 dibuat ulang sejak e-mail ini disiapkan");
    expect(await page.locator("#send-step-preview").isVisible()).toBe(true);
    expect(server.env.MailApp.sent).toHaveLength(0);
    expect(server.calls.filter((c) => c.name === "siapkanKirim")).toHaveLength(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kirim", exact: true }).click();
    await statusSays(page, "E-mail terkirim");
    expect(server.env.MailApp.sent).toHaveLength(1);
    await closeClean(page);
  });
});
