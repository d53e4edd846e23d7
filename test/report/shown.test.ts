/**
 * The deck as a manager reads it (issue 20): type sizes, chart axes and titles, the tile grid,
 * slides that are not left mostly empty; on the sample month and on a month with sections missing.
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { AXIS_NOTE } from "../../scripts/visual-rules";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import { axisNote, lineAxisMin } from "../../src/report/chart-axis";
import type { Deck, KpiElement } from "../../src/report/deck";
import { PAGE } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import { CHART_FONT, CHROME } from "../../src/report/theme";
import { kpiLook } from "../../src/report/tiles";
import { sectionsMissing } from "../fixtures/incomplete-month";

const deckOf = (raw: ReturnType<typeof sampleWorkbook>): Deck =>
  buildDeck(parseWorkbook(raw).data, toMonth("2023-11"));

const DECKS: [string, Deck][] = [
  ["November 2023", deckOf(sampleWorkbook())],
  ["a month with sections missing", deckOf(sectionsMissing())],
];

describe.each(DECKS)("%s", (_name, deck) => {
  it("sets no text under 10 pt, and body text at 12 pt or more", () => {
    expect(CHROME.footer.fontSize).toBeGreaterThanOrEqual(10);
    expect(CHART_FONT.label).toBeGreaterThanOrEqual(10);
    for (const s of deck.slides) {
      for (const e of s.elements) {
        if (e.type === "text") {
          expect(e.fontSize, `${s.id} ${e.style}`).toBeGreaterThanOrEqual(e.style === "body" ? 12 : 10);
        }
        if (e.type === "table") expect(e.fontSize, s.id).toBeGreaterThanOrEqual(10);
        if (e.type === "kpi") expect(kpiLook(e).label, s.id).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it("titles every chart one way, for what it counts", () => {
    const titles = deck.slides.flatMap((s) =>
      s.elements.flatMap((e) => (e.type === "chart" ? [e.title] : [])),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^(Jumlah|Rata-rata) \S/);
  });

  it("starts bar axes at 0; a line that does not says so on its slide", () => {
    for (const s of deck.slides) {
      for (const e of s.elements) {
        if (e.type !== "chart") continue;
        if (e.kind === "bar") expect(e.axisMin ?? 0, s.id).toBe(0);
        if (e.kind === "line" && (e.axisMin ?? 0) > 0) {
          const said = s.elements.some(
            (t) =>
              t.type === "text" && t.paragraphs.some((p) => p.runs.some((r) => r.text.includes(AXIS_NOTE))),
          );
          expect(said, s.id).toBe(true);
        }
      }
    }
  });

  it("leaves no content slide without chart or table ending above the page's middle", () => {
    for (const s of deck.slides) {
      if (s.kind !== "content" || s.elements.some((e) => e.type === "chart" || e.type === "table")) continue;
      const bottom = Math.max(...s.elements.map((e) => e.box.y + e.box.h));
      expect(bottom, s.id).toBeGreaterThan(PAGE.height / 2);
    }
  });

  it("gives the tiles of a row one value size and one line count", () => {
    for (const s of deck.slides) {
      const rows = new Map<number, KpiElement[]>();
      for (const e of s.elements) if (e.type === "kpi") rows.set(e.box.y, [...(rows.get(e.box.y) ?? []), e]);
      for (const row of rows.values()) {
        expect(new Set(row.map((t) => t.look?.value)).size, s.id).toBe(1);
        expect(new Set(row.map((t) => t.look?.padLines)).size, s.id).toBe(1);
      }
    }
  });
});

describe("November 2023's slides", () => {
  const [, deck] = DECKS[0] as [string, Deck];
  const byId = (id: string) => deck.slides.find((s) => s.id === id);

  it("sets the total tile apart from the channels it sums", () => {
    const tiles = (byId("s12-tiket-konsultasi")?.elements ?? []).filter((e) => e.type === "kpi");
    expect(tiles.filter((t) => t.total).map((t) => t.label)).toEqual(["Total Tiket"]);
    const email = (byId("s27-email-laporan")?.elements ?? []).filter((e) => e.type === "kpi");
    expect(email.filter((t) => t.total).map((t) => t.label)).toEqual(["Total Email"]);
  });

  it("starts Instagram's followers line at 107.000 and says so (109.441..116.890)", () => {
    const slide = byId("s31-instagram");
    const chart = slide?.elements.find((e) => e.type === "chart");
    expect(chart?.type === "chart" && chart.axisMin).toBe(107_000);
    const text = slide?.elements.flatMap((e) => (e.type === "text" ? e.paragraphs : [])) ?? [];
    expect(text.some((p) => p.runs.some((r) => r.text === axisNote(107_000)))).toBe(true);
  });

  it("draws the visitors beside the year's chart", () => {
    expect(byId("s11-kunjungan-website")?.elements.some((e) => e.type === "chart")).toBe(true);
  });

  it("continues a long Evaluasi in two columns with headings in the deck's heading style", () => {
    const pages = deck.slides.filter((s) => s.id.startsWith("s37-evaluasi"));
    const texts = pages.flatMap((p) => p.elements.flatMap((e) => (e.type === "text" ? [e] : [])));
    expect(texts.filter((t) => t.style === "heading").length).toBe(3);
    expect(new Set(texts.map((t) => t.box.x)).size).toBe(2);
    for (const t of texts) expect(t.fontSize).toBeGreaterThanOrEqual(12);
  });
});

describe("a month with sections missing", () => {
  const [, deck] = DECKS[1] as [string, Deck];
  const chartOf = (id: string) =>
    deck.slides.find((s) => s.id === id)?.elements.find((e) => e.type === "chart");

  it("leaves the month not filled off its charts instead of drawing it as 0", () => {
    const posts = chartOf("s30-media-sosial");
    expect(posts?.type === "chart" && posts.categories.at(-1)).toBe("Okt");
    const visits = chartOf("s11-kunjungan-website");
    expect(visits?.type === "chart" && visits.categories).not.toContain("Nov");
    expect(visits?.type === "chart" && visits.series[0]?.values.every((v) => v > 0)).toBe(true);
  });
});

describe("lineAxisMin", () => {
  it("starts at 0 unless the values lie in a narrow band far above it", () => {
    expect(lineAxisMin([109_441, 116_890])).toBe(107_000);
    expect(lineAxisMin([3, 10])).toBe(0);
    expect(lineAxisMin([0, 5])).toBe(0);
    expect(lineAxisMin([500])).toBe(0);
    expect(lineAxisMin([13_400, 13_950])).toBeLessThan(13_400);
  });
});
