/**
 * A channel's figures as a period's sections state them: the period's figure by its column's rule,
 * compared with the previous period of the same kind and the same period a year earlier. When
 * some of the period's months have no data, both bases are taken over the same months of their
 * own period (November 2023 with November 2022, never eleven months with twelve), and the
 * sentence names those months.
 */
import { monthSpan } from "../../core/judgement/period-check";
import { comparisonSentence } from "../../core/words/narrative";
import { aggregate, measureRule, monthValues, ruleOf } from "../../core/workbook/aggregate";
import { type ChannelKey, channel } from "../../core/workbook/channels";
import { type Month, monthShort } from "../../core/workbook/period";
import {
  monthsOf,
  PERIOD_NOUN,
  type Period,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
} from "../../core/workbook/periods";
import { para, slide } from "../blocks";
import type { Box, ChartElement, Paragraph, Slide } from "../deck";
import type { ComparisonOptions } from "../figures";
import { FULL } from "../grid";
import { stackText } from "../text-fit";
import type { PeriodContext } from "./context";

export interface PeriodFigures {
  current: number | undefined;
  previous: number | undefined;
  /** Undefined for a year: the year before is its previous period. */
  lastYear: number | undefined;
  /** Positions (0-based) of the period's months that have data. */
  positions: number[];
}

type Ctx = Pick<PeriodContext, "data" | "period">;

function baseFigure(ctx: Ctx, key: ChannelKey, base: Period, positions: readonly number[], column?: string) {
  const rule = column ? ruleOf(key, column) : measureRule(key);
  const all = monthValues(ctx.data, key, monthsOf(base), column);
  const aligned = positions.map((i) => all[i]);
  // A sum over fewer months than the period's would read as a fall: the base needs every one.
  if (rule === "sum" && aligned.some((v) => v === undefined)) return undefined;
  return aggregate(rule, aligned);
}

export function periodFiguresOf(ctx: Ctx, key: ChannelKey, column?: string): PeriodFigures {
  const rule = column ? ruleOf(key, column) : measureRule(key);
  const values = monthValues(ctx.data, key, monthsOf(ctx.period), column);
  const positions = values.flatMap((v, i) => (v === undefined ? [] : [i]));
  const current = aggregate(rule, values);
  if (current === undefined) return { current, previous: undefined, lastYear: undefined, positions };
  return {
    current,
    previous: baseFigure(ctx, key, previousPeriod(ctx.period), positions, column),
    lastYear:
      ctx.period.kind === "year"
        ? undefined
        : baseFigure(ctx, key, samePeriodLastYear(ctx.period), positions, column),
    positions,
  };
}

/** How the sentence names the period and its bases; the months when only some have data. */
export function comparisonLabels(period: Period, positions: readonly number[]) {
  const months = monthsOf(period);
  const full = positions.length === months.length;
  const at = (p: Period) => monthSpan(positions.map((i) => monthsOf(p)[i] as Month));
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);
  const labels = full
    ? {
        current: periodLabel(period),
        previous: `${PERIOD_NOUN[period.kind]} sebelumnya`,
        lastYear: periodLabel(lastYear),
      }
    : {
        current: `${periodLabel(period)} (${at(period)})`,
        previous: `${periodLabel(previous)} (${at(previous)})`,
        lastYear: `${periodLabel(lastYear)} (${at(lastYear)})`,
      };
  // A year's previous period is the same period a year earlier: one base, named once.
  return period.kind === "year" ? { ...labels, lastYear: labels.previous } : labels;
}

/** As a month's comparison, but a period's figure is always restated. */
export type PeriodComparisonOptions = Omit<ComparisonOptions, "stated">;

/** `Data Webinar untuk Triwulan III 2023 belum diisi.` */
export function periodMissingParagraph(ctx: Ctx, key: ChannelKey, detail = ""): Paragraph {
  return para([
    {
      text: `Data ${channel(key).tab}${detail ? ` (${detail})` : ""} untuk ${periodLabel(ctx.period)} belum diisi.`,
      italic: true,
    },
  ]);
}

/** The period's comparison sentence ("naik 12,5% dibandingkan triwulan sebelumnya (…)"), or the missing note. */
export function periodComparison(
  ctx: Ctx,
  key: ChannelKey,
  subject: string,
  options: PeriodComparisonOptions = {},
): Paragraph {
  const figures = periodFiguresOf(ctx, key, options.column);
  if (figures.current === undefined) return periodMissingParagraph(ctx, key, options.missingDetail);
  const runs = comparisonSentence({
    subject,
    month: monthsOf(ctx.period)[0] as Month,
    current: figures.current,
    previous: figures.previous,
    lastYear: figures.lastYear,
    unit: options.unit,
    decimals: options.decimals,
    approximate: options.approximate,
    labels: comparisonLabels(ctx.period, figures.positions),
  });
  return para(runs, options.bullet);
}

/** `Data Desember 2023 belum diisi; angka Tahun 2023 dihitung dari bulan yang terisi.` or nothing. */
export function partialNote(ctx: PeriodContext, key: ChannelKey): Paragraph[] {
  const months = ctx.missingMonths.get(key);
  if (!months || months.length === 0 || months.length === monthsOf(ctx.period).length) return [];
  return [
    para([
      {
        text: `Data ${channel(key).tab} ${monthSpan(months)} ${ctx.period.year} belum diisi; angka ${periodLabel(ctx.period)} dihitung dari bulan yang terisi.`,
        italic: true,
      },
    ]),
  ];
}

/** Whether no month of the period has data for the channel. */
export function periodMissing(ctx: Ctx, key: ChannelKey): boolean {
  return periodFiguresOf(ctx, key).current === undefined;
}

/** A slide saying the period has no data for the channels. */
export function periodMissingSlide(ctx: Ctx, id: string, title: string, keys: readonly ChannelKey[]): Slide {
  return slide(id, title, stackText(FULL, [keys.map((k) => periodMissingParagraph(ctx, k))]).elements);
}

export interface PeriodChartOptions {
  column?: string;
  kind?: ChartElement["kind"];
}

/** A chart of the channel's figure month by month inside the period. */
export function periodChart(
  box: Box,
  title: string,
  ctx: Ctx,
  key: ChannelKey,
  seriesName: string,
  options: PeriodChartOptions = {},
): ChartElement {
  const months = monthsOf(ctx.period);
  const values = monthValues(ctx.data, key, months, options.column);
  // A month without data is left out, never drawn as 0: its label is missing from the axis, and
  // the checks and the slide's note name it.
  const points = months.map((month, i) => ({ month, value: values[i] })).filter((p) => p.value !== undefined);
  return {
    type: "chart",
    box,
    kind: options.kind ?? "bar",
    title,
    categories: points.map((p) => monthShort(p.month)),
    series: [{ name: seriesName, values: points.map((p) => p.value ?? 0) }],
  };
}
