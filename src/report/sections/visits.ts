/** Slide 11: Kunjungan Website, visitors with their comparison and the most visited pages. */

import { formatNumber } from "../../core/words/format";
import { measureOf, monthlyRow, numberOf, textOf } from "../../core/workbook/dataset";
import { monthLabel, yearOf, yearToDate } from "../../core/workbook/period";
import { bold, monthlyChart, para, plain, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { comparisonParagraph, isMissing, missingParagraph, missingSlide } from "../figures";
import { boxOf, FULL, LEFT, RIGHT } from "../grid";
import { ROOMY_SIZES, stackText } from "../text-fit";
import { GRID } from "../theme";

const KEY = "kunjunganWebsite" as const;
const PAGE_COLUMNS = ["halaman1", "halaman2", "halaman3"] as const;

/** The pages as the seed lists them: `Portal Data SIKD,` ... `..., dan` ... `Rincian ... .` */
export function pageBullets(pages: readonly string[]): Paragraph[] {
  return pages.map((page, i) => {
    const last = i === pages.length - 1;
    const end = last ? "." : i === pages.length - 2 ? ", dan" : ",";
    return para(`${page.replace(/[.,;]+$/, "")}${end}`, "bullet");
  });
}

export const visitsSection: SectionBuilder = (ctx) => {
  const id = "s11-kunjungan-website";
  const title = `Kunjungan Website ${ctx.unit}`;
  const row = monthlyRow(ctx.data, KEY, ctx.month);
  const chartTitle = `Jumlah Pengunjung Website ${yearOf(ctx.month)}`;
  if (isMissing(ctx, KEY) || !row) {
    // The months already filled still show, under the note that this one is not.
    const earlier = yearToDate(ctx.month).some((m) => measureOf(ctx.data, KEY, m) !== undefined);
    if (!earlier) return [missingSlide(ctx, id, title, [KEY])];
    const note = stackText(FULL, [[missingParagraph(KEY, ctx.month)]]);
    const top = note.bottom + GRID.gutter;
    const box = { x: FULL.x, y: top, w: FULL.w, h: FULL.bottom - top };
    return [slide(id, title, [...note.elements, monthlyChart(box, chartTitle, ctx, KEY, "Pengunjung")])];
  }
  const visitors = numberOf(row.values.pengunjung) ?? 0;
  const approximate = textOf(row.values.pembulatan).trim().toLowerCase() === "ya";
  const opening: Paragraph = para([
    plain(
      `Jumlah pengunjung Website ${ctx.unit} selama bulan ${monthLabel(ctx.month)} ${approximate ? "sekitar" : "sebanyak"} `,
    ),
    bold(formatNumber(visitors)),
    plain(" pengunjung."),
  ]);
  const comparison = comparisonParagraph(ctx, KEY, "Jumlah pengunjung", { approximate, stated: true });
  const pages = PAGE_COLUMNS.map((c) => textOf(row.values[c]).trim()).filter((p) => p !== "");
  const groups: Paragraph[][] = [[opening], [comparison]];
  if (pages.length > 0)
    groups.push([para("Halaman yang paling banyak diakses antara lain:"), ...pageBullets(pages)]);
  // The text beside the year's visitors: a few lines alone would leave most of the slide empty.
  const text = stackText(LEFT, groups, { sizes: ROOMY_SIZES });
  const chart = monthlyChart(
    boxOf(RIGHT),
    `Jumlah Pengunjung Website ${yearOf(ctx.month)}`,
    ctx,
    KEY,
    "Pengunjung",
  );
  return [slide(id, title, [...text.elements, chart])];
};
