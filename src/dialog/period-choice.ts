/**
 * The dialog's period chooser: Bulan (the month input, as before), Triwulan, Semester or Tahun
 * (a list of periods, the last one completed first). What it yields is the key the server reads:
 * `2023-11`, `2023-Q3`, `2023-S2`, `2023`.
 */
import {
  PERIOD_KIND_LABELS,
  type Period,
  type PeriodKind,
  periodKey,
  periodLabel,
  shiftPeriod,
} from "../core/workbook/periods";

export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "semester", "year"];

export interface PeriodOption {
  value: string;
  label: string;
}

/** The kinds as the chooser lists them. */
export function kindOptions(): PeriodOption[] {
  return PERIOD_KINDS.map((kind) => ({ value: kind, label: PERIOD_KIND_LABELS[kind] }));
}

/** The period of the kind that ended last before `today` (the month's 1-based number). */
export function lastCompleted(kind: PeriodKind, today: { year: number; month: number }): Period {
  const current: Period =
    kind === "quarter"
      ? { kind, year: today.year, index: Math.ceil(today.month / 3) }
      : kind === "semester"
        ? { kind, year: today.year, index: today.month <= 6 ? 1 : 2 }
        : kind === "year"
          ? { kind, year: today.year, index: 1 }
          : { kind, year: today.year, index: today.month };
  return shiftPeriod(current, -1);
}

/** How many periods the list offers: the current one and three years back. */
const BACK: Record<PeriodKind, number> = { month: 36, quarter: 12, semester: 6, year: 3 };

/**
 * The periods offered for a kind, newest first: the current (unfinished) one, then the last
 * completed (chosen by default) and those before it.
 */
export function periodOptions(kind: PeriodKind, today: { year: number; month: number }): PeriodOption[] {
  const last = lastCompleted(kind, today);
  return Array.from({ length: BACK[kind] + 1 }, (_, i) => shiftPeriod(last, 1 - i))
    .filter((p) => p.year >= 2000 && p.year <= 2100)
    .map((p) => ({ value: periodKey(p), label: periodLabel(p) }));
}

export function isKind(value: string): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value);
}
