/**
 * The rules both renderers share (src/report/chrome.ts, tiles.ts, table-style.ts): footer and
 * cover texts, title and tile font sizes, numeric table columns, table row fills. Expected texts
 * come from the seed report (`Laporan Layanan Informasi DJPK`, `November 2023`, the unit
 * `Direktorat Jenderal Perimbangan Keuangan`) and the reference figures.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import {
  COVER,
  coverText,
  coverTitleFontSize,
  extraCoverElements,
  footerText,
  TITLE_BOX,
  titleFontSize,
} from "../../src/report/chrome";
import type { Deck, KpiElement, Slide, TableElement, TextElement } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import { bodyRowFill, isTotalRow, numericColumns } from "../../src/report/table-style";
import { COLORS, FONT } from "../../src/report/theme";
import { kpiSizes } from "../../src/report/tiles";

const FULL_NAME = "Direktorat Jenderal Perimbangan Keuangan";
const { data } = parseWorkbook(sampleWorkbook());
const november = buildDeck(data, toMonth("2023-11"));

const deckOf = (fields: Partial<Deck> = {}): Deck => ({
  title: "Laporan Layanan Informasi - November 2023",
  unit: FULL_NAME,
  monthLabel: "November 2023",
  slides: [],
  ...fields,
});

const coverSlide = (title: string, elements: Slide["elements"] = []): Slide => ({
  id: "s01-cover",
  title,
  kind: "cover",
  elements,
});

const line = (text: string): TextElement => ({
  type: "text",
  box: { x: 0.7, y: 4.4, w: 6, h: 0.4 },
  style: "heading",
  fontSize: 12,
  paragraphs: [{ runs: [{ text }] }],
});

describe("footerText", () => {
  it("names the unit by its short name: `DJPK · November 2023` on the sample workbook's deck", () => {
    expect(footerText(november)).toBe("DJPK · November 2023");
  });

  it("falls back to the full name when the deck has no (or a blank) short name", () => {
    expect(footerText(deckOf())).toBe(`${FULL_NAME} · November 2023`);
    expect(footerText(deckOf({ unitShort: "  " }))).toBe(`${FULL_NAME} · November 2023`);
    expect(footerText(deckOf({ unitShort: "DJPK" }))).toBe("DJPK · November 2023");
  });
});

describe("coverText", () => {
  it("on the sample workbook's deck: the report title, the month, then the unit's full name", () => {
    const cover = november.slides[0] as Slide;
    expect(cover.kind).toBe("cover");
    expect(coverText(november, cover)).toEqual({
      title: "Laporan Layanan Informasi DJPK",
      month: "November 2023",
      unitName: FULL_NAME,
    });
  });

  it("takes the caller's unit name over the deck's, and leaves out a name the title already says", () => {
    const deck = deckOf({ unit: "DJPK" });
    const cover = coverSlide("Laporan Layanan Informasi DJPK");
    expect(coverText(deck, cover).unitName).toBeUndefined();
    expect(coverText(deck, cover, "Ditjen PK").unitName).toBe("Ditjen PK");
    expect(coverText(deck, cover, "  ").unitName).toBeUndefined();
  });

  it("builds the title from the unit when the cover slide has none", () => {
    const text = coverText(deckOf({ unit: "DJPK" }), coverSlide("  "));
    expect(text.title).toBe("Laporan Layanan Informasi DJPK");
    expect(text.month).toBe("November 2023");
  });
});

describe("extraCoverElements", () => {
  it("drops the cover's texts that repeat the title, month or unit name, whatever their case", () => {
    const tile: KpiElement = { type: "kpi", box: { x: 1, y: 4, w: 2, h: 1 }, value: "409", label: "Email" };
    const cover = coverSlide("Laporan Layanan Informasi DJPK", [
      line("november 2023"),
      line("Data per 30 November 2023"),
      line(` ${FULL_NAME} `),
      tile,
      line("Laporan Layanan Informasi DJPK"),
    ]);
    const text = coverText(deckOf(), cover);
    expect(extraCoverElements(cover, text)).toEqual([1, 3]);
  });

  it("keeps nothing of the layout's cover, which has no elements of its own", () => {
    const cover = november.slides[0] as Slide;
    expect(extraCoverElements(cover, coverText(november, cover))).toEqual([]);
  });
});

describe("title sizes", () => {
  it("sets a short title at the theme's title size and a long one smaller, never below 14 pt", () => {
    expect(titleFontSize("Tiket Konsultasi", TITLE_BOX.w)).toBe(FONT.title);
    const long =
      "Rincian Layanan Informasi melalui Email Laporan Keuangan Pemerintah Daerah dan Dana Desa 2023";
    const size = titleFontSize(long, TITLE_BOX.w);
    expect(size).toBeLessThan(FONT.title);
    expect(size).toBeGreaterThanOrEqual(14);
    expect(titleFontSize("x".repeat(500), TITLE_BOX.w)).toBe(14);
  });

  it("never grows as the title gets longer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 50 }), (a, more) => {
        expect(titleFontSize(a + more, TITLE_BOX.w)).toBeLessThanOrEqual(titleFontSize(a, TITLE_BOX.w));
      }),
    );
  });

  it("sets the cover's title big, a long one smaller so its wrapped lines still fit the box", () => {
    const { w, h } = COVER.title;
    expect(coverTitleFontSize("Laporan Layanan Informasi DJPK", w, h)).toBe(34);
    const long = `Laporan Layanan Informasi dan Pengaduan ${FULL_NAME} Kementerian Keuangan Republik Indonesia`;
    const size = coverTitleFontSize(long, w, h);
    expect(size).toBeLessThan(34);
    expect(size).toBeGreaterThanOrEqual(22);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ minLength: 1, maxLength: 80 }), (a, more) => {
        expect(coverTitleFontSize(a + more, w, h)).toBeLessThanOrEqual(coverTitleFontSize(a, w, h));
      }),
    );
  });
});

describe("kpiSizes", () => {
  const tile = (value: string, w = 2.1, h = 1.1): KpiElement => ({
    type: "kpi",
    box: { x: 0.4, y: 1, w, h },
    value,
    label: "Total Email",
  });

  it("gives a longer value a smaller (or equal) size in the same tile, the label always smaller", () => {
    const short = kpiSizes(tile("409"));
    const long = kpiSizes(tile("16.534.000"));
    expect(long.value).toBeLessThan(short.value);
    expect(long.label).toBe(short.label);
    expect(long.value).toBeGreaterThan(long.label);
  });

  it("keeps the sizes readable and bounded on any tile", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.double({ min: 0.2, max: 9, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (value, w, h) => {
          const sizes = kpiSizes(tile(value, w, h));
          expect(sizes.value).toBeGreaterThanOrEqual(14);
          expect(sizes.value).toBeLessThanOrEqual(40);
          expect(sizes.label).toBeGreaterThanOrEqual(8);
          expect(sizes.label).toBeLessThanOrEqual(12);
        },
      ),
    );
  });
});

describe("tables", () => {
  const table = (header: string[], rows: string[][], totalRow?: boolean): TableElement => ({
    type: "table",
    box: { x: 0.4, y: 1, w: 9, h: 3 },
    header,
    rows,
    columnWidths: header.map(() => 1 / header.length),
    fontSize: 10,
    totalRow,
  });

  it("right-aligns the columns of Indonesian numbers (1.271, 41,2%), empty cells allowed", () => {
    const element = table(
      ["Kanal", "Jumlah", "Perubahan", "Catatan", "Kosong"],
      [
        ["Email", "1.271", "41,2%", "naik", ""],
        ["Telepon", "", "-3,5%", "12 tamu", ""],
        ["WhatsApp", "16.534", "+0,4%", "", ""],
      ],
    );
    expect(numericColumns(element)).toEqual([false, true, true, false, false]);
  });

  it("finds the number columns of the sample workbook's face-to-face table (No, Jumlah Tamu)", () => {
    const tables = november.slides
      .flatMap((slide) => slide.elements)
      .filter((e): e is TableElement => e.type === "table" && e.header.includes("Jumlah Tamu"));
    expect(tables.length).toBeGreaterThan(0);
    for (const element of tables) {
      expect(element.header).toEqual(["No", "Tanggal", "Pengguna Layanan", "Jumlah Tamu", "Topik"]);
      expect(numericColumns(element)).toEqual([true, false, false, true, false]);
    }
  });

  it("stripes every second body row and marks only the last row as the total when asked", () => {
    const rows = [["a"], ["b"], ["c"], ["Grand Total"]];
    const plain = table(["Menu"], rows);
    const total = table(["Menu"], rows, true);
    expect(rows.map((_, r) => bodyRowFill(plain, r))).toEqual([
      COLORS.background,
      COLORS.tableStripe,
      COLORS.background,
      COLORS.tableStripe,
    ]);
    expect(rows.map((_, r) => isTotalRow(total, r))).toEqual([false, false, false, true]);
    expect(rows.map((_, r) => isTotalRow(plain, r))).toEqual([false, false, false, false]);
    expect(bodyRowFill(total, 3)).toBe(COLORS.tileFill);
    expect(bodyRowFill(total, 1)).toBe(COLORS.tableStripe);
  });
});
