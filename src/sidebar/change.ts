/**
 * A typed figure against a reference (last month, the same month last year), so that a typing
 * slip (9880 for 988) stands out beside the field.
 */

import { change } from "../core/words/compare";
import { formatNumber, formatPercent } from "../core/words/format";
import type { ColumnType } from "../core/workbook/channels";
import { type Month, monthShort, yearOf } from "../core/workbook/period";

/** A change larger than this (in either direction) is highlighted as a possible typing slip. */
export const LARGE_CHANGE_PERCENT = 50;

export interface ChangeNote {
  /** `+12,0%`, `−41,2%`, `tetap`, `naik dari 0`. */
  text: string;
  /** Larger than ±LARGE_CHANGE_PERCENT: worth a second look. */
  large: boolean;
}

/** The change from reference to current; undefined when either is unknown. */
export function changeNote(
  current: number | undefined,
  reference: number | null | undefined,
): ChangeNote | undefined {
  if (current === undefined || reference === null || reference === undefined) return undefined;
  const result = change(current, reference);
  if (result.kind === "missing") return undefined;
  if (result.kind === "fromZero") return { text: "naik dari 0", large: false };
  if (result.direction === "sama") return { text: "tetap", large: false };
  const sign = result.percent > 0 ? "+" : "\u2212";
  return {
    text: `${sign}${formatNumber(Math.abs(result.percent), 1, true)}%`,
    large: Math.abs(result.percent) > LARGE_CHANGE_PERCENT,
  };
}

/** `Okt 2023` */
export function shortMonthLabel(month: Month): string {
  return `${monthShort(month)} ${yearOf(month)}`;
}

/** A reference figure as the report prints it; `–` when the month has no figure. */
export function figureText(value: number | null | undefined, type: ColumnType = "count"): string {
  if (value === null || value === undefined) return "\u2013";
  if (type === "percent") return formatPercent(value);
  if (type === "decimal") return formatNumber(value, 2);
  return formatNumber(value);
}
