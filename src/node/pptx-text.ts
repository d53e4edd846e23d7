/** Text elements and KPI tiles: Deck paragraphs of runs -> pptxgenjs text runs. */
import type { KpiElement, Paragraph, TextElement } from "../report/deck";
import { TEXT_STYLES, type TextStyleLook } from "../report/text-style";
import { FONT, PARAGRAPH_GAP_EM, TEXT_BOX } from "../report/theme";
import { kpiLook, TILE, TILE_PAD, tileColors } from "../report/tiles";
import type { PptxSlide, PptxTextProps } from "./pptx-lib";

interface RunLook extends TextStyleLook {
  fontSize: number;
}

/**
 * One pptxgenjs run per Deck run; the paragraph's first run carries the bullet, its last run
 * ends the paragraph. A `\n` inside a run becomes a line break within the paragraph.
 * pptxgenjs mutates run options, so every run gets a fresh object.
 */
export function paragraphRuns(paragraphs: readonly Paragraph[], look: RunLook): PptxTextProps[] {
  const out: PptxTextProps[] = [];
  paragraphs.forEach((paragraph, p) => {
    const pieces = paragraph.runs.flatMap((run) =>
      run.text.split(/\r?\n/).map((text, i) => ({
        text,
        bold: look.bold || run.bold === true,
        italic: look.italic || run.italic === true,
        softBreak: i > 0,
      })),
    );
    if (pieces.length === 0) pieces.push({ text: "", bold: false, italic: false, softBreak: false });
    const gap = Math.round(look.fontSize * PARAGRAPH_GAP_EM * (paragraph.bullet ? 0.5 : 1));
    pieces.forEach((piece, i) => {
      const options: PptxTextProps["options"] = {
        bold: piece.bold,
        italic: piece.italic,
        color: look.color,
        fontSize: look.fontSize,
        fontFace: FONT.face,
        paraSpaceAfter: gap,
      };
      if (piece.softBreak) options.softBreakBefore = true;
      if (i === 0 && paragraph.bullet) options.bullet = bulletOf(paragraph.bullet, look.fontSize);
      if (i === pieces.length - 1 && p < paragraphs.length - 1) options.breakLine = true;
      out.push({ text: piece.text, options });
    });
  });
  return out;
}

function bulletOf(
  kind: NonNullable<Paragraph["bullet"]>,
  fontSize: number,
): NonNullable<PptxTextProps["options"]>["bullet"] {
  // The default hanging indent (27pt) is far too wide for 10-12pt text.
  const indent = Math.round(fontSize * TEXT_BOX.bulletIndentEm);
  return kind === "number" ? { type: "number", indent } : { indent };
}

export function drawText(slide: PptxSlide, element: TextElement, colorOverride?: string): void {
  const style = TEXT_STYLES[element.style];
  const runs = paragraphRuns(element.paragraphs, {
    color: colorOverride ?? style.color,
    bold: style.bold,
    italic: style.italic,
    fontSize: element.fontSize,
  });
  slide.addText(runs, {
    ...element.box,
    fontFace: FONT.face,
    fontSize: element.fontSize,
    align: element.align ?? "left",
    valign: "top",
    margin: TEXT_BOX.marginPt,
    wrap: true,
  });
}

export function drawKpi(slide: PptxSlide, element: KpiElement): void {
  const look = kpiLook(element);
  const colors = tileColors(element);
  slide.addText(
    [
      {
        text: element.value,
        options: {
          bold: true,
          color: colors.value,
          fontSize: look.value,
          fontFace: FONT.face,
          breakLine: true,
        },
      },
      {
        text: element.label,
        options: {
          bold: true,
          color: colors.label,
          fontSize: look.label,
          fontFace: FONT.face,
          breakLine: look.padLines > 0,
        },
      },
      // Blank lines up to the row's line count (tiles.ts): centred, the row's values align.
      ...Array.from({ length: look.padLines }, (_, i) => ({
        text: TILE_PAD,
        options: { fontSize: look.label, fontFace: FONT.face, breakLine: i < look.padLines - 1 },
      })),
    ],
    {
      ...element.box,
      shape: "roundRect",
      rectRadius: Math.min(0.12, element.box.h / 6),
      fill: { color: colors.fill },
      line: { color: TILE.outline.color, width: TILE.outline.weightPt },
      align: "center",
      valign: "middle",
      margin: TILE.marginPt,
      fontFace: FONT.face,
    },
  );
}
