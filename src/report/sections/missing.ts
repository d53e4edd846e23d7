/** The slide that says which sections have no data for the month (generation went on without them). */
import { CHANNELS } from "../../core/workbook/channels";
import { monthLabel } from "../../core/workbook/period";
import { para, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import { FULL } from "../grid";
import { stackText } from "../text-fit";

export const missingDataSection: SectionBuilder = (ctx) => {
  const unmet = ctx.unmet ?? [];
  const named = CHANNELS.filter((c) => ctx.missing.has(c.key) && !unmet.includes(c.tab)).map((c) => c.tab);
  const tabs = [...unmet, ...named];
  if (tabs.length === 0) return [];
  const text = stackText(FULL, [
    [
      para(`Bagian berikut belum memiliki data untuk ${monthLabel(ctx.month)}:`),
      ...tabs.map((tab) => para(tab, "bullet")),
      para("Slide bagian tersebut menampilkan keterangan bahwa datanya belum diisi."),
    ],
  ]);
  return [slide("s38-data-belum-diisi", "Data yang Belum Diisi", text.elements)];
};
