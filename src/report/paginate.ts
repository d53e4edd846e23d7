/**
 * Content continued over slides: blocks flowed top-down onto pages, tables split by rows with
 * their header repeated, and the slide ids and titles of a continued section.
 */
import { plainText } from "../core/words/text";
import { bold, fontOf, para, slide, type TextOptions } from "./blocks";
import type { Element, Paragraph, Slide, TableElement } from "./deck";
import type { Column } from "./grid";
import { FULL, LEFT, RIGHT } from "./grid";
import { joinPieces, lineWidth, rowHeight, textHeight, wordPieces } from "./measure";
import { placeText } from "./text-fit";
import { TABLE } from "./theme";

/** Something the flow places: its height, and its elements once given a top. */
export interface Block {
  height: number;
  /** A heading: moves to the next page with the block after it rather than end a page. */
  keepWithNext?: boolean;
  /** Extra space above the block, left out at the top of a page. */
  spaceBefore?: number;
  /** Placed first when this block starts a page: its group's heading, `Berita (lanjutan)`. */
  continues?: Block;
  place(y: number): Element[];
}

/** Space above a heading inside a flow (none at the top of a page). */
export const HEADING_SPACE = 0.1;

/** A block of one text box at x, `w` wide. */
export function textBlock(x: number, w: number, paragraphs: Paragraph[], options: TextOptions = {}): Block {
  const fontSize = options.fontSize ?? fontOf(options.style ?? "body");
  const height = textHeight(paragraphs, w, fontSize);
  return { height, place: (y) => [placeText(x, y, w, paragraphs, { ...options, fontSize })] };
}

/**
 * Cuts a paragraph whose text is taller than `maxHeight` into several at word boundaries, and
 * inside a word wider than a line (bold is dropped from the cut pieces: only a pathological
 * text needs this).
 */
export function splitParagraph(p: Paragraph, w: number, fontSize: number, maxHeight: number): Paragraph[] {
  if (textHeight([p], w, fontSize) <= maxHeight) return [p];
  const pieces = wordPieces(plainText(p.runs), lineWidth(p, w, fontSize), fontSize);
  const make = (text: string): Paragraph =>
    p.bullet ? { runs: [{ text }], bullet: p.bullet } : { runs: [{ text }] };
  const fits = (from: number, to: number) =>
    textHeight([make(joinPieces(pieces.slice(from, to)))], w, fontSize) <= maxHeight;
  const out: Paragraph[] = [];
  let start = 0;
  while (start < pieces.length) {
    // the most pieces from `start` that fit (at least one): height grows with every piece
    let lo = start + 1;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(start, mid)) lo = mid;
      else hi = mid - 1;
    }
    const first = pieces[start] as (typeof pieces)[number];
    out.push(make(joinPieces([{ ...first, joined: false }, ...pieces.slice(start + 1, lo)])));
    start = lo;
  }
  return out;
}

/**
 * A bold heading over the full width that moves to the next page with what follows it; never
 * smaller than the text under it (`bodySize`).
 */
export function headingBlock(text: string, col: Column = FULL, bodySize = 0): Block {
  const fontSize = Math.max(fontOf("heading"), bodySize);
  return {
    ...textBlock(col.x, col.w, [para([bold(text)])], { style: "heading", fontSize }),
    keepWithNext: true,
    spaceBefore: HEADING_SPACE,
  };
}

/** Text blocks for paragraphs, one block each, each short enough to fit on an empty page. */
export function paragraphBlocks(
  x: number,
  w: number,
  paragraphs: readonly Paragraph[],
  options: TextOptions = {},
  pageHeight: number = FULL.bottom - FULL.y,
): Block[] {
  const fontSize = options.fontSize ?? fontOf(options.style ?? "body");
  return paragraphs.flatMap((p) =>
    splitParagraph(p, w, fontSize, pageHeight).map((piece) =>
      textBlock(x, w, [piece], { ...options, fontSize }),
    ),
  );
}

/** The page area a flow fills and the space between its blocks. */
export interface FlowArea {
  top: number;
  bottom: number;
  gap: number;
}

export const FLOW_AREA: FlowArea = { top: FULL.y, bottom: FULL.bottom, gap: 0.04 };

/**
 * Lays blocks out top to bottom, `gap` apart (plus a block's `spaceBefore` unless it starts a
 * page), starting a new page when the next block does not fit. A heading never ends a page; a
 * block that starts a page puts its `continues` heading above it. Always at least one page.
 */
export function flow(blocks: readonly Block[], area: FlowArea = FLOW_AREA): Element[][] {
  const pages: Element[][] = [[]];
  let y = area.top;
  let onPage = 0;
  blocks.forEach((block, i) => {
    let needed = block.height;
    // keep a run of headings together with the first block that follows them
    for (let j = i; blocks[j]?.keepWithNext && blocks[j + 1]; j++)
      needed += area.gap + (blocks[j + 1]?.spaceBefore ?? 0) + (blocks[j + 1]?.height ?? 0);
    const before = onPage > 0 ? (block.spaceBefore ?? 0) : 0;
    if (onPage > 0 && y + before + needed > area.bottom + 1e-9) {
      pages.push([]);
      y = area.top;
      onPage = 0;
      if (block.continues) {
        (pages[pages.length - 1] as Element[]).push(...block.continues.place(y));
        y += block.continues.height + area.gap;
      }
    } else y += before;
    (pages[pages.length - 1] as Element[]).push(...block.place(y));
    y += block.height + area.gap;
    onPage += 1;
  });
  return pages;
}

/**
 * Groups of paragraphs (an item: its title, text and bullets) laid top-down as one text box per
 * group, `groupGap` apart, over as many pages as they need. A group that does not fit the rest
 * of a page is split between paragraphs, never right after its first (a title stays with its
 * text); a paragraph taller than a page is cut into pieces first. With `headings`, each group's
 * first paragraph is drawn in the deck's heading style (navy, bold, FONT.heading) in a box of
 * its own, like every other heading of the deck. Always at least one page.
 */
export function paragraphFlow(
  groups: readonly (readonly Paragraph[])[],
  col: Column,
  fontSize: number,
  groupGap: number,
  options: { headings?: boolean } = {},
): Element[][] {
  const pages: Element[][] = [[]];
  const height = col.bottom - col.y;
  let y = col.y;
  const page = () => pages[pages.length - 1] as Element[];
  const place = (paragraphs: Paragraph[]) => {
    const element = placeText(col.x, y, col.w, paragraphs, { fontSize });
    page().push(element);
    y += element.box.h + groupGap;
  };
  const fitting = (rest: readonly Paragraph[], room: number) => {
    // the most paragraphs that fit the room (height grows with each): a binary search
    let lo = 0;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (textHeight(rest.slice(0, mid), col.w, fontSize) <= room + 1e-9) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const group of groups) {
    let rest = group.flatMap((p) => splitParagraph(p, col.w, fontSize, height));
    let first = true;
    if (options.headings && rest.length > 1) {
      const look = { style: "heading" as const, fontSize: Math.max(fontOf("heading"), fontSize) };
      const heading = placeText(col.x, y, col.w, [rest[0] as Paragraph], look);
      const gap = HEADING_SPACE / 2;
      // the heading moves to the next page with at least one paragraph of its text
      if (fitting(rest.slice(1), col.bottom - y - heading.box.h - gap) === 0 && y > col.y) {
        pages.push([]);
        y = col.y;
      }
      const placed = placeText(col.x, y, col.w, [rest[0] as Paragraph], look);
      page().push(placed);
      y += placed.box.h + gap;
      rest = rest.slice(1);
      first = false;
    }
    while (rest.length > 0) {
      let n = fitting(rest, col.bottom - y);
      if (n === 1 && rest.length > 1 && first) n = 0;
      if (n === 0 && y > col.y) {
        pages.push([]);
        y = col.y;
        continue;
      }
      const take = Math.max(1, n);
      place(rest.slice(0, take));
      rest = rest.slice(take);
      first = false;
    }
  }
  return pages;
}

export interface TableSpec {
  header: string[];
  rows: string[][];
  /** Fractions of the table's width, summing to 1. */
  columnWidths: number[];
  fontSize: number;
  /** The last row (on the last page) is a total row. */
  totalRow?: boolean;
}

/** A row too tall for a whole page, its longest cell cut word by word until it fits (ends in `…`). */
function shortenRow(
  row: readonly string[],
  widths: readonly number[],
  fontSize: number,
  maxHeight: number,
): string[] {
  const cells = [...row];
  while (rowHeight(cells, widths, fontSize) > maxHeight) {
    const longest = cells.reduce((best, cell, i) => (cell.length > (cells[best] ?? "").length ? i : best), 0);
    const text = (cells[longest] ?? "").replace(/ …$/, "");
    const pieces = wordPieces(
      text,
      (widths[longest] ?? 0) - TABLE.cellPadding[1] - TABLE.cellPadding[3],
      fontSize,
    );
    if (pieces.length <= 1) break;
    cells[longest] = `${joinPieces(pieces.slice(0, -1))} …`;
  }
  return cells;
}

/**
 * A table split over pages: the first page fills `first` (from its top to its bottom), the
 * others `next`; every page repeats the header and its box is as tall as its rows. Every row
 * is on exactly one page, in order. Always at least one page; a first page without room for a
 * single row has none (its caller draws no table there).
 */
export function tablePages(spec: TableSpec, first: Column, next: Column = first): TableElement[] {
  const widthsOf = (col: Column) => spec.columnWidths.map((f) => f * col.w);
  const headerOf = (col: Column) => rowHeight(spec.header, widthsOf(col), spec.fontSize, true);
  const pages: { col: Column; rows: string[][]; h: number }[] = [
    { col: first, rows: [], h: headerOf(first) },
  ];
  for (const original of spec.rows) {
    const row = shortenRow(original, widthsOf(next), spec.fontSize, next.bottom - next.y - headerOf(next));
    let page = pages[pages.length - 1] as (typeof pages)[number];
    if (page.col.y + page.h + rowHeight(row, widthsOf(page.col), spec.fontSize) > page.col.bottom + 1e-9) {
      page = { col: next, rows: [], h: headerOf(next) };
      pages.push(page);
    }
    page.rows.push(row);
    page.h += rowHeight(row, widthsOf(page.col), spec.fontSize);
  }
  return pages.map((page, i) => {
    const table: TableElement = {
      type: "table",
      box: { x: page.col.x, y: page.col.y, w: page.col.w, h: Math.min(page.h, page.col.bottom - page.col.y) },
      header: spec.header,
      rows: page.rows,
      columnWidths: spec.columnWidths,
      fontSize: spec.fontSize,
    };
    if (spec.totalRow && i === pages.length - 1) table.totalRow = true;
    return table;
  });
}

/**
 * The pages of a flow that continues, balanced: the lowest bottom (no higher than the page's
 * middle) that needs no more pages than the full column, so the last page is not a stub of two
 * lines under the title and the others end at about one height.
 */
export function balancedPages(col: Column, pagesAt: (col: Column) => Element[][]): Element[][] {
  const full = pagesAt(col);
  if (full.length < 2) return full;
  let lo = col.y + (col.bottom - col.y) / 2;
  let hi = col.bottom;
  if (pagesAt({ ...col, bottom: lo }).length <= full.length) return pagesAt({ ...col, bottom: lo });
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (pagesAt({ ...col, bottom: mid }).length <= full.length) hi = mid;
    else lo = mid;
  }
  return pagesAt({ ...col, bottom: hi });
}

/**
 * Pages of a flow laid out in the left column, set two to a slide: every second one moved to the
 * right column. Long text reads in two columns of comfortable lines instead of small type.
 */
export function twoColumnPages(leftPages: readonly Element[][]): Element[][] {
  const shift = RIGHT.x - LEFT.x;
  const out: Element[][] = [];
  leftPages.forEach((page, i) => {
    if (i % 2 === 0) out.push([...page]);
    else
      (out[out.length - 1] as Element[]).push(
        ...page.map((e) => ({ ...e, box: { ...e.box, x: e.box.x + shift } }) as Element),
      );
  });
  return out;
}

/** Slides `<base>-1`, `<base>-2` ... for the pages of a continued section; later pages say `(lanjutan)`. */
export function continued(base: string, title: string, pages: readonly Element[][]): Slide[] {
  return pages.map((elements, i) =>
    slide(`${base}-${i + 1}`, i === 0 ? title : `${title} (lanjutan)`, elements),
  );
}
