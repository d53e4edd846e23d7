/** Slides 9-10: Layanan WhatsApp Blast (year to date, comparison, chart) and the month's blasts. */
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

const KEY = "whatsappBlast" as const;

export const buildBlast: SectionBuilder = (ctx) => {
  const id = "s09-whatsapp-blast";
  const title = "Layanan WhatsApp Blast";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const service = String(ctx.settings.namaLayananTelepon ?? "").trim() || ctx.unit;
  const ytd = yearToDateSentence({
    month: ctx.month,
    total: yearToDateTotal(ctx, KEY),
    prefix: "telah dilaksanakan",
    what: `penyampaian informasi melalui layanan WhatsApp Blast kepada Pengguna Layanan yang terdaftar dalam database Contact Center ${service}`,
  });
  const comparison = comparisonFor(ctx, KEY, "Layanan WhatsApp Blast");
  const chartTitle = `Jumlah WhatsApp Blast ${yearOf(ctx.month)}`;
  const elements = textAboveChart([para(ytd), para(comparison)], (box) =>
    monthlyChart(box, chartTitle, ctx, KEY, "WhatsApp Blast"),
  );
  return [slide(id, title, elements)];
};

export const buildBlastDetails: SectionBuilder = (ctx) => {
  const base = "s10-rincian-whatsapp-blast";
  const title = "Rincian Layanan WhatsApp Blast";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const items = itemsOf(ctx.data, KEY, ctx.month);
  if (items.length === 0) {
    return [
      noItemsSlide(
        `${base}-1`,
        title,
        `Rincian WhatsApp Blast bulan ${monthLabel(ctx.month)} tidak dicatat per judul (hanya jumlahnya).`,
      ),
    ];
  }
  const tables = tablePages({
    x: CONTENT.x,
    w: CONTENT.w,
    header: ["Tanggal", "Judul"],
    rows: items.map((r) => [dayLabel(textOf(r.values.tanggal)), textOf(r.values.judul)]),
    columnWidths: [0.18, 0.82],
    fontSize: FONT.body,
  });
  return continued(
    base,
    title,
    tables.map((t) => [t]),
  );
};
