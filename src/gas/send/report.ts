/**
 * Kirim ke pimpinan on the server. `prepareSend` (the preview) reads the workbook once, composes
 * the e-mail, checks the daily quota and keeps the draft in the user's cache; `sendReport` sends
 * that draft with MailApp and appends the sending to Riwayat: two round trips, plus the PDF's
 * bytes when one was exported. Without a cached draft (expired) it prepares it again first.
 */

import { TOOL_NAME } from "../../core/entry/menu-path";
import { readMailSettings, recipientsProblem } from "../../core/mail/mail-settings";
import { parseWorkbook } from "../../core/workbook/parse";
import { type Month, monthLabel, parseMonth } from "../../core/workbook/period";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import { composeReportMail, MAX_ATTACHMENT_BYTES, type ReportMail } from "../../report/mail/report-mail";
import type { KirimDraft, KirimDraftResult, KirimRequest, KirimResult, SendingLine } from "../../rpc/send";
import { type DriveService, deckUrl, fileUrl, PDF_MIME } from "../drive";
import { errorMessage } from "../error-message";
import { previousDeck } from "../history";
import { PDF_PROPERTY } from "../report/steps";
import { DATA_TABS, readTabs, type SheetsService } from "../sheets-values";
import { previousSendings, sendingAppendRange, sendingRow } from "./history";

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
  userEmail: string;
  timestamp: () => string;
}

/** Shown as the sender's name in the recipients' inbox. */
const SENDER_NAME = TOOL_NAME;
const UNKNOWN_USER = "(tidak diketahui)";
const CACHE_PREFIX = "laporan.kirim.";
const CACHE_SECONDS = 30 * 60;

interface StoredDraft {
  month: string;
  deckUrl: string;
  presentationId: string;
  pdfName?: string;
  /** The e-mail with the PDF attached (or without a PDF at all). */
  mail: ReportMail;
  /** The e-mail linking the PDF, for when it cannot be attached. */
  linked: ReportMail;
  sent: SendingLine[];
  quota: number;
}

type Prepared = { ok: true; draft: StoredDraft } | { ok: false; reason: "setup" | "quota"; message: string };

const cacheKey = (month: string): string => `${CACHE_PREFIX}${month}`;

function quotaMessage(quota: number, recipients: number): string {
  return `Kuota e-mail harian akun Anda tinggal ${quota} penerima, sedangkan laporan ini dikirim ke ${recipients} penerima. Kirim lagi besok, atau kurangi "Penerima Laporan" di tab Pengaturan.`;
}

function prepare(services: SendServices, month: Month): Prepared {
  const raw = readTabs(services.sheets, services.spreadsheetId, [...DATA_TABS, HISTORY_TAB]);
  const settings = readMailSettings(raw);
  const problem = recipientsProblem(raw, settings, "penerimaLaporan");
  if (problem) return { ok: false, reason: "setup", message: problem };
  const history = raw[HISTORY_TAB];
  const deck = previousDeck(history, month);
  if (!deck) {
    return {
      ok: false,
      reason: "setup",
      message: `Belum ada presentasi ${monthLabel(month)} di tab Riwayat. Buat laporannya dulu, lalu kirim.`,
    };
  }
  // The link is rebuilt from the ID: the Tautan cell is typed text anyone with edit access can change.
  const url = deckUrl(deck.presentationId);
  const data = parseWorkbook(raw).data;
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
    draft: {
      month,
      deckUrl: url,
      presentationId: deck.presentationId,
      ...(pdfUrl ? { pdfName: `${mail.subject}.pdf` } : {}),
      mail,
      linked,
      sent: previousSendings(history, month),
      quota,
    },
  };
}

function remember(services: SendServices, draft: StoredDraft): void {
  services.cache.put(cacheKey(draft.month), JSON.stringify(draft), CACHE_SECONDS);
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
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const prepared = prepare(services, parsed.month);
  if (!prepared.ok) return { ok: false, message: prepared.message };
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

/** Dialog RPC, sending: the previewed e-mail (again only with `confirmResend`). */
export function sendReport(services: SendServices, input: unknown): KirimResult {
  const request = (input ?? {}) as Partial<KirimRequest>;
  const parsed = parseMonth(request.month);
  if (!parsed.ok) return { ok: false, reason: "invalid", message: parsed.message };
  let draft = recalled(services, parsed.month);
  if (!draft) {
    const prepared = prepare(services, parsed.month);
    if (!prepared.ok) return prepared;
    draft = prepared.draft;
  }
  const last = draft.sent[draft.sent.length - 1];
  if (last && !request.confirmResend) {
    return {
      ok: false,
      reason: "resend",
      message: `Laporan ${monthLabel(parsed.month)} sudah dikirim pada ${last.when} oleh ${last.who} (${last.to}). Kirim sekali lagi?`,
    };
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
  const when = services.timestamp();
  const who = services.userEmail || UNKNOWN_USER;
  const notes: string[] = [];
  try {
    services.sheets.Spreadsheets.Values.append(
      { values: [sendingRow({ month: draft.month, url: draft.deckUrl, when, who, to: mail.to })] },
      services.spreadsheetId,
      sendingAppendRange(),
      { valueInputOption: "RAW", insertDataOption: "INSERT_ROWS" },
    );
  } catch (error) {
    notes.push(`E-mail terkirim, tetapi belum tercatat di tab Riwayat: ${errorMessage(error)}`);
  }
  draft.sent.push({ when, who, to: mail.to.join(", ") });
  remember(services, draft);
  return { ok: true, to: mail.to, when, attached: attachment !== undefined, notes };
}
