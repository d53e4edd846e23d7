/**
 * MailApp: what the script sent, and the daily quota (recipients per day), failing as Apps Script
 * fails: over the quota, with an address MailApp refuses, or with attachments over Gmail's limit.
 */
import { type CallLog, Counted } from "./calls";
import { FakeBlob } from "./drive-app";
import type { FakeOf } from "./typing";

export interface SentMail {
  to: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  attachments: { name: string; contentType: string; bytes: number; data: string }[];
}

/**
 * Google's Apps Script quotas page, https://developers.google.com/apps-script/guides/services/quotas:
 * "Email recipients per day" 100 for consumer accounts, 1,500 for Google Workspace (Current
 * quotas); "Email recipients per message" 50 and "Email total attachments size" 25 MB per message
 * for both (Current limitations). Over a limit MailApp throws "Limit Exceeded: ...".
 */
export const DEFAULT_MAIL_QUOTA = 100;
export const WORKSPACE_MAIL_QUOTA = 1500;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export class FakeMailApp
  extends Counted
  implements FakeOf<GoogleAppsScript.Mail.MailApp, "sendEmail" | "getRemainingDailyQuota">
{
  readonly sent: SentMail[] = [];
  /** Recipients still allowed today. */
  quota = DEFAULT_MAIL_QUOTA;
  /** Set to make the next sendEmail fail with this message (a Gmail outage ...). */
  failNext: string | undefined;

  constructor(calls: CallLog) {
    super(calls, "MailApp", "");
  }

  getRemainingDailyQuota(): number {
    this.hit("getRemainingDailyQuota");
    return this.quota;
  }

  sendEmail(
    first: string | GoogleAppsScript.Mail.MailAdvancedParameters,
    second?: string,
    third?: string,
    fourth?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
  ): void {
    this.hit("sendEmail");
    const message: GoogleAppsScript.Mail.MailAdvancedParameters =
      typeof first === "object"
        ? first
        : typeof fourth === "object"
          ? { ...fourth, to: first, subject: second, body: third }
          : typeof fourth === "string"
            ? { to: first, replyTo: second, subject: third, body: fourth }
            : { to: first, subject: second, body: third };
    if (this.failNext) {
      const reason = this.failNext;
      this.failNext = undefined;
      throw new Error(reason);
    }
    const list = (field: string | undefined) =>
      String(field ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter((a) => a !== "");
    const to = list(message.to);
    const copies = [...list(message.cc), ...list(message.bcc)];
    if (to.length === 0) throw new Error("Failed to send email: no recipient");
    for (const address of [...to, ...copies]) {
      if (!ADDRESS.test(address)) throw new Error(`Invalid email: ${address}`);
    }
    // To, Cc and Bcc count together, per message and against the day's quota.
    const recipients = to.length + copies.length;
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE) {
      throw new Error("Limit Exceeded: Email Recipients Per Message.");
    }
    if (message.subject === undefined || message.body === undefined) {
      throw new Error(
        "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
      );
    }
    if (recipients > this.quota) throw new Error("Service invoked too many times for one day: email.");
    const attachments = (message.attachments ?? []).map((source) => {
      if (!(source instanceof FakeBlob))
        throw new Error(`Fake: expected a FakeBlob attachment, got ${String(source)}`);
      return {
        name: source.name,
        contentType: source.contentType,
        bytes: new TextEncoder().encode(source.data).length,
        data: source.data,
      };
    });
    if (attachments.reduce((sum, a) => sum + a.bytes, 0) > MAX_ATTACHMENTS_BYTES) {
      throw new Error("Limit Exceeded: Email Total Attachments Size.");
    }
    this.quota -= recipients;
    this.sent.push({
      to,
      subject: message.subject,
      body: message.body,
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      ...(message.name !== undefined ? { name: message.name } : {}),
      ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
      attachments,
    });
  }
}
