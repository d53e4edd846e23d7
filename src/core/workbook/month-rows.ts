/** A channel-month's rows in a raw tab: finding them, showing them as typed text, fingerprinting them. */

import { monthOfCell } from "../judgement/summary";
import { formatNumber } from "../words/format";
import type { ChannelDef } from "./channels";
import { fingerprint } from "./fingerprint";
import type { CellValue, RawTab } from "./types";

/** Indexes (into tab.rows) of the rows whose `Bulan` is the month. */
export function monthRowIndexes(tab: RawTab | undefined, month: string): number[] {
  if (!tab) return [];
  const indexes: number[] = [];
  tab.rows.forEach((row, i) => {
    if (monthOfCell(row[0]) === month) indexes.push(i);
  });
  return indexes;
}

/** The month's rows as cells in registry column order, without `Bulan`. */
export function monthCells(tab: RawTab | undefined, def: ChannelDef, month: string): CellValue[][] {
  if (!tab) return [];
  return monthRowIndexes(tab, month).map((i) =>
    def.columns.map((_, c) => (tab.rows[i] as CellValue[] | undefined)?.[c + 1] ?? ""),
  );
}

/**
 * What a stored cell looks like in the form: `1.271`, `4,855`, `6/11/2023`, text as is.
 * Numbers keep up to 6 decimals, so saving the form back never rounds what was stored.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, 6);
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  if (value instanceof Date) return `${value.getDate()}/${value.getMonth() + 1}/${value.getFullYear()}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${Number(iso[3])}/${Number(iso[2])}/${iso[1]}` : value;
}

/** Fingerprint of the month's rows of a channel: a save carries it to detect a concurrent change. */
export function monthVersion(tab: RawTab | undefined, def: ChannelDef, month: string): string {
  return fingerprint(monthCells(tab, def, month).map((row) => row.map(cellText)));
}
