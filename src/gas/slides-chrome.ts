/**
 * The deck's look around the content, as on the PPTX masters (src/node/pptx-chrome.ts): navy
 * title bar with the white title, gold rule, footer `<unit> · <month>` and the slide number on
 * content slides; the navy cover with its title, gold rule, month and unit name. Slides has no
 * masters to draw on through the API, so every slide gets its own copies.
 */
import { plainText } from "../core/text";
import type { Deck, Element, Slide } from "../report/deck";
import { PAGE } from "../report/deck";
import { CHROME, COLORS, FONT, GRID } from "../report/theme";
import type { IdMaker } from "./slides-ids";
import { plain, rectangle, textShape } from "./slides-shapes";
import { type Request, rgb } from "./slides-units";

/** `Deck` may carry a short unit name for the footer (`DJPK`); the full name otherwise. */
type DeckWithShortUnit = Deck & { unitShort?: string };

export function footerText(deck: Deck): string {
  const short = (deck as DeckWithShortUnit).unitShort;
  return `${short && short.trim() !== "" ? short : deck.unit} · ${deck.monthLabel}`;
}

export interface CoverText {
  title: string;
  month: string;
  unitName?: string;
}

/** The cover's texts, by the PPTX renderer's rule (`coverText` in src/node/pptx-chrome.ts). */
export function coverText(deck: Deck, cover: Slide, unitName?: string): CoverText {
  const title = cover.title.trim() || `Laporan Layanan Informasi ${deck.unit}`;
  const name = (unitName ?? deck.unit).trim();
  const text: CoverText = { title, month: deck.monthLabel };
  if (name !== "" && !title.includes(name)) text.unitName = name;
  return text;
}

/** Indices of the cover's elements still to draw: a text that only repeats the title, month or unit is dropped. */
export function extraCoverElements(cover: Slide, text: CoverText): number[] {
  const shown = new Set([text.title, text.month, text.unitName].map((t) => t?.trim().toLowerCase()));
  const repeats = (element: Element) =>
    element.type === "text" &&
    shown.has(
      element.paragraphs
        .map((p) => plainText(p.runs))
        .join(" ")
        .trim()
        .toLowerCase(),
    );
  return cover.elements.flatMap((element, i) => (repeats(element) ? [] : [i]));
}

/** Title size that keeps a long title on one line of the bar (estimated Arial widths). */
export function titleFontSize(title: string, widthIn: number): number {
  const fits = (widthIn * 72) / (Math.max(title.length, 1) * 0.55);
  return Math.max(14, Math.min(FONT.title, Math.floor(fits)));
}

/** The biggest cover size whose (estimated) wrapped lines fit the title box. */
export function coverTitleFontSize(title: string, widthIn: number, heightIn: number): number {
  const sizes = [34, 30, 26, 22];
  const fits = (size: number) => {
    const lines = Math.ceil((title.length * 0.55 * size) / 72 / widthIn);
    return (lines * size * 1.2) / 72 <= heightIn;
  };
  return sizes.find(fits) ?? 22;
}

export function background(pageId: string, color: string): Request {
  return {
    updatePageProperties: {
      objectId: pageId,
      pageProperties: { pageBackgroundFill: { solidFill: { color: rgb(color), alpha: 1 } } },
      fields: "pageBackgroundFill.solidFill.color,pageBackgroundFill.solidFill.alpha",
    },
  };
}

const muted = (fontSize: number, align?: "right") => ({
  fontSize,
  color: COLORS.muted,
  bold: false,
  italic: false,
  align,
  spaceBelow: 0,
});

/** Title bar, rule, footer line, footer text and slide number of a content slide. */
export function contentChrome(
  ids: IdMaker,
  index: number,
  pageId: string,
  deck: Deck,
  title: string,
): Request[] {
  const footer = CHROME.footer;
  const width = GRID.right - GRID.left;
  return [
    background(pageId, COLORS.background),
    ...rectangle(ids.element(index, "titleBar"), pageId, CHROME.titleBar, COLORS.primary),
    ...rectangle(ids.element(index, "rule"), pageId, CHROME.rule, COLORS.accent),
    ...textShape(
      ids.element(index, "title"),
      pageId,
      { x: GRID.left, y: CHROME.titleBar.y, w: width, h: CHROME.titleBar.h },
      plain(title),
      { fontSize: titleFontSize(title, width), color: "FFFFFF", bold: true, italic: false, spaceBelow: 0 },
      { valign: "MIDDLE" },
    ),
    ...rectangle(
      ids.element(index, "footerLine"),
      pageId,
      { x: GRID.left, y: footer.y - 0.02, w: width, h: 0.007 },
      "D1D5DB",
    ),
    ...textShape(
      ids.element(index, "footer"),
      pageId,
      { x: GRID.left, y: footer.y, w: 6, h: footer.h },
      plain(footerText(deck)),
      muted(footer.fontSize),
      { valign: "MIDDLE" },
    ),
    ...textShape(
      ids.element(index, "number"),
      pageId,
      { x: GRID.right - 0.8, y: footer.y, w: 0.8, h: footer.h },
      plain(String(index + 1)),
      muted(footer.fontSize, "right"),
      { valign: "MIDDLE" },
    ),
  ];
}

/** The cover: navy page, gold band at the bottom, big title, gold rule, month, unit name. */
export function coverChrome(ids: IdMaker, index: number, pageId: string, text: CoverText): Request[] {
  const x = 0.7;
  const w = PAGE.width - 2 * x;
  const white = (fontSize: number, color = "FFFFFF", bold = false) => ({
    fontSize,
    color,
    bold,
    italic: false,
    spaceBelow: 0,
  });
  const requests: Request[] = [
    background(pageId, COLORS.primary),
    ...rectangle(
      ids.element(index, "cover"),
      pageId,
      { x: 0, y: PAGE.height - 0.35, w: PAGE.width, h: 0.35 },
      COLORS.accent,
    ),
    ...textShape(
      ids.element(index, "cover"),
      pageId,
      { x, y: 1.0, w, h: 1.6 },
      plain(text.title),
      white(coverTitleFontSize(text.title, w, 1.6), "FFFFFF", true),
      { valign: "BOTTOM" },
    ),
    ...rectangle(ids.element(index, "cover"), pageId, { x, y: 2.78, w: 1.4, h: 0.06 }, COLORS.accent),
    ...textShape(
      ids.element(index, "cover"),
      pageId,
      { x, y: 2.98, w, h: 0.6 },
      plain(text.month),
      white(24, COLORS.accent),
      {
        valign: "TOP",
      },
    ),
  ];
  if (text.unitName) {
    requests.push(
      ...textShape(
        ids.element(index, "cover"),
        pageId,
        { x, y: 3.65, w, h: 0.5 },
        plain(text.unitName),
        white(14, "DCE3EE"),
        {
          valign: "TOP",
        },
      ),
    );
  }
  return requests;
}
