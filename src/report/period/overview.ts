/** The period deck's opening: cover, the eight tiles of period figures, the months without data, the contacts. */
import { monthSpan } from "../../core/judgement/period-check";
import { periodFigure } from "../../core/workbook/aggregate";
import { CHANNELS } from "../../core/workbook/channels";
import { lastMonthOf, periodLabel } from "../../core/workbook/periods";
import { para, slide } from "../blocks";
import { FULL } from "../grid";
import { contactsSection } from "../sections/contacts";
import { coverSection } from "../sections/cover";
import { SUMMARY_TILES, summarySlide } from "../sections/summary";
import { stackText } from "../text-fit";
import { type PeriodSection, staticContext } from "./context";

export const periodCoverSection: PeriodSection = (ctx) =>
  coverSection(staticContext(ctx, lastMonthOf(ctx.period)));

export const periodContactsSection: PeriodSection = (ctx) =>
  contactsSection(staticContext(ctx, lastMonthOf(ctx.period)));

/** The social-media tile is the mean of the months' averages; the others are the period's sums. */
export const PERIOD_SUMMARY_FOOTNOTE =
  "*rata-rata bulanan publikasi media sosial; angka lain adalah jumlah selama periode";

export const periodSummarySection: PeriodSection = (ctx) =>
  summarySlide(
    SUMMARY_TILES.map((tile) => periodFigure(ctx.data, tile.key, ctx.period)),
    PERIOD_SUMMARY_FOOTNOTE,
    periodLabel(ctx.period),
  );

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
