/** The rules `npm run check:visual` adds (scripts/visual-rules.ts), each caught on a small made-up deck. */
import { describe, expect, it } from "vitest";
import type { Page } from "../../scripts/visual-boxes";
import {
  AXIS_NOTE,
  axisBreaches,
  emptySlideBreaches,
  roundingBreaches,
  smallTextBreaches,
} from "../../scripts/visual-rules";
import type { Deck, Element } from "../../src/report/deck";

const text: Element = {
  type: "text",
  box: { x: 0.4, y: 1, w: 9, h: 0.5 },
  paragraphs: [{ runs: [{ text: "x" }] }],
  style: "body",
  fontSize: 12,
};
const chart: Element = {
  type: "chart",
  box: { x: 0.4, y: 2, w: 9, h: 3 },
  kind: "bar",
  title: "Jumlah",
  categories: ["a"],
  series: [{ name: "s", values: [1] }],
};
const deckOf = (...slides: Element[][]): Deck => ({
  title: "t",
  unit: "u",
  monthLabel: "November 2023",
  slides: slides.map((elements, i) => ({ id: `s${i + 1}`, title: "T", kind: "content", elements })),
});
const rels = (chartPart: string) =>
  `<Relationships><Relationship Id="rId1" Type="chart" Target="/ppt/charts/${chartPart}"/></Relationships>`;
const word = (t: string, yMin: number, yMax = yMin + 12) => ({ text: t, xMin: 40, xMax: 80, yMin, yMax });
const page = (...lines: ReturnType<typeof word>[]): Page => ({ width: 720, height: 405, lines });

describe("smallTextBreaches", () => {
  it("fails a run under 10 pt on a slide or in its chart, passes 10 pt", () => {
    const parts = {
      "ppt/slides/slide1.xml": '<a:rPr lang="en-US" sz="1000"/><a:rPr sz="1200"/>',
      "ppt/slides/slide2.xml": '<a:rPr lang="en-US" sz="800" b="1"/>',
      "ppt/slides/_rels/slide1.xml.rels": rels("chart1.xml"),
      "ppt/charts/chart1.xml": '<c:txPr><a:defRPr sz="900"/></c:txPr>',
    };
    expect(smallTextBreaches(deckOf([text], [text]), parts)).toEqual([
      "s1: grafik berukuran 9 pt (paling kecil 10 pt)",
      "s2: teks berukuran 8 pt (paling kecil 10 pt)",
    ]);
  });
});

describe("axisBreaches", () => {
  const valAx = (min: boolean) =>
    `<c:valAx><c:scaling><c:orientation val="minMax"/>${min ? '<c:min val="0"/>' : ""}</c:scaling></c:valAx>`;
  it("fails a bar chart without a zero minimum, passes one with it", () => {
    const parts = (min: boolean) => ({
      "ppt/slides/slide1.xml": "<a:t>Judul</a:t>",
      "ppt/slides/_rels/slide1.xml.rels": rels("chart1.xml"),
      "ppt/charts/chart1.xml": `<c:barChart></c:barChart>${valAx(min)}`,
    });
    expect(axisBreaches(deckOf([chart]), parts(false))).toEqual([
      "s1: sumbu grafik batang tidak dimulai dari 0",
    ]);
    expect(axisBreaches(deckOf([chart]), parts(true))).toEqual([]);
  });
  it("passes a line above 0 only when its slide says so", () => {
    const parts = (said: string) => ({
      "ppt/slides/slide1.xml": `<a:t>${said}</a:t>`,
      "ppt/slides/_rels/slide1.xml.rels": rels("chart1.xml"),
      "ppt/charts/chart1.xml": `<c:lineChart></c:lineChart>${valAx(false)}`,
    });
    expect(axisBreaches(deckOf([chart]), parts("Judul"))).toHaveLength(1);
    expect(axisBreaches(deckOf([chart]), parts(`Sumbu tegak ${AXIS_NOTE}.`))).toEqual([]);
  });
});

describe("emptySlideBreaches", () => {
  it("fails text ending above the middle without a chart or table; passes lower text or a chart", () => {
    const deck = deckOf([text], [text], [text, chart]);
    const pages = [page(word("Judul", 10), word("isi", 80)), page(word("isi", 260)), page(word("isi", 80))];
    expect(emptySlideBreaches(deck, pages)).toEqual([
      "s1: isi berakhir di 23% tinggi slide (tanpa grafik atau tabel)",
    ]);
  });
  it("ignores the title bar and the footer", () => {
    const footerY = 5.325 * 72 + 2;
    expect(emptySlideBreaches(deckOf([text]), [page(word("isi", 80), word("DJPK", footerY))])).toHaveLength(
      1,
    );
  });
});

describe("roundingBreaches", () => {
  it("fails 15,6% and 16% on one page; passes different ratios and one rounding", () => {
    const deck = deckOf([text], [text], [text]);
    const pages = [
      page(word("atau", 80), word("15,6%", 80), word("16%", 200)),
      page(word("(73,7%)", 80), word("21%", 100)),
      page(word("1.271", 80), word("naik", 90), word("41,2%", 100)),
    ];
    expect(roundingBreaches(deck, pages)).toEqual(["s1: satu rasio dua pembulatan (15,6% / 16%)"]);
  });
});
