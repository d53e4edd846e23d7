/**
 * Kirim ke pimpinan end to end: the BUILT dist/Code.js in node:vm, a deck generated for
 * November 2023 from the sample workbook, then the preview (`siapkanKirim`) and the sending
 * (`kirimLaporan`) through the MailApp fake. Expected sentences come from the seed's figures.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult, PeriksaResult } from "../../src/rpc/report";
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
      reason: "quota",
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
      reason: "setup",
      message: "Belum ada presentasi November 2023 di tab Riwayat. Buat laporannya dulu, lalu kirim.",
    });
  });

  it("costs one read and the quota check to preview, and three round trips to send (Riwayat read under the lock)", () => {
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
      "Sheets.Spreadsheets.get": 1,
      "MailApp.sendEmail": 1,
      "Sheets.Spreadsheets.Values.append": 1,
    });
  });
});

/** Puts a value in the month's row of a one-row-per-month tab, as staff type it in the sheet. */
function setFigure(l: MailLoaded, tab: string, month: string, column: number, value: unknown): void {
  const sheet = l.env.spreadsheet.sheet(tab);
  const row = (sheet?.snapshot() ?? []).findIndex((r) => r[0] === month);
  if (!sheet || row < 0) throw new Error(`no ${tab} ${month}`);
  sheet.setCell(row + 1, column, value);
}

const regenerate = (l: MailLoaded) =>
  l.bundle.call("buatLaporanBulan", {
    month: "2023-11",
    allowMissing: true,
    acceptWarnings: true,
  }) as BuatLaporanResult;

/** Staff B at the same workbook: the session's user and the user cache are B's until `back()`. */
function asOtherUser(l: MailLoaded, email: string): { back: () => void } {
  const cache = l.env.CacheService.user.store;
  const mine = new Map(cache);
  const me = l.env.Session.userEmail;
  cache.clear();
  l.env.Session.userEmail = email;
  return {
    back: () => {
      cache.clear();
      for (const [k, v] of mine) cache.set(k, v);
      l.env.Session.userEmail = me;
    },
  };
}

describe("Kirim ke pimpinan in a team (issue 18)", () => {
  it("decides 'already sent' from Riwayat at sending time, under the lock: A's stale preview asks to confirm", () => {
    const l = generated();
    const heldWhileSending: boolean[] = [];
    const sendEmail = l.env.MailApp.sendEmail.bind(l.env.MailApp);
    l.env.MailApp.sendEmail = ((...args: Parameters<typeof sendEmail>) => {
      heldWhileSending.push(l.env.LockService.document.held);
      return sendEmail(...args);
    }) as typeof sendEmail;

    const a = preview(l);
    expect(a.ok && a.sent).toEqual([]);
    const b = asOtherUser(l, "budi@kemenkeu.go.id");
    expect(preview(l).ok).toBe(true);
    expect(send(l).ok).toBe(true);
    b.back();

    // A's cached draft says "never sent"; Riwayat says B sent it.
    const stale = send(l);
    expect(stale).toMatchObject({ ok: false, reason: "resend" });
    if (!stale.ok) {
      expect(stale.message).toContain("oleh budi@kemenkeu.go.id");
      expect(stale.sent?.map((s) => s.who)).toEqual(["budi@kemenkeu.go.id"]);
    }
    expect(l.env.MailApp.sent).toHaveLength(1);
    // A confirmation given for what A saw (no sending) does not cover B's.
    const blind = l.bundle.call("kirimLaporan", {
      month: "2023-11",
      confirmResend: true,
      seen: 0,
    }) as KirimResult;
    expect(blind).toMatchObject({ ok: false, reason: "resend" });
    expect(l.env.MailApp.sent).toHaveLength(1);
    const confirmed = l.bundle.call("kirimLaporan", {
      month: "2023-11",
      confirmResend: true,
      seen: 1,
    }) as KirimResult;
    expect(confirmed.ok).toBe(true);
    expect(l.env.MailApp.sent).toHaveLength(2);
    expect(heldWhileSending).toEqual([true, true]);
    expect(l.env.LockService.document.held).toBe(false);
    expect(riwayat(l).map((r) => r[3])).toEqual([USER, "budi@kemenkeu.go.id", USER]);
  });

  it("sends nothing while another staff member holds the workbook's lock", () => {
    const l = generated();
    preview(l);
    l.env.LockService.document.heldElsewhere = true;
    const result = send(l);
    expect(result).toMatchObject({ ok: false, reason: "busy" });
    if (!result.ok) expect(result.message).toContain("Workbook sedang dipakai");
    expect(l.env.MailApp.sent).toHaveLength(0);
  });
});

describe("the e-mail states only the deck's figures (issue 19, item 1)", () => {
  it("refuses the preview when the data changed since the deck was made, and offers to make it again", () => {
    const l = generated();
    setFigure(l, "PPID", "2023-11", 2, 99);
    const draft = preview(l);
    expect(draft).toMatchObject({ ok: false, reason: "changed" });
    if (!draft.ok) {
      expect(draft.message).toMatch(
        /^Data November 2023 berubah sejak presentasinya dibuat \(\d{4}-\d{2}-\d{2} [\d:]+\), sehingga e-mail akan menyebut angka yang tidak ada di presentasi\. Buat ulang laporannya dulu/,
      );
    }
    // No cached draft: sending prepares again and refuses the same way.
    expect(send(l)).toMatchObject({ ok: false, reason: "changed" });
    expect(l.env.MailApp.sent).toHaveLength(0);

    const again = regenerate(l);
    expect(again.ok && again.url).toBe(l.deck);
    expect(preview(l).ok).toBe(true);
    expect(send(l).ok).toBe(true);
  });

  it("a preview made before the deck was made again is not sent: the new e-mail is previewed first", () => {
    const l = generated();
    const before = preview(l);
    expect(before.ok).toBe(true);
    setFigure(l, "PPID", "2023-11", 2, 99);
    expect(regenerate(l).ok).toBe(true);
    const result = send(l);
    expect(result).toMatchObject({ ok: false, reason: "outdated" });
    expect(l.env.MailApp.sent).toHaveLength(0);
    expect(preview(l).ok).toBe(true);
    expect(send(l).ok).toBe(true);
  });

  it("filling Penerima Laporan or Pesan Pengantar after the deck is made is not a change of the data", () => {
    const l = loadWorkbook(source, sampleWorkbook());
    expect(regenerate(l).ok).toBe(true);
    setSettings(l.env, { "Penerima Laporan": BOSSES, "Pesan Pengantar": "Yth. Pimpinan," });
    const draft = preview(l);
    expect(draft.ok).toBe(true);
  });
});

describe("e-mail limits (issue 19, item 12)", () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => `pejabat${i + 1}@kemenkeu.go.id`).join("\n");

  it("refuses more than 50 recipients at the preview, in Indonesian, naming the row", () => {
    const l = generated();
    setSettings(l.env, { "Penerima Laporan": many(51) });
    const draft = preview(l);
    expect(draft).toMatchObject({ ok: false, reason: "setup" });
    if (!draft.ok) {
      expect(draft.message).toMatch(
        /^Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" berisi 51 alamat, sedangkan Google mengirim satu e-mail ke paling banyak 50 penerima\./,
      );
    }
    expect(send(l)).toMatchObject({ ok: false, reason: "setup" });
    expect(l.env.calls.count("MailApp", "sendEmail")).toBe(0);
    setSettings(l.env, { "Penerima Laporan": many(50) });
    expect(preview(l).ok).toBe(true);
    expect(send(l).ok).toBe(true);
    expect(l.env.MailApp.sent[0]?.to).toHaveLength(50);
  });

  it("a Pesan Pengantar of 30.000 characters never blocks Buat Laporan; the preview says what to shorten", () => {
    const l = generated({ "Pesan Pengantar": "Yth. Pimpinan. ".repeat(2000) });
    const draft = preview(l);
    expect(draft).toEqual({
      ok: false,
      reason: "setup",
      message: expect.stringMatching(
        /^Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Pesan Pengantar" berisi 29\.999 karakter, melebihi batas 2\.000 karakter\. Persingkat isinya\.$/,
      ),
    });
    expect(l.env.MailApp.sent).toHaveLength(0);
    // Past its limit, Penerima Laporan does not stop the deck either.
    setSettings(l.env, { "Penerima Laporan": "a@b.go.id,".repeat(300) });
    expect(regenerate(l).ok).toBe(true);
  });

  it("a draft the user cache cannot hold (Argument too large) is made again at sending", () => {
    const l = generated({ "Pesan Pengantar": "Yth. Pimpinan," });
    const put = l.env.CacheService.user.put.bind(l.env.CacheService.user);
    l.env.CacheService.user.put = () => {
      throw new Error("Argument too large: value");
    };
    const draft = preview(l);
    expect(draft.ok).toBe(true);
    const result = send(l);
    expect(result).toMatchObject({ ok: true, notes: [] });
    expect(l.env.MailApp.sent[0]?.body).toBe(draft.ok ? draft.body : "");
    l.env.CacheService.user.put = put;
  });

  it("reports success when the e-mail went out, even if Riwayat could not be written (with a note)", () => {
    const l = generated();
    preview(l);
    l.env.Sheets.Spreadsheets.Values.append = () => {
      throw new Error("Service Spreadsheets failed while accessing document");
    };
    const result = send(l);
    expect(result).toMatchObject({ ok: true, to: ["kabiro@kemenkeu.go.id", "sesditjen@kemenkeu.go.id"] });
    if (result.ok) {
      expect(result.notes).toEqual([
        "E-mail terkirim, tetapi belum tercatat di tab Riwayat: Service Spreadsheets failed while accessing document. Catat pengirimannya di tab Riwayat agar tidak terkirim dua kali.",
      ]);
    }
    expect(l.env.MailApp.sent).toHaveLength(1);
  });
});

describe("recipients checked before the deck (issue 20, item 9)", () => {
  it("Periksa Data and the dialog's first step say when Penerima Laporan is empty or invalid", () => {
    const l = loadWorkbook(source, sampleWorkbook());
    const check = () => l.bundle.call("periksaLaporan", "2023-11") as PeriksaResult;
    expect(check().mailProblem).toMatch(
      /^Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" masih kosong\./,
    );
    l.env.ui.answerPrompts({ text: "2023-11" });
    l.bundle.call("periksaData");
    expect(l.env.ui.alerts.at(-1)?.message).toMatch(
      /\n\nKirim ke pimpinan belum dapat dipakai: Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Laporan" masih kosong\./,
    );
    setSettings(l.env, { "Penerima Laporan": "kabiro@kemenkeu.go.id, pimpinan" });
    expect(check().mailProblem).toContain('berisi alamat e-mail yang tidak sah: "pimpinan"');
    setSettings(l.env, { "Penerima Laporan": BOSSES });
    expect(check().mailProblem).toBeUndefined();
    l.env.ui.answerPrompts({ text: "2023-11" });
    l.bundle.call("periksaData");
    expect(l.env.ui.alerts.at(-1)?.message).not.toContain("Kirim ke pimpinan");
  });

  it("the first step says whether the month's deck still shows the data", () => {
    const l = generated();
    const check = () => l.bundle.call("periksaLaporan", "2023-11") as PeriksaResult;
    expect(check().previous).toEqual({ url: l.deck, when: expect.any(String), unchanged: true });
    setFigure(l, "PPID", "2023-11", 2, 99);
    expect(check().previous?.unchanged).toBe(false);
    setFigure(l, "PPID", "2023-11", 2, 21);
    expect(check().previous?.unchanged).toBe(true);
  });
});
