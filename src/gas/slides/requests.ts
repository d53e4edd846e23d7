/**
 * The Google Slides renderer as a pure function: Deck -> the requests of one
 * `Slides.Presentations.batchUpdate`: deletions of the slides being replaced, then every slide.
 * report/chunks.ts sends them with the new slides first and the deletions last (split over
 * several calls only for a deck too big for one). One batch is atomic (all or nothing), so a
 * failed regeneration leaves the old deck in place. No Apps Script global is used here.
 */
import { COVER, coverText, extraCoverElements } from "../../report/chrome";
import type { Deck, Element, Slide } from "../../report/deck";
import { TEXT_STYLES } from "../../report/text-style";
import {
  type ChartRef,
  chartKey,
  chartRefs,
  type LinkedChart,
  linkedChartRequests,
  placeholderRequests,
} from "./chart";
import { contentChrome, coverChrome } from "./chrome";
import { checkPrefix, generationPrefix, IdMaker } from "./ids";
import { kpiTile, textShape } from "./shapes";
import { tableRequests } from "./table";
import type { Request } from "./units";

export type { ChartRef, LinkedChart } from "./chart";
export type { Request } from "./units";

export interface SlidesRenderOptions {
  /** Slides of the presentation to delete in the same batch (regeneration in place). */
  existingSlideIds?: string[];
  /** Sheets charts to link, by chart key `${slide.id}:${elementIndex}` (see `chartRefs`). */
  charts?: Record<string, LinkedChart>;
  /** Prefix of every object ID; default derived from the deck and the replaced slides. */
  idPrefix?: string;
  /** A layout of the target presentation to build slides on; default the predefined BLANK layout. */
  layoutId?: string;
  /** The unit's full name for the cover; default `deck.unit` (as the PPTX renderer). */
  unitName?: string;
}

/** Where a chart element went: a linked Sheets chart, or a placeholder shape with its numbers. */
export interface ChartPlacement extends ChartRef {
  /** Object ID of the slide it is on. */
  pageObjectId: string;
  /** Object ID of the Sheets chart or of the placeholder shape. */
  objectId: string;
  linked: boolean;
}

export interface SlidesBatch {
  requests: Request[];
  chartElements: ChartPlacement[];
  /** Object IDs of the new slides, in deck order (to be passed as `existingSlideIds` next time). */
  slideIds: string[];
}

interface SlideContext {
  ids: IdMaker;
  index: number;
  pageId: string;
  onCover: boolean;
  options: SlidesRenderOptions;
  charts: ChartPlacement[];
}

function elementRequests(ctx: SlideContext, slide: Slide, element: Element, elementIndex: number): Request[] {
  const { ids, index, pageId } = ctx;
  switch (element.type) {
    case "text": {
      const style = TEXT_STYLES[element.style];
      return textShape(ids.element(index, "text"), pageId, element.box, element.paragraphs, {
        fontSize: element.fontSize,
        color: ctx.onCover ? COVER.elementColor : style.color,
        bold: style.bold,
        italic: style.italic,
        align: element.align ?? "left",
      });
    }
    case "kpi":
      return kpiTile(ids.element(index, "kpi"), pageId, element);
    case "table":
      return tableRequests(ids.element(index, "table"), pageId, element);
    case "chart": {
      const key = chartKey(slide, elementIndex);
      const link = ctx.options.charts?.[key];
      const objectId = ids.element(index, link ? "chart" : "chartPlaceholder");
      ctx.charts.push({
        key,
        slideId: slide.id,
        elementIndex,
        box: element.box,
        chart: element,
        pageObjectId: pageId,
        objectId,
        linked: link !== undefined,
      });
      return link
        ? linkedChartRequests(objectId, pageId, element, link)
        : placeholderRequests(objectId, pageId, element);
    }
  }
}

function slideRequests(ctx: SlideContext, deck: Deck, slide: Slide): Request[] {
  const layout = ctx.options.layoutId ? { layoutId: ctx.options.layoutId } : { predefinedLayout: "BLANK" };
  const requests: Request[] = [
    { createSlide: { objectId: ctx.pageId, insertionIndex: ctx.index, slideLayoutReference: layout } },
  ];
  let drawn: number[];
  if (slide.kind === "cover") {
    const text = coverText(deck, slide, ctx.options.unitName);
    requests.push(...coverChrome(ctx.ids, ctx.index, ctx.pageId, text));
    drawn = extraCoverElements(slide, text);
  } else {
    requests.push(...contentChrome(ctx.ids, ctx.index, ctx.pageId, deck, slide.title));
    drawn = slide.elements.map((_, i) => i);
  }
  for (const i of drawn) {
    const element = slide.elements[i];
    if (element) requests.push(...elementRequests(ctx, slide, element, i));
  }
  return requests;
}

export function buildSlidesRequests(deck: Deck, options: SlidesRenderOptions = {}): SlidesBatch {
  const existing = options.existingSlideIds ?? [];
  const prefix = options.idPrefix ?? generationPrefix(JSON.stringify(deck), existing);
  checkPrefix(prefix, existing);
  const ids = new IdMaker(prefix);
  const requests: Request[] = existing.map((objectId) => ({ deleteObject: { objectId } }));
  const charts: ChartPlacement[] = [];
  const slideIds: string[] = [];
  deck.slides.forEach((slide, index) => {
    const pageId = ids.slide(index);
    slideIds.push(pageId);
    const onCover = slide.kind === "cover";
    requests.push(...slideRequests({ ids, index, pageId, onCover, options, charts }, deck, slide));
  });
  const placed = new Set(charts.map((c) => c.key));
  for (const [key, link] of Object.entries(options.charts ?? {})) {
    if (!placed.has(key)) throw new Error(`charts["${key}"] names no chart element of the deck`);
    if (link.spreadsheetId === "" || !Number.isInteger(link.chartId))
      throw new Error(`charts["${key}"] needs a spreadsheetId and an integer chartId`);
  }
  return { requests, chartElements: charts, slideIds };
}

/** The chart elements of a deck, keyed as `buildSlidesRequests` expects its `charts` option. */
export function deckCharts(deck: Deck): ChartRef[] {
  return chartRefs(deck.slides);
}
