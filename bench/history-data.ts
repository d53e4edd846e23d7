/**
 * Bigger workbooks for the growth benchmark, grown from the sample: `years` of monthly history
 * before the report month in EVERY data tab, and optionally `items` items in the report month's
 * lists. Rows the sample has are kept as they are (so the report month's seed figures and its
 * comparisons stay); every other month is copied from the tab's own rows with its month, dates
 * and figures moved a little, deterministically (a fixed-seed generator), so each run is the same.
 */
import {
  CHANNELS,
  type ChannelDef,
  type ChannelKey,
  channelByTab,
  type ItemsChannel,
} from "../src/core/workbook/channels";
import { addMonths, type Month } from "../src/core/workbook/period";
import type { CellValue, RawTab, RawWorkbook } from "../src/core/workbook/types";

export interface GrowOptions {
  /** The report month; its rows and those of the months the sample has are kept. */
  month: Month;
  /** Years of months before `month` that every data tab holds (1 year: M-12 .. M-1). */
  years: number;
  /** When set: the report month's lists hold exactly this many items. */
  items?: number;
}

/** The lists whose length the item benchmark varies: the tabs of dated items the deck tabulates. */
export const LIST_CHANNELS: readonly ChannelKey[] = [
  "publikasiWebsite",
  "webinar",
  "whatsappBlast",
  "videoConference",
  "tatapMuka",
];

type Row = CellValue[];

/** mulberry32: a tiny seeded generator, so a grown workbook is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The `years * 12` months before `month`, oldest first, then `month`. */
export function monthsUpTo(month: Month, years: number): Month[] {
  return Array.from({ length: years * 12 + 1 }, (_, i) => addMonths(month, i - years * 12));
}

const dateColumns = (def: ChannelDef): Set<number> =>
  new Set(def.columns.flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));

/** An ISO date of `month` on `day`, kept inside the month (day 28 at most). */
const dayOf = (month: Month, day: number): string =>
  `${month}-${String(Math.min(Math.max(Math.round(day), 1), 28)).padStart(2, "0")}`;

/** A figure moved by up to ±20%, within the column's bounds; decimals keep one decimal. */
function jitter(def: ChannelDef, column: number, value: number, random: () => number): number {
  const spec = def.columns[column - 1];
  const moved = value * (0.8 + random() * 0.4);
  const rounded = spec?.type === "decimal" ? Math.round(moved * 10) / 10 : Math.round(moved);
  return Math.min(spec?.max ?? Number.POSITIVE_INFINITY, Math.max(spec?.min ?? 0, rounded));
}

/** Typed totals that the registry says must equal their parts are made equal again. */
function fixSums(def: ChannelDef, row: Row): void {
  if (def.kind !== "monthly") return;
  const at = (key: string) => def.columns.findIndex((c) => c.key === key) + 1;
  for (const rule of [...(def.sums ?? [])].reverse()) {
    const parts = rule.parts.map((p) => row[at(p)]);
    if (typeof row[at(rule.total)] !== "number" || !parts.every((p) => typeof p === "number")) continue;
    row[at(rule.total)] = (parts as number[]).reduce((a, b) => a + b, 0);
  }
}

/** A template row moved to `month`: its month, its dates, its figures. */
function moveRow(def: ChannelDef, template: Row, month: Month, random: () => number): Row {
  const dates = dateColumns(def);
  const row = template.map((cell, i) => {
    if (i === 0) return month;
    if (dates.has(i) && typeof cell === "string" && cell !== "")
      return dayOf(month, Number(cell.slice(8, 10)));
    if (typeof cell === "number") return jitter(def, i, cell, random);
    return cell;
  });
  fixSums(def, row);
  return row;
}

/** The rows of one month of a tab the sample lacks: the template month's rows, moved. */
function syntheticMonth(def: ChannelDef, template: Row[], month: Month, random: () => number): Row[] {
  if (def.kind === "monthly") return template.slice(0, 1).map((r) => moveRow(def, r, month, random));
  // Items: between 60% and 100% of the template's items, in their order.
  const keep = Math.max(1, Math.round(template.length * (0.6 + random() * 0.4)));
  return template.slice(0, keep).map((r) => moveRow(def, r, month, random));
}

/**
 * The template a tab's missing months are copied from: for a monthly tab its earliest row (the
 * sample's history rows hold the figures a history row has); for an items tab the report
 * month's item rows (rows with a label), else its earliest month.
 */
function templateOf(def: ChannelDef, byMonth: Map<string, Row[]>, month: Month): Row[] {
  if (def.kind === "items") {
    const label = def.columns.findIndex((c) => c.key === def.label) + 1;
    const items = (byMonth.get(month) ?? []).filter((r) => String(r[label] ?? "").trim() !== "");
    if (items.length > 0) return items;
  }
  const first = [...byMonth.keys()].sort()[0];
  return first === undefined ? [] : (byMonth.get(first) ?? []);
}

/** `count` items of the report month, cycling through the template's items, titles numbered. */
function itemList(def: ItemsChannel, template: Row[], month: Month, count: number): Row[] {
  if (template.length === 0) return [];
  const label = def.columns.findIndex((c) => c.key === def.label) + 1;
  const dates = dateColumns(def);
  return Array.from({ length: count }, (_, n) => {
    const row = [...(template[n % template.length] as Row)];
    row[0] = month;
    for (const d of dates) row[d] = dayOf(month, 1 + Math.floor((n * 28) / count));
    if (n >= template.length) row[label] = `${String(row[label])} (${n + 1})`;
    return row;
  });
}

function growTab(tab: RawTab, def: ChannelDef, options: GrowOptions, random: () => number): RawTab {
  const byMonth = new Map<string, Row[]>();
  for (const row of tab.rows) {
    const key = String(row[0] ?? "");
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  const template = templateOf(def, byMonth, options.month);
  const rows = monthsUpTo(options.month, options.years).flatMap((m) => {
    const listed = LIST_CHANNELS.includes(def.key as ChannelKey);
    if (m === options.month && options.items !== undefined && listed && def.kind === "items") {
      return itemList(def, template, m, options.items);
    }
    return byMonth.get(m) ?? syntheticMonth(def, template, m, random);
  });
  return { ...tab, rows: rows.map((r) => [...r]) };
}

/**
 * The workbook grown as `options` says. Tabs that are not data tabs (Pengaturan, Riwayat, Log)
 * are copied unchanged; a data tab's months outside the range are dropped.
 */
export function growWorkbook(base: RawWorkbook, options: GrowOptions): RawWorkbook {
  const random = seededRandom(20231101 + options.years * 1000 + (options.items ?? 0));
  return Object.fromEntries(
    Object.entries(base).map(([name, tab]) => {
      const def = channelByTab(name);
      const grown = def ? growTab(tab, def, options, random) : { ...tab, rows: tab.rows.map((r) => [...r]) };
      return [name, grown];
    }),
  );
}

/** Data rows over every data tab: the size figure the growth table prints. */
export function dataRowCount(workbook: RawWorkbook): number {
  return CHANNELS.reduce((sum, def) => sum + (workbook[def.tab]?.rows.length ?? 0), 0);
}
