/** Reading figures out of parsed workbook data: a month's row, items, and headline counts. */
import { CHANNELS, type ChannelDef, type ChannelKey, channel } from "./channels";
import type { DataRow, FieldValue, WorkbookData } from "./data";
import type { Month } from "./period";

export function rowsOf(data: WorkbookData, key: ChannelKey, month: Month): DataRow[] {
  return data.rows[key].filter((r) => r.month === month);
}

/** The single row of a monthly tab for the month, if any. */
export function monthlyRow(data: WorkbookData, key: ChannelKey, month: Month): DataRow | undefined {
  return data.rows[key].find((r) => r.month === month);
}

export function numberOf(value: FieldValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

export function textOf(value: FieldValue | undefined): string {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}

/** A figure of a monthly tab, or undefined when the month or the cell is empty. */
export function figure(
  data: WorkbookData,
  key: ChannelKey,
  column: string,
  month: Month,
): number | undefined {
  return numberOf(monthlyRow(data, key, month)?.values[column]);
}

function isTotalRow(def: ChannelDef, row: DataRow): boolean {
  return def.kind === "items" && textOf(row.values[def.label]) === "" && def.weight !== undefined;
}

/** Item rows of an item tab for the month (rows that name an item), in sheet order. */
export function itemsOf(data: WorkbookData, key: ChannelKey, month: Month): DataRow[] {
  const def = channel(key);
  return rowsOf(data, key, month).filter((r) => !isTotalRow(def, r));
}

/** The month's total as stated on a total row (label empty, weight filled), if any. */
export function statedTotal(data: WorkbookData, key: ChannelKey, month: Month): number | undefined {
  const def = channel(key);
  if (def.kind !== "items" || !def.weight) return undefined;
  const weight = def.weight;
  const totals = rowsOf(data, key, month).filter((r) => isTotalRow(def, r));
  if (totals.length === 0) return undefined;
  return totals.reduce((sum, r) => sum + (numberOf(r.values[weight]) ?? 0), 0);
}

/** What the month's items add up to (each item counts its weight, or 1). */
export function itemTotal(data: WorkbookData, key: ChannelKey, month: Month): number | undefined {
  const def = channel(key);
  if (def.kind !== "items") return undefined;
  const items = itemsOf(data, key, month);
  if (items.length === 0) return undefined;
  const weight = def.weight;
  return items.reduce((sum, r) => sum + (weight ? (numberOf(r.values[weight]) ?? 1) : 1), 0);
}

/**
 * The channel's headline figure for a month (the count the report compares), or undefined when
 * the month has no data. Items: the stated total when there is one, else the items' total.
 * Monthly: the measure column, else the sum of its parts when every part is filled.
 */
export function measureOf(data: WorkbookData, key: ChannelKey, month: Month): number | undefined {
  const def = channel(key);
  if (def.kind === "items") return statedTotal(data, key, month) ?? itemTotal(data, key, month);
  if (!def.measure) return undefined;
  const row = monthlyRow(data, key, month);
  if (!row) return undefined;
  const direct = numberOf(row.values[def.measure.column]);
  if (direct !== undefined || !def.measure.parts) return direct;
  const parts = def.measure.parts.map((p) => numberOf(row.values[p]));
  return parts.every((p) => p !== undefined) ? parts.reduce<number>((s, p) => s + (p ?? 0), 0) : undefined;
}

/** Headline figures for a list of months (undefined where a month has no data). */
export function seriesOf(
  data: WorkbookData,
  key: ChannelKey,
  months: readonly Month[],
): (number | undefined)[] {
  return months.map((m) => measureOf(data, key, m));
}

/** Every channel with no rows: the start of a WorkbookData's `rows`. */
export function emptyRows(): Record<ChannelKey, DataRow[]> {
  return Object.fromEntries(CHANNELS.map((c) => [c.key, []])) as unknown as Record<ChannelKey, DataRow[]>;
}
