/**
 * The Pengaturan rows of Kirim ke pimpinan and Atur Pengingat, read from the raw tab so each
 * message can name the row. They are checked only where they are used (parseSettings skips
 * them): a mistyped address, a list past Google's per-message limit or a text past its length
 * stops the e-mail, never the deck.
 */
import { SETUP_MENU_PATH } from "../entry/menu-path";
import { formatNumber } from "../words/format";
import { textLength } from "../workbook/clean-text";
import { columnLetter, normalHeader } from "../workbook/parse";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB, type SettingKey } from "../workbook/settings";
import type { CellValue, RawWorkbook } from "../workbook/types";
import { parseEmailList } from "./recipients";

export type MailSettingKey = "penerimaLaporan" | "pesanPengantar" | "tanggalPengingat" | "penerimaPengingat";

export interface MailSettings {
  recipients: string[];
  message: string;
  reminderDay: number;
  reminderRecipients: string[];
  /** What is wrong with a row, in a sentence naming tab, row and column. */
  problems: Partial<Record<MailSettingKey, string>>;
}

export const FIRST_REMINDER_DAY = 1;
/** 29-31 do not exist in every month; a monthly trigger on such a day would skip February. */
export const LAST_REMINDER_DAY = 28;

/**
 * Google sends one message to at most 50 recipients (To, Cc and Bcc together): "Email recipients
 * per message 50 / msg" in https://developers.google.com/apps-script/guides/services/quotas
 * (Current limitations).
 */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

const VALUE_COLUMN = 1;

function labelOf(key: SettingKey): string {
  return SETTINGS.find((s) => s.key === key)?.label ?? key;
}

function defaultOf(key: SettingKey): string | number {
  return SETTINGS.find((s) => s.key === key)?.defaultValue ?? "";
}

function maxLengthOf(key: SettingKey): number | undefined {
  const setting = SETTINGS.find((s) => s.key === key);
  return setting && "maxLength" in setting ? setting.maxLength : undefined;
}

interface Located {
  value: CellValue | undefined;
  /** Sheet row of the setting; undefined when the tab has no such row. */
  row?: number;
}

function locate(raw: RawWorkbook, key: SettingKey): Located {
  const tab = raw[SETTINGS_TAB];
  if (!tab) return { value: undefined };
  const label = normalHeader(labelOf(key));
  const index = tab.rows.findIndex((r) => normalHeader(r[0]) === label);
  if (index < 0) return { value: undefined };
  return { value: tab.rows[index]?.[VALUE_COLUMN], row: tab.firstRow + index };
}

/** `Tab "Pengaturan", baris 22, kolom B (Nilai)`, or the tab alone when the row is missing. */
export function settingPlace(raw: RawWorkbook, key: SettingKey): string {
  const { row } = locate(raw, key);
  if (row === undefined) return `Tab "${SETTINGS_TAB}"`;
  return `Tab "${SETTINGS_TAB}", baris ${row}, kolom ${columnLetter(VALUE_COLUMN)} (${SETTINGS_HEADERS[VALUE_COLUMN]})`;
}

const textOf = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);

/** The setting's text past its limit: a problem naming the row (the value is then not used). */
function tooLong(
  raw: RawWorkbook,
  key: MailSettingKey,
  text: string,
  problems: MailSettings["problems"],
): boolean {
  const limit = maxLengthOf(key);
  const length = textLength(text);
  if (limit === undefined || length <= limit) return false;
  problems[key] =
    `${settingPlace(raw, key)}: "${labelOf(key)}" berisi ${formatNumber(length)} karakter, melebihi batas ${formatNumber(limit)} karakter. Persingkat isinya.`;
  return true;
}

function addresses(raw: RawWorkbook, key: MailSettingKey, problems: MailSettings["problems"]): string[] {
  const text = textOf(locate(raw, key).value);
  if (tooLong(raw, key, text, problems)) return [];
  const list = parseEmailList(text);
  if (list.ok && list.emails.length > MAX_RECIPIENTS_PER_MESSAGE) {
    problems[key] =
      `${settingPlace(raw, key)}: "${labelOf(key)}" berisi ${formatNumber(list.emails.length)} alamat, sedangkan Google mengirim satu e-mail ke paling banyak ${MAX_RECIPIENTS_PER_MESSAGE} penerima. Kurangi daftarnya, atau pakai satu alamat grup (milis) untuk pimpinan.`;
  }
  if (!list.ok) {
    const bad = list.invalid.map((e) => `"${e}"`).join(", ");
    problems[key as MailSettingKey] =
      `${settingPlace(raw, key)}: "${labelOf(key)}" berisi alamat e-mail yang tidak sah: ${bad}. Tulis satu alamat per baris atau pisahkan dengan koma, misalnya pimpinan@kemenkeu.go.id.`;
  }
  return list.emails;
}

function reminderDay(raw: RawWorkbook, problems: MailSettings["problems"]): number {
  const key = "tanggalPengingat";
  const fallback = Number(defaultOf(key));
  const text = textOf(locate(raw, key).value).trim();
  if (text === "" || tooLong(raw, key, text, problems)) return fallback;
  const day = Number(text.replace(",", "."));
  if (Number.isInteger(day) && day >= FIRST_REMINDER_DAY && day <= LAST_REMINDER_DAY) return day;
  problems[key] =
    `${settingPlace(raw, key)}: "${labelOf(key)}" harus bilangan bulat ${FIRST_REMINDER_DAY} sampai ${LAST_REMINDER_DAY} (tanggal 29-31 tidak ada di setiap bulan); tertulis "${text}".`;
  return fallback;
}

function coverMessage(raw: RawWorkbook, problems: MailSettings["problems"]): string {
  const text = textOf(locate(raw, "pesanPengantar").value).trim();
  return tooLong(raw, "pesanPengantar", text, problems) ? "" : text;
}

export function readMailSettings(raw: RawWorkbook): MailSettings {
  const problems: MailSettings["problems"] = {};
  return {
    recipients: addresses(raw, "penerimaLaporan", problems),
    message: coverMessage(raw, problems),
    reminderDay: reminderDay(raw, problems),
    reminderRecipients: addresses(raw, "penerimaPengingat", problems),
    problems,
  };
}

/** Why a list of addresses cannot be used (wrong entries, or none at all), or undefined. */
export function recipientsProblem(
  raw: RawWorkbook,
  settings: MailSettings,
  key: "penerimaLaporan" | "penerimaPengingat",
): string | undefined {
  const problem = settings.problems[key];
  if (problem) return problem;
  const list = key === "penerimaLaporan" ? settings.recipients : settings.reminderRecipients;
  if (list.length > 0) return undefined;
  const place = settingPlace(raw, key);
  const label = labelOf(key);
  if (locate(raw, key).row === undefined) {
    return `${place} belum punya baris "${label}". Jalankan menu ${SETUP_MENU_PATH}, lalu isi alamat e-mailnya.`;
  }
  return `${place}: "${label}" masih kosong. Isi alamat e-mail, satu per baris atau dipisah koma.`;
}

/**
 * Why Kirim ke pimpinan cannot send with these settings (recipients, then the cover message), or
 * undefined: what the preview refuses with, and what Periksa Data and the dialog's first step say.
 */
export function reportMailProblem(raw: RawWorkbook, settings: MailSettings): string | undefined {
  return recipientsProblem(raw, settings, "penerimaLaporan") ?? settings.problems.pesanPengantar;
}
