/** Publikasi Website, Webinar, WhatsApp Blast and Kunjungan Website for a period. */
import { formatNumber } from "../../core/words/format";
import { periodFigure } from "../../core/workbook/aggregate";
import { type ChannelKey, WEBSITE_CATEGORIES } from "../../core/workbook/channels";
import { monthlyRow, textOf } from "../../core/workbook/dataset";
import { monthsOf, periodLabel } from "../../core/workbook/periods";
import { bold, dateText, para, plain } from "../blocks";
import type { Slide } from "../deck";
import { pageBullets } from "../sections/visits";
import {
  countBy,
  countTable,
  labelOf,
  periodItems,
  TOP_ENTRIES,
  textAndTable,
  totalSlide,
  weightOf,
} from "./blocks";
import type { PeriodContext, PeriodSection } from "./context";
import { periodMissing, periodMissingSlide } from "./figures";

const categoryOrder = (name: string) => {
  const i = (WEBSITE_CATEGORIES as readonly string[]).indexOf(name);
  return i === -1 ? WEBSITE_CATEGORIES.length : i;
};

export const periodWebsiteSection: PeriodSection = (ctx) => [
  totalSlide(ctx, "publikasiWebsite", {
    id: "s04-publikasi-website",
    title: `Publikasi Website ${ctx.unit}`,
    what: `publikasi pada Website ${ctx.unit}`,
    subject: "Jumlah publikasi website",
    chartTitle: "Jumlah Publikasi Website",
    seriesName: "Publikasi",
  }),
];

/** The period's publications per category (registry order), the titles left in the workbook. */
export const periodWebsiteDetailsSection: PeriodSection = (ctx) => {
  const key = "publikasiWebsite";
  const id = "s05-rincian-website";
  const title = `Rincian Publikasi Website ${ctx.unit}`;
  if (periodMissing(ctx, key)) return [periodMissingSlide(ctx, id, title, [key])];
  const items = periodItems(ctx, key);
  const counts = countBy(items, (r) => textOf(r.values.kategori) || "Lainnya", weightOf(key)).sort(
    (a, b) => categoryOrder(a.name) - categoryOrder(b.name),
  );
  const total = periodFigure(ctx.data, key, ctx.period);
  const lead = [
    para(`Publikasi Website ${ctx.unit} ${periodLabel(ctx.period)} per kategori.`),
    para([
      { text: "Judul setiap publikasi ada di laporan bulanan dan di tab Publikasi Website.", italic: true },
    ]),
  ];
  return textAndTable(id, title, [lead], countTable(counts, ["Kategori", "Jumlah"], counts.length, total));
};

/** A list channel's latest entries (date and title), the rest counted. */
function latestEntries(
  ctx: PeriodContext,
  key: ChannelKey,
  id: string,
  title: string,
  what: string,
): Slide[] {
  if (periodMissing(ctx, key)) return [periodMissingSlide(ctx, id, title, [key])];
  const items = periodItems(ctx, key);
  const total = periodFigure(ctx.data, key, ctx.period) ?? 0;
  const lead = [
    para([
      plain(`Selama ${periodLabel(ctx.period)} tercatat `),
      bold(formatNumber(total)),
      plain(` ${what}${items.length === 0 ? " (dicatat sebagai jumlah per bulan, tanpa judul)" : ""}.`),
    ]),
  ];
  const latest = [...items].reverse().slice(0, TOP_ENTRIES);
  const listed = items.reduce((sum, r) => sum + weightOf(key)(r), 0);
  if (items.length > 0 && total > listed) {
    lead.push(
      para([
        {
          text: `${formatNumber(total - listed)} di antaranya tercatat hanya sebagai jumlah bulanan, tanpa judul.`,
          italic: true,
        },
      ]),
    );
  }
  if (latest.length > 0) lead.push(para(`${latest.length} yang terbaru:`));
  const rows = latest.map((r) => [dateText(r.values.tanggal), textOf(r.values.judul)]);
  const rest = items.length - latest.length;
  if (rest > 0) rows.push(["", `dan ${formatNumber(rest)} lainnya (daftar lengkap di workbook)`]);
  return textAndTable(
    id,
    title,
    [lead],
    { header: ["Tanggal", "Judul"], rows, totalRow: false },
    [0.28, 0.72],
  );
}

export const periodWebinarSection: PeriodSection = (ctx) => [
  totalSlide(ctx, "webinar", {
    id: "s07-publikasi-webinar",
    title: `Publikasi Webinar ${ctx.unit}`,
    what: "webinar/FGD",
    subject: "Publikasi webinar",
    chartTitle: "Jumlah Webinar/FGD",
    seriesName: "Webinar/FGD",
  }),
  ...latestEntries(
    ctx,
    "webinar",
    "s08-rincian-webinar",
    `Rincian Publikasi Webinar ${ctx.unit}`,
    "webinar/FGD",
  ),
];

export const periodBlastSection: PeriodSection = (ctx) => [
  totalSlide(ctx, "whatsappBlast", {
    id: "s09-whatsapp-blast",
    title: "Layanan WhatsApp Blast",
    what: "penyampaian informasi melalui WhatsApp Blast",
    subject: "Jumlah WhatsApp Blast",
    chartTitle: "Jumlah WhatsApp Blast",
    seriesName: "WhatsApp Blast",
  }),
  ...latestEntries(
    ctx,
    "whatsappBlast",
    "s10-rincian-blast",
    "Rincian Layanan WhatsApp Blast",
    "WhatsApp Blast",
  ),
];

/** Visitors summed; `sekitar` when any month's figure is rounded; the pages most often in the months' top 3. */
export const periodVisitsSection: PeriodSection = (ctx) => {
  const key = "kunjunganWebsite";
  const rows = monthsOf(ctx.period).flatMap((m) => {
    const row = monthlyRow(ctx.data, key, m);
    return row ? [row] : [];
  });
  const approximate = rows.some((r) => textOf(r.values.pembulatan).trim().toLowerCase() === "ya");
  const pages = countBy(
    rows.flatMap((r) =>
      ["halaman1", "halaman2", "halaman3"].map((c) => ({ ...r, values: { p: r.values[c] ?? null } })),
    ),
    labelOf("p"),
  ).slice(0, 3);
  const extra =
    pages.length > 0
      ? [
          para("Halaman yang paling sering masuk tiga teratas setiap bulan:"),
          ...pageBullets(pages.map((p) => p.name)),
        ]
      : [];
  return [
    totalSlide(ctx, key, {
      id: "s11-kunjungan-website",
      title: `Kunjungan Website ${ctx.unit}`,
      what: `pengunjung Website ${ctx.unit}${approximate ? " (angka dibulatkan)" : ""}`,
      subject: "Jumlah pengunjung",
      chartTitle: "Jumlah Pengunjung Website",
      seriesName: "Pengunjung",
      approximate,
      extra,
    }),
  ];
};
