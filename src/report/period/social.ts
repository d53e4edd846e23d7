/** Media sosial, PPID, amplification, satisfaction and the evaluation for a period. */
import { formatNumber } from "../../core/words/format";
import { monthsWithData, periodFigure } from "../../core/workbook/aggregate";
import { figure, itemsOf, textOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { monthsOf, periodLabel } from "../../core/workbook/periods";
import { bold, kpiGrid, para, plain, slide } from "../blocks";
import type { Paragraph } from "../deck";
import { FULL, LEFT, RIGHT } from "../grid";
import { tablePages } from "../paginate";
import { stackText } from "../text-fit";
import { FONT } from "../theme";
import { figureSlide, totalSlide } from "./blocks";
import type { PeriodSection } from "./context";
import { periodMissingSlide } from "./figures";

export const periodSocialPostsSection: PeriodSection = (ctx) => [
  totalSlide(ctx, "mediaSosial", {
    id: "s30-publikasi-media-sosial",
    title: `Publikasi Konten Media Sosial ${ctx.unit}`,
    what: "konten media sosial per bulan (rata-rata dari rata-rata bulanan)",
    subject: "Rata-rata publikasi konten media sosial",
    chartTitle: "Rata-rata Publikasi Media Sosial",
    seriesName: "Rata-rata publikasi",
    decimals: 1,
  }),
];

export const periodInstagramSection: PeriodSection = (ctx) => [
  figureSlide(ctx, "mediaSosial", {
    id: "s31-instagram",
    title: `Performa Instagram ${ctx.unit}`,
    columns: [
      { column: "igFollowers" },
      { column: "igAkunDesaTotal" },
      { column: "igAkunDesaBaru" },
      { column: "igReachTotal" },
      { column: "igReachRataRata" },
      { column: "igFeeds" },
      { column: "igStory" },
    ],
    chart: { column: "igFollowers", title: "Followers Instagram", series: "Followers", line: true },
  }),
];

export const periodTwitterSection: PeriodSection = (ctx) => [
  figureSlide(ctx, "mediaSosial", {
    id: "s32-twitter",
    title: `Performa Twitter ${ctx.unit}`,
    columns: [{ column: "twFollowers" }, { column: "twKonten" }, { column: "twProfileVisits" }],
    chart: { column: "twFollowers", title: "Followers Twitter", series: "Followers", line: true },
  }),
];

export const periodFacebookSection: PeriodSection = (ctx) => [
  figureSlide(ctx, "mediaSosial", {
    id: "s33-facebook",
    title: "Performa Facebook",
    columns: [{ column: "fbFollowers" }, { column: "fbKonten" }, { column: "fbReachRataRata" }],
    chart: { column: "fbFollowers", title: "Followers Facebook", series: "Followers", line: true },
  }),
];

export const periodPpidSection: PeriodSection = (ctx) => [
  totalSlide(ctx, "ppid", {
    id: "s34-ppid",
    title: "Layanan PPID",
    what: `permohonan data melalui PPID ${ctx.unit}`,
    subject: "Permohonan data melalui PPID",
    unit: "permohonan",
    chartTitle: "Jumlah Permohonan Data melalui PPID",
    seriesName: "Permohonan",
  }),
];

export const periodAmplificationSection: PeriodSection = (ctx) => [
  figureSlide(ctx, "amplifikasi", {
    id: "s35-amplifikasi",
    title: "Amplifikasi Media Sosial Pegawai",
    columns: [
      { column: "pegawai", label: "Pegawai yang mengamplifikasi" },
      { column: "aktivasi" },
      { column: "kontenTersedia" },
      { column: "likeCommentShare" },
      { column: "kreasiMandiri" },
      { column: "targetPegawai" },
      { column: "totalPegawai" },
    ],
    chart: { column: "pegawai", title: "Pegawai yang Mengamplifikasi", series: "Pegawai" },
  }),
];

/**
 * The rating of a period is the plain mean of its months' ratings (each month weighs the same,
 * whatever its number of ratings), and the slide says so, with each month's rating.
 */
export const periodSatisfactionSection: PeriodSection = (ctx) => {
  const id = "s36-kepuasan";
  const title = `Kepuasan Pengguna Contact Center ${ctx.unit}`;
  const rating = periodFigure(ctx.data, "kepuasan", ctx.period, "rataRata");
  if (rating === undefined) return [periodMissingSlide(ctx, id, title, ["kepuasan"])];
  const months = monthsWithData(ctx.data, "kepuasan", ctx.period, "rataRata");
  const tile = kpiGrid(
    { ...LEFT, y: LEFT.y + 0.2 },
    [
      {
        value: formatNumber(rating, 2, true),
        label: `Rata-rata nilai kepuasan ${periodLabel(ctx.period)} (skala 1-5)`,
      },
    ],
    1,
    1.4,
  );
  const notes: Paragraph[] = [
    para([
      plain("Nilai ini adalah "),
      bold(`rata-rata dari ${formatNumber(months)} bulan`),
      plain(" yang terisi: setiap bulan berbobot sama, tidak dibobot dengan jumlah penilaian."),
    ]),
  ];
  const ratings = periodFigure(ctx.data, "kepuasan", ctx.period, "jumlahPenilaian");
  if (ratings !== undefined)
    notes.push(para([plain("Jumlah penilaian selama periode: "), bold(formatNumber(ratings)), plain(".")]));
  const text = stackText({ ...LEFT, y: tile.bottom + 0.2 }, [notes]);
  const rows = monthsOf(ctx.period).flatMap((m) => {
    const value = figure(ctx.data, "kepuasan", "rataRata", m);
    return value === undefined ? [] : [[monthLabel(m), formatNumber(value, 2, true)]];
  });
  const [table] = tablePages(
    { header: ["Bulan", "Rata-rata Nilai"], rows, columnWidths: [0.6, 0.4], fontSize: FONT.small },
    RIGHT,
  );
  return [slide(id, title, [...tile.elements, ...text.elements, ...(table ? [table] : [])])];
};

/** The titles of each month's evaluation, the paragraphs left to the monthly reports. */
export const periodEvaluationSection: PeriodSection = (ctx) => {
  const entries = monthsOf(ctx.period).flatMap((m) =>
    itemsOf(ctx.data, "evaluasi", m).map((r) => ({ month: m, title: textOf(r.values.judul).trim() })),
  );
  if (entries.length === 0) return [];
  const paragraphs = [
    para(`Pokok evaluasi dan saran selama ${periodLabel(ctx.period)} (uraiannya di laporan bulanan):`),
    ...entries.map((e) => para([bold(`${monthLabel(e.month)}: `), plain(e.title)], "bullet")),
  ];
  return [slide("s37-evaluasi", "Evaluasi dan Saran", stackText(FULL, [paragraphs]).elements)];
};
