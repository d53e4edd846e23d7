/** Text elements and KPI tiles: Deck paragraphs of runs -> pptxgenjs text runs. */
import type { KpiElement, Paragraph, TextElement, TextStyle } from "../report/deck";
import { COLORS, FONT, PARAGRAPH_GAP_EM, TEXT_BOX } from "../report/theme";
import type { PptxSlide, PptxTextProps } from "./pptx-lib";

const STYLE: Record<TextStyle, { color: string; bold: boolean; italic: boolean }> = {
  heading: { color: COLORS.primary, bold: true, italic: false },
  body: { color: COLORS.text, bold: false, italic: false },
  caption: { color: COLORS.muted, bold: false, italic: false },
  note: { color: COLORS.muted, bold: false, italic: true },
};

interface RunLook {
  color: string;
  bold: boolean;
  italic: boolean;
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
  const style = STYLE[element.style];
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

/** Font sizes for a KPI tile: the value as big as the tile allows, the label small under it. */
export function kpiSizes(element: KpiElement): { value: number; label: number } {
  const heightPt = element.box.h * 72;
  const widthPt = element.box.w * 72;
  const byHeight = heightPt * 0.38;
  const byWidth = (widthPt * 0.8) / (Math.max(element.value.length, 1) * 0.6);
  const value = Math.round(Math.min(40, Math.max(14, Math.min(byHeight, byWidth))));
  const label = Math.round(Math.min(12, Math.max(8, heightPt * 0.11)));
  return { value, label };
}

export function drawKpi(slide: PptxSlide, element: KpiElement): void {
  const sizes = kpiSizes(element);
  slide.addText(
    [
      {
        text: element.value,
        options: {
          bold: true,
          color: COLORS.primary,
          fontSize: sizes.value,
          fontFace: FONT.face,
          breakLine: true,
        },
      },
      {
        text: element.label,
        options: { bold: true, color: COLORS.text, fontSize: sizes.label, fontFace: FONT.face },
      },
    ],
    {
      ...element.box,
      shape: "roundRect",
      rectRadius: Math.min(0.12, element.box.h / 6),
      fill: { color: COLORS.tileFill },
      line: { color: COLORS.accent, width: 1 },
      align: "center",
      valign: "middle",
      margin: 4,
      fontFace: FONT.face,
    },
  );
}
