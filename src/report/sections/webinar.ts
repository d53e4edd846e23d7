/** Slides 7-8: Publikasi Webinar (year to date, comparison, chart) and the table of the month's webinars. */
import type { SectionBuilder } from "../context";
import { FONT } from "../theme";
import { dateTitleSlides, yearSlide } from "./item-channel";

const KEY = "webinar" as const;

export const webinarSection: SectionBuilder = (ctx) =>
  yearSlide(ctx, KEY, {
    id: "s07-webinar",
    title: `Publikasi Webinar ${ctx.unit}`,
    ytd: { what: "webinar/FGD", prefix: `${ctx.unit} telah melaksanakan` },
    subject: "Publikasi webinar",
    chartTitle: "Jumlah Webinar/FGD",
    seriesName: "Webinar/FGD",
  });

export const webinarDetailsSection: SectionBuilder = (ctx) =>
  dateTitleSlides(ctx, KEY, {
    base: "s08-rincian-webinar",
    title: `Rincian Publikasi Webinar ${ctx.unit}`,
    what: "webinar/FGD",
    sizes: [FONT.body, FONT.small],
  });
