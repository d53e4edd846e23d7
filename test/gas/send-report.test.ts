/**
 * Kirim ke pimpinan end to end: the BUILT dist/Code.js in node:vm, a deck generated for
 * November 2023 from the sample workbook, then the preview (`siapkanKirim`) and the sending
 * (`kirimLaporan`) through the MailApp fake. Expected sentences come from the seed's figures.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult } from "../../src/rpc/report";
import type { KirimDraftResult, KirimResult } from "../../src/rpc/send";
import { ensureBundle } from "../fakes/runtime";
import { loadWorkbook, type MailLoaded, setSettings, USER } from "./mail-env";

const SUBJECT = "Laporan Layanan Informasi - November 2023";
const BOSSES = "kabiro@kemenkeu.go.id\nsesditjen@kemenkeu.go.id";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

function generated(settings: Record<string, string> = {}): MailLoaded & { deck: string } {
  const loaded = loadWorkbook(source, sampleWorkbook(), { "Penerima Laporan": BOSSES, ...settings });
  const result = loaded.bundle.call("buatLaporanBulan", {
    month: "2023-11",
    allowMissing: true,
    acceptWarnings: true,
  }) as BuatLaporanResult;
  if (!result.ok) throw new Error(result.message);
  loaded.env.calls.reset();
  return { ...loaded, deck: result.url };
}

const preview = (l: MailLoaded) => l.bundle.call("siapkanKirim", "2023-11") as KirimDraftResult;
const send = (l: MailLoaded, confirmResend = false) =>
  l.bundle.call("kirimLaporan", { month: "2023-11", confirmResend }) as KirimResult;
const riwayat = (l: MailLoaded) => (l.env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? []).slice(1);

describe("the manifest", () => {
  it("asks for MailApp's send-only scope and ScriptApp's, and no Gmail scope", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../appsscript.json", import.meta.url), "utf8"));
    const scopes: string[] = manifest.oauthScopes;
    expect(scopes).toContain("https://www.googleapis.com/auth/script.send_mail");
    expect(scopes).toContain("https://www.googleapis.com/auth/script.scriptapp");
    expect(scopes.filter((s) => /gmail|mail\.google/.test(s))).toEqual([]);
  });
});

describe("Kirim ke pimpinan", () => {
  it("previews recipients, subject and body, then sends exactly that", () => {
    const l = generated({ "Pesan Pengantar": "Yth. Bapak/Ibu Pimpinan," });
    const draft = preview(l);
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.to).toEqual(["kabiro@kemenkeu.go.id", "sesditjen@kemenkeu.go.id"]);
    expect(draft.subject).toBe(SUBJECT);
    expect(draft.body.startsWith("Yth. Bapak/Ibu Pimpinan,\n\nBerikut laporan")).toBe(true);
    expect(draft.body).toContain(`Presentasi: ${l.deck}`);
    expect(draft.body).toContain(
      "Tiket Konsultasi bulan November 2023 turun 12,3% dibandingkan bulan sebelumnya (1.450) dan turun 3,9% dibandingkan bulan November 2022 (1.322).",
    );
    expect(draft.sent).toEqual([]);
    expect(l.env.MailApp.sent).toHaveLength(0);

    const result = send(l);
    expect(result).toMatchObject({ ok: true, to: draft.to, attached: false, notes: [] });
    expect(l.env.MailApp.sent).toHaveLength(1);
    const mail = l.env.MailApp.sent[0];
    expect(mail?.to).toEqual(draft.to);
    expect(mail?.subject).toBe(SUBJECT);
    expect(mail?.body).toBe(draft.body);
    expect(mail?.htmlBody).toContain(`<a href="${l.deck}">`);
    expect(mail?.attachments).toEqual([]);
  });

  it("writes every sending to Riwayat (when, who, to whom) without touching the deck's row", () => {
    const l = generated();
    preview(l);
    send(l);
    const rows = riwayat(l);
    expect(rows).toHaveLength(2);
    const [deckRow, sentRow] = rows;
    expect(deckRow?.[6]).toBe("Baru");
    expect(sentRow?.[0]).toBe("2023-11");
    expect(sentRow?.[1]).toBe(l.deck);
    expect(String(sentRow?.[2])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(sentRow?.[3]).toBe(USER);
    expect(sentRow?.[5]).toBe("");
    expect(sentRow?.[6]).toBe("Dikirim ke kabiro@kemenkeu.go.id, sesditjen@kemenkeu.go.id");
  });

  it("asks for confirmation before sending the same month again, also in a later session", () => {
    const l = generated();
    preview(l);
    expect(send(l).ok).toBe(true);
    const again = send(l);
    expect(again).toMatchObject({ ok: false, reason: "resend" });
    if (!again.ok) expect(again.message).toContain(`sudah dikirim pada`);
    expect(l.env.MailApp.sent).toHaveLength(1);
    expect(send(l, true).ok).toBe(true);
    expect(l.env.MailApp.sent).toHaveLength(2);

    // A new preview (the cache gone) finds both sendings in Riwayat.
    l.env.CacheService.user.store.clear();
    const draft = preview(l);
    expect(draft.ok && draft.sent.map((s) => s.who)).toEqual([USER, USER]);
    expect(send(l)).toMatchObject({ ok: false, reason: "resend" });
  });

  it("attaches the exported PDF, named after the report", () => {
    const l = generated({ "Ekspor PDF": "Ya" });
    const draft = preview(l);
    expect(draft.ok && draft.pdf).toBe(true);
    expect(draft.ok && draft.body).toContain("Salinan PDF terlampir.");
    expect(send(l)).toMatchObject({ ok: true, attached: true });
    const attachment = l.env.MailApp.sent[0]?.attachments[0];
    expect(attachment?.name).toBe(`${SUBJECT}.pdf`);
    expect(attachment?.contentType).toBe("application/pdf");
    expect(attachment?.data.startsWith("%PDF")).toBe(true);
  });

  it("links the PDF when its bytes cannot be attached", () => {
    const l = generated({ "Ekspor PDF": "Ya" });
    preview(l);
    const files = l.env.Drive.Files as unknown as { export: (...args: unknown[]) => unknown };
    files.export = () => {
      throw new Error("This file is too large to be exported.");
    };
    expect(send(l)).toMatchObject({ ok: true, attached: false });
    const mail = l.env.MailApp.sent[0];
    expect(mail?.attachments).toEqual([]);
    expect(mail?.body).toMatch(/PDF: https:\/\/drive\.google\.com\/file\/d\/[^/]+\/view/);
  });

  it("checks the daily quota first and says so clearly when it is not enough", () => {
    const l = generated();
    l.env.MailApp.quota = 1;
    const draft = preview(l);
    expect(draft).toEqual({
      ok: false,
      message:
        'Kuota e-mail harian akun Anda tinggal 1 penerima, sedangkan laporan ini dikirim ke 2 penerima. Kirim lagi besok, atau kurangi "Penerima Laporan" di tab Pengaturan.',
    });
    expect(l.env.calls.count("MailApp", "sendEmail")).toBe(0);

    // Spent elsewhere between the preview and the click: MailApp refuses, the message says why.
    l.env.MailApp.quota = 100;
    expect(preview(l).ok).toBe(true);
    l.env.MailApp.quota = 1;
    const result = send(l);
    expect(result).toMatchObject({ ok: false, reason: "quota" });
    if (!result.ok) expect(result.message).toContain("Kuota e-mail harian akun Anda tinggal 0 penerima");
    expect(l.env.MailApp.sent).toHaveLength(0);
    expect(riwayat(l)).toHaveLength(1);
  });

  it("refuses a bad address, naming tab, row and column, and sends nothing", () => {
    const l = generated();
    setSettings(l.env, { "Penerima Laporan": "kabiro@kemenkeu.go.id, pimpinan" });
    const draft = preview(l);
    expect(draft.ok).toBe(false);
    if (!draft.ok) {
      expect(draft.message).toMatch(
        /^Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" berisi alamat e-mail yang tidak sah: "pimpinan"\./,
      );
    }
    expect(send(l)).toMatchObject({ ok: false, reason: "setup" });
    expect(l.env.MailApp.sent).toHaveLength(0);
    expect(riwayat(l)).toHaveLength(1);
  });

  it("says a deck must be made first when the month has none", () => {
    const l = loadWorkbook(source, sampleWorkbook(), { "Penerima Laporan": BOSSES });
    expect(preview(l)).toEqual({
      ok: false,
      message: "Belum ada presentasi November 2023 di tab Riwayat. Buat laporannya dulu, lalu kirim.",
    });
  });

  it("costs one read and the quota check to preview, and two round trips to send", () => {
    const l = generated();
    preview(l);
    expect(l.env.calls.summary()).toMatchObject({
      "Sheets.Spreadsheets.get": 1,
      "MailApp.getRemainingDailyQuota": 1,
    });
    l.env.calls.reset();
    send(l);
    const remote = Object.entries(l.env.calls.summary()).filter(([k]) => /^(Sheets|Drive|MailApp)\./.test(k));
    expect(Object.fromEntries(remote)).toEqual({
      "MailApp.sendEmail": 1,
      "Sheets.Spreadsheets.Values.append": 1,
    });
  });
});
