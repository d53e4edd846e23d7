/** The deck's look around the content as pptxgenjs draws it: slide masters, the title bar text and the cover. */
import {
  COVER,
  type CoverText,
  coverTitleFontSize,
  FOOTER,
  footerText,
  TITLE_BOX,
  titleFontSize,
} from "../report/chrome";
import type { Deck } from "../report/deck";
import { CHROME, COLORS, FONT } from "../report/theme";
import type { Pptx, PptxSlide } from "./pptx-lib";

export const CONTENT_MASTER = "LAPORAN_KONTEN";
export const COVER_MASTER = "LAPORAN_SAMPUL";

export function defineMasters(pptx: Pptx, deck: Deck): void {
  const footerFont = {
    fontFace: FONT.face,
    fontSize: CHROME.footer.fontSize,
    color: COLORS.muted,
    valign: "middle",
    margin: 0,
  } as const;
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: COLORS.background },
    objects: [
      { rect: { ...CHROME.titleBar, fill: { color: COLORS.primary }, line: { type: "none" } } },
      { rect: { ...CHROME.rule, fill: { color: COLORS.accent }, line: { type: "none" } } },
      { line: { ...FOOTER.line, line: { color: FOOTER.lineColor, width: FOOTER.lineWeightPt } } },
      { text: { text: footerText(deck), options: { ...FOOTER.text, ...footerFont } } },
    ],
    slideNumber: { ...FOOTER.number, ...footerFont, align: "right" },
  });
  pptx.defineSlideMaster({
    title: COVER_MASTER,
    background: { color: COLORS.primary },
    objects: [{ rect: { ...COVER.band, fill: { color: COLORS.accent }, line: { type: "none" } } }],
  });
}

export function drawTitle(slide: PptxSlide, title: string): void {
  slide.addText(title, {
    ...TITLE_BOX,
    fontFace: FONT.face,
    fontSize: titleFontSize(title, TITLE_BOX.w),
    bold: true,
    color: "FFFFFF",
    valign: "middle",
    margin: 0,
  });
}

/** The cover's texts and gold rule; the band is on the cover master, the cover's own elements are drawn by the caller. */
export function drawCover(slide: PptxSlide, text: CoverText): void {
  slide.addText(text.title, {
    ...COVER.title,
    fontFace: FONT.face,
    fontSize: coverTitleFontSize(text.title, COVER.title.w, COVER.title.h),
    bold: true,
    color: COVER.titleColor,
    valign: "bottom",
    margin: 0,
  });
  slide.addShape("rect", { ...COVER.rule, fill: { color: COLORS.accent }, line: { type: "none" } });
  slide.addText(text.month, {
    ...COVER.month,
    fontFace: FONT.face,
    fontSize: COVER.monthFontSize,
    color: COLORS.accent,
    valign: "top",
    margin: 0,
  });
  if (text.unitName) {
    slide.addText(text.unitName, {
      ...COVER.unit,
      fontFace: FONT.face,
      fontSize: COVER.unitFontSize,
      color: COVER.unitColor,
      valign: "top",
      margin: 0,
    });
  }
}
