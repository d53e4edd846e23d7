/** The PPTX renderer: draws a Deck with pptxgenjs, on a 16:9 page with the report's masters. */
import { COVER, coverText, extraCoverElements } from "../report/chrome";
import type { Deck, Element, Slide } from "../report/deck";
import { drawChart } from "./pptx-chart";
import { CONTENT_MASTER, COVER_MASTER, defineMasters, drawCover, drawTitle } from "./pptx-chrome";
import { newPresentation, type Pptx, type PptxSlide } from "./pptx-lib";
import { drawTable } from "./pptx-table";
import { drawKpi, drawText } from "./pptx-text";
import { repairPptx } from "./pptx-xml";

export interface RenderOptions {
  /** The unit's full name for the cover (`Direktorat Jenderal Perimbangan Keuangan`); default `deck.unit`. */
  unitName?: string;
}

function drawElement(slide: PptxSlide, element: Element, onCover: boolean): void {
  switch (element.type) {
    case "text":
      drawText(slide, element, onCover ? COVER.elementColor : undefined);
      break;
    case "kpi":
      drawKpi(slide, element);
      break;
    case "table":
      drawTable(slide, element);
      break;
    case "chart":
      drawChart(slide, element);
      break;
  }
}

function drawSlide(pptx: Pptx, deck: Deck, model: Slide, options: RenderOptions): void {
  if (model.kind === "cover") {
    const slide = pptx.addSlide({ masterName: COVER_MASTER });
    const text = coverText(deck, model, options.unitName);
    drawCover(slide, text);
    for (const i of extraCoverElements(model, text)) {
      const element = model.elements[i];
      if (element) drawElement(slide, element, true);
    }
    return;
  }
  const slide = pptx.addSlide({ masterName: CONTENT_MASTER });
  drawTitle(slide, model.title);
  for (const element of model.elements) drawElement(slide, element, false);
}

export async function renderPptx(deck: Deck, options: RenderOptions = {}): Promise<Buffer> {
  const pptx = newPresentation();
  pptx.layout = "LAYOUT_16x9";
  pptx.title = deck.title;
  pptx.subject = `${deck.title} (${deck.unit})`;
  pptx.company = deck.unit;
  pptx.author = deck.unit;
  defineMasters(pptx, deck);
  for (const slide of deck.slides) drawSlide(pptx, deck, slide, options);
  const file = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return repairPptx(file);
}
