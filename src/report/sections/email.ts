/** Slides 25-27: Layanan Email DJPK (the two mailboxes), Email Call Center, Email Laporan. */

import { share } from "../../core/words/compare";
import { formatNumber, formatPercent } from "../../core/words/format";
import { yearToDateSentence } from "../../core/words/narrative";
import { runsFromMarkup } from "../../core/words/text";
import { channel, columnOf } from "../../core/workbook/channels";
import { figure } from "../../core/workbook/dataset";
import { yearOf } from "../../core/workbook/period";
import { bold, kpiGrid, monthlyChart, para, plain, slide } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Element, KpiElement, Paragraph } from "../deck";
import { comparisonParagraph, figuresOf, missingParagraph, yearToDateTotal } from "../figures";
import { boxOf, LEFT, RIGHT } from "../grid";
import { ROOMY_SIZES, stackText } from "../text-fit";
import { channelSlide, shareRuns } from "./channel-slide";

/** Slide 25: what each mailbox is for (static text; addresses from Pengaturan). */
export const emailServicesSection: SectionBuilder = (ctx) => {
  const unit = ctx.unit;
  const callCenter: Paragraph[] = [
    para([bold(String(ctx.settings.emailCallCenter))]),
    para("Bertujuan untuk menampung:"),
    para(
      runsFromMarkup(
        `**Konsultasi** yang dikirim pengguna melalui Email atau Website ${unit} (HAI Kemenkeu dan Live Chat);`,
      ),
      "bullet",
    ),
    para(
      runsFromMarkup(
        `**Pengiriman dokumen/surat** kepada ${unit} yang bersifat tidak rutin (sewaktu-waktu).`,
      ),
      "bullet",
    ),
    para(
      runsFromMarkup(
        "Dikelola oleh agen menggunakan aplikasi Deskpro yang terintegrasi dengan layanan **HAI Kemenkeu**.",
      ),
    ),
  ];
  const laporan: Paragraph[] = [
    para([bold(String(ctx.settings.emailLaporan))]),
    para(
      runsFromMarkup(
        `Bertujuan untuk menampung **pengiriman dokumen/surat kepada ${unit} yang bersifat rutin** (setiap periode) seperti Laporan Syarat Penyaluran DAU, DAK Nonfisik, DBH, APBD, dan lain sebagainya.`,
      ),
    ),
    para("Dikelola oleh agen bersama PIC masing-masing unit terkait secara manual."),
  ];
  const columns = [
    { col: LEFT, groups: [[para([bold("Email Call Center")])], callCenter] },
    { col: RIGHT, groups: [[para([bold("Email Laporan")])], laporan] },
  ];
  // Both columns in one size, the largest at which each fits: the text is short for the slide.
  const size = Math.min(
    ...columns.map((c) => stackText(c.col, c.groups, { headings: [0], sizes: ROOMY_SIZES }).fontSize),
  );
  return [
    slide("s25-email", `Layanan Email ${unit}`, [
      ...columns.flatMap((c) => stackText(c.col, c.groups, { headings: [0], sizes: [size] }).elements),
    ]),
  ];
};

/** Slide 26. */
export const emailCallCenterSection = channelSlide({
  id: "s26-email-call-center",
  channel: "emailCallCenter",
  title: (ctx) => `Layanan Email Call Center ${ctx.unit}`,
  subject: () => "Jumlah layanan Email Call Center",
  intro: (ctx, current, total) => [
    ...shareRuns(ctx, current, total, [plain("layanan "), bold("Email Call Center")]),
    plain(` (${ctx.settings.emailCallCenter}).`),
  ],
  topics: { style: "sentence", lead: "Keperluan utama melalui Email Call Center:" },
});

const REPORT_TYPES = ["dau", "dbh", "insentifFiskal", "lainnya"] as const;

function typeTiles(ctx: LayoutContext, total: number, top: number): KpiElement[] {
  const def = channel("emailLaporan");
  const tiles = REPORT_TYPES.flatMap((key) => {
    const value = figure(ctx.data, "emailLaporan", key, ctx.month);
    if (value === undefined) return [];
    return [
      {
        value: formatPercent(share(value, total) ?? 0),
        label: `${columnOf(def, key).header} (${formatNumber(value)} email)`,
      },
    ];
  });
  return kpiGrid({ ...LEFT, y: top }, tiles, 2, 0.85, 0.12).elements;
}

/** Slide 27: total, shares by report type, YTD, comparison, monthly chart. */
export const emailLaporanSection: SectionBuilder = (ctx) => {
  const title = `Layanan Email Laporan ${ctx.unit}`;
  const figures = figuresOf(ctx, "emailLaporan");
  const chart = monthlyChart(
    boxOf(RIGHT),
    `Jumlah Email Laporan ${yearOf(ctx.month)}`,
    ctx,
    "emailLaporan",
    "Email",
  );
  const total = figures.current;
  if (total === undefined) {
    return [
      slide("s27-email-laporan", title, [
        ...stackText(LEFT, [[missingParagraph("emailLaporan", ctx.month)]]).elements,
        chart,
      ]),
    ];
  }
  const totalTile: KpiElement = {
    type: "kpi",
    box: { x: LEFT.x, y: LEFT.y, w: LEFT.w, h: 0.65 },
    value: formatNumber(total),
    label: "Total Email",
    total: true,
  };
  const tiles = typeTiles(ctx, total, LEFT.y + 0.8);
  const tilesBottom = tiles.reduce(
    (b, t) => Math.max(b, t.box.y + t.box.h),
    totalTile.box.y + totalTile.box.h,
  );
  const ytd = yearToDateTotal(ctx, "emailLaporan") ?? total;
  const text = stackText({ ...LEFT, y: tilesBottom + 0.15 }, [
    [
      para(
        yearToDateSentence({
          month: ctx.month,
          total: ytd,
          what: "email",
          prefix: "telah diterima sebanyak",
        }),
        "bullet",
      ),
      comparisonParagraph(ctx, "emailLaporan", "Total email yang masuk", { unit: "email", bullet: "bullet" }),
    ],
  ]);
  const elements: Element[] = [totalTile, ...tiles, ...text.elements, chart];
  return [slide("s27-email-laporan", title, elements)];
};
