/** Element constructors the sections share: runs and paragraphs, text boxes, slides, KPI tiles, monthly charts. */

import { formatNumber } from "../core/words/format";
import type { Run } from "../core/words/text";
import type { ChannelKey } from "../core/workbook/channels";
import type { FieldValue } from "../core/workbook/data";
import { figure, measureOf, textOf } from "../core/workbook/dataset";
import { dateLabel, type Month, monthShort, yearToDate } from "../core/workbook/period";
import { lineAxisMin } from "./chart-axis";
import type { LayoutContext } from "./context";
import type {
  Box,
  ChartElement,
  Element,
  KpiElement,
  Paragraph,
  Slide,
  TextElement,
  TextStyle,
} from "./deck";
import { PAGE } from "./deck";
import type { Column } from "./grid";
import { FONT, GRID } from "./theme";
import { alignTiles } from "./tiles";

export const plain = (text: string): Run => ({ text });
export const bold = (text: string): Run => ({ text, bold: true });

export function para(runs: Run[] | string, bullet?: Paragraph["bullet"]): Paragraph {
  const list = typeof runs === "string" ? [{ text: runs }] : runs;
  return bullet ? { runs: list, bullet } : { runs: list };
}

/** `a, b, dan c` (as listText joins them) with every item bold. */
export function boldList(items: readonly string[]): Run[] {
  const runs: Run[] = [];
  items.forEach((item, i) => {
    if (i > 0) runs.push(plain(i < items.length - 1 ? ", " : items.length > 2 ? ", dan " : " dan "));
    runs.push(bold(item));
  });
  return runs;
}

/** The default size of a text style: heading 14, body 12, caption and note 10. */
export function fontOf(style: TextStyle): number {
  return style === "heading" ? FONT.heading : style === "body" ? FONT.body : FONT.small;
}

export interface TextOptions {
  style?: TextStyle;
  fontSize?: number;
  align?: TextElement["align"];
}

export function textBox(box: Box, paragraphs: Paragraph[], options: TextOptions = {}): TextElement {
  const style = options.style ?? "body";
  const fontSize = options.fontSize ?? fontOf(style);
  const element: TextElement = { type: "text", box, paragraphs, style, fontSize };
  if (options.align) element.align = options.align;
  return element;
}

/**
 * Text and tiles that end above the page's middle, with no chart or table under them, are moved
 * down to the middle of the space left: a short slide reads as composed, not as a page whose
 * content fell off. (Sections first try larger type, a chart of the months or two columns.)
 */
export function settle(elements: readonly Element[]): Element[] {
  if (elements.length === 0 || elements.some((e) => e.type === "chart" || e.type === "table")) {
    return [...elements];
  }
  const bottom = Math.max(...elements.map((e) => e.box.y + e.box.h));
  if (bottom >= PAGE.height / 2 + SETTLE_MARGIN) return [...elements];
  const shift = (GRID.bottom - bottom) / 2;
  return elements.map((e) => ({ ...e, box: { ...e.box, y: e.box.y + shift } }));
}

/** How far below the page's middle a slide's content must reach to stay where it was placed. */
const SETTLE_MARGIN = 0.25;

/** A content slide: its KPI tiles aligned row by row (tiles.ts), a short content settled (settle). */
export function slide(id: string, title: string, elements: Element[]): Slide {
  return { id, title, kind: "content", elements: settle(alignTiles(elements)) };
}

/** KPI tiles in a grid of `columns` across the column, row by row from its top. */
export function kpiGrid(
  col: Column,
  tiles: readonly { value: string; label: string }[],
  columns: number,
  tileH = 0.8,
  gap = 0.15,
): { elements: KpiElement[]; bottom: number } {
  const w = (col.w - (columns - 1) * gap) / columns;
  const elements = tiles.map(
    (t, i): KpiElement => ({
      type: "kpi",
      box: {
        x: col.x + (i % columns) * (w + gap),
        y: col.y + Math.floor(i / columns) * (tileH + gap),
        w,
        h: tileH,
      },
      value: t.value,
      label: t.label,
    }),
  );
  const rows = Math.ceil(tiles.length / columns);
  return { elements, bottom: rows === 0 ? col.y : col.y + rows * tileH + (rows - 1) * gap };
}

export interface MonthlyChartOptions {
  /** A column of a monthly tab; default the channel's headline figure. */
  column?: string;
  kind?: ChartElement["kind"];
  /** Leave months without data out (a followers line should not plunge to 0); default: draw them as 0. */
  skipMissing?: boolean;
}

/** A chart of a channel's figure for January..month. */
export function monthlyChart(
  box: Box,
  title: string,
  ctx: Pick<LayoutContext, "data" | "month">,
  key: ChannelKey,
  seriesName: string,
  options: MonthlyChartOptions = {},
): ChartElement {
  const { column } = options;
  const at = (m: Month) => (column ? figure(ctx.data, key, column, m) : measureOf(ctx.data, key, m));
  const all = yearToDate(ctx.month).map((m) => ({ month: m, value: at(m) }));
  // Months not filled at the end (the report's own month, being generated without it) are left
  // off: a bar of 0 would say nothing happened.
  let end = all.length;
  while (end > 0 && all[end - 1]?.value === undefined) end -= 1;
  // Likewise the months before the first one filled (a channel recorded from Oktober on).
  let start = 0;
  while (start < end && all[start]?.value === undefined) start += 1;
  // With no month filled at all, the months stay (as 0): a chart needs categories to draw.
  const points = (end === 0 ? all : all.slice(start, end)).filter(
    (p) => !options.skipMissing || p.value !== undefined,
  );
  const kind = options.kind ?? "bar";
  const values = points.map((p) => p.value ?? 0);
  const chart: ChartElement = {
    type: "chart",
    box,
    kind,
    title,
    categories: points.map((p) => monthShort(p.month)),
    series: [{ name: seriesName, values }],
  };
  if (kind === "line") {
    const min = lineAxisMin(values);
    if (min > 0) chart.axisMin = min;
  }
  return chart;
}

/** `1.271`, or `-` for a figure not filled. */
export function countText(value: number | undefined, decimals = 0): string {
  return value === undefined ? "-" : formatNumber(value, decimals);
}

/** `6 November` from a parsed date cell; other text as it stands. */
export function dateText(value: FieldValue | undefined): string {
  const text = textOf(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? dateLabel(text) : text;
}
