/**
 * Slides 12, 13 and 18: Tiket Konsultasi (tickets by channel, other services), Perkembangan
 * Jumlah Konsultasi (comparison, year to date, chart) and Rincian Tiket Konsultasi (time zones,
 * service hours, escalations).
 */

import { formatNumber } from "../../core/words/format";
import { listText, shareText } from "../../core/words/narrative";
import { type ChannelKey, channel, TICKET_CHANNELS } from "../../core/workbook/channels";
import { figure, measureOf, monthlyRow, textOf } from "../../core/workbook/dataset";
import { monthLabel, monthName, monthNumber, yearOf } from "../../core/workbook/period";
import { bold, countText, monthlyChart, para, plain, slide } from "../blocks";
import { phoneServiceName, type SectionBuilder } from "../context";
import type { Box, ChartElement, KpiElement, Paragraph } from "../deck";
import { comparisonParagraph, isMissing, missingSlide, yearToDateTotal } from "../figures";
import { FULL } from "../grid";
import { textHeight } from "../measure";
import { placeText, stackText, textAboveChart } from "../text-fit";
import { CONTENT, FONT, GRID } from "../theme";

const KEY = "tiketKonsultasi" as const;

/** The services counted apart from the ticket channels, each from its own tab. */
export const OTHER_SERVICES: readonly { key: ChannelKey; label: string }[] = [
  { key: "chatbot", label: "Chatbot" },
  { key: "emailLaporan", label: "Email Laporan" },
  { key: "videoConference", label: "Video Conference" },
  { key: "tatapMuka", label: "Tatap Muka" },
];

/** A row of tiles across the content; a total tile at the end stands a wider gap apart. */
function tileRow(
  tiles: readonly { value: string; label: string; total?: boolean }[],
  y: number,
  h: number,
): KpiElement[] {
  const gap = 0.2;
  const apart = tiles.some((t) => t.total) ? 0.25 : 0;
  const w = (CONTENT.w - (tiles.length - 1) * gap - apart) / tiles.length;
  return tiles.map((t, i) => {
    const tile: KpiElement = {
      type: "kpi",
      box: { x: CONTENT.x + i * (w + gap) + (t.total ? apart : 0), y, w, h },
      value: t.value,
      label: t.label,
    };
    if (t.total) tile.total = true;
    return tile;
  });
}

export const ticketsSection: SectionBuilder = (ctx) => {
  const id = "s12-tiket-konsultasi";
  const title = "Tiket Konsultasi";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const tileH = 1.45;
  const channels = [
    ...TICKET_CHANNELS.map((c) => ({
      value: countText(figure(ctx.data, KEY, c.key, ctx.month)),
      label: c.label,
    })),
    { value: countText(measureOf(ctx.data, KEY, ctx.month)), label: "Total Tiket", total: true },
  ];
  const values = OTHER_SERVICES.map((s) => measureOf(ctx.data, s.key, ctx.month));
  const others = OTHER_SERVICES.map((s, i) => ({ value: countText(values[i]), label: s.label }));
  const heading = placeText(
    CONTENT.x,
    CONTENT.y + tileH + 0.3,
    CONTENT.w,
    [para([bold("Layanan Lainnya:")])],
    {
      style: "heading",
    },
  );
  const elements = [
    ...tileRow(channels, CONTENT.y, tileH),
    heading,
    ...tileRow(others, heading.box.y + heading.box.h + 0.1, tileH),
  ];
  const missing = OTHER_SERVICES.filter((_, i) => values[i] === undefined).map((s) => channel(s.key).tab);
  if (missing.length > 0) {
    const notes = [para(`Data ${listText(missing)} untuk ${monthLabel(ctx.month)} belum diisi.`)];
    const h = textHeight(notes, CONTENT.w, FONT.caption);
    elements.push(
      placeText(CONTENT.x, GRID.bottom - h, CONTENT.w, notes, { style: "note", fontSize: FONT.caption }),
    );
  }
  return [slide(id, title, elements)];
};

/** `Januari s.d. November 2023`, or `Januari 2023` in January. */
function yearToDateLabel(month: Parameters<typeof monthLabel>[0]): string {
  return monthNumber(month) === 1 ? monthLabel(month) : `Januari s.d. ${monthName(month)} ${yearOf(month)}`;
}

export const ticketTrendSection: SectionBuilder = (ctx) => {
  const id = "s13-perkembangan-konsultasi";
  const title = "Perkembangan Jumlah Konsultasi";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const comparison = comparisonParagraph(ctx, KEY, "Jumlah konsultasi", { unit: "konsultasi" });
  const service = phoneServiceName(ctx);
  const media = listText(TICKET_CHANNELS.map((c) => c.label));
  const ytd = [
    plain(
      `Selama ${yearToDateLabel(ctx.month)}, jumlah konsultasi yang dilayani Contact Center ${service} adalah sebanyak `,
    ),
    bold(`${formatNumber(yearToDateTotal(ctx, KEY) ?? 0)} konsultasi`),
    plain(` melalui berbagai media (${media}).`),
  ];
  const chartTitle = `Jumlah Konsultasi ${yearOf(ctx.month)}`;
  return [
    slide(
      id,
      title,
      textAboveChart(FULL, [[comparison], [para(ytd)]], (box) =>
        monthlyChart(box, chartTitle, ctx, KEY, "Konsultasi"),
      ),
    ),
  ];
};

const ZONES = [
  { suffix: "Wib", zone: "WIB", region: "bagian barat" },
  { suffix: "Wita", zone: "WITA", region: "bagian tengah" },
  { suffix: "Wit", zone: "WIT", region: "bagian timur" },
] as const;

/** Sum of the parts when every part is filled. */
function sumAll(values: readonly (number | undefined)[]): number | undefined {
  return values.every((v) => v !== undefined) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : undefined;
}

/** The figures of the Rincian Tiket Konsultasi slide, each undefined when not filled. */
export function ticketDetails(ctx: Parameters<SectionBuilder>[0]) {
  const f = (column: string) => figure(ctx.data, KEY, column, ctx.month);
  const total = measureOf(ctx.data, KEY, ctx.month) ?? 0;
  const insideByZone = ZONES.map((z) => f(`dalamJam${z.suffix}`));
  const outsideByZone = ZONES.map((z) => f(`luarJam${z.suffix}`));
  const inside = sumAll(insideByZone);
  const outside = sumAll(outsideByZone);
  const identified =
    f("zonaTeridentifikasi") ??
    (inside !== undefined && outside !== undefined ? inside + outside : undefined);
  const unidentified =
    f("zonaTidakTeridentifikasi") ?? (identified !== undefined ? total - identified : undefined);
  const escalated = f("eskalasi");
  const topics = textOf(monthlyRow(ctx.data, KEY, ctx.month)?.values.topikEskalasi)
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  return { total, identified, unidentified, inside, outside, insideByZone, outsideByZone, escalated, topics };
}

function detailParagraphs(
  ctx: Parameters<SectionBuilder>[0],
  d: ReturnType<typeof ticketDetails>,
): Paragraph[] {
  const n = (v: number) => formatNumber(v);
  const out: Paragraph[] = [];
  if (d.identified !== undefined && d.unidentified === 0) {
    out.push(
      para([
        plain(`Selama bulan ${monthLabel(ctx.month)}, seluruh `),
        bold(n(d.total)),
        plain(" tiket konsultasi "),
        bold("dapat diidentifikasi asal zona waktunya"),
        plain("."),
      ]),
    );
  } else if (d.identified !== undefined && d.unidentified !== undefined) {
    out.push(
      para([
        plain(`Selama bulan ${monthLabel(ctx.month)}, dari total `),
        bold(n(d.total)),
        plain(" tiket konsultasi, sebanyak "),
        bold(n(d.identified)),
        plain(" tiket "),
        bold("dapat diidentifikasi asal zona waktu"),
        plain(", sedangkan "),
        bold(n(d.unidentified)),
        plain(" tiket sisanya "),
        bold("tidak dapat diidentifikasi"),
        plain("."),
      ]),
    );
  }
  if (d.inside !== undefined && d.outside !== undefined) {
    const identified = d.inside + d.outside;
    const opening = [
      plain("Dari "),
      bold(n(identified)),
      plain(" tiket yang dapat diidentifikasi zona waktunya, "),
    ];
    if (d.outside === 0) {
      out.push(
        para([
          ...opening,
          plain(`seluruhnya menghubungi ${ctx.unit} `),
          bold("di dalam jam layanan"),
          plain("."),
        ]),
      );
    } else {
      out.push(
        para([
          ...opening,
          bold(n(d.inside)),
          plain(` pengguna layanan menghubungi ${ctx.unit} `),
          bold("di dalam jam layanan"),
          plain(", sedangkan "),
          bold(n(d.outside)),
          plain(` sisanya menghubungi ${ctx.unit} `),
          bold("di luar jam layanan"),
          plain(" yang terdiri dari"),
        ]),
      );
      ZONES.forEach((z, i) => {
        const count = d.outsideByZone[i] ?? 0;
        const end = i === ZONES.length - 1 ? "." : i === ZONES.length - 2 ? ", dan" : ",";
        const part = `${n(count)} (${shareText(count, d.outside ?? 0)}) dari ${z.region} (${z.zone})${end}`;
        out.push(para(part, "bullet"));
      });
    }
  }
  if (d.escalated !== undefined) {
    const topics = d.topics.length > 0 ? ` dengan topik terkait ${listText(d.topics)}` : "";
    out.push(
      para([
        plain("Dari "),
        bold(n(d.total)),
        plain(" tiket konsultasi, terdapat "),
        bold(n(d.escalated)),
        plain(" tiket atau "),
        bold(shareText(d.escalated, d.total)),
        plain(" "),
        bold("memerlukan eskalasi"),
        plain(` lebih lanjut${topics}.`),
      ]),
    );
  }
  if (out.length === 0) {
    out.push(
      para([
        {
          text: `Rincian zona waktu, jam layanan, dan eskalasi tiket untuk ${monthLabel(ctx.month)} belum diisi.`,
          italic: true,
        },
      ]),
    );
  }
  return out;
}

const SIDE_W = 3.75;
const ESCALATION_H = 1.15;

/**
 * In-hours and out-of-hours tickets per time zone as two panels, each on its own scale from 0:
 * on one axis the in-hours bars (842, 231, 92) crush the out-of-hours ones (42, 12, 3) into a strip.
 */
function zonePanels(d: ReturnType<typeof ticketDetails>, box: Box): ChartElement[] {
  const w = (box.w - GRID.gutter) / 2;
  const panel = (i: number, title: string, values: readonly (number | undefined)[]): ChartElement => ({
    type: "chart",
    box: { x: box.x + i * (w + GRID.gutter), y: box.y, w, h: box.h },
    kind: "bar",
    title,
    categories: ZONES.map((z) => z.zone),
    series: [{ name: "Tiket", values: values.map((v) => v ?? 0) }],
  });
  return [
    panel(0, "Jumlah Tiket Dalam Jam Layanan", d.insideByZone),
    panel(1, "Jumlah Tiket Luar Jam Layanan", d.outsideByZone),
  ];
}

/** The escalation share as the text rounds it (`15,6%`), with its count: one quantity, one number. */
function escalationTile(escalated: number, total: number, box: Box): KpiElement {
  return {
    type: "kpi",
    box,
    value: shareText(escalated, total),
    label: `tiket memerlukan eskalasi (${formatNumber(escalated)} dari ${formatNumber(total)})`,
  };
}

export const ticketDetailsSection: SectionBuilder = (ctx) => {
  const id = "s18-rincian-tiket";
  const title = "Rincian Tiket Konsultasi";
  if (isMissing(ctx, KEY)) return [missingSlide(ctx, id, title, [KEY])];
  const d = ticketDetails(ctx);
  const zones = d.insideByZone.every((v) => v !== undefined) && d.outsideByZone.every((v) => v !== undefined);
  const escalated = d.escalated !== undefined && d.total > 0 ? d.escalated : undefined;
  const side = zones || escalated !== undefined;
  const textW = side ? CONTENT.w - SIDE_W - GRID.gutter : CONTENT.w;
  const x = CONTENT.x + textW + GRID.gutter;
  const placed: (ChartElement | KpiElement)[] = [];
  const tileY = zones ? GRID.bottom - ESCALATION_H : CONTENT.y;
  if (zones) {
    const h = (escalated !== undefined ? tileY - GRID.gutter : GRID.bottom) - CONTENT.y;
    placed.push(...zonePanels(d, { x, y: CONTENT.y, w: SIDE_W, h }));
  }
  if (escalated !== undefined) {
    placed.push(escalationTile(escalated, d.total, { x, y: tileY, w: SIDE_W, h: ESCALATION_H }));
  }
  const paragraphs = detailParagraphs(ctx, d);
  const text = stackText({ ...FULL, w: textW }, [paragraphs]);
  return [slide(id, title, [...text.elements, ...placed])];
};
