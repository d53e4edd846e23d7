/**
 * What the period's sections share: the total-and-comparison slide over the month-by-month chart,
 * lists summarised (counts per category, the top entries; the full list stays in the workbook),
 * and tables of a monthly tab's figures each by its registry rule.
 */
import { formatNumber } from "../../core/words/format";
import { periodFigure } from "../../core/workbook/aggregate";
import { type ChannelKey, channel, columnOf, type PeriodRule } from "../../core/workbook/channels";
import type { DataRow } from "../../core/workbook/data";
import { itemsOf, numberOf, textOf } from "../../core/workbook/dataset";
import { monthsOf, PERIOD_NOUN, periodLabel } from "../../core/workbook/periods";
import { bold, para, plain, slide } from "../blocks";
import type { Element, Paragraph, Slide } from "../deck";
import { below, FULL, LEFT, RIGHT } from "../grid";
import { moreText } from "../item-list";
import { tablePages } from "../paginate";
import { stackText, textAboveChart } from "../text-fit";
import { FONT } from "../theme";
import type { PeriodContext } from "./context";
import { partialNote, periodChart, periodComparison, periodFiguresOf, periodMissingSlide } from "./figures";

/** How many entries a summarised list shows. */
export const TOP_ENTRIES = 5;

export interface TotalSlideSpec {
  id: string;
  title: string;
  /** `publikasi pada Website DJPK`: completes `Pada Triwulan III 2023 terdapat **X** ...`. */
  what: string;
  subject: string;
  unit?: string;
  chartTitle: string;
  seriesName: string;
  column?: string;
  decimals?: number;
  approximate?: boolean;
  /** More paragraphs under the comparison. */
  extra?: Paragraph[];
}

/** `Pada Triwulan III 2023 terdapat **111** publikasi ...` (a mean says `rata-rata`). */
export function totalParagraph(ctx: PeriodContext, value: number, what: string, decimals = 0): Paragraph {
  return para([
    plain(`Pada ${periodLabel(ctx.period)} terdapat `),
    bold(formatNumber(value, decimals)),
    plain(` ${what}.`),
  ]);
}

/** The channel's period total and its comparison above the month-by-month chart. */
export function totalSlide(ctx: PeriodContext, key: ChannelKey, spec: TotalSlideSpec): Slide {
  const figures = periodFiguresOf(ctx, key, spec.column);
  if (figures.current === undefined) return periodMissingSlide(ctx, spec.id, spec.title, [key]);
  const groups: Paragraph[][] = [
    [totalParagraph(ctx, figures.current, spec.what, spec.decimals)],
    [
      periodComparison(ctx, key, spec.subject, {
        column: spec.column,
        unit: spec.unit,
        decimals: spec.decimals,
        approximate: spec.approximate,
      }),
    ],
    [...partialNote(ctx, key), ...(spec.extra ?? [])],
  ];
  const chartTitle = `${spec.chartTitle} per Bulan, ${periodLabel(ctx.period)}`;
  const elements = textAboveChart(FULL, groups, (box) =>
    periodChart(box, chartTitle, ctx, key, spec.seriesName, spec.column ? { column: spec.column } : {}),
  );
  return slide(spec.id, spec.title, elements);
}

/** Every item row of the channel in the period's months, month by month in sheet order. */
export function periodItems(ctx: PeriodContext, key: ChannelKey): DataRow[] {
  return monthsOf(ctx.period).flatMap((m) => itemsOf(ctx.data, key, m));
}

export interface Counted {
  name: string;
  count: number;
}

/** Entries with the same name added up (each row counts its weight, or 1), largest first. */
export function countBy(
  rows: readonly DataRow[],
  name: (row: DataRow) => string,
  weight: (row: DataRow) => number | undefined = () => 1,
): Counted[] {
  const totals = new Map<string, Counted>();
  for (const row of rows) {
    const label = name(row).trim();
    if (label === "") continue;
    // Names typed differently in case or spacing are one entry, shown as first typed.
    const id = label.toLowerCase().replace(/\s+/g, " ");
    const found = totals.get(id) ?? { name: label, count: 0 };
    found.count += weight(row) ?? 1;
    totals.set(id, found);
  }
  return [...totals.values()].sort((a, b) => b.count - a.count);
}

/** The item's weight column (Jumlah), 1 when empty. */
export function weightOf(key: ChannelKey): (row: DataRow) => number {
  const def = channel(key);
  const column = def.kind === "items" ? def.weight : undefined;
  return (row) => (column ? (numberOf(row.values[column]) ?? 1) : 1);
}

export const labelOf =
  (column: string) =>
  (row: DataRow): string =>
    textOf(row.values[column]);

/** A `name | count` table of the top entries, with `dan X lainnya` and a total row. */
export function countTable(
  entries: readonly Counted[],
  header: [string, string],
  limit: number,
  total?: number,
): { header: string[]; rows: string[][]; totalRow: boolean } {
  const shown = entries.slice(0, limit);
  const rest = entries.length - shown.length;
  const rows = shown.map((e) => [e.name, formatNumber(e.count)]);
  if (rest > 0) rows.push([moreText(rest), ""]);
  // Months recorded only as a total (no items) still count in the total: the table says so.
  const listed = entries.reduce((sum, e) => sum + e.count, 0);
  if (total !== undefined && total > listed) {
    rows.push(["Tanpa rincian (bulan yang dicatat hanya jumlahnya)", formatNumber(total - listed)]);
  }
  if (total !== undefined) rows.push(["Total", formatNumber(total)]);
  return { header, rows, totalRow: total !== undefined };
}

/** A slide: paragraphs on the left, a table on the right (continued on more slides when long). */
export function textAndTable(
  id: string,
  title: string,
  paragraphs: Paragraph[][],
  table: { header: string[]; rows: string[][]; totalRow: boolean },
  widths: number[] = [0.75, 0.25],
): Slide[] {
  const text = stackText(LEFT, paragraphs);
  if (table.rows.length === 0) return [slide(id, title, stackText(FULL, paragraphs).elements)];
  const pages = tablePages(
    { ...table, columnWidths: widths, fontSize: FONT.small },
    RIGHT,
    below(RIGHT, RIGHT.y),
  );
  return pages.map((t, i) =>
    slide(i === 0 ? id : `${id}-${i + 1}`, i === 0 ? title : `${title} (lanjutan)`, [
      ...(i === 0 ? text.elements : []),
      t,
    ]),
  );
}

const RULE_WORDS: Record<PeriodRule, (noun: string) => string> = {
  sum: (noun) => `jumlah selama ${noun}`,
  last: () => "per akhir periode (bulan terakhir yang terisi)",
  mean: () => "rata-rata per bulan",
};

/** The words a table shows for a column's rule: `jumlah selama triwulan`, `rata-rata per bulan`. */
export function ruleWords(ctx: PeriodContext, rule: PeriodRule): string {
  return RULE_WORDS[rule](PERIOD_NOUN[ctx.period.kind]);
}

/** A monthly tab's columns for the period, each by its rule: `Figure | Value | How`. */
export function figureTable(
  ctx: PeriodContext,
  key: ChannelKey,
  columns: readonly { column: string; label?: string; decimals?: number }[],
): { header: string[]; rows: string[][]; totalRow: boolean } {
  const def = channel(key);
  const rows = columns.flatMap(({ column, label, decimals }) => {
    const value = periodFigure(ctx.data, key, ctx.period, column);
    if (value === undefined) return [];
    const col = columnOf(def, column);
    const places = decimals ?? (col.type === "count" ? (col.period === "mean" ? 1 : 0) : 2);
    return [[label ?? col.header, formatNumber(value, places), ruleWords(ctx, col.period ?? "sum")]];
  });
  return { header: ["Angka", periodLabel(ctx.period), "Cara dihitung"], rows, totalRow: false };
}

/** A slide of a monthly tab's figures by their rules, with a chart of one of them. */
export function figureSlide(
  ctx: PeriodContext,
  key: ChannelKey,
  spec: {
    id: string;
    title: string;
    columns: readonly { column: string; label?: string; decimals?: number }[];
    chart?: { column: string; title: string; series: string; line?: boolean };
    notes?: Paragraph[];
  },
): Slide {
  const table = figureTable(ctx, key, spec.columns);
  if (table.rows.length === 0) return periodMissingSlide(ctx, spec.id, spec.title, [key]);
  const col = spec.chart ? LEFT : FULL;
  const notes = [...partialNote(ctx, key), ...(spec.notes ?? [])];
  const text = notes.length > 0 ? stackText(col, [notes]) : undefined;
  const top = text ? text.bottom + 0.15 : col.y;
  const [first] = tablePages(
    { ...table, columnWidths: [0.4, 0.28, 0.32], fontSize: FONT.small },
    below(col, top),
  );
  const elements: Element[] = [...(text?.elements ?? []), ...(first && first.rows.length > 0 ? [first] : [])];
  if (spec.chart) {
    const chart = spec.chart;
    elements.push(
      periodChart(
        { x: RIGHT.x, y: RIGHT.y, w: RIGHT.w, h: RIGHT.bottom - RIGHT.y },
        `${chart.title} per Bulan, ${periodLabel(ctx.period)}`,
        ctx,
        key,
        chart.series,
        { column: chart.column, kind: chart.line ? "line" : "bar" },
      ),
    );
  }
  return slide(spec.id, spec.title, elements);
}
