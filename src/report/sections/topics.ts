/** Slides 14-15: Topik Konsultasi Teknis (top 3 per group, in columns) and Topik Konsultasi Lainnya. */

import type { DataRow } from "../../core/workbook/data";
import { itemsOf, numberOf, textOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { para } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Element } from "../deck";
import { isMissing, missingSlide, noteSlide } from "../figures";
import { FULL } from "../grid";
import { moreText, shownItems } from "../item-list";
import { textHeight } from "../measure";
import { type Block, continued, flow, headingBlock, paragraphBlocks } from "../paginate";
import { fitText, placeText, ROOMY_SIZES } from "../text-fit";
import { CONTENT, FONT, GRID } from "../theme";

const KEY = "topikKonsultasi" as const;
const TOP = 3;
const COLUMNS_PER_SLIDE = 3;

export interface TopicGroup {
  name: string;
  topics: string[];
}

/**
 * Topics of one part (`Teknis`, `Lainnya` ...) grouped by `Kelompok` in order of first
 * appearance. Within a group: by `Jumlah Tiket` when every row has one, else in sheet order
 * (staff list them from the most asked).
 */
export function topicGroups(ctx: Pick<LayoutContext, "data" | "month">, part: string): TopicGroup[] {
  const groups = new Map<string, DataRow[]>();
  for (const row of itemsOf(ctx.data, KEY, ctx.month)) {
    if (textOf(row.values.bagian).trim() !== part) continue;
    const name = textOf(row.values.kelompok).trim();
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  return [...groups.entries()].map(([name, rows]) => {
    const counted = rows.every((r) => numberOf(r.values.jumlah) !== undefined);
    const ordered = counted
      ? [...rows].sort((a, b) => (numberOf(b.values.jumlah) ?? 0) - (numberOf(a.values.jumlah) ?? 0))
      : rows;
    return { name, topics: ordered.map((r) => textOf(r.values.topik).trim()) };
  });
}

export const technicalTopicsSection: SectionBuilder = (ctx) => {
  const base = "s14-topik-teknis";
  const title = "Topik Konsultasi Teknis";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const groups = topicGroups(ctx, "Teknis");
  if (groups.length === 0) {
    return [
      noteSlide(`${base}-1`, title, [`Topik konsultasi teknis untuk ${monthLabel(ctx.month)} belum diisi.`]),
    ];
  }
  const pages: Element[][] = [];
  const w = (CONTENT.w - (COLUMNS_PER_SLIDE - 1) * GRID.gutter) / COLUMNS_PER_SLIDE;
  const lists = groups.map((group) => group.topics.slice(0, TOP).map((t) => para(t, "number")));
  const headingH = textHeight([para("Topik")], w, ROOMY_SIZES[0] as number);
  const room = CONTENT.h - headingH - 0.15;
  // One size for every column: the largest at which the longest list still fits.
  const size = ROOMY_SIZES.find((s) => lists.every((list) => textHeight(list, w, s) <= room)) ?? FONT.body;
  for (let start = 0; start < groups.length; start += COLUMNS_PER_SLIDE) {
    const chunk = groups.slice(start, start + COLUMNS_PER_SLIDE);
    pages.push(
      chunk.flatMap((group, i) => {
        const x = CONTENT.x + i * (w + GRID.gutter);
        const heading = placeText(
          x,
          CONTENT.y,
          w,
          [para([{ text: `Topik ${group.name}`.trim(), bold: true }])],
          { style: "heading", fontSize: Math.max(FONT.heading, size) },
        );
        const top = heading.box.y + heading.box.h + 0.15;
        const list = lists[start + i] ?? [];
        const room = CONTENT.y + CONTENT.h - top;
        // As tall as its text, so a short list leaves the slide's lower part to settle (blocks.ts).
        const body =
          textHeight(list, w, size) <= room
            ? placeText(x, top, w, list, { fontSize: size })
            : fitText({ x, y: top, w, h: room }, list, { fontSize: size });
        return [heading, body];
      }),
    );
  }
  return continued(base, title, pages);
};

/** A group's topics as the deck lists them: the first DECK_LIST_ROWS, then "dan X lainnya". */
function withMore(topics: readonly string[]): string[] {
  const { shown, rest } = shownItems(topics);
  return rest > 0 ? [...shown, moreText(rest)] : shown;
}

export const otherTopicsSection: SectionBuilder = (ctx) => {
  const base = "s15-topik-lainnya";
  const title = "Topik Konsultasi Lainnya";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const groups = topicGroups(ctx, "Lainnya");
  if (groups.length === 0) {
    return [
      noteSlide(`${base}-1`, title, [`Topik konsultasi lainnya untuk ${monthLabel(ctx.month)} belum diisi.`]),
    ];
  }
  const blocksAt = (fontSize: number): Block[] =>
    groups.flatMap((group) => [
      ...(group.name ? [headingBlock(group.name, FULL, fontSize)] : []),
      ...paragraphBlocks(
        CONTENT.x,
        CONTENT.w,
        withMore(group.topics).map((t) => para(t)),
        { fontSize },
      ),
    ]);
  // Larger type while it stays on one slide; at body size it continues.
  const size = ROOMY_SIZES.find((s) => flow(blocksAt(s)).length === 1) ?? FONT.body;
  const blocks = blocksAt(size);
  return continued(base, title, flow(blocks));
};
