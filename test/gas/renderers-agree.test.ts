/**
 * The PPTX and the Slides renderers, fed the same Deck, show the same text on the same slides.
 * The PPTX is read back from its XML (test/helpers/pptx-text.ts); the Slides side is the text
 * its batch inserts, replayed per object.
 *
 * Compared, per slide and in drawing order: every text shape (title, cover texts, text
 * elements, KPI tiles) and every table, cell by cell, whitespace runs collapsed to one space.
 * Left out by rule:
 * - the footer (`<unit> · <month>`) and the slide number: PPTX draws them on the slide master
 *   (and the number as a field, which the reader skips), Slides as shapes on every slide; the
 *   footer's text is compared on its own, the master's against every content slide's;
 * - charts: PPTX has native charts, Slides either a linked Sheets chart (no text in the batch)
 *   or a placeholder. A placeholder must instead name the chart's title, every category and
 *   every value of the PPTX chart.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { formatNumber } from "../../src/core/words/format";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import { buildSlidesRequests, type Request } from "../../src/gas/slides/requests";
import { renderPptx } from "../../src/node/pptx";
import type { Deck } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import { SAMPLE_DECK } from "../fixtures/sample-deck";
import { decodeXml, readParts, readPptx, type SlideContent } from "../helpers/pptx-text";
import { replayText } from "../helpers/slides-validator";

const { data } = parseWorkbook(sampleWorkbook());

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Roles (the letter after the slide number in an object ID) whose text both renderers draw on the slide. */
const SHAPE_ROLES = new Set(["t", "v", "x", "k"]);

interface SlidesSide {
  shapes: string[];
  tables: string[][][];
  placeholders: string[];
}

/** What the batch writes on each slide, in creation order. */
function slidesSide(requests: readonly Request[], slideIds: readonly string[]): SlidesSide[] {
  const texts = replayText(requests);
  return slideIds.map((slideId) => {
    const prefix = slideId.replace(/_s$/, "_");
    const side: SlidesSide = { shapes: [], tables: [], placeholders: [] };
    for (const r of requests) {
      const id = r.createShape?.objectId ?? r.createTable?.objectId;
      if (!id?.startsWith(prefix)) continue;
      const role = id.slice(prefix.length, prefix.length + 1);
      if (r.createTable) {
        const { rows = 0, columns = 0 } = r.createTable;
        side.tables.push(
          Array.from({ length: rows }, (_, row) =>
            Array.from({ length: columns }, (_, col) => normalise(texts.get(`${id}[${row},${col}]`) ?? "")),
          ),
        );
      } else if (role === "p") side.placeholders.push(texts.get(id) ?? "");
      else if (SHAPE_ROLES.has(role) && (texts.get(id) ?? "") !== "")
        side.shapes.push(normalise(texts.get(id) ?? ""));
    }
    return side;
  });
}

function pptxTables(slide: SlideContent): string[][][] {
  return slide.tables.map((table) => table.map((row) => row.map(normalise)));
}

/** Each deck with the footer the seed report shows for it (the hand-built deck has no short unit name). */
const decks: Array<[string, () => Deck, string]> = [
  ["the sample workbook, November 2023", () => buildDeck(data, toMonth("2023-11")), "DJPK · November 2023"],
  ["the sample workbook, October 2023", () => buildDeck(data, toMonth("2023-10")), "DJPK · Oktober 2023"],
  [
    "the hand-built deck with every element type",
    () => SAMPLE_DECK,
    "Direktorat Jenderal Perimbangan Keuangan · November 2023",
  ],
];

describe.each(decks)("PPTX and Slides agree on %s", (_name, makeDeck, footer) => {
  const deck = makeDeck();
  let file: Buffer;
  let pptx: SlideContent[];
  const batch = buildSlidesRequests(deck);
  const slides = slidesSide(batch.requests, batch.slideIds);

  beforeAll(async () => {
    file = await renderPptx(deck);
    pptx = await readPptx(file);
  });

  it("have the same slides", () => {
    expect(pptx).toHaveLength(deck.slides.length);
    expect(slides).toHaveLength(deck.slides.length);
  });

  it("show the same text shapes on each slide, in the same order", () => {
    deck.slides.forEach((slide, i) => {
      expect(slides[i]?.shapes, slide.id).toEqual(pptx[i]?.shapes.map(normalise));
    });
    // Every slide has at least its title (the cover its title and month).
    expect(slides.every((side) => side.shapes.length > 0)).toBe(true);
  });

  it("write the same footer, with the unit's short name when the deck has one", async () => {
    const layouts = await readParts(file, /^ppt\/slideLayouts\/[^/]+\.xml$/);
    const pptxFooters = Object.values(layouts).flatMap((xml) =>
      [...xml.matchAll(/<a:t>([^<]*·[^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1] ?? "")),
    );
    const texts = replayText(batch.requests);
    const slidesFooters = [...texts.entries()].filter(([id]) => /_f\d+$/.test(id)).map(([, text]) => text);
    expect(pptxFooters).toEqual([footer]);
    expect(slidesFooters).toHaveLength(deck.slides.filter((s) => s.kind === "content").length);
    expect(new Set(slidesFooters)).toEqual(new Set(pptxFooters));
  });

  it("show the same tables, cell by cell", () => {
    deck.slides.forEach((slide, i) => {
      expect(slides[i]?.tables, slide.id).toEqual(pptxTables(pptx[i] as SlideContent));
    });
    const tables = deck.slides.flatMap((slide) => slide.elements.filter((e) => e.type === "table"));
    expect(slides.flatMap((side) => side.tables)).toHaveLength(tables.length);
  });

  it("carry each chart's title, categories and values in the Slides placeholder", () => {
    let charts = 0;
    deck.slides.forEach((slide, i) => {
      const placeholders = slides[i]?.placeholders ?? [];
      const pptxCharts = pptx[i]?.charts ?? [];
      expect(placeholders, slide.id).toHaveLength(pptxCharts.length);
      pptxCharts.forEach((chart, c) => {
        const text = placeholders[c] ?? "";
        if (chart.title !== "") expect(text.split("\n")[0]).toBe(chart.title);
        for (const category of chart.categories) expect(text).toContain(`${category}:`);
        for (const series of chart.series) {
          for (const value of series.values) expect(text).toContain(formatNumber(value, 1));
        }
        charts++;
      });
    });
    expect(charts).toBeGreaterThan(0);
  });
});
