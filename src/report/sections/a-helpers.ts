/**
 * Helpers shared by the first half of the deck's sections (cover .. Rincian Tiket Konsultasi):
 * text-fit estimates that never let a box overflow, vertical flow over continued slides,
 * paginated tables, and the "data not filled" slide.
 */
import { type ChannelKey, channel } from "../../core/channels";
import { measureOf, seriesOf } from "../../core/dataset";
import { formatNumber } from "../../core/format";
import { type ComparisonInput, comparisonSentence } from "../../core/narrative";
import {
  dateLabel,
  type Month,
  monthLabel,
  previousMonth,
  sameMonthLastYear,
  yearToDate,
} from "../../core/period";
import { plainText, type Run } from "../../core/text";
import { estimateLines, linesHeight, slide, textBox } from "../blocks";
import type { LayoutContext } from "../context";
import type { Box, Element, Paragraph, Slide, TableElement, TextElement, TextStyle } from "../deck";
import { CONTENT, FONT, GRID } from "../theme";

/** Inner margins a renderer keeps inside a text box (PPTX's defaults: 0.1in left/right, 0.05in top/bottom). */
export const INSET = { x: 0.2, y: 0.1 } as const;
/** Room a bullet or a number takes before the text. */
const BULLET_INDENT = 0.3;
/** Width actually used per line, below the estimate's nominal width (bold text runs wider). */
const WIDTH_SAFETY = 0.92;
/** Inner margins of a table cell, horizontal and vertical, in inches. */
const CELL_PAD = { x: 0.15, y: 0.1 } as const;

export const BOTTOM = GRID.bottom;

export function fontOf(style: TextStyle): number {
  return style === "heading" ? FONT.heading : style === "body" ? FONT.body : FONT.small;
}

/** Estimated height of paragraphs in a box `w` wide, including the box's inner margins. */
export function paragraphsHeight(paragraphs: readonly Paragraph[], w: number, fontSize: number): number {
  const lines = paragraphs.reduce((sum, p) => {
    const width = (w - INSET.x - (p.bullet ? BULLET_INDENT : 0)) * WIDTH_SAFETY;
    return sum + estimateLines(plainText(p.runs), Math.max(0.3, width), fontSize);
  }, 0);
  return linesHeight(lines, fontSize) + INSET.y;
}

export interface TextOptions {
  style?: TextStyle;
  fontSize?: number;
  align?: TextElement["align"];
}

/** A text box at (x, y), `w` wide, exactly as tall as its text is estimated to need. */
export function placeText(
  x: number,
  y: number,
  w: number,
  paragraphs: Paragraph[],
  options: TextOptions = {},
): TextElement {
  const fontSize = options.fontSize ?? fontOf(options.style ?? "body");
  const h = paragraphsHeight(paragraphs, w, fontSize);
  return textBox({ x, y, w, h }, paragraphs, { ...options, fontSize });
}

/**
 * Paragraphs cut to fit `maxHeight`: whole paragraphs while they fit, then the words of the
 * next one that still fit, ending in `…`. Only text far longer than its place is cut.
 */
export function truncateToFit(
  paragraphs: readonly Paragraph[],
  w: number,
  fontSize: number,
  maxHeight: number,
): Paragraph[] {
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    if (paragraphsHeight([...kept, p], w, fontSize) <= maxHeight) {
      kept.push(p);
      continue;
    }
    const words = plainText(p.runs).split(/\s+/).filter(Boolean);
    const cut = (n: number): Paragraph => ({ ...p, runs: [{ text: `${words.slice(0, n).join(" ")} …` }] });
    let n = words.length - 1;
    while (n > 0 && paragraphsHeight([...kept, cut(n)], w, fontSize) > maxHeight) n -= 1;
    if (n > 0) kept.push(cut(n));
    break;
  }
  return kept.length > 0 ? kept : [{ runs: [{ text: "…" }] }];
}

/**
 * A text box filling `box`, at the largest of the given sizes whose text fits; at the smallest,
 * cut to fit, when none does (callers keep texts short enough or paginate).
 */
export function fitText(
  box: Box,
  paragraphs: Paragraph[],
  options: TextOptions & { sizes?: readonly number[] } = {},
): TextElement {
  const preferred = options.fontSize ?? fontOf(options.style ?? "body");
  const sizes = (options.sizes ?? [preferred, FONT.small, FONT.caption]).filter((s) => s <= preferred);
  const { sizes: _ignored, ...rest } = options;
  const fitting = sizes.find((s) => fits(paragraphs, box, s));
  if (fitting !== undefined) return textBox(box, paragraphs, { ...rest, fontSize: fitting });
  const smallest = sizes[sizes.length - 1] ?? preferred;
  return textBox(box, truncateToFit(paragraphs, box.w, smallest, box.h), { ...rest, fontSize: smallest });
}

/** Whether paragraphs fit in the box at the font size. */
export function fits(paragraphs: readonly Paragraph[], box: Box, fontSize: number): boolean {
  return paragraphsHeight(paragraphs, box.w, fontSize) <= box.h + 1e-9;
}

/** Something the vertical flow places: its height, and its elements once given a top. */
export interface Block {
  height: number;
  /** A heading: moves to the next slide with the block after it rather than stay alone. */
  keepWithNext?: boolean;
  place(y: number): Element[];
}

/** A block of one text box at x, `w` wide. */
export function textBlock(x: number, w: number, paragraphs: Paragraph[], options: TextOptions = {}): Block {
  const fontSize = options.fontSize ?? fontOf(options.style ?? "body");
  const height = paragraphsHeight(paragraphs, w, fontSize);
  return { height, place: (y) => [placeText(x, y, w, paragraphs, { ...options, fontSize })] };
}

/**
 * Cuts a paragraph whose text is taller than `maxHeight` into several at word boundaries
 * (bold is dropped from the cut pieces: only a pathological text needs this).
 */
export function splitParagraph(p: Paragraph, w: number, fontSize: number, maxHeight: number): Paragraph[] {
  if (paragraphsHeight([p], w, fontSize) <= maxHeight) return [p];
  const words = plainText(p.runs).split(/\s+/).filter(Boolean);
  const pieces: Paragraph[] = [];
  let current: string[] = [];
  const make = (text: string): Paragraph =>
    p.bullet ? { runs: [{ text }], bullet: p.bullet } : { runs: [{ text }] };
  for (const word of words) {
    const candidate = [...current, word];
    if (current.length > 0 && paragraphsHeight([make(candidate.join(" "))], w, fontSize) > maxHeight) {
      pieces.push(make(current.join(" ")));
      current = [word];
    } else current = candidate;
  }
  if (current.length > 0) pieces.push(make(current.join(" ")));
  return pieces;
}

/** Text blocks for paragraphs, one block each, each short enough to fit on an empty content area. */
export function paragraphBlocks(
  x: number,
  w: number,
  paragraphs: readonly Paragraph[],
  options: TextOptions = {},
): Block[] {
  const fontSize = options.fontSize ?? fontOf(options.style ?? "body");
  return paragraphs.flatMap((p) =>
    splitParagraph(p, w, fontSize, CONTENT.h).map((piece) =>
      textBlock(x, w, [piece], { ...options, fontSize }),
    ),
  );
}

/**
 * Lays blocks out top to bottom between `top` and `bottom`, `gap` apart, starting a new page
 * when the next block does not fit. A heading never ends a page. Always at least one page.
 */
export function flow(
  blocks: readonly Block[],
  area: { top: number; bottom: number; gap: number } = { top: CONTENT.y, bottom: BOTTOM, gap: 0.08 },
): Element[][] {
  const pages: Element[][] = [[]];
  let y = area.top;
  let onPage = 0;
  const newPage = () => {
    pages.push([]);
    y = area.top;
    onPage = 0;
  };
  blocks.forEach((block, i) => {
    let needed = block.height;
    // keep a run of headings together with the first block that follows them
    for (let j = i; blocks[j]?.keepWithNext && blocks[j + 1]; j++)
      needed += area.gap + (blocks[j + 1]?.height ?? 0);
    if (onPage > 0 && y + needed > area.bottom + 1e-9) newPage();
    (pages[pages.length - 1] as Element[]).push(...block.place(y));
    y += block.height + area.gap;
    onPage += 1;
  });
  return pages;
}

/** Estimated height of one table row (cells wrap within their column). */
function rowHeight(cells: readonly string[], widths: readonly number[], fontSize: number): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, i) =>
      estimateLines(cell, Math.max(0.3, ((widths[i] ?? 0) - CELL_PAD.x) * WIDTH_SAFETY), fontSize),
    ),
  );
  return linesHeight(lines, fontSize) + CELL_PAD.y;
}

/** A row too tall for a whole page, its longest cell cut word by word until it fits (ends in `…`). */
function shortenRow(row: readonly string[], widths: readonly number[], fontSize: number, maxHeight: number): string[] {
  const cells = [...row];
  while (rowHeight(cells, widths, fontSize) > maxHeight) {
    const longest = cells.reduce((best, cell, i) => (cell.length > (cells[best] ?? "").length ? i : best), 0);
    const words = (cells[longest] ?? "").replace(/ …$/, "").split(/\s+/);
    if (words.length <= 1) break;
    cells[longest] = `${words.slice(0, -1).join(" ")} …`;
  }
  return cells;
}

/**
 * A table continued over as many pages as it needs between `top` and `bottom`: each page
 * repeats the header and is exactly as tall as its estimated rows. Always at least one page.
 */
export function tablePages(
  spec: {
    x: number;
    w: number;
    header: string[];
    rows: string[][];
    columnWidths: number[];
    fontSize: number;
  },
  top: number = CONTENT.y,
  bottom: number = BOTTOM,
): TableElement[] {
  const widths = spec.columnWidths.map((f) => f * spec.w);
  const headerHeight = rowHeight(spec.header, widths, spec.fontSize);
  const pages: { rows: string[][]; h: number }[] = [{ rows: [], h: headerHeight }];
  const tallest = bottom - top - headerHeight;
  for (const original of spec.rows) {
    const row = shortenRow(original, widths, spec.fontSize, tallest);
    const h = rowHeight(row, widths, spec.fontSize);
    let page = pages[pages.length - 1] as { rows: string[][]; h: number };
    if (page.rows.length > 0 && top + page.h + h > bottom + 1e-9) {
      page = { rows: [], h: headerHeight };
      pages.push(page);
    }
    page.rows.push(row);
    page.h += h;
  }
  return pages.map((page) => ({
    type: "table",
    box: { x: spec.x, y: top, w: spec.w, h: Math.min(page.h, bottom - top) },
    header: spec.header,
    rows: page.rows,
    columnWidths: spec.columnWidths,
    fontSize: spec.fontSize,
  }));
}

/** `Data Webinar untuk November 2023 belum diisi.` */
export function missingText(key: ChannelKey, month: Month): string {
  return `Data ${channel(key).tab} untuk ${monthLabel(month)} belum diisi.`;
}

/** Whether the month has no data for the channel (as the check before generation found, or now). */
export function isMissing(ctx: LayoutContext, key: ChannelKey): boolean {
  return ctx.missing.has(key) || measureOf(ctx.data, key, ctx.month) === undefined;
}

/** The notice a section shows instead of its content when its data is missing. */
export function missingNotice(
  ctx: LayoutContext,
  keys: readonly ChannelKey[],
  y: number = CONTENT.y,
): TextElement {
  const paragraphs = keys.map((k) => ({ runs: [{ text: missingText(k, ctx.month), italic: true }] }));
  return placeText(CONTENT.x, y, CONTENT.w, paragraphs, { style: "body" });
}

export function missingSlide(
  ctx: LayoutContext,
  id: string,
  title: string,
  keys: readonly ChannelKey[],
): Slide {
  return slide(id, title, [missingNotice(ctx, keys)]);
}

/** Slides with ids `<base>-1`, `<base>-2` ... for pages of a continued section. */
export function continued(base: string, title: string, pages: readonly Element[][]): Slide[] {
  return pages.map((elements, i) => slide(`${base}-${i + 1}`, title, elements));
}

/** The channel's headline figures summed over January..month (months without data count 0). */
export function yearToDateTotal(ctx: { data: LayoutContext["data"]; month: Month }, key: ChannelKey): number {
  return seriesOf(ctx.data, key, yearToDate(ctx.month)).reduce<number>((s, v) => s + (v ?? 0), 0);
}

/** `1.271`, or `-` for a figure not filled. */
export function countText(value: number | undefined, decimals = 0): string {
  return value === undefined ? "-" : formatNumber(value, decimals);
}

/** `6 November` from an ISO date; the raw text when it is not one. */
export function dayLabel(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateLabel(value) : value;
}

export const bold = (text: string): Run => ({ text, bold: true });
export const plain = (text: string): Run => ({ text });

/** Text boxes stacked from `y` down, `gap` apart; returns them and the bottom of the last. */
export function stack(
  x: number,
  y: number,
  w: number,
  paragraphs: readonly Paragraph[],
  options: TextOptions = {},
  gap = 0.12,
): { elements: TextElement[]; bottom: number } {
  const elements: TextElement[] = [];
  let top = y;
  for (const p of paragraphs) {
    const element = placeText(x, top, w, [p], options);
    elements.push(element);
    top += element.box.h + gap;
  }
  return { elements, bottom: elements.length > 0 ? top - gap : y };
}

/**
 * Paragraphs stacked in `area` at the largest of body, small and caption at which they end
 * above `limit` (default: the area's bottom); when none does, one box filling the area, cut to fit.
 */
export function stackToFit(
  area: Box,
  paragraphs: readonly Paragraph[],
  options: { gap?: number; limit?: number } = {},
): { elements: TextElement[]; bottom: number } {
  const limit = options.limit ?? area.y + area.h;
  for (const fontSize of [FONT.body, FONT.small, FONT.caption]) {
    const attempt = stack(area.x, area.y, area.w, paragraphs, { fontSize }, options.gap);
    if (attempt.bottom <= limit + 1e-9) return attempt;
  }
  const box = { ...area, h: limit - area.y };
  return { elements: [fitText(box, [...paragraphs], { fontSize: FONT.caption })], bottom: limit };
}

const MIN_CHART_H = 1.8;

/**
 * Sentences on top, the chart below in the rest of the content area. The sentences shrink
 * (body, small, caption) until the chart keeps at least MIN_CHART_H.
 */
export function textAboveChart(
  paragraphs: readonly Paragraph[],
  chart: (box: Box) => Element,
  area: Box = CONTENT,
): Element[] {
  const bottom = area.y + area.h;
  const text = stackToFit(area, paragraphs, { limit: bottom - GRID.gutter - MIN_CHART_H });
  const chartTop = text.bottom + GRID.gutter;
  return [...text.elements, chart({ x: area.x, y: chartTop, w: area.w, h: bottom - chartTop })];
}

/** The standard comparison sentence for a channel's headline figure: M against M-1 and M-12. */
export function comparisonFor(
  ctx: Pick<LayoutContext, "data" | "month">,
  key: ChannelKey,
  subject: string,
  extra: Partial<Omit<ComparisonInput, "subject" | "month" | "current" | "previous" | "lastYear">> = {},
): Run[] {
  return comparisonSentence({
    ...extra,
    subject,
    month: ctx.month,
    current: measureOf(ctx.data, key, ctx.month) ?? 0,
    previous: measureOf(ctx.data, key, previousMonth(ctx.month)),
    lastYear: measureOf(ctx.data, key, sameMonthLastYear(ctx.month)),
  });
}

/** A slide saying the month's items are recorded only as a total (nothing to itemise). */
export function noItemsSlide(id: string, title: string, text: string): Slide {
  return slide(id, title, [placeText(CONTENT.x, CONTENT.y, CONTENT.w, [{ runs: [{ text, italic: true }] }])]);
}
