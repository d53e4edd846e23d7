/** Slides 9-10: Layanan WhatsApp Blast (year to date, comparison, chart) and the month's blasts. */
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

const KEY = "whatsappBlast" as const;

export const blastSection: SectionBuilder = (ctx) => {
  const id = "s09-whatsapp-blast";
  const title = "Layanan WhatsApp Blast";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const service = String(ctx.settings.namaLayananTelepon ?? "").trim() || ctx.unit;
  const ytd = yearToDateSentence({
    month: ctx.month,
    total: yearToDateTotal(ctx, KEY) ?? 0,
    prefix: "telah dilaksanakan",
    what: `penyampaian informasi melalui layanan WhatsApp Blast kepada Pengguna Layanan yang terdaftar dalam database Contact Center ${service}`,
  });
  const comparison = comparisonParagraph(ctx, KEY, "Layanan WhatsApp Blast");
  const chartTitle = `Jumlah WhatsApp Blast ${yearOf(ctx.month)}`;
  const elements = textAboveChart(FULL, [[para(ytd)], [comparison]], (box) =>
    monthlyChart(box, chartTitle, ctx, KEY, "WhatsApp Blast"),
  );
  return [slide(id, title, elements)];
};

export const blastDetailsSection: SectionBuilder = (ctx) => {
  const base = "s10-rincian-whatsapp-blast";
  const title = "Rincian Layanan WhatsApp Blast";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, `${base}-1`, title, [KEY])];
  const items = itemsOf(ctx.data, KEY, ctx.month);
  if (items.length === 0) {
    return [
      noteSlide(`${base}-1`, title, [
        `Rincian WhatsApp Blast bulan ${monthLabel(ctx.month)} tidak dicatat per judul (hanya jumlahnya).`,
      ]),
    ];
  }
  const rows = items.map((r) => [dateText(r.values.tanggal), textOf(r.values.judul)]);
  // Body size as the seed has it; a list that has to continue anyway goes small, on fewer slides.
  const at = (fontSize: number) =>
    tablePages({ header: ["Tanggal", "Judul"], rows, columnWidths: [0.18, 0.82], fontSize }, FULL);
  const body = at(FONT.body);
  const tables = body.length === 1 ? body : at(FONT.small);
  return continued(
    base,
    title,
    tables.map((t) => [t]),
  );
};
