/**
 * What the item channels' slides share (Publikasi Website, Webinar, WhatsApp Blast): the year to
 * date and the comparison over the monthly chart, the month's items as a date and title table,
 * and the note for a month recorded only as its total.
 */

import { yearToDateSentence } from "../../core/words/narrative";
import type { ChannelKey } from "../../core/workbook/channels";
import { itemsOf, numberOf, textOf } from "../../core/workbook/dataset";
import { type Month, monthLabel, yearOf } from "../../core/workbook/period";
import { dateText, kpiGrid, monthlyChart, para, slide } from "../blocks";
import type { LayoutContext } from "../context";
import type { Element, Slide } from "../deck";
import { comparisonParagraph, isMissing, missingSlide, noteSlide, yearToDateTotal } from "../figures";
import { italicizeForeign } from "../foreign";
import { FULL } from "../grid";
import { moreRows, shownItems, withWeight } from "../item-list";
import { estimateLines } from "../measure";
import { continued, tablePages } from "../paginate";
import { textAboveChart } from "../text-fit";
import { CONTENT, GRID } from "../theme";
import { rowLook, TILE } from "../tiles";

export interface YearSlideSpec {
  id: string;
  title: string;
  /** `Sampai dengan bulan November 2023, <prefix> **79** <what>.`; prefix default `terdapat`. */
  ytd: { what: string; prefix?: string };
  /** Subject of the comparison sentence: `Publikasi webinar`. */
  subject: string;
  /** The chart's title without the year: `Jumlah Webinar/FGD`. */
  chartTitle: string;
  seriesName: string;
}

/** The channel's year to date and comparison above its January..M chart. */
export function yearSlide(ctx: LayoutContext, key: ChannelKey, spec: YearSlideSpec): Slide[] {
  if (isMissing(ctx, key)) return [missingSlide(ctx, spec.id, spec.title, [key])];
  const ytd = yearToDateSentence({
    month: ctx.month,
    total: yearToDateTotal(ctx, key) ?? 0,
    what: spec.ytd.what,
    prefix: spec.ytd.prefix,
  });
  const comparison = comparisonParagraph(ctx, key, spec.subject);
  const chartTitle = `${spec.chartTitle} ${yearOf(ctx.month)}`;
  const ytdParagraph = para(italicizeForeign(ytd));
  const comparisonItalic = { ...comparison, runs: italicizeForeign(comparison.runs) };
  const elements = textAboveChart(FULL, [[ytdParagraph], [comparisonItalic]], (box) =>
    monthlyChart(box, chartTitle, ctx, key, spec.seriesName),
  );
  return [slide(spec.id, spec.title, elements)];
}

/** `Rincian webinar/FGD bulan November 2023 tidak dicatat per judul (hanya jumlahnya).` */
export function totalOnlySlide(id: string, title: string, what: string, month: Month): Slide {
  return noteSlide(id, title, [
    `Rincian ${what} bulan ${monthLabel(month)} tidak dicatat per judul (hanya jumlahnya).`,
  ]);
}

const CARD_H = 2.6;

/**
 * A few items as cards in one row across the body's middle, the date big over the title; none
 * when a title would not fit its card (a table is drawn instead).
 */
function itemCards(tiles: readonly { value: string; label: string }[]): Element[] | undefined {
  const band = { ...FULL, y: CONTENT.y + (CONTENT.h - CARD_H) / 2 };
  const grid = kpiGrid(band, tiles, tiles.length, CARD_H, GRID.gutter);
  const fits = grid.elements.every((tile) => {
    const look = rowLook([tile]);
    const lines = estimateLines(tile.label, tile.box.w - (2 * TILE.marginPt) / 72, look.label, true);
    return (look.value * 1.2 + lines * look.label * 1.2) / 72 <= tile.box.h - 0.2;
  });
  return fits ? grid.elements : undefined;
}

/**
 * The month's items as a `Tanggal | Judul` table, continued over slides `<base>-1` ...: at the
 * first of `sizes` that keeps it on one slide, else at the last.
 */
export function dateTitleSlides(
  ctx: LayoutContext,
  key: ChannelKey,
  spec: {
    base: string;
    title: string;
    what: string;
    sizes: readonly [number, ...number[]];
    /** Up to this many items are drawn as cards (date over title), as the seed draws its blasts. */
    cards?: number;
  },
): Slide[] {
  const { base, title } = spec;
  if (isMissing(ctx, key)) return [missingSlide(ctx, `${base}-1`, title, [key])];
  const items = itemsOf(ctx.data, key, ctx.month);
  if (items.length === 0) return [totalOnlySlide(`${base}-1`, title, spec.what, ctx.month)];
  if (items.length <= (spec.cards ?? 0)) {
    const cards = itemCards(
      items.map((r) => ({
        value: dateText(r.values.tanggal),
        label: withWeight(textOf(r.values.judul), numberOf(r.values.jumlah), spec.what),
      })),
    );
    if (cards) return [slide(`${base}-1`, title, cards)];
  }
  const { shown, rest } = shownItems(items);
  const rows = [
    ...shown.map((r) => [
      dateText(r.values.tanggal),
      withWeight(textOf(r.values.judul), numberOf(r.values.jumlah), spec.what),
    ]),
    ...moreRows(rest, 2, 1),
  ];
  const at = (fontSize: number) =>
    tablePages({ header: ["Tanggal", "Judul"], rows, columnWidths: [0.18, 0.82], fontSize }, FULL);
  let tables = at(spec.sizes[0]);
  for (const size of spec.sizes.slice(1)) {
    if (tables.length === 1) break;
    tables = at(size);
  }
  return continued(
    base,
    title,
    tables.map((t) => [t]),
  );
}
