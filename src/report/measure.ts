/**
 * Height estimates for text boxes and table rows, made the way the PPTX renderer draws them:
 * Arial's character widths, words wrapped greedily, the theme's line height, paragraph gap,
 * text-box margin, bullet indent and table cell padding.
 */
import type { Run } from "../core/words/text";
import type { Paragraph } from "./deck";
import { PARAGRAPH_GAP_EM, TABLE, TEXT_BOX } from "./theme";

/** Advance widths of Arial (Liberation Sans has the same), 1/1000 em, for `!`..`~`. */
const ASCII_FROM = 33;
// biome-ignore format: one row of the table per line
const REGULAR = [
  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ! .. /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0 .. 9
  278, 278, 584, 584, 584, 556, 1015, // : .. @
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A .. M
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N .. Z
  278, 278, 278, 469, 556, 333, // [ .. `
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a .. m
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n .. z
  334, 260, 334, 584, // { .. ~
];
// biome-ignore format: one row of the table per line
const BOLD = [
  333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  333, 333, 584, 584, 584, 611, 975,
  722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
  333, 278, 333, 584, 556, 333,
  556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889,
  611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
  389, 280, 389, 584,
];
const SPACE = 278;
const WIDE = new Map([
  ["…", 1000],
  ["—", 1000],
  ["–", 556],
  ["“", 333],
  ["”", 333],
  ["‘", 222],
  ["’", 222],
]);
/** Letters outside ASCII (é, ü ...) are drawn about as wide as a capital. */
const OTHER = 667;
/**
 * Share of a line the estimate lets words fill: viewers differ slightly (PowerPoint, LibreOffice,
 * Google Slides), so a line the estimate fills exactly may wrap in one of them.
 */
const WIDTH_SAFETY = 0.99;

function charWidth(ch: string, bold: boolean): number {
  if (ch === " ") return SPACE;
  const code = ch.charCodeAt(0);
  const table = bold ? BOLD : REGULAR;
  if (code >= ASCII_FROM && code < ASCII_FROM + table.length) return table[code - ASCII_FROM] as number;
  return WIDE.get(ch) ?? OTHER;
}

/** Width in inches of a text on one line at `fontSize` pt. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units / 1000) * (fontSize / 72);
}

/** A word (or a space) with its drawn width; a run's bold carries over to its pieces. */
interface Piece {
  text: string;
  width: number;
  bold: boolean;
}

/** The lines of a run list, each a list of words, as `\n` separates them. */
function wordLines(runs: readonly Run[], fontSize: number): Piece[][] {
  const lines: Piece[][] = [[]];
  for (const run of runs) {
    run.text.split(/\r?\n/).forEach((segment, i) => {
      if (i > 0) lines.push([]);
      const line = lines[lines.length - 1] as Piece[];
      for (const token of segment.split(/( +)/)) {
        if (token === "") continue;
        const width = textWidth(token, fontSize, run.bold === true);
        const last = line[line.length - 1];
        // Runs split inside a word (`**1,1%** (14 pengguna)`) join into one word.
        if (last && !token.startsWith(" ") && !last.text.endsWith(" ")) {
          last.text += token;
          last.width += width;
        } else line.push({ text: token, width, bold: run.bold === true });
      }
    });
  }
  return lines;
}

/** Lines the runs wrap to in a line `widthIn` wide (greedy, at spaces; a too-long word is broken). */
export function runLines(runs: readonly Run[], widthIn: number, fontSize: number): number {
  const width = Math.max(0.05, widthIn * WIDTH_SAFETY);
  return wordLines(runs, fontSize).reduce((total, words) => {
    let lines = 1;
    let used = 0;
    for (const word of words) {
      if (word.text.trim() === "") {
        used += word.width;
        continue;
      }
      if (used > 0 && used + word.width > width) {
        lines += 1;
        used = 0;
      }
      if (word.width > width) {
        // broken letter by letter, as the renderers break a word longer than a line: each line
        // holds whole letters, so it ends a little short of the full width
        for (const ch of word.text) {
          const w = textWidth(ch, fontSize, word.bold);
          if (used > 0 && used + w > width) {
            lines += 1;
            used = 0;
          }
          used += w;
        }
      } else used += word.width;
    }
    return total + lines;
  }, 0);
}

/**
 * The pieces of a text's words for cutting it: each word, and a word wider than a line (a pasted
 * link, a code) cut into pieces that each fit one line. `joined` marks a piece that continues
 * the word before it (no space between them).
 */
export function wordPieces(
  text: string,
  widthIn: number,
  fontSize: number,
  bold = false,
): { text: string; joined: boolean }[] {
  const width = Math.max(0.05, widthIn * WIDTH_SAFETY);
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (textWidth(word, fontSize, bold) <= width) return [{ text: word, joined: false }];
      const pieces: { text: string; joined: boolean }[] = [];
      let piece = "";
      let used = 0;
      for (const ch of word) {
        const w = textWidth(ch, fontSize, bold);
        if (piece !== "" && used + w > width) {
          pieces.push({ text: piece, joined: pieces.length > 0 });
          piece = "";
          used = 0;
        }
        piece += ch;
        used += w;
      }
      if (piece !== "") pieces.push({ text: piece, joined: pieces.length > 0 });
      return pieces;
    });
}

/** Pieces of wordPieces put back together: a space before each piece but a word's continuation. */
export function joinPieces(pieces: readonly { text: string; joined: boolean }[]): string {
  return pieces.map((p, i) => (i > 0 && !p.joined ? ` ${p.text}` : p.text)).join("");
}

/** Lines a plain text needs in a line `widthIn` wide at `fontSize` pt. */
export function estimateLines(text: string, widthIn: number, fontSize: number, bold = false): number {
  return runLines([{ text, bold }], widthIn, fontSize);
}

/** Height in inches that `lines` lines take at `fontSize` pt. */
export function linesHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * TEXT_BOX.lineHeightEm) / 72;
}

/** The renderer's space after a paragraph, in inches (half for a bullet item). */
export function paragraphGap(p: Paragraph, fontSize: number): number {
  return Math.round(fontSize * PARAGRAPH_GAP_EM * (p.bullet ? 0.5 : 1)) / 72;
}

const MARGIN = TEXT_BOX.marginPt / 72;

/** Width a paragraph's lines get in a text box `w` wide. */
export function lineWidth(p: Paragraph, w: number, fontSize: number): number {
  const indent = p.bullet ? Math.round(fontSize * TEXT_BOX.bulletIndentEm) / 72 : 0;
  return w - 2 * MARGIN - indent;
}

/** Lines a paragraph takes in a text box `w` wide. */
export function paragraphLines(p: Paragraph, w: number, fontSize: number): number {
  return runLines(p.runs, lineWidth(p, w, fontSize), fontSize);
}

/** Height of a text box `w` wide holding the paragraphs: margins, lines and the gaps between paragraphs. */
export function textHeight(paragraphs: readonly Paragraph[], w: number, fontSize: number): number {
  return paragraphs.reduce(
    (sum, p, i) =>
      sum +
      linesHeight(paragraphLines(p, w, fontSize), fontSize) +
      (i < paragraphs.length - 1 ? paragraphGap(p, fontSize) : 0),
    2 * MARGIN,
  );
}

/** Whether the paragraphs fit a box `w` wide and `h` tall at the font size. */
export function fitsIn(paragraphs: readonly Paragraph[], w: number, h: number, fontSize: number): boolean {
  return textHeight(paragraphs, w, fontSize) <= h + 1e-9;
}

const [PAD_TOP, PAD_RIGHT, PAD_BOTTOM, PAD_LEFT] = TABLE.cellPadding;

/** Height of a table row whose cells wrap inside their columns (`widths` in inches). */
export function rowHeight(
  cells: readonly string[],
  widths: readonly number[],
  fontSize: number,
  bold = false,
): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, i) => estimateLines(cell, (widths[i] ?? 0) - PAD_LEFT - PAD_RIGHT, fontSize, bold)),
  );
  return (lines * fontSize * TABLE.lineHeightEm) / 72 + PAD_TOP + PAD_BOTTOM;
}
