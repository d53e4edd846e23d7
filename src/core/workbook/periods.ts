/**
 * Report periods: a month (`2023-11`), a quarter (`2023-Q3`), a semester (`2023-S2`) or a year
 * (`2023`). A period is its months; the previous period is the one of the same kind just before
 * it (the previous quarter of Q1 is last year's Q4), and the same period a year earlier.
 */
import { type Month, makeMonth, monthLabel, parseMonth } from "./period";

export type PeriodKind = "month" | "quarter" | "semester" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1..12, quarter 1..4, semester 1..2; 1 for a year. */
  index: number;
}

/** Months in one period of the kind. */
const LENGTH: Record<PeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };
/** Periods of the kind in a year. */
const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, semester: 2, year: 1 };

/** `bulan`, `triwulan`, `semester`, `tahun`: the noun a sentence uses ("triwulan sebelumnya"). */
export const PERIOD_NOUN: Record<PeriodKind, string> = {
  month: "bulan",
  quarter: "triwulan",
  semester: "semester",
  year: "tahun",
};

/** The kinds as the dialog offers them. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: "Bulan",
  quarter: "Triwulan",
  semester: "Semester",
  year: "Tahun",
};

const ROMAN = ["I", "II", "III", "IV"] as const;

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/** Added to the month's own message when the input is neither a month nor a period. */
const PERIOD_HINT = " Untuk triwulan, semester, atau tahun tulis 2023-Q3, 2023-S2, atau 2023.";

/** Anything that is not a period reads as a mistyped month, with the month's message. */
function notAPeriod(raw: string): PeriodResult {
  const month = parseMonth(raw);
  return month.ok
    ? { ok: true, period: fromMonth(month.month) }
    : { ok: false, message: `${month.message}${PERIOD_HINT}` };
}

function yearInRange(year: number, raw: string): PeriodResult | undefined {
  if (year < 2000 || year > 2100)
    return { ok: false, message: `Tahun pada "${raw}" di luar rentang 2000-2100.` };
  return undefined;
}

/** Reads `2023-11`, `2023-Q3`, `2023-S2` or `2023` (case-insensitive); an Indonesian message otherwise. */
export function parsePeriod(input: unknown): PeriodResult {
  const raw = typeof input === "string" ? input.trim() : typeof input === "number" ? String(input) : "";
  if (raw === "") return notAPeriod(raw);
  const year = /^(\d{4})$/.exec(raw);
  if (year) {
    const y = Number(year[1]);
    return yearInRange(y, raw) ?? { ok: true, period: { kind: "year", year: y, index: 1 } };
  }
  const part = /^(\d{4})-([QqSs])(\d)$/.exec(raw);
  if (part) {
    const y = Number(part[1]);
    const kind: PeriodKind = part[2]?.toUpperCase() === "Q" ? "quarter" : "semester";
    const index = Number(part[3]);
    if (index < 1 || index > PER_YEAR[kind]) {
      const range = kind === "quarter" ? "Q1 sampai Q4" : "S1 atau S2";
      return { ok: false, message: `Periode "${raw}" tidak ada: ${PERIOD_NOUN[kind]} ditulis ${range}.` };
    }
    return yearInRange(y, raw) ?? { ok: true, period: { kind, year: y, index } };
  }
  if (/^\d{4}-\d{1,2}$/.test(raw)) {
    const month = parseMonth(raw);
    if (!month.ok) return month;
    return { ok: true, period: fromMonth(month.month) };
  }
  return notAPeriod(raw);
}

/** Like parsePeriod, for keys the program itself produced; throws on a bad one. */
export function toPeriod(input: string): Period {
  const result = parsePeriod(input);
  if (!result.ok) throw new Error(result.message);
  return result.period;
}

export function fromMonth(month: Month): Period {
  return { kind: "month", year: Number(month.slice(0, 4)), index: Number(month.slice(5, 7)) };
}

/** `2023-11`, `2023-Q3`, `2023-S2`, `2023`: the key Riwayat, file names and the CLI use. */
export function periodKey(period: Period): string {
  const y = String(period.year).padStart(4, "0");
  switch (period.kind) {
    case "month":
      return `${y}-${String(period.index).padStart(2, "0")}`;
    case "quarter":
      return `${y}-Q${period.index}`;
    case "semester":
      return `${y}-S${period.index}`;
    case "year":
      return y;
  }
}

/** The period's months, in order. */
export function monthsOf(period: Period): Month[] {
  const length = LENGTH[period.kind];
  const first = (period.index - 1) * length + 1;
  return Array.from({ length }, (_, i) => makeMonth(period.year, first + i));
}

/** The last month of the period. */
export function lastMonthOf(period: Period): Month {
  const months = monthsOf(period);
  return months[months.length - 1] as Month;
}

/** The period `delta` periods of the same kind away (the quarter before Q1 2024 is Q4 2023). */
export function shiftPeriod(period: Period, delta: number): Period {
  const per = PER_YEAR[period.kind];
  const total = period.year * per + (period.index - 1) + delta;
  return { kind: period.kind, year: Math.floor(total / per), index: (total % per) + 1 };
}

export const previousPeriod = (period: Period): Period => shiftPeriod(period, -1);

/** The same period a year earlier (for a year: the year before, which is also its previous period). */
export const samePeriodLastYear = (period: Period): Period => ({ ...period, year: period.year - 1 });

/** `November 2023`, `Triwulan III 2023`, `Semester II 2023`, `Tahun 2023`. */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case "month":
      return monthLabel(monthsOf(period)[0] as Month);
    case "quarter":
    case "semester":
      return `${period.kind === "quarter" ? "Triwulan" : "Semester"} ${ROMAN[period.index - 1]} ${period.year}`;
    case "year":
      return `Tahun ${period.year}`;
  }
}

/** `triwulan Triwulan III 2023` reads badly: a sentence's phrase for the period ("bulan November 2023", "Triwulan III 2023"). */
export function periodPhrase(period: Period): string {
  return period.kind === "month" ? `bulan ${periodLabel(period)}` : periodLabel(period);
}

/** Whether the key names a month (`2023-11`): the monthly report, as before. */
export function isMonthKey(key: string): boolean {
  const parsed = parsePeriod(key);
  return parsed.ok && parsed.period.kind === "month";
}
