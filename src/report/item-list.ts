/**
 * A month's item list as the deck shows it: at most DECK_LIST_ROWS rows, then "dan X lainnya"
 * (the full list stays in the workbook); an item that counts for more than one says how many.
 */

import { DECK_LIST_ROWS } from "../core/judgement/list-limit";
import { formatNumber } from "../core/words/format";

export function shownItems<T>(items: readonly T[]): { shown: T[]; rest: number } {
  return { shown: items.slice(0, DECK_LIST_ROWS), rest: Math.max(0, items.length - DECK_LIST_ROWS) };
}

/** `dan 19.940 lainnya (daftar lengkap di workbook)` */
export function moreText(rest: number): string {
  return `dan ${formatNumber(rest)} lainnya (daftar lengkap di workbook)`;
}

/** A table row saying how many rows were left out, in the label column, or none. */
export function moreRows(rest: number, columns: number, labelColumn: number): string[][] {
  if (rest <= 0) return [];
  return [Array.from({ length: columns }, (_, i) => (i === labelColumn ? moreText(rest) : ""))];
}

/** `RKP Dana Bagi Hasil (3 webinar/FGD)` for an item whose Jumlah is more than 1. */
export function withWeight(label: string, weight: number | undefined, what: string): string {
  return weight !== undefined && weight > 1 ? `${label} (${formatNumber(weight)} ${what})` : label;
}
