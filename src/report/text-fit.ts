/**
 * Text boxes that hold their text: sized to the estimate, shrunk to a smaller font size, stacked
 * in a column, or (only for text far longer than its place) cut with `…`.
 */
import { plainText } from "../core/words/text";
import { fontOf, type TextOptions, textBox } from "./blocks";
import type { Box, Element, Paragraph, TextElement } from "./deck";
import type { Column } from "./grid";
import { fitsIn, joinPieces, lineWidth, paragraphLines, textHeight, wordPieces } from "./measure";
import { FONT, GRID } from "./theme";

/** A text box at (x, y), `w` wide, exactly as tall as its text is estimated to need. */
export function placeText(
  x: number,
  y: number,
  w: number,
  paragraphs: Paragraph[],
  options: TextOptions = {},
): TextElement {
  const fontSize = options.fontSize ?? fontOf(options.style ?? "body");
  return textBox({ x, y, w, h: textHeight(paragraphs, w, fontSize) }, paragraphs, { ...options, fontSize });
}

/**
 * Paragraphs cut to fit `maxHeight`: whole paragraphs while they fit, then the words of the
 * next one that still fit (a word wider than a line cut inside), ending in `…`.
 */
export function truncateToFit(
  paragraphs: readonly Paragraph[],
  w: number,
  fontSize: number,
  maxHeight: number,
): Paragraph[] {
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    if (fitsIn([...kept, p], w, maxHeight, fontSize)) {
      kept.push(p);
      continue;
    }
    const words = wordPieces(plainText(p.runs), lineWidth(p, w, fontSize), fontSize);
    // a no-break space: the `…` never starts a line of its own, below the box
    const cut = (n: number): Paragraph => ({
      ...p,
      runs: [{ text: `${joinPieces(words.slice(0, n))}\u00a0…` }],
    });
    let n = words.length - 1;
    while (n > 0 && !fitsIn([...kept, cut(n)], w, maxHeight, fontSize)) n -= 1;
    if (n > 0) kept.push(cut(n));
    break;
  }
  return kept.length > 0 ? kept : [{ runs: [{ text: "…" }] }];
}

/**
 * A text box filling `box`, at the largest of the given sizes whose text fits (`singleLine`:
 * without wrapping any paragraph); at the smallest, cut to fit, when none does.
 */
export function fitText(
  box: Box,
  paragraphs: Paragraph[],
  options: TextOptions & { sizes?: readonly number[]; singleLine?: boolean } = {},
): TextElement {
  const { sizes: given, singleLine, ...rest } = options;
  const preferred = rest.fontSize ?? fontOf(rest.style ?? "body");
  const sizes = (given ?? [preferred, FONT.small, FONT.caption]).filter((s) => s <= preferred);
  // a figure must not wrap mid-digit: each paragraph on one line, or a smaller size
  const oneLine = (s: number) => !singleLine || paragraphs.every((p) => paragraphLines(p, box.w, s) === 1);
  const fitting = sizes.find((s) => oneLine(s) && fitsIn(paragraphs, box.w, box.h, s));
  if (fitting !== undefined) return textBox(box, paragraphs, { ...rest, fontSize: fitting });
  const smallest = sizes[sizes.length - 1] ?? preferred;
  return textBox(box, truncateToFit(paragraphs, box.w, smallest, box.h), { ...rest, fontSize: smallest });
}

export const STACK_SIZES: readonly number[] = [FONT.body, 11, FONT.small, FONT.caption];

/**
 * Sizes for a slide whose text is short: the largest that fits is taken, so a few lines fill
 * the body in larger type instead of leaving most of it empty.
 */
export const ROOMY_SIZES: readonly number[] = [16, 14, FONT.body];

export interface Stacked {
  elements: TextElement[];
  /** Bottom of the last box (the column's top when there is none). */
  bottom: number;
  fontSize: number;
}

/**
 * Text boxes stacked top-down in the column, one per group of paragraphs, `gap` apart, all at
 * the largest of `sizes` at which they end above the column's bottom. When none does, at the
 * smallest size, the group that reaches past the bottom is cut to fit and the rest left out:
 * sections whose text has no bound continue it over slides instead.
 */
export function stackText(
  col: Column,
  groups: readonly (readonly Paragraph[])[],
  options: { sizes?: readonly number[]; gap?: number; headings?: readonly number[] } = {},
): Stacked {
  const sizes = options.sizes ?? STACK_SIZES;
  const gap = options.gap ?? 0.12;
  // Groups drawn in the deck's heading style (navy, bold, never smaller than the text), by index.
  const headingAt = new Set(options.headings ?? []);
  const present = groups.flatMap((g, i) =>
    g.length > 0 ? [{ paragraphs: g, heading: headingAt.has(i) }] : [],
  );
  const sizeOf = (heading: boolean, size: number) => (heading ? Math.max(FONT.heading, size) : size);
  const gapAfter = (heading: boolean) => (heading ? gap / 3 : gap);
  const available = col.bottom - col.y;
  const total = (size: number) =>
    present.reduce(
      (sum, g) => sum + textHeight(g.paragraphs, col.w, sizeOf(g.heading, size)) + gapAfter(g.heading),
      0,
    ) - (present.length > 0 ? gapAfter(present[present.length - 1]?.heading ?? false) : 0);
  const fitting = sizes.find((s) => total(s) <= available + 1e-9);
  const fontSize = fitting ?? (sizes[sizes.length - 1] as number);
  const elements: TextElement[] = [];
  let y = col.y;
  for (const group of present) {
    const room = col.bottom - y;
    const size = sizeOf(group.heading, fontSize);
    const look = group.heading ? { style: "heading" as const, fontSize: size } : { fontSize: size };
    if (fitsIn(group.paragraphs, col.w, room, size)) {
      const element = placeText(col.x, y, col.w, [...group.paragraphs], look);
      elements.push(element);
      y += element.box.h + gapAfter(group.heading);
      continue;
    }
    const cut = truncateToFit(group.paragraphs, col.w, size, room);
    if (fitsIn(cut, col.w, room, size)) elements.push(placeText(col.x, y, col.w, cut, look));
    break;
  }
  const last = elements[elements.length - 1];
  return { elements, bottom: last ? last.box.y + last.box.h : col.y, fontSize };
}

const MIN_CHART_H = 1.8;

/**
 * Text groups on top, the chart below in the rest of the column. The text shrinks (12 to 9 pt)
 * until the chart keeps at least MIN_CHART_H.
 */
export function textAboveChart(
  col: Column,
  groups: readonly (readonly Paragraph[])[],
  chart: (box: Box) => Element,
  minChartH = MIN_CHART_H,
): Element[] {
  const text = stackText({ ...col, bottom: col.bottom - GRID.gutter - minChartH }, groups);
  const top = text.elements.length > 0 ? text.bottom + GRID.gutter : col.y;
  return [...text.elements, chart({ x: col.x, y: top, w: col.w, h: col.bottom - top })];
}
