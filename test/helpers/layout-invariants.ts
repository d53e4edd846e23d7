/**
 * What every built deck must hold, measured with the layout's own metrics (src/report/measure.ts):
 * every element inside the page, every text inside its box, table rows inside their table, a
 * title on one line of its bar, a tile's number on one line of its tile, the cover's texts in
 * their boxes, and no two elements of a slide overlapping. Returns the breaches, empty when sound.
 */
import {
  COVER,
  coverText,
  coverTitleFontSize,
  FOOTER,
  footerText,
  TITLE_BOX,
  titleFontSize,
} from "../../src/report/chrome";
import { type Deck, type Element, PAGE } from "../../src/report/deck";
import { estimateLines, lineWidth, rowHeight, textHeight, textWidth } from "../../src/report/measure";
import { CHART_FONT, CHROME, TEXT_BOX } from "../../src/report/theme";
import { kpiLook, TILE } from "../../src/report/tiles";

const EPS = 1e-6;
/** The renderers' inner margin of a tile (pptx-text.ts drawKpi); a title is drawn without one. */
const KPI_MARGIN_PT = TILE.marginPt;

function overlaps(a: Element, b: Element): boolean {
  return (
    a.box.x < b.box.x + b.box.w - EPS &&
    b.box.x < a.box.x + a.box.w - EPS &&
    a.box.y < b.box.y + b.box.h - EPS &&
    b.box.y < a.box.y + a.box.h - EPS
  );
}

/**
 * A figure as the deck writes it (`1.234.567`, `41,2%`, at most the 99.999.999 a count takes)
 * wider than its line, which a renderer would break mid-digit.
 */
function brokenFigure(text: string, widthIn: number, fontSize: number, bold: boolean): string | undefined {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^\(|[),.;:]+$/g, ""))
    .find(
      (word) =>
        /^\d{1,3}(\.\d{3}){0,3}(,\d+)?%?$/.test(word) && textWidth(word, fontSize, bold) > widthIn * 0.99,
    );
}

function elementBreaches(e: Element): string[] {
  const out: string[] = [];
  const { x, y, w, h } = e.box;
  if (
    !(x >= -EPS && y >= -EPS && w > 0 && h > 0 && x + w <= PAGE.width + EPS && y + h <= PAGE.height + EPS)
  ) {
    out.push(`box ${JSON.stringify(e.box)} leaves the page`);
  }
  if (e.type === "text") {
    const needed = textHeight(e.paragraphs, w, e.fontSize);
    if (needed > h + EPS) out.push(`text needs ${needed.toFixed(2)} in, box is ${h.toFixed(2)} in`);
    for (const p of e.paragraphs) {
      for (const run of p.runs) {
        const broken = brokenFigure(run.text, lineWidth(p, w, e.fontSize), e.fontSize, run.bold === true);
        if (broken) out.push(`figure "${broken}" wraps mid-digit`);
      }
    }
  }
  if (e.type === "table") {
    const widths = e.columnWidths.map((f) => f * w);
    for (const row of e.rows) {
      row.forEach((cell, i) => {
        const broken = brokenFigure(cell, (widths[i] ?? 0) - 0.12, e.fontSize, false);
        if (broken) out.push(`figure "${broken}" wraps mid-digit in a table`);
      });
    }
    const needed =
      rowHeight(e.header, widths, e.fontSize, true) +
      e.rows.reduce((sum, row) => sum + rowHeight(row, widths, e.fontSize), 0);
    if (needed > h + EPS) out.push(`table rows need ${needed.toFixed(2)} in, box is ${h.toFixed(2)} in`);
  }
  if (e.type === "kpi") {
    // The sizes its row shares (tiles.ts), and its blank lines up to the row's line count.
    const sizes = kpiLook(e);
    const inner = w - (2 * KPI_MARGIN_PT) / 72;
    if (textWidth(e.value, sizes.value, true) > inner + EPS) out.push(`tile number "${e.value}" wraps`);
    const lines = estimateLines(e.label, inner, sizes.label);
    const tall =
      ((sizes.value + (lines + sizes.padLines) * sizes.label) * TEXT_BOX.lineHeightEm) / 72 +
      (2 * KPI_MARGIN_PT) / 72;
    if (tall > h + EPS) out.push(`tile "${e.label}" needs ${tall.toFixed(2)} in, tile is ${h.toFixed(2)} in`);
  }
  if (e.type === "chart") {
    const title = estimateLines(e.title, w, CHART_FONT.title);
    if (title > 2) out.push(`chart title "${e.title}" takes ${title} lines`);
  }
  return out;
}

export function deckBreaches(deck: Deck): string[] {
  const out: string[] = [];
  const ids = deck.slides.map((s) => s.id);
  if (new Set(ids).size !== ids.length) out.push("slide ids are not unique");
  const footer = footerText(deck);
  if (textWidth(footer, CHROME.footer.fontSize) > FOOTER.text.w - (2 * TEXT_BOX.marginPt) / 72)
    out.push(`footer "${footer}" wraps`);
  for (const slide of deck.slides) {
    const where = (text: string) => `${slide.id}: ${text}`;
    if (slide.kind === "cover") {
      const text = coverText(deck, slide);
      const size = coverTitleFontSize(text.title, COVER.title.w, COVER.title.h);
      const lines = estimateLines(text.title, COVER.title.w, size, true);
      if ((lines * size * TEXT_BOX.lineHeightEm) / 72 > COVER.title.h + EPS)
        out.push(where("cover title overflows"));
      if (text.unitName) {
        const unitLines = estimateLines(text.unitName, COVER.unit.w, COVER.unitFontSize);
        if ((unitLines * COVER.unitFontSize * TEXT_BOX.lineHeightEm) / 72 > COVER.unit.h + EPS) {
          out.push(where(`cover unit name "${text.unitName}" overflows`));
        }
      }
    } else {
      const size = titleFontSize(slide.title, TITLE_BOX.w);
      if (textWidth(slide.title, size, true) > TITLE_BOX.w + EPS) {
        out.push(where(`title "${slide.title}" leaves its bar`));
      }
    }
    slide.elements.forEach((e, i) => {
      for (const breach of elementBreaches(e)) out.push(where(`${e.type} ${i}: ${breach}`));
      slide.elements.slice(i + 1).forEach((other, j) => {
        if (overlaps(e, other)) out.push(where(`${e.type} ${i} overlaps ${other.type} ${i + j + 1}`));
      });
    });
  }
  return out;
}
