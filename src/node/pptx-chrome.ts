/** The deck's look around the content: slide masters, the title bar text and the cover. */
import { plainText } from "../core/text";
import type { Deck, Element, Slide } from "../report/deck";
import { PAGE } from "../report/deck";
import { CHROME, COLORS, FONT, GRID } from "../report/theme";
import type { Pptx, PptxSlide } from "./pptx-lib";

export const CONTENT_MASTER = "LAPORAN_KONTEN";
export const COVER_MASTER = "LAPORAN_SAMPUL";

/** Footer text of every content slide: `DJPK · November 2023`. */
export function footerText(deck: Deck): string {
  return `${deck.unit} · ${deck.monthLabel}`;
}

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
 * Cover elements still to draw: a text element that only repeats the title or the month (which
 * the cover already shows, in its own place) is dropped rather than drawn twice.
 */
export function extraCoverElements(cover: Slide, text: CoverText): Element[] {
  const shown = new Set([text.title, text.month, text.unitName].map((t) => t?.trim().toLowerCase()));
  return cover.elements.filter(
    (element) =>
      element.type !== "text" ||
      !shown.has(
        element.paragraphs
          .map((p) => plainText(p.runs))
          .join(" ")
          .trim()
          .toLowerCase(),
      ),
  );
}

export function defineMasters(pptx: Pptx, deck: Deck): void {
  const footer = CHROME.footer;
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: COLORS.background },
    objects: [
      { rect: { ...CHROME.titleBar, fill: { color: COLORS.primary }, line: { type: "none" } } },
      { rect: { ...CHROME.rule, fill: { color: COLORS.accent }, line: { type: "none" } } },
      {
        line: {
          x: GRID.left,
          y: footer.y - 0.02,
          w: GRID.right - GRID.left,
          h: 0,
          line: { color: "D1D5DB", width: 0.5 },
        },
      },
      {
        text: {
          text: footerText(deck),
          options: {
            x: GRID.left,
            y: footer.y,
            w: 6,
            h: footer.h,
            fontFace: FONT.face,
            fontSize: footer.fontSize,
            color: COLORS.muted,
            valign: "middle",
            margin: 0,
          },
        },
      },
    ],
    slideNumber: {
      x: GRID.right - 0.8,
      y: footer.y,
      w: 0.8,
      h: footer.h,
      fontFace: FONT.face,
      fontSize: footer.fontSize,
      color: COLORS.muted,
      align: "right",
      valign: "middle",
      margin: 0,
    },
  });
  pptx.defineSlideMaster({
    title: COVER_MASTER,
    background: { color: COLORS.primary },
    objects: [
      {
        rect: {
          x: 0,
          y: PAGE.height - 0.35,
          w: PAGE.width,
          h: 0.35,
          fill: { color: COLORS.accent },
          line: { type: "none" },
        },
      },
    ],
  });
}

/** Title size that keeps a long title on one line of the bar (estimated Arial widths). */
export function titleFontSize(title: string, widthIn: number): number {
  const fits = (widthIn * 72) / (Math.max(title.length, 1) * 0.55);
  return Math.max(14, Math.min(FONT.title, Math.floor(fits)));
}

/** The biggest cover size whose (estimated) wrapped lines fit the title box; a full unit name is long. */
export function coverTitleFontSize(title: string, widthIn: number, heightIn: number): number {
  const sizes = [34, 30, 26, 22];
  const fits = (size: number) => {
    const lines = Math.ceil((title.length * 0.55 * size) / 72 / widthIn);
    return (lines * size * 1.2) / 72 <= heightIn;
  };
  return sizes.find(fits) ?? 22;
}

export function drawTitle(slide: PptxSlide, title: string): void {
  const w = GRID.right - GRID.left;
  slide.addText(title, {
    x: GRID.left,
    y: CHROME.titleBar.y,
    w,
    h: CHROME.titleBar.h,
    fontFace: FONT.face,
    fontSize: titleFontSize(title, w),
    bold: true,
    color: "FFFFFF",
    valign: "middle",
    margin: 0,
  });
}

/**
 * The cover: big title, a gold rule, the month in gold, the unit's full name. Elements the
 * layout put on the cover are drawn by the caller, in white.
 */
export function drawCover(slide: PptxSlide, text: CoverText): void {
  const x = 0.7;
  const w = PAGE.width - 2 * x;
  const title = text.title;
  slide.addText(title, {
    x,
    y: 1.0,
    w,
    h: 1.6,
    fontFace: FONT.face,
    fontSize: coverTitleFontSize(title, w, 1.6),
    bold: true,
    color: "FFFFFF",
    valign: "bottom",
    margin: 0,
  });
  slide.addShape("rect", {
    x,
    y: 2.78,
    w: 1.4,
    h: 0.06,
    fill: { color: COLORS.accent },
    line: { type: "none" },
  });
  slide.addText(text.month, {
    x,
    y: 2.98,
    w,
    h: 0.6,
    fontFace: FONT.face,
    fontSize: 24,
    color: COLORS.accent,
    valign: "top",
    margin: 0,
  });
  if (text.unitName) {
    slide.addText(text.unitName, {
      x,
      y: 3.65,
      w,
      h: 0.5,
      fontFace: FONT.face,
      fontSize: 14,
      color: "DCE3EE",
      valign: "top",
      margin: 0,
    });
  }
}
