/** Building blocks the sections share: text boxes, monthly charts, pagination, text-fit estimates. */
import type { ChannelKey } from "../core/channels";
import { seriesOf } from "../core/dataset";
import { type Month, monthShort, yearToDate } from "../core/period";
import type { Run } from "../core/text";
import type { Box, ChartElement, Element, Paragraph, Slide, TextElement, TextStyle } from "./deck";
import { FONT } from "./theme";

export function para(runs: Run[] | string, bullet?: Paragraph["bullet"]): Paragraph {
  const list = typeof runs === "string" ? [{ text: runs }] : runs;
  return bullet ? { runs: list, bullet } : { runs: list };
}

export function textBox(
  box: Box,
  paragraphs: Paragraph[],
  options: { style?: TextStyle; fontSize?: number; align?: TextElement["align"] } = {},
): TextElement {
  const style = options.style ?? "body";
  const fontSize =
    options.fontSize ?? (style === "heading" ? FONT.heading : style === "body" ? FONT.body : FONT.small);
  const element: TextElement = { type: "text", box, paragraphs, style, fontSize };
  if (options.align) element.align = options.align;
  return element;
}

export function slide(id: string, title: string, elements: Element[]): Slide {
  return { id, title, kind: "content", elements };
}

/** A bar chart of a channel's headline figure, January..month (months without data drawn as 0). */
export function monthlyChart(
  box: Box,
  title: string,
  ctx: { data: Parameters<typeof seriesOf>[0]; month: Month },
  key: ChannelKey,
  seriesName: string,
): ChartElement {
  const months = yearToDate(ctx.month);
  return {
    type: "chart",
    box,
    kind: "bar",
    title,
    categories: months.map(monthShort),
    series: [{ name: seriesName, values: seriesOf(ctx.data, key, months).map((v) => v ?? 0) }],
  };
}

/** Splits a list into pages of at most `perPage` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}

/** Average character width as a fraction of the font size, for Arial-like fonts. */
const CHAR_WIDTH_EM = 0.5;
const LINE_HEIGHT_EM = 1.2;

/** Lines a text needs in a box `widthIn` wide at `fontSize` pt (word-wrapped estimate). */
export function estimateLines(text: string, widthIn: number, fontSize: number): number {
  const charsPerLine = Math.max(1, Math.floor((widthIn * 72) / (fontSize * CHAR_WIDTH_EM)));
  return text.split("\n").reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      const len = word.length + (used === 0 ? 0 : 1);
      if (used + len > charsPerLine && used > 0) {
        count += 1;
        used = word.length;
      } else used += len;
    }
    return lines + count;
  }, 0);
}

/** Height in inches that `lines` lines take at `fontSize` pt. */
export function linesHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * LINE_HEIGHT_EM) / 72;
}
