/** The period deck's opening: cover, the eight tiles of period figures, the months without data, the contacts. */
import { monthSpan } from "../../core/judgement/period-check";
import { listText } from "../../core/words/narrative";
import { periodFigure } from "../../core/workbook/aggregate";
import { CHANNELS, channel } from "../../core/workbook/channels";
import { lastMonthOf, periodLabel } from "../../core/workbook/periods";
import { countText, para, slide, textBox } from "../blocks";
import type { KpiElement } from "../deck";
import { FULL } from "../grid";
import { textHeight } from "../measure";
import { contactsSection } from "../sections/contacts";
import { coverSection } from "../sections/cover";
import { SUMMARY_TILES } from "../sections/summary";
import { stackText } from "../text-fit";
import { CONTENT, FONT, GRID } from "../theme";
import { type PeriodSection, staticContext } from "./context";

export const periodCoverSection: PeriodSection = (ctx) =>
  coverSection(staticContext(ctx, lastMonthOf(ctx.period)));

export const periodContactsSection: PeriodSection = (ctx) =>
  contactsSection(staticContext(ctx, lastMonthOf(ctx.period)));

/** The social-media tile is the mean of the months' averages; the others are the period's sums. */
export const PERIOD_SUMMARY_FOOTNOTE =
  "*rata-rata bulanan publikasi media sosial; angka lain adalah jumlah selama periode";

const COLUMNS = 4;

export const periodSummarySection: PeriodSection = (ctx) => {
  const values = SUMMARY_TILES.map((tile) => periodFigure(ctx.data, tile.key, ctx.period));
  const missing = SUMMARY_TILES.filter((_, i) => values[i] === undefined).map((t) => channel(t.key).tab);
  const notes = [para(PERIOD_SUMMARY_FOOTNOTE)];
  if (missing.length > 0)
    notes.push(para(`Data ${listText(missing)} untuk ${periodLabel(ctx.period)} belum diisi.`));
  const fontSize = FONT.caption;
  const footH = textHeight(notes, CONTENT.w, fontSize);
  const footnote = textBox({ x: CONTENT.x, y: GRID.bottom - footH, w: CONTENT.w, h: footH }, notes, {
    style: "note",
    fontSize,
  });
  const tileW = (CONTENT.w - (COLUMNS - 1) * GRID.gutter) / COLUMNS;
  const space = CONTENT.h - footH - GRID.gutter;
  const tileH = Math.min(1.55, (space - GRID.gutter) / 2);
  const top = CONTENT.y + (space - (2 * tileH + GRID.gutter)) / 2;
  const tiles: KpiElement[] = SUMMARY_TILES.map((tile, i) => ({
    type: "kpi",
    box: {
      x: CONTENT.x + (i % COLUMNS) * (tileW + GRID.gutter),
      y: top + Math.floor(i / COLUMNS) * (tileH + GRID.gutter),
      w: tileW,
      h: tileH,
    },
    value: countText(values[i], tile.decimals ?? 0),
    label: tile.label,
  }));
  return [slide("s02-ringkasan", "Ringkasan Publikasi dan Layanan Informasi", [...tiles, footnote])];
};

/** Every section with months of the period that have no data, and which months. */
export const periodMissingSection: PeriodSection = (ctx) => {
  const lines = CHANNELS.flatMap((def) => {
    const months = ctx.missingMonths.get(def.key);
    return months && months.length > 0
      ? [para(`${def.tab}: ${monthSpan(months)} ${ctx.period.year}`, "bullet")]
      : [];
  });
  if (lines.length === 0) return [];
  const text = stackText(FULL, [
    [
      para(`Bulan berikut dalam ${periodLabel(ctx.period)} belum memiliki data:`),
      ...lines,
      para(
        "Angka periode dihitung dari bulan yang terisi, dan pembandingnya dari bulan yang sama pada periode pembanding.",
      ),
    ],
  ]);
  return [slide("s38-data-belum-diisi", "Data yang Belum Diisi", text.elements)];
};
