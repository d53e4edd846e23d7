/**
 * Pengingat bulanan: one time-driven trigger per workbook, on the day Pengaturan names, that
 * checks the month just ended as Periksa Data does and e-mails Penerima Pengingat what is empty,
 * partial or wrong. The trigger's ID is mapped to its workbook in the user's properties, since
 * an add-on's triggers belong to the project, not to one spreadsheet, and a time-driven run has
 * no active spreadsheet. Which staff member's trigger is THE workbook's reminder is kept in the
 * document properties (owner.ts): one reminder per workbook, whoever set it.
 */

import { TOOL_NAME } from "../../core/entry/menu-path";
import { checkMonth } from "../../core/judgement/report-check";
import { readMailSettings, recipientsProblem } from "../../core/mail/mail-settings";
import { composeReminder } from "../../core/mail/reminder-mail";
import { columnLetter } from "../../core/workbook/parse";
import { lastCompletedMonth, type Month } from "../../core/workbook/period";
import { LOG_HEADERS, LOG_TAB } from "../../core/workbook/system-tabs";
import { errorMessage } from "../error-message";
import type { MailService } from "../send/report";
import { DATA_TABS, readTabs, type SheetsService, tabRange } from "../sheets-values";
import { type OwnerRecord, readOwner, writeOwner } from "./owner";

/** The trigger's handler: a top-level function of dist/Code.js (see main.ts). */
export const REMINDER_HANDLER = "kirimPengingat";
/** Early morning in the script's zone (Asia/Jakarta), before the working day starts. */
export const REMINDER_HOUR = 7;
const PROPERTY_PREFIX = "laporan.pengingat.";

type ScriptService = Pick<
  GoogleAppsScript.Script.ScriptApp,
  "newTrigger" | "getProjectTriggers" | "deleteTrigger"
>;
type Properties = Pick<
  GoogleAppsScript.Properties.Properties,
  "getProperty" | "setProperty" | "deleteProperty"
>;

export interface TriggerServices {
  script: ScriptService;
  /** The user's properties: trigger ID -> the workbook and day it reminds about. */
  properties: Properties;
  /** The workbook's document properties, shared by the team: whose reminder it is (owner.ts). */
  document: Pick<Properties, "getProperty" | "setProperty">;
  /** The staff member running Atur Pengingat. */
  userEmail: string;
  timestamp: () => string;
  spreadsheetId: string;
}

interface Mapping {
  spreadsheetId: string;
  day: number;
}

function mappingOf(properties: Properties, uid: string): Mapping | undefined {
  const text = properties.getProperty(`${PROPERTY_PREFIX}${uid}`);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Mapping;
  } catch {
    return undefined;
  }
}

/** This workbook's reminder triggers (normally one), with the day each was set for. */
export function workbookReminders(
  services: TriggerServices,
): { trigger: GoogleAppsScript.Script.Trigger; day?: number }[] {
  return services.script.getProjectTriggers().flatMap((trigger) => {
    if (trigger.getHandlerFunction() !== REMINDER_HANDLER) return [];
    const mapping = mappingOf(services.properties, trigger.getUniqueId());
    // A reminder trigger with no mapping cannot say which workbook it is for: it is stale.
    if (mapping && mapping.spreadsheetId !== services.spreadsheetId) return [];
    return [{ trigger, ...(mapping ? { day: mapping.day } : {}) }];
  });
}

/** Deletes this user's reminder triggers for the workbook (another user's cannot be reached). */
function removeOwnTriggers(
  services: Pick<TriggerServices, "script" | "properties" | "spreadsheetId">,
): number {
  const found = workbookReminders(services as TriggerServices);
  for (const { trigger } of found) {
    services.properties.deleteProperty(`${PROPERTY_PREFIX}${trigger.getUniqueId()}`);
    services.script.deleteTrigger(trigger);
  }
  return found.length;
}

/**
 * Removes the workbook's reminder, whoever set it: this user's triggers go now; a colleague's
 * trigger finds the reminder removed when it next fires and deletes itself.
 */
export function removeReminders(services: TriggerServices): number {
  const removed = removeOwnTriggers(services);
  writeOwner(services.document, { owner: "", removedBy: services.userEmail, since: services.timestamp() });
  return removed;
}

/**
 * Idempotent: whatever reminders the workbook had, it ends with exactly one, on `day`, this
 * user's (taking it over from whoever set it before).
 */
export function installReminder(services: TriggerServices, day: number): void {
  removeOwnTriggers(services);
  const trigger = services.script
    .newTrigger(REMINDER_HANDLER)
    .timeBased()
    .onMonthDay(day)
    .atHour(REMINDER_HOUR)
    .create();
  const uid = trigger.getUniqueId();
  const mapping: Mapping = { spreadsheetId: services.spreadsheetId, day };
  services.properties.setProperty(`${PROPERTY_PREFIX}${uid}`, JSON.stringify(mapping));
  writeOwner(services.document, { owner: services.userEmail, uid, day, since: services.timestamp() });
}

/** The workbook's reminder as the team sees it (who set it, which day), if one is set. */
export function workbookReminder(
  services: TriggerServices,
): Extract<OwnerRecord, { uid: string }> | undefined {
  const record = readOwner(services.document);
  if (record && record.owner !== "") {
    const set = record as Extract<OwnerRecord, { uid: string }>;
    // This user's own trigger deleted by hand (Apps Script's Triggers page): no reminder now.
    const gone =
      set.owner === services.userEmail &&
      !workbookReminders(services).some((r) => r.trigger.getUniqueId() === set.uid);
    return gone ? undefined : set;
  }
  if (record) return undefined;
  // Set before owners were recorded: this user's trigger, if they have one, is the reminder.
  const own = workbookReminders(services)[0];
  return own
    ? { owner: services.userEmail, uid: own.trigger.getUniqueId(), day: own.day ?? 0, since: "" }
    : undefined;
}

export interface ReminderRunServices {
  sheets: SheetsService;
  mail: MailService;
  /** The user's properties (trigger ID -> workbook). */
  properties: Properties;
  /** This user's triggers: the run checks it is one, and deletes itself when it is not the workbook's reminder. */
  script: ScriptService;
  /** The workbook's document properties (owner.ts); null where Apps Script gives a trigger none. */
  document: Pick<Properties, "getProperty" | "setProperty"> | null;
  /** The bound workbook, for a trigger made before mappings existed; "" when there is none. */
  fallbackSpreadsheetId: string;
  user: string;
  timestamp: () => string;
}

/** The fields Apps Script passes a time-driven trigger's handler that this one reads. */
export interface ClockEvent {
  triggerUid?: string;
  year?: number;
  month?: number;
}

export type ReminderOutcome = { sent: false; reason: "complete" } | { sent: true; to: string[] };

export const workbookUrl = (spreadsheetId: string): string =>
  `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;

/** The month just ended when the clock fired (the event says when), else when called. */
function endedMonth(event: ClockEvent, fallback: () => Month): Month {
  if (event.year && event.month) return lastCompletedMonth({ year: event.year, month: event.month });
  return fallback();
}

function remind(services: ReminderRunServices, spreadsheetId: string, month: Month): ReminderOutcome {
  const raw = readTabs(services.sheets, spreadsheetId, DATA_TABS);
  const settings = readMailSettings(raw);
  const problem = recipientsProblem(raw, settings, "penerimaPengingat");
  const check = checkMonth(raw, month);
  const mail = composeReminder(check, workbookUrl(spreadsheetId));
  if (!mail) return { sent: false, reason: "complete" };
  if (problem) throw new Error(problem);
  const to = settings.reminderRecipients;
  const quota = services.mail.getRemainingDailyQuota();
  if (quota < to.length) {
    throw new Error(
      `Kuota e-mail harian tinggal ${quota} penerima; pengingat untuk ${to.length} penerima tidak dikirim.`,
    );
  }
  services.mail.sendEmail({
    to: to.join(","),
    subject: mail.subject,
    body: mail.body,
    htmlBody: mail.htmlBody,
    name: TOOL_NAME,
  });
  return { sent: true, to };
}

/** A failed run, as one Log row: when, who, the month, and why. */
function logFailure(
  services: ReminderRunServices,
  spreadsheetId: string,
  month: string,
  reason: string,
): void {
  const byHeader: Record<string, string> = {
    Waktu: services.timestamp(),
    Pengguna: services.user,
    Bulan: month,
    Kolom: "Pengingat",
    "Nilai Baru": `Pengingat gagal: ${reason}`,
  };
  services.sheets.Spreadsheets.Values.append(
    { values: [LOG_HEADERS.map((h) => byHeader[h] ?? "")] },
    spreadsheetId,
    `${tabRange(LOG_TAB)}!A1:${columnLetter(LOG_HEADERS.length - 1)}1`,
    { valueInputOption: "RAW", insertDataOption: "INSERT_ROWS" },
  );
}

/**
 * The trigger's run. A failure is written to Log and not thrown (the next month tries again);
 * when even Log cannot be written, the original error is thrown so Apps Script reports it.
 */
export function runReminder(
  services: ReminderRunServices,
  event: ClockEvent,
  fallbackMonth: () => Month,
): ReminderOutcome | undefined {
  if (!isTheReminder(services, event)) return undefined;
  const mapping = event.triggerUid ? mappingOf(services.properties, event.triggerUid) : undefined;
  const spreadsheetId = mapping?.spreadsheetId ?? services.fallbackSpreadsheetId;
  const month = endedMonth(event, fallbackMonth);
  if (!spreadsheetId)
    throw new Error("Pengingat: workbook untuk pemicu ini tidak diketahui. Jalankan Atur Pengingat lagi.");
  try {
    return remind(services, spreadsheetId, month);
  } catch (error) {
    const reason = errorMessage(error);
    try {
      logFailure(services, spreadsheetId, month, reason);
    } catch {
      throw error;
    }
    return undefined;
  }
}

/**
 * Whether this run is the workbook's reminder firing. A call that is not one of this user's
 * reminder triggers firing (the handler is a top-level function, so an editor could call it with
 * google.script.run and a made-up event) sends nothing. A trigger that is no longer the
 * workbook's reminder (a colleague took it over, or it was removed) deletes itself, as its maker,
 * whom it runs as.
 */
function isTheReminder(services: ReminderRunServices, event: ClockEvent): boolean {
  const uid = typeof event.triggerUid === "string" ? event.triggerUid : "";
  if (uid === "") return false;
  const trigger = services.script
    .getProjectTriggers()
    .find((t) => t.getUniqueId() === uid && t.getHandlerFunction() === REMINDER_HANDLER);
  if (!trigger) return false;
  const record = readOwner(services.document);
  if (!services.document || !record) {
    // Set before owners were recorded (or no document properties here): it stays the reminder,
    // and is recorded as such so a later Atur Pengingat by anyone sees it.
    if (services.document) {
      const day = mappingOf(services.properties, uid)?.day ?? 0;
      writeOwner(services.document, { owner: services.user, uid, day, since: services.timestamp() });
    }
    return true;
  }
  if (record.owner !== "" && "uid" in record && record.uid === uid) return true;
  services.properties.deleteProperty(`${PROPERTY_PREFIX}${uid}`);
  services.script.deleteTrigger(trigger);
  return false;
}
