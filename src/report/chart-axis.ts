/**
 * Where a chart's value axis starts, and the note a slide carries when it is not 0. Bars start
 * at 0; a line whose values all lie in a narrow band high above 0 (followers 109.441..116.890)
 * starts at a round figure below them, so its trend shows, and says so under the chart: a 4%
 * rise must not look steep to a reader who assumes 0.
 */
import { formatNumber } from "../core/words/format";
import { textBox } from "./blocks";
import type { ChartElement, Element } from "./deck";
import { textHeight } from "./measure";
import { CHART_FONT } from "./theme";

/** A line starts above 0 only when its lowest value is above this share of its highest. */
const BAND = 0.6;

/** The round figure a line's axis starts at: 0, or a step below its lowest value. */
export function lineAxisMin(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return 0;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min <= 0 || min < max * BAND) return 0;
  const span = Math.max(max - min, max * 0.01);
  const step = 10 ** Math.floor(Math.log10(span));
  const start = Math.floor((min - span * 0.25) / step) * step;
  return Math.max(start, 0);
}

/** `Sumbu tegak dimulai dari 107.000, tidak dimulai dari 0.` */
export function axisNote(axisMin: number): string {
  return `Sumbu tegak dimulai dari ${formatNumber(axisMin)}, tidak dimulai dari 0.`;
}

/**
 * The chart, and under it (inside its box) the note when its axis starts above 0. The note
 * takes its height from the chart's box, so what the caller placed stays where it was.
 */
export function chartWithAxisNote(chart: ChartElement): Element[] {
  const min = chart.kind === "bar" ? 0 : (chart.axisMin ?? 0);
  if (min <= 0) return [chart];
  const paragraphs = [{ runs: [{ text: axisNote(min), italic: true }] }];
  const h = textHeight(paragraphs, chart.box.w, CHART_FONT.label);
  const shrunk: ChartElement = { ...chart, box: { ...chart.box, h: chart.box.h - h } };
  const note = textBox({ x: chart.box.x, y: chart.box.y + chart.box.h - h, w: chart.box.w, h }, paragraphs, {
    style: "note",
    fontSize: CHART_FONT.label,
    align: "right",
  });
  return [shrunk, note];
}
