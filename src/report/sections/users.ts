/** Slide 17: Pengguna Layanan, the four user groups and the regional governments that asked most. */

import { formatNumber } from "../../core/words/format";
import { itemsOf, numberOf, textOf } from "../../core/workbook/dataset";
import { para, slide } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Element } from "../deck";
import { isMissing, missingParagraph } from "../figures";
import { fitText, placeText } from "../text-fit";
import { CONTENT, FONT, GRID } from "../theme";

const KEY = "pemdaTeratas" as const;
const TOP = 4;

/** Who uses the services: fixed descriptions, as in the seed. */
export const USER_GROUPS = [
  { name: "Pemerintah Daerah", description: "Termasuk Anggota/Pimpinan DPRD dan Perangkat Daerah/Desa" },
  { name: "Kementerian/Lembaga", description: "Kementerian Teknis dan Lembaga di dalam dan luar Kemenkeu" },
  { name: "Akademisi", description: "Guru, mahasiswa, dan siswa sekolah" },
  {
    name: "Lainnya",
    description: "Masyarakat, Pendamping Desa, Wartawan/Media, Swasta, dan Pengguna Tanpa Identitas",
  },
] as const;

export interface TopGovernment {
  name: string;
  tickets: number;
  topics: string;
}

/** The regional governments with the most tickets, most first (sheet order among equals). */
export function topGovernments(ctx: Pick<LayoutContext, "data" | "month">, limit = TOP): TopGovernment[] {
  return itemsOf(ctx.data, KEY, ctx.month)
    .map((r) => ({
      name: textOf(r.values.pemda).trim(),
      tickets: numberOf(r.values.jumlahTiket) ?? 0,
      topics: textOf(r.values.topik).trim(),
    }))
    .sort((a, b) => b.tickets - a.tickets)
    .slice(0, limit);
}

const HALF_W = (CONTENT.w - GRID.gutter) / 2;
const COUNT_W = 0.8;

function userGroups(): Element[] {
  const w = (HALF_W - GRID.gutter) / 2;
  const h = (CONTENT.h - GRID.gutter) / 2;
  return USER_GROUPS.flatMap((group, i) => {
    const x = CONTENT.x + (i % 2) * (w + GRID.gutter);
    const y = CONTENT.y + Math.floor(i / 2) * (h + GRID.gutter);
    const heading = placeText(x, y, w, [para([{ text: group.name, bold: true }])], { style: "heading" });
    const top = heading.box.y + heading.box.h;
    return [
      heading,
      fitText({ x, y: top, w, h: y + h - top }, [para(group.description)], {
        fontSize: FONT.body,
        sizes: [FONT.body, 11, FONT.small],
      }),
    ];
  });
}

function governments(ctx: LayoutContext): Element[] {
  const x = CONTENT.x + HALF_W + GRID.gutter;
  const heading = placeText(
    x,
    CONTENT.y,
    HALF_W,
    [para([{ text: "Pemda Pengguna Terbanyak", bold: true }])],
    {
      style: "heading",
    },
  );
  const top = heading.box.y + heading.box.h + 0.1;
  if (isMissing(ctx, KEY)) {
    return [heading, placeText(x, top, HALF_W, [missingParagraph(KEY, ctx.month)])];
  }
  const list = topGovernments(ctx);
  const rowH = (CONTENT.y + CONTENT.h - top) / TOP;
  return [
    heading,
    ...list.flatMap((g, i) => {
      const y = top + i * rowH;
      const label = [para([{ text: g.name, bold: true }])];
      if (g.topics) label.push(para(`(${g.topics})`));
      return [
        fitText(
          { x, y, w: COUNT_W, h: rowH - 0.1 },
          [para([{ text: formatNumber(g.tickets), bold: true }])],
          {
            style: "heading",
            fontSize: FONT.title,
            sizes: [FONT.title, 18, FONT.heading, FONT.body, FONT.small, FONT.caption],
            singleLine: true,
            align: "center",
          },
        ),
        fitText({ x: x + COUNT_W, y, w: HALF_W - COUNT_W, h: rowH - 0.1 }, label, { fontSize: FONT.body }),
      ];
    }),
  ];
}

export const usersSection: SectionBuilder = (ctx) => [
  slide("s17-pengguna-layanan", "Pengguna Layanan", [...userGroups(), ...governments(ctx)]),
];
