/** Slide 1: the cover (title with the unit, the report month). */
import { monthLabel } from "../../core/period";
import { para, textBox } from "../blocks";
import type { SectionBuilder } from "../context";
import { CONTENT, FONT } from "../theme";

export const buildCover: SectionBuilder = (ctx) => [
  {
    id: "s01-cover",
    title: `Laporan Layanan Informasi ${ctx.unit}`,
    kind: "cover",
    elements: [
      textBox({ x: CONTENT.x, y: 3.2, w: CONTENT.w, h: 0.6 }, [para(monthLabel(ctx.month))], {
        style: "heading",
        fontSize: FONT.title,
        align: "center",
      }),
    ],
  },
];
