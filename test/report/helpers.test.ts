/**
 * The layout's shared helpers: text and table height estimates against the renderer's own
 * numbers (theme TABLE, PARAGRAPH_GAP_EM, TEXT_BOX), and pagination that never loses, repeats
 * or reorders content and never places it below its area.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/core/words/text";
import { toMonth } from "../../src/core/workbook/period";
import { para } from "../../src/report/blocks";
import type { Element, Paragraph, TableElement, TextElement } from "../../src/report/deck";
import { comparisonParagraph, figuresOf, missingText, yearToDateTotal } from "../../src/report/figures";
import { type Column, FULL, LEFT } from "../../src/report/grid";
import { estimateLines, linesHeight, rowHeight, textHeight, textWidth } from "../../src/report/measure";
import { continued, flow, paragraphFlow, tablePages } from "../../src/report/paginate";
import { stackText, truncateToFit } from "../../src/report/text-fit";
import { PARAGRAPH_GAP_EM, TABLE, TEXT_BOX } from "../../src/report/theme";
import { buildData } from "../helpers/data-builder";

const word = fc.stringMatching(/^[A-Za-z0-9]{1,14}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 60 }).map((w) => w.join(" "));

describe("measure", () => {
  it("gives a one-line table row exactly the height the renderer sets (TABLE in theme)", () => {
    const expected = (10 * TABLE.lineHeightEm) / 72 + TABLE.cellPadding[0] + TABLE.cellPadding[2];
    expect(rowHeight(["6 November", "Rapat"], [1.6, 7.6], 10)).toBeCloseTo(expected, 9);
  });

  it("measures Arial widths: `m` is 833/1000 em, `i` 222/1000, bold `m` 889/1000", () => {
    expect(textWidth("m", 72)).toBeCloseTo(0.833, 9);
    expect(textWidth("i", 72)).toBeCloseTo(0.222, 9);
    expect(textWidth("m", 72, true)).toBeCloseTo(0.889, 9);
  });

  it("adds the margins, the lines and the renderer's paragraph gaps (half after a bullet)", () => {
    const one = textHeight([para("a")], 5, 12);
    expect(one).toBeCloseTo((2 * TEXT_BOX.marginPt) / 72 + (12 * TEXT_BOX.lineHeightEm) / 72, 9);
    const gap = Math.round(12 * PARAGRAPH_GAP_EM) / 72;
    expect(textHeight([para("a"), para("b")], 5, 12) - 2 * one).toBeCloseTo(
      gap - (2 * TEXT_BOX.marginPt) / 72,
      9,
    );
    const bulletGap = Math.round(12 * PARAGRAPH_GAP_EM * 0.5) / 72;
    expect(textHeight([para("a", "bullet"), para("b")], 5, 12) - 2 * one).toBeCloseTo(
      bulletGap - (2 * TEXT_BOX.marginPt) / 72,
      9,
    );
  });

  it("wraps no line wider than the box (every line's words fit, by the same widths)", () => {
    fc.assert(
      fc.property(sentence, fc.double({ min: 1, max: 9, noNaN: true }), (text, w) => {
        const lines = estimateLines(text, w, 10);
        // a lower bound: the words' total width over the line width (a space at a wrap takes no room)
        const wordsWidth = text.split(" ").reduce((sum, word) => sum + textWidth(word, 10), 0);
        expect(lines).toBeGreaterThanOrEqual(Math.ceil(wordsWidth / w - 1e-9));
        // an upper bound: one line per word
        expect(lines).toBeLessThanOrEqual(text.split(" ").length + Math.ceil(textWidth(text, 10) / w));
      }),
    );
  });

  it("never counts bold text as needing fewer lines than the same text plain", () => {
    fc.assert(
      fc.property(sentence, fc.double({ min: 0.5, max: 9, noNaN: true }), (text, w) => {
        expect(estimateLines(text, w, 12, true)).toBeGreaterThanOrEqual(estimateLines(text, w, 12));
      }),
    );
  });
});

const bottomOf = (e: Element) => e.box.y + e.box.h;

describe("tablePages", () => {
  const spec = (rows: string[][], fontSize = 10) => ({
    header: ["No", "Judul"],
    rows,
    columnWidths: [0.2, 0.8],
    fontSize,
  });

  it("keeps every row exactly once, in order, and every page inside its area", () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 80 }),
        fc.double({ min: FULL.y, max: FULL.bottom - 1, noNaN: true }),
        (titles, firstTop) => {
          const rows = titles.map((t, i) => [String(i + 1), t]);
          const first: Column = { ...FULL, y: firstTop };
          const pages = tablePages(spec(rows), first, FULL);
          expect(pages.flatMap((p) => p.rows.map((r) => r[0]))).toEqual(rows.map((r) => r[0]));
          pages.forEach((page, i) => {
            const area = i === 0 ? first : FULL;
            expect(page.box.y).toBeCloseTo(area.y, 9);
            const estimated = [page.header, ...page.rows].reduce(
              (h, r, k) => h + rowHeight(r, [0.2 * area.w, 0.8 * area.w], 10, k === 0),
              0,
            );
            expect(area.y + estimated).toBeLessThanOrEqual(area.bottom + 1e-9);
            if (i > 0) expect(page.rows.length).toBeGreaterThan(0);
          });
        },
      ),
    );
  });

  it("fills a page: 30 one-line rows at 10 pt go 17 + 13 on two full-height slides", () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(i + 1), "Kab. Contoh"]);
    const pages = tablePages(spec(rows), FULL);
    // (4.275 - header 0.2267) / 0.2267 = 17.9 rows
    const row = (10 * TABLE.lineHeightEm) / 72 + TABLE.cellPadding[0] + TABLE.cellPadding[2];
    const perPage = Math.floor((FULL.bottom - FULL.y - row) / row + 1e-9);
    expect(perPage).toBe(17);
    expect(pages.map((p) => p.rows.length)).toEqual([perPage, 30 - perPage]);
  });

  it("marks only the last page's last row as the total row", () => {
    const rows = [...Array.from({ length: 40 }, (_, i) => [`Menu ${i}`, String(i)]), ["Total", "780"]];
    const pages: TableElement[] = tablePages({ ...spec(rows), totalRow: true }, LEFT);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.totalRow === true)).toEqual(pages.map((_, i) => i === pages.length - 1));
  });

  it("cuts a row taller than a page so it fits, ending in `…`", () => {
    const huge = Array.from({ length: 600 }, (_, i) => `kata${i}`).join(" ");
    const [page] = tablePages(spec([["1", huge]]), FULL);
    expect(page?.rows[0]?.[1]).toMatch(/ …$/);
    expect(bottomOf(page as TableElement)).toBeLessThanOrEqual(FULL.bottom + 1e-9);
  });
});

describe("flow and paragraphFlow", () => {
  const textOf = (pages: Element[][]) =>
    pages.flatMap((p) =>
      p.flatMap((e) => (e.type === "text" ? e.paragraphs.map((x) => plainText(x.runs)) : [])),
    );

  it("paragraphFlow keeps every paragraph once, in order, each page inside the column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 8 }), { maxLength: 12 }),
        (items) => {
          const groups: Paragraph[][] = items.map((item) => item.map((t) => para(t)));
          const pages = paragraphFlow(groups, FULL, 11, 0.12);
          expect(textOf(pages)).toEqual(items.flat());
          for (const page of pages) {
            for (const e of page as TextElement[]) {
              expect(bottomOf(e)).toBeLessThanOrEqual(FULL.bottom + 1e-9);
              expect(textHeight(e.paragraphs, e.box.w, e.fontSize)).toBeLessThanOrEqual(e.box.h + 1e-9);
            }
          }
        },
      ),
    );
  });

  it("paragraphFlow never ends a page on an item's title alone", () => {
    const filler = [para("x ".repeat(500).trim())];
    const item = [para("Judul"), para("isi ".repeat(60).trim())];
    const pages = paragraphFlow([filler, item], { ...FULL, bottom: FULL.y + 2 }, 12, 0.1);
    const titlePage = pages.findIndex((p) => textOf([p]).includes("Judul"));
    const box = pages[titlePage]?.find((e) => e.type === "text" && textOf([[e]]).includes("Judul"));
    expect(box?.type === "text" && box.paragraphs.length).toBeGreaterThan(1);
  });

  it("flow leaves a heading's spaceBefore out at the top of a page", () => {
    const block = (height: number, spaceBefore = 0) => ({
      height,
      spaceBefore,
      place: (y: number): Element[] => [
        { type: "kpi", box: { x: 0, y, w: 1, h: height }, value: "", label: "" },
      ],
    });
    const pages = flow([block(1), block(1, 0.5), block(1.5, 0.5)], { top: 0, bottom: 3, gap: 0 });
    expect(pages.map((p) => p.map((e) => e.box.y))).toEqual([[0, 1.5], [0]]);
  });

  it("continued slides number their ids and say `(lanjutan)` after the first", () => {
    const slides = continued("s29-tatap-muka", "Tatap Muka", [[], [], []]);
    expect(slides.map((s) => s.id)).toEqual(["s29-tatap-muka-1", "s29-tatap-muka-2", "s29-tatap-muka-3"]);
    expect(slides.map((s) => s.title)).toEqual([
      "Tatap Muka",
      "Tatap Muka (lanjutan)",
      "Tatap Muka (lanjutan)",
    ]);
  });
});

describe("text that fits", () => {
  it("stackText shrinks to the largest size that fits, and cuts only what no size holds", () => {
    const col: Column = { ...LEFT, bottom: LEFT.y + 1.2 };
    const fitsAt11 = [[para("kata ".repeat(70).trim())]];
    const stacked = stackText(col, fitsAt11);
    expect(stacked.fontSize).toBeLessThan(12);
    expect(stacked.bottom).toBeLessThanOrEqual(col.bottom + 1e-9);
    expect(plainText(stacked.elements[0]?.paragraphs[0]?.runs ?? [])).not.toContain("…");
    const huge = stackText(col, [[para("kata ".repeat(2000).trim())]]);
    expect(huge.bottom).toBeLessThanOrEqual(col.bottom + 1e-9);
    expect(plainText(huge.elements[0]?.paragraphs[0]?.runs ?? [])).toMatch(/…$/);
  });

  it("truncateToFit keeps whole paragraphs first and ends the cut one in `…`", () => {
    const kept = truncateToFit([para("pertama"), para("kedua ".repeat(300).trim())], 4, 12, 1);
    expect(plainText(kept[0]?.runs ?? [])).toBe("pertama");
    expect(plainText(kept[1]?.runs ?? [])).toMatch(/^kedua .*\u00a0…$/);
    expect(textHeight(kept, 4, 12)).toBeLessThanOrEqual(1);
  });

  it("linesHeight is the renderer's line height", () => {
    expect(linesHeight(3, 12)).toBeCloseTo((3 * 12 * TEXT_BOX.lineHeightEm) / 72, 9);
  });
});

describe("figures", () => {
  // PPID 2023: Jan..Mar filled, April empty, May filled; May 2022 filled.
  const data = buildData({
    ppid: [
      { month: "2022-05", permohonan: 8 },
      { month: "2023-01", permohonan: 5 },
      { month: "2023-02", permohonan: 7 },
      { month: "2023-03", permohonan: 9 },
      { month: "2023-05", permohonan: 12 },
    ],
  });
  const ctx = (m: string) => ({ data, month: toMonth(m) });

  it("sums the filled months of January..M and says undefined when none is filled", () => {
    expect(yearToDateTotal(ctx("2023-05"), "ppid")).toBe(5 + 7 + 9 + 12);
    expect(yearToDateTotal(ctx("2024-02"), "ppid")).toBeUndefined();
  });

  it("gives M, M-1 and M-12, undefined where not filled", () => {
    expect(figuresOf(ctx("2023-05"), "ppid")).toEqual({ current: 12, previous: undefined, lastYear: 8 });
  });

  it("states the comparison, dropping the missing M-1, or the missing-data note", () => {
    // 12 / 8 - 1 = +50%
    const text = plainText(comparisonParagraph(ctx("2023-05"), "ppid", "Permohonan data").runs);
    expect(text).toContain("naik 50% dibandingkan bulan Mei 2022 (8)");
    expect(text).not.toContain("bulan sebelumnya");
    const note = comparisonParagraph(ctx("2023-04"), "ppid", "Permohonan data");
    expect(plainText(note.runs)).toBe(missingText("ppid", toMonth("2023-04")));
    expect(plainText(note.runs)).toBe("Data PPID untuk April 2023 belum diisi.");
  });
});
