/**
 * The per-channel ticket slides (WhatsApp, Telepon, HAI Kemenkeu, Live Chat, Email Call Center)
 * share one builder; the layout helpers the other sections of slides 19-37 share live here too
 * (two-column grid, stacked text that fits, column charts, tables continued over slides).
 */
import { type ChannelKey, channel, TICKET_CHANNELS } from "../../core/channels";
import { share } from "../../core/compare";
import type { FieldValue } from "../../core/data";
import { figure, itemsOf, measureOf, numberOf, textOf } from "../../core/dataset";
import { formatNumber, formatPercent } from "../../core/format";
import { comparisonSentence } from "../../core/narrative";
import {
  dateLabel,
  type Month,
  monthLabel,
  monthShort,
  previousMonth,
  sameMonthLastYear,
  yearOf,
  yearToDate,
} from "../../core/period";
import { plainText, type Run } from "../../core/text";
import { estimateLines, linesHeight, para, slide, textBox } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type {
  Box,
  ChartElement,
  Element,
  KpiElement,
  Paragraph,
  Slide,
  TableElement,
  TextElement,
} from "../deck";
import { CONTENT, FONT, GRID } from "../theme";

// ---------------------------------------------------------------------------------------------
// Grid

/** A vertical strip of the content area that text and tables are stacked into. */
export interface Column {
  x: number;
  y: number;
  w: number;
  bottom: number;
}

const HALF_W = (CONTENT.w - GRID.gutter) / 2;
export const FULL: Column = { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, bottom: GRID.bottom };
export const LEFT: Column = { x: CONTENT.x, y: CONTENT.y, w: HALF_W, bottom: GRID.bottom };
export const RIGHT: Column = {
  x: CONTENT.x + HALF_W + GRID.gutter,
  y: CONTENT.y,
  w: HALF_W,
  bottom: GRID.bottom,
};

export function boxOf(col: Column): Box {
  return { x: col.x, y: col.y, w: col.w, h: col.bottom - col.y };
}

/** The part of a column below `y`. */
export function below(col: Column, y: number): Column {
  return { ...col, y };
}

// ---------------------------------------------------------------------------------------------
// Text that fits

/** Renderers' default text-box insets (PPTX and Slides both use about 0.1in / 0.05in). */
const INSET_X = 0.1;
const INSET_Y = 0.05;
const BULLET_INDENT = 0.3;
const PARAGRAPH_GAP = 0.06;
/** Bold runs and uneven words fill lines sooner than the average-width estimate says. */
const WIDTH_SAFETY = 0.92;
const BLOCK_GAP = 0.12;

function paragraphLines(p: Paragraph, w: number, fontSize: number): number {
  const width = (w - 2 * INSET_X - (p.bullet ? BULLET_INDENT : 0)) * WIDTH_SAFETY;
  return estimateLines(plainText(p.runs), width, fontSize);
}

/** Height in inches the paragraphs take in a text box `w` wide at `fontSize` pt, insets included. */
export function textHeight(paragraphs: readonly Paragraph[], w: number, fontSize: number): number {
  const lines = paragraphs.reduce((sum, p) => sum + paragraphLines(p, w, fontSize), 0);
  return linesHeight(lines, fontSize) + Math.max(0, paragraphs.length - 1) * PARAGRAPH_GAP + 2 * INSET_Y;
}

const SIZES = [FONT.body, 11, FONT.small, FONT.caption] as const;

/**
 * Text boxes stacked top-down in the column, one per block, all at the largest size (12 to 9 pt)
 * at which they fit. At the smallest size the boxes are clipped to the column so they stay on
 * the page (sections with unbounded text paginate instead of relying on this).
 */
export function stackText(
  col: Column,
  blocks: readonly (readonly Paragraph[])[],
  sizes: readonly number[] = SIZES,
): { elements: TextElement[]; bottom: number; fontSize: number } {
  const present = blocks.filter((b) => b.length > 0);
  const available = col.bottom - col.y;
  const total = (size: number) =>
    present.reduce((sum, b) => sum + textHeight(b, col.w, size), 0) +
    Math.max(0, present.length - 1) * BLOCK_GAP;
  const fontSize = sizes.find((s) => total(s) <= available) ?? (sizes[sizes.length - 1] as number);
  const elements: TextElement[] = [];
  let y = col.y;
  for (const block of present) {
    const h = Math.min(textHeight(block, col.w, fontSize), col.bottom - y);
    if (h <= 0) break;
    elements.push(textBox({ x: col.x, y, w: col.w, h }, [...block], { fontSize }));
    y += h + BLOCK_GAP;
  }
  return { elements, bottom: Math.min(col.bottom, y - BLOCK_GAP), fontSize };
}

export const plain = (text: string): Run => ({ text });
export const bold = (text: string): Run => ({ text, bold: true });

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

// ---------------------------------------------------------------------------------------------
// Figures

/** `Data Tiket Konsultasi untuk November 2023 belum diisi.` */
export function missingText(key: ChannelKey, month: Month, detail = ""): string {
  return `Data ${channel(key).tab}${detail ? ` (${detail})` : ""} untuk ${monthLabel(month)} belum diisi.`;
}

export function missingParagraph(key: ChannelKey, month: Month, detail = ""): Paragraph {
  return para([{ text: missingText(key, month, detail), italic: true }]);
}

/** A figure of a monthly tab (or a channel's headline figure) for M, M-1 and M-12. */
export interface Figures {
  current: number | undefined;
  previous: number | undefined;
  lastYear: number | undefined;
}

export function figuresOf(ctx: LayoutContext, key: ChannelKey, column?: string): Figures {
  const at = (m: Month) => (column ? figure(ctx.data, key, column, m) : measureOf(ctx.data, key, m));
  return {
    current: at(ctx.month),
    previous: at(previousMonth(ctx.month)),
    lastYear: at(sameMonthLastYear(ctx.month)),
  };
}

/** January..M total of the channel's headline figure; undefined when no month has data. */
export function yearToDateTotal(ctx: LayoutContext, key: ChannelKey): number | undefined {
  const values = yearToDate(ctx.month)
    .map((m) => measureOf(ctx.data, key, m))
    .filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
}

/** The comparison sentence for a figure, or the missing-data note when M has no figure. */
export function comparisonParagraph(
  ctx: LayoutContext,
  key: ChannelKey,
  figures: Figures,
  subject: string,
  opts: { unit?: string; decimals?: number; missingDetail?: string } = {},
): Paragraph {
  if (figures.current === undefined) return missingParagraph(key, ctx.month, opts.missingDetail);
  return para(
    comparisonSentence({
      subject,
      month: ctx.month,
      current: figures.current,
      previous: figures.previous,
      lastYear: figures.lastYear,
      unit: opts.unit,
      decimals: opts.decimals,
    }),
  );
}

/**
 * A chart of one column of a monthly tab, January..M. Months without data are drawn as 0, or
 * left out with `skipMissing` (a followers line should not plunge to 0 for an unfilled month).
 */
export function columnChart(
  box: Box,
  title: string,
  ctx: LayoutContext,
  key: ChannelKey,
  column: string,
  seriesName: string,
  options: { kind?: ChartElement["kind"]; skipMissing?: boolean } = {},
): ChartElement {
  const points = yearToDate(ctx.month)
    .map((m) => ({ month: m, value: figure(ctx.data, key, column, m) }))
    .filter((p) => !options.skipMissing || p.value !== undefined);
  return {
    type: "chart",
    box,
    kind: options.kind ?? "bar",
    title,
    categories: points.map((p) => monthShort(p.month)),
    series: [{ name: seriesName, values: points.map((p) => p.value ?? 0) }],
  };
}

/** `3 November` from a parsed date cell; other text as it stands. */
export function dateText(value: FieldValue | undefined): string {
  const text = textOf(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? dateLabel(text) : text;
}

// ---------------------------------------------------------------------------------------------
// Tables continued over slides

const CELL_PAD_X = 0.1;
const CELL_PAD_Y = 0.08;

/** Estimated height of a table row whose cells wrap inside their columns. */
export function rowHeight(
  cells: readonly string[],
  widths: readonly number[],
  tableW: number,
  fontSize: number,
): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, i) => estimateLines(cell, (widths[i] ?? 0) * tableW - CELL_PAD_X, fontSize)),
  );
  return linesHeight(lines, fontSize) + CELL_PAD_Y;
}

/**
 * Rows split into pages: the first page has `firstHeight` inches for the table, the others
 * `nextHeight`; the header row repeats on every page. Always at least one (possibly empty) page.
 */
export function paginateTable(
  header: readonly string[],
  rows: readonly string[][],
  widths: readonly number[],
  tableW: number,
  fontSize: number,
  firstHeight: number,
  nextHeight: number,
): string[][][] {
  const headerH = rowHeight(header, widths, tableW, fontSize);
  const pages: string[][][] = [[]];
  let used = headerH;
  for (const row of rows) {
    const h = rowHeight(row, widths, tableW, fontSize);
    const page = pages[pages.length - 1] as string[][];
    const limit = pages.length === 1 ? firstHeight : nextHeight;
    if (page.length > 0 && used + h > limit) {
      pages.push([row]);
      used = headerH + h;
    } else {
      page.push(row);
      used += h;
    }
  }
  return pages;
}

/** A table whose box is as tall as its estimated rows (and no taller than the column). */
export function tableIn(
  col: Column,
  header: string[],
  rows: string[][],
  widths: number[],
  fontSize: number,
  totalRow = false,
): TableElement {
  const h = [header, ...rows].reduce((sum, r) => sum + rowHeight(r, widths, col.w, fontSize), 0);
  const table: TableElement = {
    type: "table",
    box: { x: col.x, y: col.y, w: col.w, h: Math.min(h, col.bottom - col.y) },
    header,
    rows,
    columnWidths: widths,
    fontSize,
  };
  if (totalRow) table.totalRow = true;
  return table;
}

/** Ids and titles of a section continued over several slides: `<id>-1`, `<id>-2`; `(lanjutan)`. */
export function continued(id: string, title: string, pages: Element[][]): Slide[] {
  return pages.map((elements, i) =>
    slide(`${id}-${i + 1}`, i === 0 ? title : `${title} (lanjutan)`, elements),
  );
}

// ---------------------------------------------------------------------------------------------
// The per-channel ticket slide

export type TicketChannelKey = (typeof TICKET_CHANNELS)[number]["key"];

export interface ChannelSlideSpec {
  id: string;
  channel: TicketChannelKey;
  title: (ctx: LayoutContext) => string;
  /** Subject of the comparison sentence: `Jumlah konsultasi melalui WhatsApp DJPK`. */
  subject: (ctx: LayoutContext) => string;
  /** Opening paragraph, given the channel's figure and the month's ticket total. */
  intro?: (ctx: LayoutContext, current: number, total: number | undefined) => Run[];
  /** How the topics of the channel's `Topik Konsultasi` section are shown. */
  topics:
    | { style: "list"; heading: string }
    /** `Topik konsultasi terbanyak melalui Live Chat adalah **a**, **b**, dan **c**.` */
    | { style: "sentence"; lead: string };
}

interface Topic {
  name: string;
  count: number | undefined;
}

/** The channel's topics for M, most frequent first (sheet order when counts are not filled). */
export function topicsOf(ctx: LayoutContext, label: string, limit = 3): Topic[] {
  const topics = itemsOf(ctx.data, "topikKonsultasi", ctx.month)
    .filter((r) => textOf(r.values.bagian) === label)
    .map((r) => ({ name: textOf(r.values.topik).trim(), count: numberOf(r.values.jumlah) }))
    .filter((t) => t.name !== "");
  const sorted = topics.every((t) => t.count !== undefined)
    ? [...topics].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
    : topics;
  return sorted.slice(0, limit);
}

function topicParagraphs(ctx: LayoutContext, spec: ChannelSlideSpec, label: string): Paragraph[] {
  const topics = topicsOf(ctx, label);
  if (topics.length === 0) return [missingParagraph("topikKonsultasi", ctx.month, `bagian ${label}`)];
  if (spec.topics.style === "list") {
    return [
      para([bold(spec.topics.heading)]),
      ...topics.map((t) =>
        para(
          t.count === undefined
            ? [plain(t.name)]
            : [plain(`${t.name}: `), bold(`${formatNumber(t.count)} tiket`)],
          "number",
        ),
      ),
    ];
  }
  return [para([plain(`${spec.topics.lead} `), ...boldList(topics.map((t) => t.name)), plain(".")])];
}

/** `Pada bulan November 2023, sebanyak **1,1% (14 pengguna)** menggunakan layanan ...` */
export function shareRuns(
  ctx: LayoutContext,
  current: number,
  total: number | undefined,
  service: Run[],
): Run[] {
  const pct = share(current, total);
  const amount =
    pct === undefined
      ? `${formatNumber(current)} pengguna`
      : `${formatPercent(pct)} (${formatNumber(current)} pengguna)`;
  return [
    plain(`Pada bulan ${monthLabel(ctx.month)}, sebanyak `),
    bold(amount),
    plain(" menggunakan "),
    ...service,
  ];
}

export function channelSlide(spec: ChannelSlideSpec): SectionBuilder {
  return (ctx) => {
    const label = TICKET_CHANNELS.find((c) => c.key === spec.channel)?.label ?? spec.channel;
    const figures = figuresOf(ctx, "tiketKonsultasi", spec.channel);
    const total = measureOf(ctx.data, "tiketKonsultasi", ctx.month);
    const blocks: Paragraph[][] = [];
    if (spec.intro && figures.current !== undefined)
      blocks.push([para(spec.intro(ctx, figures.current, total))]);
    blocks.push([
      comparisonParagraph(ctx, "tiketKonsultasi", figures, spec.subject(ctx), {
        unit: "layanan",
        missingDetail: `kolom ${label}`,
      }),
    ]);
    blocks.push(topicParagraphs(ctx, spec, label));
    const text = stackText(LEFT, blocks);
    const chart = columnChart(
      boxOf(RIGHT),
      `Jumlah Pengguna ${label} ${yearOf(ctx.month)}`,
      ctx,
      "tiketKonsultasi",
      spec.channel,
      label,
    );
    return [slide(spec.id, spec.title(ctx), [...text.elements, chart])];
  };
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
