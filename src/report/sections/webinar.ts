/** Slides 7-8: Publikasi Webinar (year to date, comparison, chart) and the table of the month's webinars. */
import { itemsOf, textOf } from "../../core/dataset";
import { yearToDateSentence } from "../../core/narrative";
import { monthLabel, yearOf } from "../../core/period";
import { monthlyChart, para, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import { CONTENT, FONT } from "../theme";
import {
  comparisonFor,
  continued,
  dayLabel,
  isMissing,
  missingSlide,
  noItemsSlide,
  tablePages,
  textAboveChart,
  yearToDateTotal,
} from "./a-helpers";

const KEY = "webinar" as const;

export const buildWebinar: SectionBuilder = (ctx) => {
  const id = "s07-webinar";
  const title = `Publikasi Webinar ${ctx.unit}`;
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const ytd = yearToDateSentence({
    month: ctx.month,
    total: yearToDateTotal(ctx, KEY),
    what: "webinar/FGD",
    prefix: `${ctx.unit} telah melaksanakan`,
  });
  const comparison = comparisonFor(ctx, KEY, "Publikasi webinar");
  const chartTitle = `Jumlah Webinar/FGD ${yearOf(ctx.month)}`;
  const elements = textAboveChart([para(ytd), para(comparison)], (box) =>
    monthlyChart(box, chartTitle, ctx, KEY, "Webinar/FGD"),
  );
  return [slide(id, title, elements)];
};

export const buildWebinarDetails: SectionBuilder = (ctx) => {
  const base = "s08-rincian-webinar";
  const title = `Rincian Publikasi Webinar ${ctx.unit}`;
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const items = itemsOf(ctx.data, KEY, ctx.month);
  if (items.length === 0) {
    return [
      noItemsSlide(
        `${base}-1`,
        title,
        `Rincian webinar/FGD bulan ${monthLabel(ctx.month)} tidak dicatat per judul (hanya jumlahnya).`,
      ),
    ];
  }
  const tables = tablePages({
    x: CONTENT.x,
    w: CONTENT.w,
    header: ["Tanggal", "Judul"],
    rows: items.map((r) => [dayLabel(textOf(r.values.tanggal)), textOf(r.values.judul)]),
    columnWidths: [0.18, 0.82],
    fontSize: FONT.small,
  });
  return continued(
    base,
    title,
    tables.map((t) => [t]),
  );
};
