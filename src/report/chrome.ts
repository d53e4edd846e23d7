/**
 * The deck's chrome as both renderers (PPTX and Google Slides) draw it: the footer's text, what
 * the cover says and where, and how big a title is set. Pure rules; each renderer only turns
 * them into its own shapes.
 */
import { plainText } from "../core/words/text";
import type { Box, Deck, Slide } from "./deck";
import { PAGE } from "./deck";
import { estimateLines, textWidth } from "./measure";
import { CHROME, FONT, GRID } from "./theme";

/** Footer text of every content slide: `DJPK · November 2023` (the short unit name when the deck has one). */
export function footerText(deck: Deck): string {
  const short = deck.unitShort;
  return `${short && short.trim() !== "" ? short : deck.unit} · ${deck.monthLabel}`;
}

/** The footer's pieces on a content slide: a thin grey line, the footer text left, the slide number right. */
export const FOOTER = {
  line: { x: GRID.left, y: CHROME.footer.y - 0.02, w: GRID.right - GRID.left, h: 0 },
  lineColor: "D1D5DB",
  lineWeightPt: 0.5,
  text: { x: GRID.left, y: CHROME.footer.y, w: 6, h: CHROME.footer.h },
  number: { x: GRID.right - 0.8, y: CHROME.footer.y, w: 0.8, h: CHROME.footer.h },
} as const;

/** Where the title of a content slide goes: across the title bar, inside the grid's margins. */
export const TITLE_BOX: Box = {
  x: GRID.left,
  y: CHROME.titleBar.y,
  w: GRID.right - GRID.left,
  h: CHROME.titleBar.h,
};

/** What the cover says, in the order drawn: big title, month, the unit's full name (if any). */
export interface CoverText {
  title: string;
  month: string;
  unitName?: string;
}

/**
 * The cover's title is the slide's own (`Laporan Layanan Informasi DJPK`), or built from the unit
 * when empty. The full unit name comes from the caller, else from `deck.unit`, and is left out
 * when the title already names it.
 */
export function coverText(deck: Deck, cover: Slide, unitName?: string): CoverText {
  const title = cover.title.trim() || `Laporan Layanan Informasi ${deck.unit}`;
  const name = (unitName ?? deck.unit).trim();
  const text: CoverText = { title, month: deck.monthLabel };
  if (name !== "" && !title.includes(name)) text.unitName = name;
  return text;
}

/**
 * Indices of the cover's own elements still to draw (the layout puts none there, a hand-made
 * Deck may): a text element that only repeats the title, the month or the unit name, which the
 * cover already shows in its own place, is dropped rather than drawn twice.
 */
export function extraCoverElements(cover: Slide, text: CoverText): number[] {
  const shown = new Set([text.title, text.month, text.unitName].map((t) => t?.trim().toLowerCase()));
  return cover.elements.flatMap((element, i) => {
    if (element.type !== "text") return [i];
    const said = element.paragraphs
      .map((p) => plainText(p.runs))
      .join(" ")
      .trim()
      .toLowerCase();
    return shown.has(said) ? [] : [i];
  });
}

const COVER_X = 0.7;
const COVER_W = PAGE.width - 2 * COVER_X;

/**
 * The cover on its navy page: a gold band along the bottom, the big title (bottom-aligned in its
 * box), a short gold rule, the month in gold, the unit's full name in pale blue. The cover's own
 * elements are drawn in `elementColor`.
 */
export const COVER = {
  band: { x: 0, y: PAGE.height - 0.35, w: PAGE.width, h: 0.35 },
  title: { x: COVER_X, y: 1.0, w: COVER_W, h: 1.6 },
  titleColor: "FFFFFF",
  rule: { x: COVER_X, y: 2.78, w: 1.4, h: 0.06 },
  month: { x: COVER_X, y: 2.98, w: COVER_W, h: 0.6 },
  monthFontSize: 24,
  unit: { x: COVER_X, y: 3.65, w: COVER_W, h: 0.5 },
  unitFontSize: 14,
  unitColor: "DCE3EE",
  elementColor: "FFFFFF",
} as const;

/**
 * Title size that keeps a long title on one line of the bar (Arial's bold widths), never below
 * 14 pt: the parser's limits on the unit's names keep every title within that.
 */
export function titleFontSize(title: string, widthIn: number): number {
  for (let size = FONT.title; size > 14; size--) {
    if (textWidth(title, size, true) <= widthIn) return size;
  }
  return 14;
}

/** The biggest cover size whose wrapped lines (Arial's bold widths) fit the title box; a full unit name is long. */
export function coverTitleFontSize(title: string, widthIn: number, heightIn: number): number {
  const sizes = [34, 30, 26, 22];
  const fits = (size: number) => (estimateLines(title, widthIn, size, true) * size * 1.2) / 72 <= heightIn;
  return sizes.find(fits) ?? 22;
}
