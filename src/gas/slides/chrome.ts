/**
 * The deck's chrome as Slides API requests, by the shared rules of src/report/chrome.ts (the PPTX
 * renderer draws the same on its masters): navy title bar with the white title, gold rule, footer
 * and the slide number on content slides; the navy cover with its title, gold rule, month and
 * unit name. Slides has no masters to draw on through the API, so every slide gets its own copies.
 */
import {
  COVER,
  type CoverText,
  coverTitleFontSize,
  FOOTER,
  footerText,
  TITLE_BOX,
  titleFontSize,
} from "../../report/chrome";
import type { Deck } from "../../report/deck";
import { CHROME, COLORS } from "../../report/theme";
import type { IdMaker } from "./ids";
import { plain, rectangle, textShape } from "./shapes";
import { type Request, rgb } from "./units";

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
  const fontSize = CHROME.footer.fontSize;
  return [
    background(pageId, COLORS.background),
    ...rectangle(ids.element(index, "titleBar"), pageId, CHROME.titleBar, COLORS.primary),
    ...rectangle(ids.element(index, "rule"), pageId, CHROME.rule, COLORS.accent),
    ...textShape(
      ids.element(index, "title"),
      pageId,
      TITLE_BOX,
      plain(title),
      {
        fontSize: titleFontSize(title, TITLE_BOX.w),
        color: "FFFFFF",
        bold: true,
        italic: false,
        spaceBelow: 0,
      },
      { valign: "MIDDLE" },
    ),
    // The 0.5 pt rule, as a rectangle that thin.
    ...rectangle(ids.element(index, "footerLine"), pageId, { ...FOOTER.line, h: 0.007 }, FOOTER.lineColor),
    ...textShape(
      ids.element(index, "footer"),
      pageId,
      FOOTER.text,
      plain(footerText(deck)),
      muted(fontSize),
      { valign: "MIDDLE" },
    ),
    ...textShape(
      ids.element(index, "number"),
      pageId,
      FOOTER.number,
      plain(String(index + 1)),
      muted(fontSize, "right"),
      { valign: "MIDDLE" },
    ),
  ];
}

const coverLook = (fontSize: number, color: string, bold = false) => ({
  fontSize,
  color,
  bold,
  italic: false,
  spaceBelow: 0,
});

/** The cover: navy page, gold band at the bottom, big title, gold rule, month, unit name. */
export function coverChrome(ids: IdMaker, index: number, pageId: string, text: CoverText): Request[] {
  const titleSize = coverTitleFontSize(text.title, COVER.title.w, COVER.title.h);
  const requests: Request[] = [
    background(pageId, COLORS.primary),
    ...rectangle(ids.element(index, "cover"), pageId, COVER.band, COLORS.accent),
    ...textShape(
      ids.element(index, "cover"),
      pageId,
      COVER.title,
      plain(text.title),
      coverLook(titleSize, COVER.titleColor, true),
      { valign: "BOTTOM" },
    ),
    ...rectangle(ids.element(index, "cover"), pageId, COVER.rule, COLORS.accent),
    ...textShape(
      ids.element(index, "cover"),
      pageId,
      COVER.month,
      plain(text.month),
      coverLook(COVER.monthFontSize, COLORS.accent),
      { valign: "TOP" },
    ),
  ];
  if (text.unitName) {
    requests.push(
      ...textShape(
        ids.element(index, "cover"),
        pageId,
        COVER.unit,
        plain(text.unitName),
        coverLook(COVER.unitFontSize, COVER.unitColor),
        { valign: "TOP" },
      ),
    );
  }
  return requests;
}
