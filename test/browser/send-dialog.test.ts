/**
 * Kirim ke pimpinan in the built Buat Laporan dialog (dist/Dialog.html), its google.script.run
 * stand-in calling the BUILT dist/Code.js against the fakes (MailApp among them): generate the
 * November 2023 deck, preview the e-mail, send it, send it again only after the tick. axe-core
 * checks the step's page for serious or critical violations.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { bundleSource, type GasServer, sampleServer, setSetting } from "./gas-server";
import { dialogHtml, errorsOf, launch, openDialog } from "./harness";

const NOW = new Date("2023-12-05T09:00:00+07:00");
const BOSSES = ["kabiro@kemenkeu.go.id", "sesditjen@kemenkeu.go.id"];
/** Typed by staff in Pengaturan: markup that must stay text in the preview. */
const COVER = 'Yth. <b onmouseover="alert(1)">Bapak/Ibu</b> Pimpinan,';

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").trim();

async function generate(page: Page): Promise<void> {
  await page.fill("#bulan", "2023-11");
  await page.getByRole("button", { name: "Periksa" }).click();
  await page.locator("#check").waitFor();
  await page.getByLabel("Lanjutkan meski ada peringatan").check();
  await page.locator("#buat").click();
  await page.locator("#result").waitFor();
}

describe("Kirim ke pimpinan in the Buat Laporan dialog", () => {
  let browser: Browser;
  let server: GasServer;

  beforeAll(async () => {
    await Promise.all([dialogHtml(), bundleSource()]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The labels of the visible primary buttons and links. */
  const primaryLabels = (page: Page): Promise<string[]> =>
    page.$$eval(".primary", (els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.trim() ?? ""),
    );

  it("previews recipients, subject and message as text, sends, and asks before sending again", async () => {
    server = await sampleServer();
    setSetting(server.env, "Penerima Laporan", BOSSES.join("\n"));
    setSetting(server.env, "Pesan Pengantar", COVER);
    const page = await openDialog(browser, server.functions, { now: NOW });
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
      [{ month: "2023-11", confirmResend: false }],
      [{ month: "2023-11", confirmResend: true }],
    ]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("says what to fix in Pengaturan when there is no recipient, and sends nothing", async () => {
    server = await sampleServer();
    const page = await openDialog(browser, server.functions, { now: NOW });
    await generate(page);
    await page.getByRole("button", { name: "Kirim ke pimpinan" }).click();
    await page.locator("#send-step-failure").waitFor();
    expect(await text(page, "#send-step-failure")).toMatch(
      /^Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" masih kosong\./,
    );
    expect(await page.locator("#send-step-preview").isVisible()).toBe(false);
    expect(server.env.MailApp.sent).toHaveLength(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
