/** Slides 7-8: Publikasi Webinar (year to date, comparison, chart) and the table of the month's webinars. */
import { itemsOf, textOf } from "../../core/dataset";
import { yearToDateSentence } from "../../core/narrative";
import { monthLabel, yearOf } from "../../core/period";
import { dateText, monthlyChart, para, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import { comparisonParagraph, isMissing, missingSlide, noteSlide, yearToDateTotal } from "../figures";
import { FULL } from "../grid";
import { continued, tablePages } from "../paginate";
import { textAboveChart } from "../text-fit";
import { FONT } from "../theme";

const KEY = "webinar" as const;

export const webinarSection: SectionBuilder = (ctx) => {
  const id = "s07-webinar";
  const title = `Publikasi Webinar ${ctx.unit}`;
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const ytd = yearToDateSentence({
    month: ctx.month,
    total: yearToDateTotal(ctx, KEY) ?? 0,
    what: "webinar/FGD",
    prefix: `${ctx.unit} telah melaksanakan`,
  });
  const comparison = comparisonParagraph(ctx, KEY, "Publikasi webinar");
  const chartTitle = `Jumlah Webinar/FGD ${yearOf(ctx.month)}`;
  const elements = textAboveChart(FULL, [[para(ytd)], [comparison]], (box) =>
    monthlyChart(box, chartTitle, ctx, KEY, "Webinar/FGD"),
  );
  return [slide(id, title, elements)];
};

export const webinarDetailsSection: SectionBuilder = (ctx) => {
  const base = "s08-rincian-webinar";
  const title = `Rincian Publikasi Webinar ${ctx.unit}`;
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const items = itemsOf(ctx.data, KEY, ctx.month);
  if (items.length === 0) {
    return [
      noteSlide(`${base}-1`, title, [
        `Rincian webinar/FGD bulan ${monthLabel(ctx.month)} tidak dicatat per judul (hanya jumlahnya).`,
      ]),
    ];
  }
  const tables = tablePages(
    {
      header: ["Tanggal", "Judul"],
      rows: items.map((r) => [dateText(r.values.tanggal), textOf(r.values.judul)]),
      columnWidths: [0.18, 0.82],
      fontSize: FONT.small,
    },
    FULL,
  );
  return continued(
    base,
    title,
    tables.map((t) => [t]),
  );
};
