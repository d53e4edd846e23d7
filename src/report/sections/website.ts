/** Slides 4-6: Publikasi Website (year to date, comparison, chart) and its items by category. */

import { listText } from "../../core/words/narrative";
import { WEBSITE_CATEGORIES } from "../../core/workbook/channels";
import { itemsOf, numberOf, textOf } from "../../core/workbook/dataset";
import { yearToDate } from "../../core/workbook/period";
import { dateText, para } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import { isMissing, missingSlide } from "../figures";
import { FULL } from "../grid";
import { moreText, shownItems, withWeight } from "../item-list";
import {
  type Block,
  balancedPages,
  continued,
  FLOW_AREA,
  flow,
  headingBlock,
  paragraphBlocks,
  textBlock,
} from "../paginate";
import { ROOMY_SIZES } from "../text-fit";
import { CONTENT, FONT } from "../theme";
import { totalOnlySlide, yearSlide } from "./item-channel";

const KEY = "publikasiWebsite" as const;

/** Kinds the seed lists when the year has no itemised publications to name them from. */
const DEFAULT_KINDS = ["Peraturan", "Pemberitahuan ke Daerah", "Berita", "Laporan", "Video Tutorial", "Data"];

function categoryOrder(category: string): number {
  const i = (WEBSITE_CATEGORIES as readonly string[]).indexOf(category);
  return i === -1 ? WEBSITE_CATEGORIES.length : i;
}

/** Categories of the year's itemised publications (January..month), in the registry's order. */
export function publicationKinds(ctx: Pick<LayoutContext, "data" | "month">): string[] {
  const found = new Set<string>();
  for (const m of yearToDate(ctx.month)) {
    for (const item of itemsOf(ctx.data, KEY, m)) {
      const kind = textOf(item.values.kategori).trim();
      if (kind) found.add(kind);
    }
  }
  const kinds = [...found].sort((a, b) => categoryOrder(a) - categoryOrder(b));
  return kinds.length > 0 ? kinds : DEFAULT_KINDS;
}

export const websiteSection: SectionBuilder = (ctx) =>
  yearSlide(ctx, KEY, {
    id: "s04-publikasi-website",
    title: `Publikasi Website ${ctx.unit}`,
    ytd: {
      what: `publikasi pada Website ${ctx.unit} yang terdiri atas ${listText(publicationKinds(ctx).map((k) => k.toLowerCase()))}`,
    },
    subject: "Jumlah publikasi website",
    chartTitle: "Jumlah Publikasi Website",
    seriesName: "Publikasi",
  });

const DATE_W = 1.3;

/** The month's items grouped by category (registry order, then sheet order), continued as needed. */
export const websiteDetailsSection: SectionBuilder = (ctx) => {
  const base = "s05-rincian-website";
  const title = `Rincian Publikasi Website ${ctx.unit}`;
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const items = itemsOf(ctx.data, KEY, ctx.month);
  // A month stated only as a total has nothing to itemise, but its data is there.
  if (items.length === 0) return [totalOnlySlide(`${base}-1`, title, "publikasi", ctx.month)];
  const { shown, rest } = shownItems(items);
  const groups = new Map<string, typeof items>();
  for (const item of shown) {
    const category = textOf(item.values.kategori).trim() || "Lainnya";
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => categoryOrder(a) - categoryOrder(b));

  const titleX = CONTENT.x + DATE_W;
  const titleW = CONTENT.w - DATE_W;
  const blocksAt = (fontSize: number): Block[] => {
    const blocks: Block[] = [];
    for (const [category, rows] of ordered) {
      blocks.push(headingBlock(category, FULL, fontSize));
      const continues = headingBlock(`${category} (lanjutan)`, FULL, fontSize);
      for (const row of rows) {
        const date = textBlock(CONTENT.x, DATE_W, [para(dateText(row.values.tanggal))], { fontSize });
        const judul = withWeight(textOf(row.values.judul), numberOf(row.values.jumlah), "publikasi");
        for (const [i, piece] of paragraphBlocks(titleX, titleW, [para(judul)], { fontSize }).entries()) {
          blocks.push(
            i === 0
              ? {
                  height: Math.max(piece.height, date.height),
                  place: (y) => [...date.place(y), ...piece.place(y)],
                  continues,
                }
              : { ...piece, continues },
          );
        }
      }
    }
    if (rest > 0) blocks.push(textBlock(titleX, titleW, [para(moreText(rest))], { fontSize }));
    return blocks;
  };
  // Larger type while it stays on one slide; else body size, continued over slides that end at
  // about one height (no stub of a last slide).
  const size = ROOMY_SIZES.find((s) => flow(blocksAt(s)).length === 1) ?? FONT.body;
  const blocks = blocksAt(size);
  const pages = balancedPages(FULL, (col) => flow(blocks, { ...FLOW_AREA, gap: 0.06, bottom: col.bottom }));
  return continued(base, title, pages);
};
