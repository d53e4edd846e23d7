/** Report months as `YYYY-MM` strings, and their Indonesian names. */

export type Month = string & { readonly __month: unique symbol };

export const MONTH_NAMES = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

export const MONTH_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Mei",
  "Jun",
  "Jul",
  "Agu",
  "Sep",
  "Okt",
  "Nov",
  "Des",
] as const;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export type MonthResult = { ok: true; month: Month } | { ok: false; message: string };

/** Reads `2023-11`; rejects `2023-13`, `23-11`, empty, with an Indonesian message. */
export function parseMonth(input: unknown): MonthResult {
  const raw = typeof input === "string" ? input.trim() : "";
  if (raw === "") return { ok: false, message: "Bulan kosong; isi dengan format TTTT-BB, misalnya 2023-11." };
  const match = MONTH_PATTERN.exec(raw);
  if (!match) {
    return { ok: false, message: `Bulan "${raw}" tidak sesuai format TTTT-BB, misalnya 2023-11.` };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `Bulan "${raw}" tidak ada: angka bulan harus 01 sampai 12.` };
  }
  if (year < 2000 || year > 2100) {
    return { ok: false, message: `Tahun pada "${raw}" di luar rentang 2000-2100.` };
  }
  return { ok: true, month: raw as Month };
}

/** Like parseMonth, for values the program itself produced; throws on a bad month. */
export function toMonth(input: string): Month {
  const result = parseMonth(input);
  if (!result.ok) throw new Error(result.message);
  return result.month;
}

export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

/** 1..12 */
export function monthNumber(month: Month): number {
  return Number(month.slice(5, 7));
}

export function makeMonth(year: number, monthNo: number): Month {
  const total = year * 12 + (monthNo - 1);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}` as Month;
}

export function addMonths(month: Month, delta: number): Month {
  return makeMonth(yearOf(month), monthNumber(month) + delta);
}

export const previousMonth = (month: Month): Month => addMonths(month, -1);
export const sameMonthLastYear = (month: Month): Month => addMonths(month, -12);

/** January..month of month's year, in order. */
export function yearToDate(month: Month): Month[] {
  const year = yearOf(month);
  return Array.from({ length: monthNumber(month) }, (_, i) => makeMonth(year, i + 1));
}

/** `November 2023` */
export function monthLabel(month: Month): string {
  return `${MONTH_NAMES[monthNumber(month) - 1]} ${yearOf(month)}`;
}

/** `November` */
export function monthName(month: Month): string {
  return MONTH_NAMES[monthNumber(month) - 1] as string;
}

/** `Nov` */
export function monthShort(month: Month): string {
  return MONTH_SHORT[monthNumber(month) - 1] as string;
}

/** The last completed month before the given date's month (what staff usually report). */
export function lastCompletedMonth(today: { year: number; month: number }): Month {
  return makeMonth(today.year, today.month - 1);
}

/** `6 November` or `6 November 2023` from an ISO date `2023-11-06`. */
export function dateLabel(isoDate: string, withYear = false): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const name = MONTH_NAMES[(m ?? 1) - 1];
  return withYear ? `${d} ${name} ${y}` : `${d} ${name}`;
}
