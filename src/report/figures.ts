/**
 * A channel's figures as the sections state them: M with M-1 and M-12, the year to date, the
 * comparison sentence, and the note (or slide) saying a month's data is not filled.
 */

import { sumDefined } from "../core/words/compare";
import { comparisonSentence } from "../core/words/narrative";
import { type ChannelKey, channel } from "../core/workbook/channels";
import { figure, measureOf, seriesOf } from "../core/workbook/dataset";
import {
  type Month,
  monthLabel,
  previousMonth,
  sameMonthLastYear,
  yearToDate,
} from "../core/workbook/period";
import { para, slide } from "./blocks";
import type { LayoutContext } from "./context";
import type { Element, Paragraph, Slide } from "./deck";
import { textHeight } from "./measure";
import { fitText } from "./text-fit";
import { CONTENT, FONT } from "./theme";

type DataContext = Pick<LayoutContext, "data" | "month">;

/** A figure of a monthly tab (or a channel's headline figure) for M, M-1 and M-12. */
export interface Figures {
  current: number | undefined;
  previous: number | undefined;
  lastYear: number | undefined;
}

export function figuresOf(ctx: DataContext, key: ChannelKey, column?: string): Figures {
  const at = (m: Month) => (column ? figure(ctx.data, key, column, m) : measureOf(ctx.data, key, m));
  return {
    current: at(ctx.month),
    previous: at(previousMonth(ctx.month)),
    lastYear: at(sameMonthLastYear(ctx.month)),
  };
}

/** January..M total of the channel's headline figure; undefined when no month has data. */
export function yearToDateTotal(ctx: DataContext, key: ChannelKey): number | undefined {
  return sumDefined(seriesOf(ctx.data, key, yearToDate(ctx.month)));
}

/** `Data Webinar untuk November 2023 belum diisi.`, with a detail: `Data Tiket Konsultasi (kolom WhatsApp) ...` */
export function missingText(key: ChannelKey, month: Month, detail = ""): string {
  return `Data ${channel(key).tab}${detail ? ` (${detail})` : ""} untuk ${monthLabel(month)} belum diisi.`;
}

export function missingParagraph(key: ChannelKey, month: Month, detail = ""): Paragraph {
  return para([{ text: missingText(key, month, detail), italic: true }]);
}

/** Whether the month has no data for the channel (as the check before generation found, or now). */
export function isMissing(ctx: Pick<LayoutContext, "data" | "month" | "missing">, key: ChannelKey): boolean {
  return ctx.missing.has(key) || measureOf(ctx.data, key, ctx.month) === undefined;
}

/** A slide saying that the month's data of the channels is not filled. */
export function missingSlide(
  ctx: DataContext,
  id: string,
  title: string,
  keys: readonly ChannelKey[],
): Slide {
  return noteSlide(
    id,
    title,
    keys.map((k) => missingParagraph(k, ctx.month)),
  );
}

/** Type size of a slide that holds only notes: large, so the slide does not read as a blank. */
export const NOTE_SIZES: readonly number[] = [18, 16, 14, FONT.body];

/**
 * Notes standing alone on a slide (data missing, items recorded only as a total ...): large and
 * centred in the body, not one small line under the title above an empty page.
 */
export function noteElements(notes: readonly Paragraph[]): Element[] {
  const size = NOTE_SIZES.find((s) => textHeight(notes, CONTENT.w, s) <= CONTENT.h) ?? FONT.body;
  const h = Math.min(CONTENT.h, textHeight(notes, CONTENT.w, size));
  const box = { x: CONTENT.x, y: CONTENT.y + (CONTENT.h - h) / 2, w: CONTENT.w, h };
  return [fitText(box, [...notes], { fontSize: size, sizes: NOTE_SIZES, align: "center" })];
}

/** A slide of italic notes only (data missing, items recorded only as a total ...). */
export function noteSlide(id: string, title: string, notes: readonly (Paragraph | string)[]): Slide {
  const paragraphs = notes.map((n) => (typeof n === "string" ? para([{ text: n, italic: true }]) : n));
  return slide(id, title, noteElements(paragraphs));
}

export interface ComparisonOptions {
  /** A column of a monthly tab; default the channel's headline figure. */
  column?: string;
  /** Base unit in the parentheses: `(1.322 konsultasi)`. */
  unit?: string;
  decimals?: number;
  /** Rounded figures: `turun sekitar 4%`. */
  approximate?: boolean;
  /** The figure was just stated: without bases, do not restate it. */
  stated?: boolean;
  /** Named in the missing-data note: `kolom WhatsApp`. */
  missingDetail?: string;
  bullet?: Paragraph["bullet"];
}

/** The comparison sentence of a figure for M against M-1 and M-12, or the missing-data note when M has none. */
export function comparisonParagraph(
  ctx: DataContext,
  key: ChannelKey,
  subject: string,
  options: ComparisonOptions = {},
): Paragraph {
  const figures = figuresOf(ctx, key, options.column);
  if (figures.current === undefined) return missingParagraph(key, ctx.month, options.missingDetail);
  const runs = comparisonSentence({
    subject,
    month: ctx.month,
    current: figures.current,
    previous: figures.previous,
    lastYear: figures.lastYear,
    unit: options.unit,
    decimals: options.decimals,
    approximate: options.approximate,
    stated: options.stated,
  });
  return para(runs, options.bullet);
}
