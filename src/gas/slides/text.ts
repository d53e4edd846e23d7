/**
 * Rich text into a shape or a table cell: one insertText of the whole text, then styles by
 * UTF-16 index ranges (JavaScript string indices are UTF-16, as the API counts).
 * Paragraphs are joined by `\n`; a `\n` inside a run also starts a new paragraph in Slides
 * (PPTX draws it as a line break within the paragraph).
 */
import type { Paragraph } from "../../report/deck";
import { FONT, PARAGRAPH_GAP_EM } from "../../report/theme";
import { pt, type Request, rgb } from "./units";

type CellLocation = GoogleAppsScript.Slides.Schema.TableCellLocation;
type TextStyle = GoogleAppsScript.Slides.Schema.TextStyle;

export interface TextTarget {
  objectId: string;
  /** Set for a table cell. */
  cell?: CellLocation;
}

export interface TextLook {
  fontSize: number;
  color: string;
  bold: boolean;
  italic: boolean;
  align?: "left" | "center" | "right" | undefined;
  /** Space below each paragraph in points (all of them); default PARAGRAPH_GAP_EM of the size, half for bullet items. */
  spaceBelow?: number;
}

/** A range of the inserted text with a style on top of the base look. */
export interface StyledRange {
  start: number;
  end: number;
  style: TextStyle;
  fields: string;
}

export interface LaidOutText {
  text: string;
  /** [start, end) of each paragraph's text (without its `\n`). */
  paragraphs: Array<{ start: number; end: number; bullet?: Paragraph["bullet"] }>;
  bold: Array<[number, number]>;
  italic: Array<[number, number]>;
}

const ALIGNMENT = { left: "START", center: "CENTER", right: "END" } as const;
const BULLET_PRESET = { bullet: "BULLET_DISC_CIRCLE_SQUARE", number: "NUMBERED_DIGIT_ALPHA_ROMAN" } as const;

/** Literal text as the API should receive it: tabs (which bullets would strip) become spaces. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\t/g, " ");
}

/** Adds [start, end) to ranges, merging with the previous range when they touch. */
function pushRange(ranges: Array<[number, number]>, start: number, end: number): void {
  if (end <= start) return;
  const last = ranges[ranges.length - 1];
  if (last && last[1] === start) last[1] = end;
  else ranges.push([start, end]);
}

/** The text of the paragraphs and where each paragraph and each bold/italic run sits in it. */
export function layOutText(paragraphs: readonly Paragraph[]): LaidOutText {
  const out: LaidOutText = { text: "", paragraphs: [], bold: [], italic: [] };
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) out.text += "\n";
    const start = out.text.length;
    for (const run of paragraph.runs) {
      const from = out.text.length;
      out.text += cleanText(run.text);
      if (run.bold) pushRange(out.bold, from, out.text.length);
      if (run.italic) pushRange(out.italic, from, out.text.length);
    }
    const entry: LaidOutText["paragraphs"][number] = { start, end: out.text.length };
    if (paragraph.bullet) entry.bullet = paragraph.bullet;
    out.paragraphs.push(entry);
  });
  return out;
}

function located(target: TextTarget): { objectId: string; cellLocation?: CellLocation } {
  return target.cell
    ? { objectId: target.objectId, cellLocation: target.cell }
    : { objectId: target.objectId };
}

function fixed(start: number, end: number) {
  return { type: "FIXED_RANGE", startIndex: start, endIndex: end };
}

function baseStyle(look: TextLook): TextStyle {
  return {
    fontFamily: FONT.face,
    fontSize: pt(look.fontSize),
    foregroundColor: { opaqueColor: rgb(look.color) },
    bold: look.bold,
    italic: look.italic,
  };
}

/**
 * Requests that fill an empty shape or cell with the paragraphs in the given look, plus any
 * extra styled ranges (e.g. a KPI value's bigger size). Nothing at all for empty text: the API
 * rejects an empty insertText, and styling an empty range is an error too.
 */
export function textRequests(
  target: TextTarget,
  paragraphs: readonly Paragraph[],
  look: TextLook,
  extra: readonly StyledRange[] = [],
): Request[] {
  const laid = layOutText(paragraphs);
  if (laid.text === "") return [];
  const at = located(target);
  const requests: Request[] = [
    { insertText: { ...at, insertionIndex: 0, text: laid.text } },
    {
      updateTextStyle: {
        ...at,
        textRange: { type: "ALL" },
        style: baseStyle(look),
        fields: "fontFamily,fontSize,foregroundColor,bold,italic",
      },
    },
  ];
  if (!look.bold) {
    for (const [start, end] of laid.bold) {
      requests.push({
        updateTextStyle: { ...at, textRange: fixed(start, end), style: { bold: true }, fields: "bold" },
      });
    }
  }
  if (!look.italic) {
    for (const [start, end] of laid.italic) {
      requests.push({
        updateTextStyle: { ...at, textRange: fixed(start, end), style: { italic: true }, fields: "italic" },
      });
    }
  }
  for (const range of extra) {
    if (range.end <= range.start || range.end > laid.text.length) continue;
    requests.push({
      updateTextStyle: {
        ...at,
        textRange: fixed(range.start, range.end),
        style: range.style,
        fields: range.fields,
      },
    });
  }
  requests.push(...paragraphRequests(at, laid, look));
  return requests;
}

function paragraphRequests(
  at: { objectId: string; cellLocation?: CellLocation },
  laid: LaidOutText,
  look: TextLook,
): Request[] {
  const gap = look.spaceBelow ?? Math.round(look.fontSize * PARAGRAPH_GAP_EM);
  const bulletGap = look.spaceBelow ?? Math.round(look.fontSize * PARAGRAPH_GAP_EM * 0.5);
  const requests: Request[] = [];
  // Left-aligned text without spacing is the default: table cells skip the request.
  if (look.align !== undefined || gap > 0) {
    requests.push({
      updateParagraphStyle: {
        ...at,
        textRange: { type: "ALL" },
        style: { alignment: ALIGNMENT[look.align ?? "left"], spaceAbove: pt(0), spaceBelow: pt(gap) },
        fields: "alignment,spaceAbove,spaceBelow",
      },
    });
  }
  // Consecutive paragraphs of the same bullet kind form one list.
  const groups: Array<{ start: number; end: number; kind: NonNullable<Paragraph["bullet"]> }> = [];
  for (const paragraph of laid.paragraphs) {
    const last = groups[groups.length - 1];
    if (!paragraph.bullet) continue;
    if (last && last.kind === paragraph.bullet && last.end + 1 === paragraph.start) last.end = paragraph.end;
    else groups.push({ start: paragraph.start, end: paragraph.end, kind: paragraph.bullet });
  }
  for (const group of groups) {
    if (group.end <= group.start) continue;
    const range = fixed(group.start, group.end);
    requests.push(
      { createParagraphBullets: { ...at, textRange: range, bulletPreset: BULLET_PRESET[group.kind] } },
      {
        updateParagraphStyle: {
          ...at,
          textRange: range,
          style: { spaceBelow: pt(bulletGap) },
          fields: "spaceBelow",
        },
      },
    );
  }
  return requests;
}
