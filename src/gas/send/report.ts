/**
 * Kirim ke pimpinan on the server. `prepareSend` (the preview) reads the workbook once, checks the
 * e-mail settings, that the month's deck was made from the data as it is now (Riwayat's "Sidik
 * Data") and the daily quota, composes the e-mail and keeps it in the user's cache. `sendReport`
 * takes the document lock, reads Riwayat (one round trip: who sent the month meanwhile, and
 * whether the deck was made again), sends with MailApp and appends the sending to Riwayat; plus
 * the PDF's bytes when one was exported. Without a cached draft (expired, or too big for the
 * cache) it prepares it again first, in the same one read.
 */

import { TOOL_NAME } from "../../core/entry/menu-path";
import { dataFingerprint } from "../../core/judgement/report-check";
import { readMailSettings, reportMailProblem } from "../../core/mail/mail-settings";
import { parseWorkbook } from "../../core/workbook/parse";
import { type Month, monthLabel, parseMonth } from "../../core/workbook/period";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { RawTab } from "../../core/workbook/types";
import { composeReportMail, MAX_ATTACHMENT_BYTES, type ReportMail } from "../../report/mail/report-mail";
import type { KirimDraft, KirimDraftResult, KirimRequest, KirimResult, SendingLine } from "../../rpc/send";
import { type DriveService, deckUrl, fileUrl, PDF_MIME } from "../drive";
import { errorMessage } from "../error-message";
import { previousDeck } from "../history";
import { PDF_PROPERTY } from "../report/steps";
import { DATA_TABS, readTabs, type SheetsService } from "../sheets-values";
import { deckState } from "./deck-state";
import { deckFingerprint, previousSendings, sendingAppendRange, sendingRow } from "./history";

export type MailService = Pick<GoogleAppsScript.Mail.MailApp, "sendEmail" | "getRemainingDailyQuota">;

export interface SendServices {
  sheets: SheetsService;
  drive: DriveService;
  mail: MailService;
  spreadsheetId: string;
  /** Document properties: the month's PDF (saved by Buat Laporan). */
  properties: Pick<GoogleAppsScript.Properties.Properties, "getProperty">;
  /** The user's cache: the draft between preview and sending. */
  cache: Pick<GoogleAppsScript.Cache.Cache, "get" | "put">;
  /** The document lock: two staff sending the same month are served one after the other. */
  lock: Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock">;
  userEmail: string;
  timestamp: () => string;
}

/** Shown as the sender's name in the recipients' inbox. */
const SENDER_NAME = TOOL_NAME;
const UNKNOWN_USER = "(tidak diketahui)";
const CACHE_PREFIX = "laporan.kirim.";
const CACHE_SECONDS = 30 * 60;
/**
 * "The maximum length of a value is 100KB" (https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)):
 * counted here in UTF-8 bytes, with room to spare; a bigger draft is not cached but made again.
 */
const CACHE_MAX_BYTES = 90 * 1024;
const LOCK_WAIT_MS = 20_000;

interface StoredDraft {
  month: string;
  deckUrl: string;
  presentationId: string;
  /** The fingerprint of the data the e-mail was composed from: the deck's, when it was previewed. */
  fingerprint: string;
  pdfName?: string;
  /** The e-mail with the PDF attached (or without a PDF at all). */
  mail: ReportMail;
  /** The e-mail linking the PDF, for when it cannot be attached. */
  linked: ReportMail;
  sent: SendingLine[];
  quota: number;
}

type Prepared =
  | { ok: true; draft: StoredDraft; history: RawTab | undefined }
  | { ok: false; reason: "setup" | "quota" | "changed"; message: string };

const cacheKey = (month: string): string => `${CACHE_PREFIX}${month}`;

function quotaMessage(quota: number, recipients: number): string {
  return `Kuota e-mail harian akun Anda tinggal ${quota} penerima, sedangkan laporan ini dikirim ke ${recipients} penerima. Kirim lagi besok, atau kurangi "Penerima Laporan" di tab Pengaturan.`;
}

function changedMessage(month: Month, when: string): string {
  const made = when ? ` (${when})` : "";
  return `Data ${monthLabel(month)} berubah sejak presentasinya dibuat${made}, sehingga e-mail akan menyebut angka yang tidak ada di presentasi. Buat ulang laporannya dulu (tautannya tetap sama), lalu kirim.`;
}

function prepare(services: SendServices, month: Month): Prepared {
  const raw = readTabs(services.sheets, services.spreadsheetId, [...DATA_TABS, HISTORY_TAB]);
  const settings = readMailSettings(raw);
  const problem = reportMailProblem(raw, settings);
  if (problem) return { ok: false, reason: "setup", message: problem };
  const history = raw[HISTORY_TAB];
  const data = parseWorkbook(raw).data;
  const state = deckState(history, month, dataFingerprint(data, month));
  if (!state) {
    return {
      ok: false,
      reason: "setup",
      message: `Belum ada presentasi ${monthLabel(month)} di tab Riwayat. Buat laporannya dulu, lalu kirim.`,
    };
  }
  // The e-mail states figures: only those the deck shows.
  if (!state.unchanged)
    return { ok: false, reason: "changed", message: changedMessage(month, state.deck.when) };
  const deck = state.deck;
  // The link is rebuilt from the ID: the Tautan cell is typed text anyone with edit access can change.
  const url = deckUrl(deck.presentationId);
  const pdfId = services.properties.getProperty(`${PDF_PROPERTY}${month}`) ?? "";
  const pdfUrl = pdfId ? fileUrl(pdfId) : undefined;
  const input = {
    month,
    data,
    recipients: settings.recipients,
    message: settings.message,
    unitName: String(data.settings.namaUnit ?? ""),
    deckUrl: url,
    ...(pdfUrl ? { pdf: { url: pdfUrl } } : {}),
  };
  const mail = composeReportMail(input);
  const linked = pdfUrl ? composeReportMail({ ...input, pdf: { url: pdfUrl, unavailable: true } }) : mail;
  const quota = services.mail.getRemainingDailyQuota();
  if (quota < settings.recipients.length) {
    return { ok: false, reason: "quota", message: quotaMessage(quota, settings.recipients.length) };
  }
  return {
    ok: true,
    history,
    draft: {
      month,
      deckUrl: url,
      presentationId: deck.presentationId,
      fingerprint: state.fingerprint,
      ...(pdfUrl ? { pdfName: `${mail.subject}.pdf` } : {}),
      mail,
      linked,
      sent: previousSendings(history, month),
      quota,
    },
  };
}

const utf8Bytes = (text: string): number => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, "x").length;

/** Keeps the draft for the sending; a draft too big for the cache (or a cache failing) is made again then. */
function remember(services: SendServices, draft: StoredDraft): void {
  try {
    const text = JSON.stringify(draft);
    if (utf8Bytes(text) > CACHE_MAX_BYTES) return;
    services.cache.put(cacheKey(draft.month), text, CACHE_SECONDS);
  } catch {
    // Not cached (too large, or a lone surrogate encodeURIComponent refuses): sendReport prepares it again.
  }
}

function recalled(services: SendServices, month: string): StoredDraft | undefined {
  const text = services.cache.get(cacheKey(month));
  if (!text) return undefined;
  try {
    return JSON.parse(text) as StoredDraft;
  } catch {
    return undefined;
  }
}

/** Dialog RPC, preview: the e-mail as it will go, or why it cannot. */
export function prepareSend(services: SendServices, input: unknown): KirimDraftResult {
  const parsed = parseMonth(input);
  if (!parsed.ok) return { ok: false, reason: "invalid", message: parsed.message };
  const prepared = prepare(services, parsed.month);
  if (!prepared.ok) return { ok: false, reason: prepared.reason, message: prepared.message };
  const { draft } = prepared;
  remember(services, draft);
  const view: KirimDraft = {
    ok: true,
    month: draft.month,
    monthLabel: monthLabel(parsed.month),
    to: draft.mail.to,
    subject: draft.mail.subject,
    body: draft.mail.body,
    pdf: draft.pdfName !== undefined,
    deckUrl: draft.deckUrl,
    sent: draft.sent,
    quota: draft.quota,
  };
  return view;
}

/** The deck as PDF, when one was exported and it fits in an e-mail; undefined otherwise. */
function pdfAttachment(services: SendServices, draft: StoredDraft): GoogleAppsScript.Base.Blob | undefined {
  if (draft.pdfName === undefined) return undefined;
  try {
    const files = services.drive.Files as unknown as {
      export(fileId: string, mimeType: string, optionalArgs: { alt: "media" }): GoogleAppsScript.Base.Blob;
    };
    const blob = files.export(draft.presentationId, PDF_MIME, { alt: "media" });
    if (!blob || blob.getBytes().length > MAX_ATTACHMENT_BYTES) return undefined;
    return blob.setName(draft.pdfName);
  } catch {
    // Too big for Drive to export, or gone: the e-mail links the saved PDF instead.
    return undefined;
  }
}

const QUOTA_ERROR = /too many times|quota|kuota/i;

/** The draft to send, checked against Riwayat as it is now; or why it cannot go as previewed. */
function currentDraft(
  services: SendServices,
  month: Month,
): { ok: true; draft: StoredDraft; history: RawTab | undefined } | Extract<KirimResult, { ok: false }> {
  const draft = recalled(services, month);
  if (!draft) return prepare(services, month);
  const history = readTabs(services.sheets, services.spreadsheetId, [HISTORY_TAB])[HISTORY_TAB];
  const deck = previousDeck(history, month);
  const made = deck ? deckFingerprint(history, month, deck.presentationId) : "";
  if (!deck || deck.presentationId !== draft.presentationId || made !== draft.fingerprint) {
    return {
      ok: false,
      reason: "outdated",
      message: `Presentasi ${monthLabel(month)} dibuat ulang sejak e-mail ini disiapkan. Periksa e-mail yang baru, lalu kirim.`,
    };
  }
  return { ok: true, draft, history };
}

function resendMessage(month: Month, sent: readonly SendingLine[]): string {
  const last = sent[sent.length - 1];
  const times = sent.length > 1 ? ` ${sent.length} kali; terakhir` : "";
  return `Laporan ${monthLabel(month)} sudah dikirim${times} pada ${last?.when} oleh ${last?.who} (${last?.to}). Kirim sekali lagi?`;
}

/**
 * Dialog RPC, sending: the previewed e-mail, under the document lock. "Already sent" is Riwayat's
 * answer now, not the preview's: a sending by anyone since needs the user's confirmation.
 */
export function sendReport(services: SendServices, input: unknown): KirimResult {
  const request = (input ?? {}) as Partial<KirimRequest>;
  const parsed = parseMonth(request.month);
  if (!parsed.ok) return { ok: false, reason: "invalid", message: parsed.message };
  if (!services.lock.tryLock(LOCK_WAIT_MS)) {
    return {
      ok: false,
      reason: "busy",
      message:
        "Workbook sedang dipakai (laporan sedang dibuat atau dikirim oleh staf lain). Tunggu sebentar, lalu klik Kirim lagi.",
    };
  }
  try {
    return sendLocked(services, parsed.month, request);
  } finally {
    try {
      services.lock.releaseLock();
    } catch {
      // Released when the execution ends anyway; the e-mail's outcome stands.
    }
  }
}

function sendLocked(services: SendServices, month: Month, request: Partial<KirimRequest>): KirimResult {
  const current = currentDraft(services, month);
  if (!current.ok) return current;
  const { draft } = current;
  const sent = previousSendings(current.history, month);
  const confirmed =
    request.confirmResend === true && (request.seen === undefined || request.seen === sent.length);
  if (sent.length > 0 && !confirmed) {
    return { ok: false, reason: "resend", message: resendMessage(month, sent), sent };
  }
  const attachment = pdfAttachment(services, draft);
  const mail = draft.pdfName !== undefined && !attachment ? draft.linked : draft.mail;
  try {
    services.mail.sendEmail({
      to: mail.to.join(","),
      subject: mail.subject,
      body: mail.body,
      htmlBody: mail.htmlBody,
      name: SENDER_NAME,
      ...(attachment ? { attachments: [attachment] } : {}),
    });
  } catch (error) {
    const message = errorMessage(error);
    if (QUOTA_ERROR.test(message)) {
      return { ok: false, reason: "quota", message: quotaMessage(0, mail.to.length) };
    }
    return { ok: false, reason: "failed", message: `E-mail tidak terkirim: ${message}` };
  }
  // The e-mail is out: from here on nothing may turn the answer into a failure.
  return afterSending(services, draft, mail, attachment !== undefined);
}

function afterSending(
  services: SendServices,
  draft: StoredDraft,
  mail: ReportMail,
  attached: boolean,
): KirimResult {
  const notes: string[] = [];
  let when = "";
  let who = UNKNOWN_USER;
  try {
    when = services.timestamp();
    who = services.userEmail || UNKNOWN_USER;
    services.sheets.Spreadsheets.Values.append(
      { values: [sendingRow({ month: draft.month, url: draft.deckUrl, when, who, to: mail.to })] },
      services.spreadsheetId,
      sendingAppendRange(),
      { valueInputOption: "RAW", insertDataOption: "INSERT_ROWS" },
    );
  } catch (error) {
    notes.push(
      `E-mail terkirim, tetapi belum tercatat di tab Riwayat: ${errorMessage(error)}. Catat pengirimannya di tab Riwayat agar tidak terkirim dua kali.`,
    );
  }
  return { ok: true, to: mail.to, when, attached, notes };
}
