/**
 * The consultation sections of a period: tickets per channel and the other services, the trend,
 * topics and governments summed over the months (top entries), complaints per kind, the ticket
 * details by their rules, each ticket channel, chatbot menus, report e-mails, video conferences
 * and face-to-face visits.
 */
import { share } from "../../core/words/compare";
import { formatNumber, formatPercent } from "../../core/words/format";
import { monthsWithData, periodFigure } from "../../core/workbook/aggregate";
import { type ChannelKey, TICKET_CHANNELS } from "../../core/workbook/channels";
import type { DataRow } from "../../core/workbook/data";
import { numberOf, textOf } from "../../core/workbook/dataset";
import { periodLabel } from "../../core/workbook/periods";
import { bold, para, plain, slide } from "../blocks";
import { phoneServiceName } from "../context";
import type { Paragraph, Slide } from "../deck";
import { FULL, LEFT, RIGHT } from "../grid";
import { OTHER_SERVICES } from "../sections/tickets";
import { stackText } from "../text-fit";
import {
  countBy,
  countTable,
  figureSlide,
  labelOf,
  periodItems,
  TOP_ENTRIES,
  textAndTable,
  totalSlide,
  weightOf,
} from "./blocks";
import type { PeriodContext, PeriodSection } from "./context";
import { partialNote, periodChart, periodComparison, periodMissing, periodMissingSlide } from "./figures";

const KEY = "tiketKonsultasi" as const;

/** Topics with their summed `Jumlah Tiket`; names only (in order of first mention) when no row has one. */
function topicLines(rows: readonly DataRow[], limit: number): Paragraph[] {
  const counted = rows.some((r) => numberOf(r.values.jumlah) !== undefined);
  const top = countBy(rows, labelOf("topik"), (r) => numberOf(r.values.jumlah) ?? (counted ? 0 : 1));
  return top
    .slice(0, limit)
    .map((t) =>
      para(counted ? [plain(`${t.name}: `), bold(formatNumber(t.count))] : [plain(t.name)], "number"),
    );
}

export const periodTicketsSection: PeriodSection = (ctx) => {
  const id = "s12-tiket-konsultasi";
  const title = "Tiket Konsultasi";
  if (periodMissing(ctx, KEY)) return [periodMissingSlide(ctx, id, title, [KEY])];
  const total = periodFigure(ctx.data, KEY, ctx.period);
  const channels = TICKET_CHANNELS.map((c) => ({
    name: c.label,
    count: periodFigure(ctx.data, KEY, ctx.period, c.key) ?? 0,
  }));
  const others = OTHER_SERVICES.map((s) => ({
    name: s.label,
    count: periodFigure(ctx.data, s.key, ctx.period),
  }));
  const lead: Paragraph[] = [
    para([plain(`Tiket konsultasi ${periodLabel(ctx.period)} per kanal (jumlah selama periode).`)]),
    para([bold("Layanan Lainnya:")]),
    ...others.map((o) =>
      para(
        [plain(`${o.name}: `), bold(o.count === undefined ? "belum diisi" : formatNumber(o.count))],
        "bullet",
      ),
    ),
  ];
  return textAndTable(id, title, [lead], countTable(channels, ["Kanal", "Tiket"], channels.length, total));
};

export const periodTicketTrendSection: PeriodSection = (ctx) => [
  totalSlide(ctx, KEY, {
    id: "s13-perkembangan-konsultasi",
    title: "Perkembangan Jumlah Konsultasi",
    what: "konsultasi melalui WhatsApp, Telepon, Email, HAI Kemenkeu, dan Live Chat",
    subject: "Jumlah konsultasi",
    unit: "konsultasi",
    chartTitle: "Jumlah Konsultasi",
    seriesName: "Konsultasi",
  }),
];

/** The most asked topics of one part (`Teknis` ...) over the period, per group when the part has groups. */
/** The most asked topics of one part (`Teknis`, `Lainnya`) over the period, per group (`Kelompok`). */
function topicsSlide(ctx: PeriodContext, part: string, id: string, title: string): Slide[] {
  const key = "topikKonsultasi";
  if (periodMissing(ctx, key)) return [periodMissingSlide(ctx, id, title, [key])];
  const rows = periodItems(ctx, key).filter((r) => textOf(r.values.bagian).trim() === part);
  if (rows.length === 0) return part === "Teknis" ? [periodMissingSlide(ctx, id, title, [key])] : [];
  const groups = [...new Set(rows.map((r) => textOf(r.values.kelompok).trim()))];
  const paragraphs: Paragraph[] = [
    para(
      `Topik yang paling sering masuk selama ${periodLabel(ctx.period)} (jumlah tiket dijumlahkan per topik).`,
    ),
  ];
  for (const group of groups) {
    paragraphs.push(para([bold(group || part)]));
    paragraphs.push(
      ...topicLines(
        rows.filter((r) => textOf(r.values.kelompok).trim() === group),
        3,
      ),
    );
  }
  return [slide(id, title, stackText(FULL, [paragraphs]).elements)];
}

export const periodTopicsSection: PeriodSection = (ctx) => [
  ...topicsSlide(ctx, "Teknis", "s14-topik-teknis", "Topik Konsultasi Teknis"),
  ...topicsSlide(ctx, "Lainnya", "s15-topik-lainnya", "Topik Konsultasi Lainnya"),
];

export const periodComplaintsSection: PeriodSection = (ctx) => {
  const key = "pengaduanKeluhan";
  const id = "s16-pengaduan-keluhan";
  const title = "Pengaduan dan Keluhan";
  if (periodMissing(ctx, key)) return [periodMissingSlide(ctx, id, title, [key])];
  const rows = periodItems(ctx, key);
  const weight = weightOf(key);
  const kinds = countBy(rows, labelOf("jenis"), weight);
  const paragraphs: Paragraph[] = [
    para(
      kinds.length === 0
        ? `Tidak ada pengaduan maupun keluhan selama ${periodLabel(ctx.period)}.`
        : `Selama ${periodLabel(ctx.period)}: ${kinds.map((k) => `${formatNumber(k.count)} ${k.name === "Keluhan" ? "keluhan layanan" : k.name.toLowerCase()}`).join(", ")}.`,
    ),
  ];
  const top = countBy(rows, labelOf("uraian"), weight);
  if (top.length > 0) paragraphs.push(para("Yang paling sering:"));
  return textAndTable(id, title, [paragraphs], countTable(top, ["Uraian", "Jumlah"], TOP_ENTRIES));
};

export const periodUsersSection: PeriodSection = (ctx) => {
  const key = "pemdaTeratas";
  const id = "s17-pengguna-layanan";
  const title = "Pengguna Layanan";
  if (periodMissing(ctx, key) && periodItems(ctx, key).length === 0)
    return [periodMissingSlide(ctx, id, title, [key])];
  const top = countBy(periodItems(ctx, key), labelOf("pemda"), (r) => numberOf(r.values.jumlahTiket));
  const lead = [
    para([bold("Pemda Pengguna Terbanyak")]),
    para(
      `Jumlah tiket dari daftar pemda teratas setiap bulan, dijumlahkan selama ${periodLabel(ctx.period)}.`,
    ),
  ];
  return textAndTable(id, title, [lead], countTable(top, ["Pemda", "Tiket"], TOP_ENTRIES));
};

export const periodTicketDetailsSection: PeriodSection = (ctx) => [
  figureSlide(ctx, KEY, {
    id: "s18-rincian-tiket",
    title: "Rincian Tiket Konsultasi",
    columns: [
      { column: "zonaTeridentifikasi" },
      { column: "zonaTidakTeridentifikasi" },
      { column: "dalamJamWib" },
      { column: "dalamJamWita" },
      { column: "dalamJamWit" },
      { column: "luarJamWib" },
      { column: "luarJamWita" },
      { column: "luarJamWit" },
      { column: "eskalasi" },
    ],
  }),
];

/** One slide per ticket channel: its share of the tickets, the comparison, its top topics, its months. */
function ticketChannelSlide(ctx: PeriodContext, id: string, channelKey: string, title: string): Slide {
  const label = TICKET_CHANNELS.find((c) => c.key === channelKey)?.label ?? channelKey;
  const value = periodFigure(ctx.data, KEY, ctx.period, channelKey);
  const total = periodFigure(ctx.data, KEY, ctx.period);
  const groups: Paragraph[][] = [];
  if (value !== undefined) {
    const pct = share(value, total);
    groups.push([
      para([
        plain(`Selama ${periodLabel(ctx.period)}, sebanyak `),
        bold(
          pct === undefined
            ? `${formatNumber(value)} pengguna`
            : `${formatPercent(pct)} (${formatNumber(value)} pengguna)`,
        ),
        plain(` menggunakan layanan ${label}.`),
      ]),
    ]);
  }
  groups.push([
    periodComparison(ctx, KEY, `Jumlah konsultasi melalui ${label}`, {
      column: channelKey,
      unit: "layanan",
      missingDetail: `kolom ${label}`,
    }),
    ...partialNote(ctx, KEY),
  ]);
  const topics = topicLines(
    periodItems(ctx, "topikKonsultasi").filter((r) => textOf(r.values.bagian).trim() === label),
    3,
  );
  if (topics.length > 0) groups.push([para([bold("Topik terbanyak:")]), ...topics]);
  const chart = periodChart(
    { x: RIGHT.x, y: RIGHT.y, w: RIGHT.w, h: RIGHT.bottom - RIGHT.y },
    `Jumlah Pengguna ${label} per Bulan, ${periodLabel(ctx.period)}`,
    ctx,
    KEY,
    label,
    { column: channelKey },
  );
  return slide(id, title, [...stackText(LEFT, groups).elements, chart]);
}

export const periodTicketChannelsSection: PeriodSection = (ctx) => [
  ticketChannelSlide(ctx, "s19-whatsapp", "whatsapp", `Layanan WhatsApp ${ctx.unit}`),
  ticketChannelSlide(ctx, "s22-telepon", "telepon", `Layanan Telepon ${phoneServiceName(ctx)}`),
  ticketChannelSlide(ctx, "s23-hai-kemenkeu", "haiKemenkeu", "Layanan HAI Kemenkeu"),
  ticketChannelSlide(ctx, "s24-live-chat", "liveChat", `Layanan Live Chat ${ctx.unit}`),
  ticketChannelSlide(
    ctx,
    "s26-email-call-center",
    "emailCallCenter",
    `Layanan Email Call Center ${ctx.unit}`,
  ),
];

export const periodChatbotSection: PeriodSection = (ctx) => {
  const key = "chatbot";
  const id = "s21-chatbot-2";
  const title = `Layanan Chatbot ${ctx.unit} (2)`;
  if (periodMissing(ctx, key)) return [periodMissingSlide(ctx, id, title, [key])];
  const total = periodFigure(ctx.data, key, ctx.period) ?? 0;
  const menus = countBy(periodItems(ctx, key), labelOf("menu"), weightOf(key));
  const lead = [
    para([
      plain(`Selama ${periodLabel(ctx.period)}, jumlah pengguna layanan Chatbot (`),
      bold("tanpa Chat Agent"),
      plain(") adalah sebanyak "),
      bold(formatNumber(total)),
      plain(" pengguna."),
    ]),
    ...(menus.length > 0 ? [para("Menu yang paling banyak dipilih:")] : []),
  ];
  return textAndTable(
    id,
    title,
    [lead],
    countTable(menus, ["Menu yang Dipilih", "Total"], TOP_ENTRIES * 2, total),
  );
};

export const periodEmailLaporanSection: PeriodSection = (ctx) => [
  totalSlide(ctx, "emailLaporan", {
    id: "s27-email-laporan",
    title: `Layanan Email Laporan ${ctx.unit}`,
    what: "email laporan",
    subject: "Jumlah email laporan",
    unit: "email",
    chartTitle: "Jumlah Email Laporan",
    seriesName: "Email",
    extra: [emailBreakdown(ctx)],
  }),
];

/** The e-mails per report type; when fewer months have the breakdown than the total, says so. */
function emailBreakdown(ctx: PeriodContext): Paragraph {
  const parts = [
    ["dau", "DAU"],
    ["dbh", "DBH"],
    ["insentifFiskal", "Insentif Fiskal"],
    ["lainnya", "lainnya"],
  ] as const;
  const listed = parts.flatMap(([column, name]) => {
    const value = periodFigure(ctx.data, "emailLaporan", ctx.period, column);
    return value === undefined ? [] : [`${name} ${formatNumber(value)}`];
  });
  if (listed.length === 0) return para("Rincian per jenis laporan belum diisi.");
  const withParts = Math.max(...parts.map(([c]) => monthsWithData(ctx.data, "emailLaporan", ctx.period, c)));
  const all = monthsWithData(ctx.data, "emailLaporan", ctx.period);
  const scope =
    withParts < all
      ? ` (hanya ${formatNumber(withParts)} dari ${formatNumber(all)} bulan yang berisi rincian)`
      : "";
  return para(`Per jenis laporan${scope}: ${listed.join("; ")}.`);
}

function listedService(
  ctx: PeriodContext,
  key: ChannelKey,
  spec: {
    id: string;
    title: string;
    /** The top entries' slide, without the unit's name (it may be long). */
    topTitle: string;
    what: string;
    chartTitle: string;
    name: string;
    header: string;
  },
): Slide[] {
  const slides = [
    totalSlide(ctx, key, {
      id: spec.id,
      title: spec.title,
      what: spec.what,
      subject: `Jumlah ${spec.what}`,
      chartTitle: spec.chartTitle,
      seriesName: spec.what,
    }),
  ];
  const top = countBy(periodItems(ctx, key), labelOf(spec.name), weightOf(key));
  if (top.length === 0) return slides;
  return [
    ...slides,
    ...textAndTable(
      `${spec.id}-teratas`,
      spec.topTitle,
      [[para(`${spec.header} dengan layanan terbanyak selama ${periodLabel(ctx.period)}.`)]],
      countTable(top, [spec.header, "Jumlah"], TOP_ENTRIES),
    ),
  ];
}

export const periodVideoSection: PeriodSection = (ctx) =>
  listedService(ctx, "videoConference", {
    id: "s28-video-conference",
    title: `Layanan Video Conference ${ctx.unit}`,
    topTitle: "Daerah Pengguna Video Conference Terbanyak",
    what: "layanan video conference",
    chartTitle: "Jumlah Video Conference",
    name: "daerah",
    header: "Daerah",
  });

export const periodFaceToFaceSection: PeriodSection = (ctx) =>
  listedService(ctx, "tatapMuka", {
    id: "s29-tatap-muka",
    title: `Layanan Konsultasi Tatap Muka ${ctx.unit}`,
    topTitle: "Pengguna Konsultasi Tatap Muka Terbanyak",
    what: "konsultasi tatap muka",
    chartTitle: "Jumlah Konsultasi Tatap Muka",
    name: "pengguna",
    header: "Pengguna Layanan",
  });
