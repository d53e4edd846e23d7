/** Chart elements as native, editable PowerPoint charts. */
import { VALUE_LABEL_PT, valueLabelsFit } from "../report/chart-labels";
import type { ChartElement } from "../report/deck";
import { CHART_FONT, COLORS, FONT } from "../report/theme";
import type { PptxChartOptions, PptxSlide } from "./pptx-lib";

/**
 * Number format for value labels and the value axis. A plain `#,##0` is drawn with the viewer's
 * locale (LibreOffice in en-US shows `1,271`) and `#.##0` is not a grouping pattern at all, so
 * the Indonesian thousands dot is written as a literal, one section per magnitude:
 * 1271 -> `1.271`, 1234567 -> `1.234.567` in every viewer. It covers non-negative integers
 * below 10^9; charts with fractions or negatives fall back to the locale's `#,##0.##`.
 */
export const INDONESIAN_INTEGER_FORMAT = '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0';
const FALLBACK_FORMAT = "#,##0.##";

/**
 * Pie percentages are whole numbers (`74%`): a decimal percent would show the viewer's decimal
 * mark, and the report's shares of a whole (WIB / WITA / WIT) are whole percents in the seed.
 */
export const PIE_PERCENT_FORMAT = "0%";

export function valueFormat(chart: ChartElement): string {
  const values = chart.series.flatMap((s) => s.values);
  const plain = values.every((v) => Number.isInteger(v) && v >= 0 && v < 1e9);
  return plain ? INDONESIAN_INTEGER_FORMAT : FALLBACK_FORMAT;
}

/**
 * `count` colours from the theme's palette, repeated as needed: pptxgenjs picks a RANDOM colour
 * when a pie has more slices (or a chart more series) than colours, which would make the chart
 * XML differ between two renders of the same deck.
 */
export function palette(count: number): string[] {
  return Array.from(
    { length: Math.max(1, count) },
    (_, i) => COLORS.chart[i % COLORS.chart.length] as string,
  );
}

const TEXT = { fontFace: FONT.face, color: COLORS.text };

function baseOptions(chart: ChartElement): PptxChartOptions {
  return {
    ...chart.box,
    showTitle: chart.title !== "",
    title: chart.title,
    titleFontFace: FONT.face,
    titleFontSize: CHART_FONT.title,
    titleColor: COLORS.primary,
    titleBold: true,
    showValue: valueLabelsFit(chart),
    dataLabelFontFace: FONT.face,
    dataLabelFontSize: VALUE_LABEL_PT,
    dataLabelColor: COLORS.text,
    legendFontFace: FONT.face,
    legendFontSize: CHART_FONT.label,
    legendColor: COLORS.text,
    legendPos: "b",
    showLegend: chart.series.length > 1,
  };
}

function axisOptions(chart: ChartElement): PptxChartOptions {
  const format = valueFormat(chart);
  const options: PptxChartOptions = {
    catAxisLabelFontFace: TEXT.fontFace,
    catAxisLabelColor: TEXT.color,
    catAxisLabelFontSize: CHART_FONT.label,
    valAxisLabelFontFace: TEXT.fontFace,
    valAxisLabelColor: COLORS.muted,
    valAxisLabelFontSize: CHART_FONT.label,
    valAxisLabelFormatCode: format,
    dataLabelFormatCode: format,
    valGridLine: { color: "E5E7EB", size: 0.5, style: "solid" },
    catGridLine: { style: "none" },
    chartColors: palette(chart.series.length),
  };
  // Bars start at 0 so their heights compare honestly; a line starts where the layout says
  // (followers 109.441..116.890 from 107.000, which its slide states), never at the viewer's whim.
  options.valAxisMinVal = chart.kind === "bar" ? 0 : (chart.axisMin ?? 0);
  return options;
}

export function chartOptions(chart: ChartElement): PptxChartOptions {
  const base = baseOptions(chart);
  switch (chart.kind) {
    case "bar":
      return {
        ...base,
        ...axisOptions(chart),
        barDir: "col",
        barGapWidthPct: 60,
        dataLabelPosition: "outEnd",
      };
    case "line":
      return {
        ...base,
        ...axisOptions(chart),
        dataLabelPosition: "t",
        lineSize: 2,
        lineDataSymbol: "circle",
        lineDataSymbolSize: 6,
      };
    case "pie":
      return {
        ...base,
        showValue: false,
        showPercent: true,
        showLegend: true,
        legendPos: "r",
        dataLabelFormatCode: PIE_PERCENT_FORMAT,
        // Outside the slice, in dark text: a small slice (WIT, 5%) has no room for a label inside.
        dataLabelPosition: "outEnd",
        dataLabelColor: COLORS.text,
        dataLabelFontSize: CHART_FONT.label,
        dataLabelFontBold: true,
        chartColors: palette(chart.categories.length),
      };
  }
}

export function drawChart(slide: PptxSlide, chart: ChartElement): void {
  const data = chart.series.map((series) => ({
    name: series.name,
    labels: [...chart.categories],
    values: [...series.values],
  }));
  slide.addChart(chart.kind, data, chartOptions(chart));
}
