/**
 * The Slides renderer: the batch for the sample workbook's months passes the request validator
 * (new presentation, regeneration in place, with and without linked charts), and the text it
 * writes, with its bold ranges, bullets and table cells, is the Deck's. Figures checked against
 * shared/reference/2023-11-figures.json.
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import { buildSlidesRequests, deckCharts, type Request } from "../../src/gas/slides/requests";
import type { ChartElement, Deck, Paragraph, TableElement, TextElement } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import { replayText, validateRequests } from "../helpers/slides-validator";

const { data } = parseWorkbook(sampleWorkbook());
const november = buildDeck(data, toMonth("2023-11"));
const october = buildDeck(data, toMonth("2023-10"));

/** A presentation made by Slides.Presentations.create has one slide, whose ID is "p". */
const NEW_PRESENTATION = ["p"];

function linkAll(deck: Deck): Record<string, { spreadsheetId: string; chartId: number }> {
  return Object.fromEntries(
    deckCharts(deck).map((ref, i) => [ref.key, { spreadsheetId: "1SampleSpreadsheetId", chartId: 1000 + i }]),
  );
}

/** Every object ID a batch creates. */
function createdIds(requests: readonly Request[]): string[] {
  return requests.flatMap((r) => {
    const id =
      r.createSlide?.objectId ??
      r.createShape?.objectId ??
      r.createTable?.objectId ??
      r.createSheetsChart?.objectId;
    return id ? [id] : [];
  });
}

/** Which characters of an object's text end up bold, replaying updateTextStyle in order. */
function boldMask(requests: readonly Request[], objectId: string, length: number): boolean[] {
  const mask = Array.from({ length }, () => false);
  for (const r of requests) {
    const u = r.updateTextStyle;
    if (!u || u.objectId !== objectId || u.cellLocation || u.style?.bold === undefined) continue;
    const range = u.textRange;
    const [start, end] =
      range?.type === "ALL" ? [0, length] : [range?.startIndex ?? 0, range?.endIndex ?? length];
    for (let i = start; i < end; i++) mask[i] = u.style.bold;
  }
  return mask;
}

/** The text the Deck asks for, paragraphs joined by a newline, and its bold characters. */
function expectedText(element: TextElement): { text: string; bold: boolean[] } {
  let text = "";
  const bold: boolean[] = [];
  element.paragraphs.forEach((paragraph, p) => {
    if (p > 0) {
      text += "\n";
      bold.push(element.style === "heading");
    }
    for (const run of paragraph.runs) {
      text += run.text;
      for (let i = 0; i < run.text.length; i++) bold.push(element.style === "heading" || run.bold === true);
    }
  });
  return { text, bold };
}

describe.each([
  ["November 2023", november],
  ["Oktober 2023", october],
])("the batch for %s", (_label, deck) => {
  const fresh = buildSlidesRequests(deck, { existingSlideIds: NEW_PRESENTATION });
  const previous = buildSlidesRequests(deck);

  it("is valid for a new presentation, with and without linked charts", () => {
    expect(validateRequests(fresh.requests, { existingObjectIds: NEW_PRESENTATION })).toEqual([]);
    const linked = buildSlidesRequests(deck, { existingSlideIds: NEW_PRESENTATION, charts: linkAll(deck) });
    expect(validateRequests(linked.requests, { existingObjectIds: NEW_PRESENTATION })).toEqual([]);
  });

  it("is valid when it replaces the previous generation in place, with and without linked charts", () => {
    const old = previous.slideIds;
    const again = buildSlidesRequests(deck, { existingSlideIds: old });
    expect(validateRequests(again.requests, { existingObjectIds: old })).toEqual([]);
    const linked = buildSlidesRequests(deck, { existingSlideIds: old, charts: linkAll(deck) });
    expect(validateRequests(linked.requests, { existingObjectIds: old })).toEqual([]);
    // None of the new IDs is one of the old generation's (slides or their elements).
    const oldIds = new Set(createdIds(previous.requests));
    expect(createdIds(again.requests).filter((id) => oldIds.has(id))).toEqual([]);
  });

  it("is one batch: the old slides deleted first, then one BLANK slide per deck slide, in order", () => {
    const old = previous.slideIds;
    const { requests, slideIds } = buildSlidesRequests(deck, { existingSlideIds: old });
    expect(requests.slice(0, old.length).map((r) => r.deleteObject?.objectId)).toEqual(old);
    expect(requests.slice(old.length).some((r) => r.deleteObject)).toBe(false);
    const slides = requests.flatMap((r) => (r.createSlide ? [r.createSlide] : []));
    expect(slides.map((s) => s.insertionIndex)).toEqual(deck.slides.map((_, i) => i));
    expect(slides.map((s) => s.objectId)).toEqual(slideIds);
    expect(slides.every((s) => s.slideLayoutReference?.predefinedLayout === "BLANK")).toBe(true);
  });

  it("is deterministic", () => {
    expect(buildSlidesRequests(deck, { existingSlideIds: NEW_PRESENTATION })).toEqual(fresh);
  });

  it("writes every text element's text with bold exactly on the bold runs", () => {
    const texts = replayText(fresh.requests);
    let checked = 0;
    deck.slides.forEach((slide, s) => {
      if (slide.kind === "cover") return;
      const prefix = (fresh.slideIds[s] ?? "").replace(/_s$/, "");
      const elements = slide.elements.filter((e): e is TextElement => e.type === "text");
      elements.forEach((element, n) => {
        const id = `${prefix}_x${n}`;
        const expected = expectedText(element);
        if (expected.text === "") {
          expect(texts.has(id)).toBe(false);
          return;
        }
        expect(texts.get(id), `${slide.id} text ${n}`).toBe(expected.text);
        expect(boldMask(fresh.requests, id, expected.text.length), `${slide.id} text ${n}`).toEqual(
          expected.bold,
        );
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(20);
  });

  it("writes each table cell's text into its cell, none for empty cells, and bolds the total row", () => {
    const texts = replayText(fresh.requests);
    const tables = deck.slides.flatMap((slide, s) =>
      slide.elements
        .filter((e): e is TableElement => e.type === "table")
        .map((table, n) => ({ table, id: `${(fresh.slideIds[s] ?? "").replace(/_s$/, "")}_g${n}` })),
    );
    for (const { table, id } of tables) {
      const rows = [table.header, ...table.rows];
      rows.forEach((row, r) => {
        table.header.forEach((_, c) => {
          const cell = row[c] ?? "";
          expect(texts.get(`${id}[${r},${c}]`)).toBe(cell === "" ? undefined : cell);
        });
      });
      if (table.totalRow) {
        const last = table.rows.length;
        const styles = fresh.requests.filter(
          (r) => r.updateTextStyle?.objectId === id && r.updateTextStyle.cellLocation?.rowIndex === last,
        );
        expect(styles.length).toBeGreaterThan(0);
        expect(styles.every((r) => r.updateTextStyle?.style?.bold === true)).toBe(true);
      }
    }
  });

  it("lists every chart element, linked when a Sheets chart is given, sized to its box", () => {
    const refs = deckCharts(deck);
    expect(refs.length).toBeGreaterThan(0);
    expect(fresh.chartElements.map((c) => c.key)).toEqual(refs.map((r) => r.key));
    expect(fresh.chartElements.every((c) => !c.linked)).toBe(true);
    const links = linkAll(deck);
    const linked = buildSlidesRequests(deck, { charts: links });
    const created = linked.requests.flatMap((r) => (r.createSheetsChart ? [r.createSheetsChart] : []));
    expect(created).toHaveLength(refs.length);
    linked.chartElements.forEach((placement, i) => {
      const chart = created[i];
      expect(placement.linked).toBe(true);
      expect(chart?.objectId).toBe(placement.objectId);
      expect(chart?.chartId).toBe(links[placement.key]?.chartId);
      expect(chart?.linkingMode).toBe("LINKED");
      expect(chart?.elementProperties?.pageObjectId).toBe(placement.pageObjectId);
      const inches = (emu: number | undefined) => (emu ?? Number.NaN) / 914400;
      expect(inches(chart?.elementProperties?.size?.width?.magnitude)).toBeCloseTo(placement.box.w, 3);
      expect(inches(chart?.elementProperties?.size?.height?.magnitude)).toBeCloseTo(placement.box.h, 3);
      expect(inches(chart?.elementProperties?.transform?.translateX)).toBeCloseTo(placement.box.x, 3);
      expect(inches(chart?.elementProperties?.transform?.translateY)).toBeCloseTo(placement.box.y, 3);
    });
  });

  it("sends no empty insertText", () => {
    const inserts = fresh.requests.filter((r) => r.insertText);
    expect(inserts.length).toBeGreaterThan(deck.slides.length);
    expect(inserts.filter((r) => (r.insertText?.text ?? "") === "")).toEqual([]);
  });
});

describe("the November 2023 batch", () => {
  const { requests } = buildSlidesRequests(november);

  it("carries the chart numbers in the placeholders, in Indonesian format (tickets 1.271, October 1.450)", () => {
    const texts = replayText(requests);
    const placeholders = [...texts.entries()].filter(([id]) => /_p\d+$/.test(id)).map(([, text]) => text);
    expect(placeholders.some((t) => t.includes("1.271") && t.includes("1.450"))).toBe(true);
  });

  it("colours the title bar with the theme's navy 1F3A68", () => {
    const bar = requests.find((r) => r.updateShapeProperties?.objectId?.endsWith("_b0"));
    const rgb = bar?.updateShapeProperties?.shapeProperties?.shapeBackgroundFill?.solidFill?.color?.rgbColor;
    expect(rgb?.red).toBeCloseTo(0x1f / 255, 4);
    expect(rgb?.green).toBeCloseTo(0x3a / 255, 4);
    expect(rgb?.blue).toBeCloseTo(0x68 / 255, 4);
  });
});

/** A one-slide deck around the given elements. */
function deckOf(...elements: Array<TextElement | ChartElement>): Deck {
  return {
    title: "Uji",
    unit: "DJPK",
    monthLabel: "November 2023",
    slides: [{ id: "s01-uji", title: "Uji", kind: "content", elements }],
  };
}

const box = { x: 0.4, y: 1, w: 9.2, h: 3 };

function textElement(paragraphs: Paragraph[]): TextElement {
  return { type: "text", box, paragraphs, style: "body", fontSize: 12 };
}

describe("text details", () => {
  it("counts indices in UTF-16 code units and inserts = and < literally", () => {
    const deck = deckOf(
      textElement([
        {
          runs: [{ text: "Tren 📈 " }, { text: "naik 41,2% 👍", bold: true }, { text: " =SUM(A1) <b>x</b>" }],
        },
        { runs: [{ text: "dan 🇮🇩 " }, { text: "Indonesia", bold: true }] },
      ]),
    );
    const { requests, slideIds } = buildSlidesRequests(deck);
    expect(validateRequests(requests)).toEqual([]);
    const id = `${(slideIds[0] ?? "").replace(/_s$/, "")}_x0`;
    const text = replayText(requests).get(id) ?? "";
    expect(text).toBe("Tren 📈 naik 41,2% 👍 =SUM(A1) <b>x</b>\ndan 🇮🇩 Indonesia");
    const mask = boldMask(requests, id, text.length);
    const boldText =
      [...text].length === 0
        ? ""
        : text
            .split("")
            .filter((_, i) => mask[i])
            .join("");
    expect(boldText).toBe("naik 41,2% 👍Indonesia");
  });

  it("puts bullets on exactly the bulleted paragraphs, one list per run of the same kind", () => {
    const deck = deckOf(
      textElement([
        { runs: [{ text: "Pengantar" }] },
        { runs: [{ text: "satu" }], bullet: "bullet" },
        { runs: [{ text: "dua" }], bullet: "bullet" },
        { runs: [{ text: "langkah" }], bullet: "number" },
        { runs: [{ text: "Penutup" }] },
      ]),
    );
    const { requests } = buildSlidesRequests(deck);
    expect(validateRequests(requests)).toEqual([]);
    const text = [...replayText(requests).values()].find((t) => t.startsWith("Pengantar")) ?? "";
    const lists = requests
      .flatMap((r) => (r.createParagraphBullets ? [r.createParagraphBullets] : []))
      .map((b) => [b.bulletPreset, text.slice(b.textRange?.startIndex, b.textRange?.endIndex)]);
    expect(lists).toEqual([
      ["BULLET_DISC_CIRCLE_SQUARE", "satu\ndua"],
      ["NUMBERED_DIGIT_ALPHA_ROMAN", "langkah"],
    ]);
  });

  it("draws nothing for an empty text element", () => {
    const { requests } = buildSlidesRequests(deckOf(textElement([{ runs: [] }])));
    expect(validateRequests(requests)).toEqual([]);
    expect(requests.filter((r) => r.createShape?.objectId?.includes("_x"))).toEqual([]);
  });
});

describe("object IDs", () => {
  it("refuses a prefix that is malformed or already used by the presentation, and unknown chart keys", () => {
    expect(() => buildSlidesRequests(november, { idPrefix: "bad prefix" })).toThrow(/idPrefix/);
    expect(() =>
      buildSlidesRequests(november, { idPrefix: "gen1", existingSlideIds: ["gen1_01_s"] }),
    ).toThrow(/clashes/);
    expect(() =>
      buildSlidesRequests(november, { charts: { "s99-nothing:0": { spreadsheetId: "x", chartId: 1 } } }),
    ).toThrow(/names no chart element/);
    const ok = buildSlidesRequests(november, { idPrefix: "gen2", existingSlideIds: ["gen1_01_s"] });
    expect(validateRequests(ok.requests, { existingObjectIds: ["gen1_01_s"] })).toEqual([]);
  });
});
