/**
 * Chart elements: a Sheets chart linked into the slide when the caller made one, else a
 * placeholder rectangle carrying the chart's title and its numbers, so the deck still has them.
 */
import { formatNumber } from "../../core/words/format";
import type { Box, ChartElement, Paragraph, Slide } from "../../report/deck";
import { COLORS } from "../../report/theme";
import { createShape, shapeProperties } from "./shapes";
import { textRequests } from "./text";
import { placement, type Request } from "./units";

export interface LinkedChart {
  spreadsheetId: string;
  chartId: number;
}

/** A chart element of the deck, named by `chartKey`, for the caller to make its Sheets chart. */
export interface ChartRef {
  /** `${slide.id}:${elementIndex}` */
  key: string;
  slideId: string;
  elementIndex: number;
  box: Box;
  chart: ChartElement;
}

export function chartKey(slide: Slide, elementIndex: number): string {
  return `${slide.id}:${elementIndex}`;
}

/** Every chart element of the deck in deck order: what the caller needs before building requests. */
export function chartRefs(slides: readonly Slide[]): ChartRef[] {
  return slides.flatMap((slide) =>
    slide.elements.flatMap((element, elementIndex) =>
      element.type === "chart"
        ? [
            {
              key: chartKey(slide, elementIndex),
              slideId: slide.id,
              elementIndex,
              box: element.box,
              chart: element,
            },
          ]
        : [],
    ),
  );
}

function value(v: number): string {
  return formatNumber(v, Number.isInteger(v) ? 0 : 1);
}

/**
 * The placeholder's lines: the title, then one line per category,
 * `Jan: 7` for one series, `Jan: Publikasi 7 · Target 9` for several.
 */
export function placeholderParagraphs(chart: ChartElement): Paragraph[] {
  const lines = chart.categories.map((category, i) => {
    const values =
      chart.series.length === 1
        ? value(chart.series[0]?.values[i] ?? Number.NaN)
        : chart.series.map((s) => `${s.name} ${value(s.values[i] ?? Number.NaN)}`).join(" · ");
    return { runs: [{ text: `${category}: ${values}` }] };
  });
  const title = chart.title.trim() === "" ? [] : [{ runs: [{ text: chart.title, bold: true }] }];
  return [...title, ...lines];
}

/** Font size that fits the lines in the box's height (estimated), between 6 and 10 pt. */
export function placeholderFontSize(chart: ChartElement, lines: number): number {
  const heightPt = chart.box.h * 72 * 0.85;
  return Math.max(6, Math.min(10, Math.floor(heightPt / (Math.max(lines, 1) * 1.25))));
}

export function linkedChartRequests(
  objectId: string,
  pageId: string,
  chart: ChartElement,
  link: LinkedChart,
): Request[] {
  return [
    {
      createSheetsChart: {
        objectId,
        spreadsheetId: link.spreadsheetId,
        chartId: link.chartId,
        linkingMode: "LINKED",
        elementProperties: placement(pageId, chart.box),
      },
    },
  ];
}

export function placeholderRequests(objectId: string, pageId: string, chart: ChartElement): Request[] {
  const paragraphs = placeholderParagraphs(chart);
  return [
    createShape(objectId, pageId, chart.box, "RECTANGLE"),
    ...shapeProperties(
      objectId,
      { fill: COLORS.tableStripe, outline: { color: "D1D5DB", weight: 0.75 }, valign: "TOP" },
      "RECTANGLE",
    ),
    ...textRequests({ objectId }, paragraphs, {
      fontSize: placeholderFontSize(chart, paragraphs.length),
      color: COLORS.text,
      bold: false,
      italic: false,
      spaceBelow: 0,
    }),
  ];
}
