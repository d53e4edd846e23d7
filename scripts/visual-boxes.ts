/**
 * The rendered deck against its layout: the text lines `pdftotext -bbox-layout` found on each
 * page (in points) checked against the boxes the layout and the chrome placed on that slide.
 */
import { COVER, coverText, FOOTER, TITLE_BOX } from "../src/report/chrome";
import { type Box, type Deck, PAGE } from "../src/report/deck";

export interface Line {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  lines: Line[];
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)?.[1]);
const decodeEntities = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Pages of a `pdftotext -bbox-layout` XHTML file with their words. Words, not pdftotext's lines:
 * it joins texts of two boxes that share a baseline (a tile's figure and the label beside it)
 * into one line.
 */
export function parseBbox(html: string): Page[] {
  return html
    .split(/<page /)
    .slice(1)
    .map((chunk) => {
      const head = chunk.slice(0, chunk.indexOf(">"));
      const lines = [...chunk.matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map((m) => {
        const tag = m[1] ?? "";
        return {
          text: decodeEntities(m[2] ?? ""),
          xMin: attr(tag, "xMin"),
          yMin: attr(tag, "yMin"),
          xMax: attr(tag, "xMax"),
          yMax: attr(tag, "yMax"),
        };
      });
      return { width: attr(head, "width"), height: attr(head, "height"), lines };
    });
}

interface Place {
  name: string;
  box: Box;
}

/** Every box of a slide where text may be drawn, in points. */
function placesOf(deck: Deck, index: number, scale: number): Place[] {
  const slide = deck.slides[index];
  if (!slide) return [];
  const pt = (b: Box): Box => ({ x: b.x * scale, y: b.y * scale, w: b.w * scale, h: b.h * scale });
  const places: Place[] = slide.elements.map((e, i) => ({ name: `${e.type} ${i}`, box: pt(e.box) }));
  if (slide.kind === "cover") {
    const text = coverText(deck, slide);
    places.push({ name: "judul sampul", box: pt(COVER.title) }, { name: "bulan", box: pt(COVER.month) });
    if (text.unitName) places.push({ name: "nama unit", box: pt(COVER.unit) });
  } else {
    places.push(
      { name: "judul", box: pt(TITLE_BOX) },
      { name: "kaki", box: pt(FOOTER.text) },
      { name: "nomor", box: pt(FOOTER.number) },
    );
  }
  return places;
}

/** Slack for glyph boxes (accents, descenders) against a box drawn by the renderer, in points. */
const SLACK = 2.5;

const inside = (l: Line, b: Box, slack = SLACK): boolean =>
  l.xMin >= b.x - slack &&
  l.xMax <= b.x + b.w + slack &&
  l.yMin >= b.y - slack &&
  l.yMax <= b.y + b.h + slack;

const centreIn = (l: Line, b: Box): boolean => {
  const x = (l.xMin + l.xMax) / 2;
  const y = (l.yMin + l.yMax) / 2;
  return x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
};

/**
 * A line's ink, roughly: pdftotext's boxes span the font's whole ascent and descent (1.3 em for
 * Liberation Sans), more than the line pitch, so lines set solid touch; a fifth of the height off
 * the top and the bottom leaves the letters.
 */
function core(l: Line): Line {
  const cut = (l.yMax - l.yMin) * 0.2;
  return { ...l, yMin: l.yMin + cut, yMax: l.yMax - cut };
}

/** Two words overlap when their letters share more than a sliver (1 pt either way). */
function overlap(a: Line, b: Line): boolean {
  const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return w > 1 && h > 1;
}

const short = (text: string): string => (text.length > 50 ? `${text.slice(0, 47)}...` : text);

/** What is wrong on the rendered pages, one line per problem (empty when the deck is whole). */
export function visualBreaches(deck: Deck, html: string): string[] {
  const pages = parseBbox(html);
  const out: string[] = [];
  if (pages.length !== deck.slides.length) {
    out.push(`PDF punya ${pages.length} halaman, deck ${deck.slides.length} slide`);
  }
  pages.forEach((page, i) => {
    const id = deck.slides[i]?.id ?? `halaman ${i + 1}`;
    const scale = page.width / PAGE.width;
    const places = placesOf(deck, i, scale);
    const pageBox = { x: 0, y: 0, w: page.width, h: page.height };
    const lines = page.lines.map(core);
    lines.forEach((line, j) => {
      const where = `${id}: "${short(line.text)}"`;
      if (!inside(line, pageBox, 0)) out.push(`${where} keluar dari slide`);
      const owners = places.filter((p) => centreIn(line, p.box));
      if (owners.length === 0) out.push(`${where} di luar setiap kotak`);
      else if (!owners.some((p) => inside(line, p.box)))
        out.push(`${where} keluar dari kotak ${owners[0]?.name}`);
      lines.slice(j + 1).forEach((other) => {
        if (overlap(line, other)) out.push(`${where} menimpa "${short(other.text)}"`);
      });
    });
  });
  return out;
}
