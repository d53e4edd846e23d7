/** Slide 16: Pengaduan dan Keluhan, the month's counts with their items and regions. */

import { formatNumber } from "../../core/words/format";
import { listText } from "../../core/words/narrative";
import { itemsOf, measureOf, numberOf, textOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { para } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import { isMissing, missingSlide, noteSlide } from "../figures";
import { FULL } from "../grid";
import { moreText, shownItems } from "../item-list";
import {
  type Block,
  balancedPages,
  continued,
  FLOW_AREA,
  flow,
  headingBlock,
  paragraphBlocks,
} from "../paginate";
import { CONTENT, FONT } from "../theme";

const KEY = "pengaduanKeluhan" as const;

export const COMPLAINT_KINDS = [
  { jenis: "Pengaduan", heading: "Pengaduan", none: "Tidak ada pengaduan." },
  { jenis: "Keluhan", heading: "Keluhan Layanan", none: "Tidak ada keluhan layanan." },
] as const;

export interface ComplaintGroup {
  heading: string;
  count: number;
  /** `Uraian (Kab. A dan Kota B)` */
  items: string[];
  none: string;
}

/** Each kind with its count (an item counts its `Jumlah`, or 1) and its items. */
export function complaintGroups(ctx: Pick<LayoutContext, "data" | "month">): ComplaintGroup[] {
  const rows = itemsOf(ctx.data, KEY, ctx.month);
  return COMPLAINT_KINDS.map((kind) => {
    const noun = kind.jenis.toLowerCase();
    const own = rows.filter((r) => textOf(r.values.jenis).trim() === kind.jenis);
    const count = own.reduce((sum, r) => sum + (numberOf(r.values.jumlah) ?? 1), 0);
    const { shown, rest } = shownItems(own);
    const listed = shown.map((r) => {
      const regions = textOf(r.values.daerah)
        .split(",")
        .map((d) => d.trim())
        .filter((d) => d !== "");
      const text = textOf(r.values.uraian).trim();
      // A bullet that counts more than one says so, or "3 Pengaduan" stands over two bullets.
      const n = numberOf(r.values.jumlah) ?? 1;
      const many = n > 1 ? `${formatNumber(n)} ${noun}` : "";
      if (regions.length > 0) return `${text} (${many ? `${many}: ` : ""}${listText(regions)})`;
      return many ? `${text} (${many})` : text;
    });
    const items = rest > 0 ? [...listed, moreText(rest)] : listed;
    return { heading: kind.heading, count, items, none: kind.none };
  });
}

export const complaintsSection: SectionBuilder = (ctx) => {
  const base = "s16-pengaduan-keluhan";
  const title = "Pengaduan dan Keluhan";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  // A month stated only as a total has no kinds to count: "0 Pengaduan" would be wrong.
  if (itemsOf(ctx.data, KEY, ctx.month).length === 0) {
    const total = formatNumber(measureOf(ctx.data, KEY, ctx.month) ?? 0);
    return [
      noteSlide(`${base}-1`, title, [
        `Pengaduan dan keluhan bulan ${monthLabel(ctx.month)} berjumlah ${total}; rinciannya tidak dicatat per uraian.`,
      ]),
    ];
  }
  const blocks: Block[] = complaintGroups(ctx).flatMap((group) => [
    headingBlock(`${formatNumber(group.count)} ${group.heading}`),
    ...paragraphBlocks(
      CONTENT.x,
      CONTENT.w,
      group.items.length > 0 ? group.items.map((t) => para(t, "bullet")) : [para(group.none)],
      { fontSize: FONT.body },
    ),
  ]);
  return continued(
    base,
    title,
    balancedPages(FULL, (col) => flow(blocks, { ...FLOW_AREA, bottom: col.bottom })),
  );
};
