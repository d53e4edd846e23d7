/**
 * How the deck is shown, as a manager reads it (issue 20): rules over the rendered .pptx's XML
 * and the PDF's words that `npm run check:visual` applies besides the boxes (visual-boxes.ts).
 *  - no text run under 10 pt, on a slide or in its charts;
 *  - a content slide without a chart or a table does not end its text above the page's middle;
 *  - a bar chart's value axis starts at 0; a line chart that does not says so on its slide;
 *  - one ratio is not printed with two roundings on one page (`15,6%` in the text, `16%` on the pie).
 */

import type { Deck } from "../src/report/deck";
import { CHROME } from "../src/report/theme";
import type { Page } from "./visual-boxes";

/** The smallest type a manager reads without effort on a projected or printed slide. */
export const MIN_FONT_PT = 10;
/** What a line chart whose axis does not start at 0 says on its slide. */
export const AXIS_NOTE = "tidak dimulai dari 0";

/** The .pptx's parts, by path inside the zip (`ppt/slides/slide3.xml`). */
export type PptxParts = Record<string, string>;

const slideNumber = (path: string): number => Number(/slide(\d+)\.xml$/.exec(path)?.[1]);

/** The chart parts a slide shows, from its relationships. */
function chartsOf(parts: PptxParts, n: number): string[] {
  const rels = parts[`ppt/slides/_rels/slide${n}.xml.rels`] ?? "";
  return [...rels.matchAll(/Target="([^"]*charts\/chart\d+\.xml)"/g)].map((m) =>
    (m[1] ?? "").replace(/^\/|^\.\.\//g, "").replace(/^(?!ppt\/)/, "ppt/"),
  );
}

function slidePaths(parts: PptxParts): number[] {
  return Object.keys(parts)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .map(slideNumber)
    .sort((a, b) => a - b);
}

const idOf = (deck: Deck, n: number): string => deck.slides[n - 1]?.id ?? `slide ${n}`;

/** Text runs (and the defaults charts draw their labels with) under MIN_FONT_PT. */
export function smallTextBreaches(deck: Deck, parts: PptxParts): string[] {
  const out: string[] = [];
  for (const n of slidePaths(parts)) {
    const sources = [`ppt/slides/slide${n}.xml`, ...chartsOf(parts, n)];
    for (const path of sources) {
      const xml = parts[path] ?? "";
      const sizes = [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\bsz="(\d+)"/g)].map(
        (m) => Number(m[1]) / 100,
      );
      const small = sizes.filter((s) => s < MIN_FONT_PT);
      if (small.length > 0) {
        const where = path.includes("/charts/") ? "grafik" : "teks";
        out.push(
          `${idOf(deck, n)}: ${where} berukuran ${Math.min(...small)} pt (paling kecil ${MIN_FONT_PT} pt)`,
        );
      }
    }
  }
  return out;
}

/** Bar charts whose value axis does not start at 0; line charts that do not, without saying so. */
export function axisBreaches(deck: Deck, parts: PptxParts): string[] {
  const out: string[] = [];
  for (const n of slidePaths(parts)) {
    const slideText = [...(parts[`ppt/slides/slide${n}.xml`] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) => m[1])
      .join(" ");
    for (const path of chartsOf(parts, n)) {
      const xml = parts[path] ?? "";
      const valAxis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml)?.[0] ?? "";
      const zero = /<c:min val="0"\/>/.test(valAxis);
      if (xml.includes("<c:barChart>") && !zero) {
        out.push(`${idOf(deck, n)}: sumbu grafik batang tidak dimulai dari 0`);
      }
      if (xml.includes("<c:lineChart>") && !zero && !slideText.includes(AXIS_NOTE)) {
        out.push(`${idOf(deck, n)}: sumbu grafik garis tidak dimulai dari 0 dan slide tidak menyebutkannya`);
      }
    }
  }
  return out;
}

/**
 * Content slides with no chart or table whose text (title bar and footer aside) ends above the
 * page's middle: more than half the page left empty.
 */
export function emptySlideBreaches(deck: Deck, pages: readonly Page[]): string[] {
  const out: string[] = [];
  pages.forEach((page, i) => {
    const slide = deck.slides[i];
    if (slide?.kind !== "content") return;
    if (slide.elements.some((e) => e.type === "chart" || e.type === "table")) return;
    const scale = page.width / 10;
    const top = CHROME.titleBar.h * scale;
    const footer = CHROME.footer.y * scale - 2;
    const body = page.lines.filter((l) => l.yMin > top && l.yMax < footer);
    const bottom = Math.max(0, ...body.map((l) => l.yMax));
    if (bottom < page.height / 2) {
      out.push(
        `${slide.id}: isi berakhir di ${Math.round((bottom / page.height) * 100)}% tinggi slide (tanpa grafik atau tabel)`,
      );
    }
  });
  return out;
}

/** `15,6%` -> 15.6; `(74%)` -> 74. */
function percentsOf(text: string): { value: number; decimals: number; text: string }[] {
  return [...text.matchAll(/(\d{1,3}(?:\.\d{3})*)(?:,(\d+))?%/g)].map((m) => {
    const whole = (m[1] ?? "").replace(/\./g, "");
    const frac = m[2] ?? "";
    return { value: Number(`${whole}.${frac || "0"}`), decimals: frac.length, text: m[0] };
  });
}

/**
 * Pages that print one ratio with two roundings: a percent with decimals beside the same ratio
 * rounded to fewer (`15,6%` and `16%`; `73,7%` and `74%`).
 */
export function roundingBreaches(deck: Deck, pages: readonly Page[]): string[] {
  const out: string[] = [];
  pages.forEach((page, i) => {
    const found = percentsOf(page.lines.map((l) => l.text).join(" "));
    const seen = new Set<string>();
    for (const precise of found) {
      for (const rounded of found) {
        if (rounded.decimals >= precise.decimals) continue;
        const factor = 10 ** rounded.decimals;
        if (Math.round(precise.value * factor) / factor !== rounded.value) continue;
        const pair = `${precise.text} / ${rounded.text}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        out.push(`${deck.slides[i]?.id ?? `halaman ${i + 1}`}: satu rasio dua pembulatan (${pair})`);
      }
    }
  });
  return out;
}

/** Every rule of this file over one rendered deck. */
export function shownBreaches(deck: Deck, parts: PptxParts, pages: readonly Page[]): string[] {
  return [
    ...smallTextBreaches(deck, parts),
    ...axisBreaches(deck, parts),
    ...emptySlideBreaches(deck, pages),
    ...roundingBreaches(deck, pages),
  ];
}
