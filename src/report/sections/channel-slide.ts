/**
 * The per-channel ticket slides (WhatsApp, Telepon, HAI Kemenkeu, Live Chat, Email Call Center)
 * share this builder: an intro, the comparison sentence and the channel's topics on the left,
 * the channel's monthly chart on the right.
 */

import { share } from "../../core/words/compare";
import { formatNumber, formatPercent } from "../../core/words/format";
import type { Run } from "../../core/words/text";
import { TICKET_CHANNELS } from "../../core/workbook/channels";
import { itemsOf, measureOf, numberOf, textOf } from "../../core/workbook/dataset";
import { monthLabel, yearOf } from "../../core/workbook/period";
import { bold, boldList, monthlyChart, para, plain, slide } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { comparisonParagraph, figuresOf, missingParagraph } from "../figures";
import { italicizeForeign } from "../foreign";
import { boxOf, LEFT, RIGHT } from "../grid";
import { stackText } from "../text-fit";

export type TicketChannelKey = (typeof TICKET_CHANNELS)[number]["key"];

export interface ChannelSlideSpec {
  id: string;
  channel: TicketChannelKey;
  title: (ctx: LayoutContext) => string;
  /** Subject of the comparison sentence: `Jumlah konsultasi melalui WhatsApp DJPK`. */
  subject: (ctx: LayoutContext) => string;
  /** Opening paragraph, given the channel's figure and the month's ticket total. */
  intro?: (ctx: LayoutContext, current: number, total: number | undefined) => Run[];
  /** A standing paragraph from Pengaturan, shown whatever the month's figures (the agents' tools). */
  about?: (ctx: LayoutContext) => Run[];
  /** How the topics of the channel's `Topik Konsultasi` section are shown. */
  topics:
    | { style: "list"; heading: string }
    /** `Topik konsultasi terbanyak melalui Live Chat adalah **a**, **b**, dan **c**.` */
    | { style: "sentence"; lead: string };
}

interface Topic {
  name: string;
  count: number | undefined;
}

/** The channel's topics for M, most frequent first (sheet order when counts are not filled). */
export function topicsOf(ctx: LayoutContext, label: string, limit = 3): Topic[] {
  const topics = itemsOf(ctx.data, "topikKonsultasi", ctx.month)
    .filter((r) => textOf(r.values.bagian) === label)
    .map((r) => ({ name: textOf(r.values.topik).trim(), count: numberOf(r.values.jumlah) }))
    .filter((t) => t.name !== "");
  const sorted = topics.every((t) => t.count !== undefined)
    ? [...topics].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
    : topics;
  return sorted.slice(0, limit);
}

function topicParagraphs(ctx: LayoutContext, spec: ChannelSlideSpec, label: string): Paragraph[] {
  const topics = topicsOf(ctx, label);
  if (topics.length === 0) return [missingParagraph("topikKonsultasi", ctx.month, `bagian ${label}`)];
  if (spec.topics.style === "list") {
    return [
      para([bold(spec.topics.heading)]),
      ...topics.map((t) =>
        para(
          t.count === undefined
            ? [plain(t.name)]
            : [plain(`${t.name}: `), bold(`${formatNumber(t.count)} tiket`)],
          "number",
        ),
      ),
    ];
  }
  return [para([plain(`${spec.topics.lead} `), ...boldList(topics.map((t) => t.name)), plain(".")])];
}

/** `Pada bulan November 2023, sebanyak **1,1% (14 pengguna)** menggunakan layanan ...` */
export function shareRuns(
  ctx: LayoutContext,
  current: number,
  total: number | undefined,
  service: Run[],
): Run[] {
  if (current === 0) {
    return [plain(`Pada bulan ${monthLabel(ctx.month)}, tidak ada pengguna yang menggunakan `), ...service];
  }
  const pct = share(current, total);
  const amount =
    pct === undefined
      ? `${formatNumber(current)} pengguna`
      : `${formatPercent(pct)} (${formatNumber(current)} pengguna)`;
  return [
    plain(`Pada bulan ${monthLabel(ctx.month)}, sebanyak `),
    bold(amount),
    plain(" menggunakan "),
    ...service,
  ];
}

export function channelSlide(spec: ChannelSlideSpec): SectionBuilder {
  return (ctx) => {
    const label = TICKET_CHANNELS.find((c) => c.key === spec.channel)?.label ?? spec.channel;
    const current = figuresOf(ctx, "tiketKonsultasi", spec.channel).current;
    const total = measureOf(ctx.data, "tiketKonsultasi", ctx.month);
    const blocks: Paragraph[][] = [];
    const about = spec.about?.(ctx) ?? [];
    if (about.length > 0) blocks.push([para(about)]);
    if (spec.intro && current !== undefined)
      blocks.push([para(italicizeForeign(spec.intro(ctx, current, total)))]);
    blocks.push([
      comparisonParagraph(ctx, "tiketKonsultasi", spec.subject(ctx), {
        column: spec.channel,
        unit: "layanan",
        missingDetail: `kolom ${label}`,
      }),
    ]);
    // A topics list under its own heading ("Top 3 Topik Konsultasi") in the deck's heading style.
    const topics = topicParagraphs(ctx, spec, label);
    const headings: number[] = [];
    if (spec.topics.style === "list" && topics.length > 1) {
      headings.push(blocks.length);
      blocks.push(topics.slice(0, 1), topics.slice(1));
    } else blocks.push(topics);
    const text = stackText(LEFT, blocks, { headings });
    const chart = monthlyChart(
      boxOf(RIGHT),
      `Jumlah Pengguna ${label} ${yearOf(ctx.month)}`,
      ctx,
      "tiketKonsultasi",
      label,
      { column: spec.channel },
    );
    return [slide(spec.id, spec.title(ctx), [...text.elements, chart])];
  };
}
