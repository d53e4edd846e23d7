/**
 * Whether a chart's value labels fit: each label (the figure as the deck writes it) must be
 * narrower than the room one bar or point has, or neighbouring labels print over each other.
 * Both renderers ask this rule; the figures stay readable on the axis when the labels go.
 */
import { formatNumber } from "../core/words/format";
import type { ChartElement } from "./deck";
import { textWidth } from "./measure";
import { CHART_FONT } from "./theme";

/** Font size of value labels in the renderers. */
export const VALUE_LABEL_PT = CHART_FONT.label;
/** Share of the chart's width its plot area gets (the value axis and margins take the rest). */
const PLOT_SHARE = 0.85;

export function valueLabelsFit(chart: ChartElement): boolean {
  if (chart.kind === "pie") return true;
  const slots =
    Math.max(1, chart.categories.length) * (chart.kind === "bar" ? Math.max(1, chart.series.length) : 1);
  const room = (chart.box.w * PLOT_SHARE) / slots;
  const widest = Math.max(
    0,
    ...chart.series.flatMap((s) => s.values.map((v) => textWidth(formatNumber(v), VALUE_LABEL_PT))),
  );
  return widest <= room;
}
