/** Slides 30-33: social media posts, and the Instagram, Twitter and Facebook performance slides. */
import { figure } from "../../core/dataset";
import { formatNumber } from "../../core/format";
import { monthLabel, monthName, monthNumber, yearOf } from "../../core/period";
import type { Run } from "../../core/text";
import { monthlyChart, para, slide } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Element } from "../deck";
import {
  bold,
  boxOf,
  columnChart,
  comparisonParagraph,
  FULL,
  figuresOf,
  kpiGrid,
  LEFT,
  missingParagraph,
  plain,
  RIGHT,
  stackText,
} from "./channel-slide";

const value = (ctx: LayoutContext, column: string) => figure(ctx.data, "mediaSosial", column, ctx.month);

/** `per 30 November`: followers are counted on the month's last day. */
function asOfLastDay(ctx: LayoutContext): string {
  const lastDay = new Date(Date.UTC(yearOf(ctx.month), monthNumber(ctx.month), 0)).getUTCDate();
  return `per ${lastDay} ${monthName(ctx.month)}`;
}

/** Tiles for the figures that are filled (an empty cell leaves its tile out). */
function tiles(ctx: LayoutContext, specs: readonly [column: string, label: string][]) {
  return specs.flatMap(([column, label]) => {
    const v = value(ctx, column);
    return v === undefined ? [] : [{ value: formatNumber(v), label }];
  });
}

function noDataElements(ctx: LayoutContext, platform?: string): Element[] {
  return stackText(LEFT, [[missingParagraph("mediaSosial", ctx.month, platform)]]).elements;
}

/** Slide 30: average monthly posts with its comparison and monthly chart. */
export const socialPostsSection: SectionBuilder = (ctx) => {
  const figures = figuresOf(ctx, "mediaSosial");
  const s = ctx.settings;
  const tile = kpiGrid(
    LEFT,
    figures.current === undefined
      ? []
      : [{ value: formatNumber(figures.current, 1), label: "Rata-rata Publikasi Konten Medsos Bulanan" }],
    1,
    0.9,
  );
  const text = stackText({ ...LEFT, y: tile.bottom + (tile.elements.length ? 0.2 : 0) }, [
    [
      para(
        `Media Sosial ${ctx.unit} terdiri dari Instagram (${s.instagram}), Twitter (${s.twitter}), dan Facebook.`,
      ),
    ],
    [
      comparisonParagraph(
        ctx,
        "mediaSosial",
        figures,
        `Rata-rata publikasi konten media sosial ${ctx.unit}`,
        {
          decimals: 1,
        },
      ),
    ],
  ]);
  const chart = monthlyChart(
    boxOf(RIGHT),
    `Rata-rata Publikasi Konten Medsos ${yearOf(ctx.month)}`,
    ctx,
    "mediaSosial",
    "Rata-rata publikasi",
  );
  return [
    slide("s30-media-sosial", `Publikasi Konten Media Sosial ${ctx.unit}`, [
      ...tile.elements,
      ...text.elements,
      chart,
    ]),
  ];
};

function villageRuns(ctx: LayoutContext): Run[] {
  const added = value(ctx, "igAkunDesaBaru");
  const total = value(ctx, "igAkunDesaTotal");
  const runs: Run[] = [];
  if (added !== undefined) {
    runs.push(
      plain(`Di bulan ${monthLabel(ctx.month)}, terdapat `),
      bold(`${formatNumber(added)} akun Pemerintah Desa`),
      plain(` yang mulai mengikuti ${ctx.unit}.`),
    );
  }
  if (total !== undefined) {
    runs.push(
      plain(`${runs.length ? " " : ""}Total akun desa pengikut ${ctx.settings.instagram} adalah `),
      bold(`${formatNumber(total)} akun`),
      plain("."),
    );
  }
  return runs;
}

/** Slide 31. */
export const instagramSection: SectionBuilder = (ctx) => {
  const chart = columnChart(
    boxOf(RIGHT),
    `Grafik Peningkatan Pengikut Instagram ${yearOf(ctx.month)}`,
    ctx,
    "mediaSosial",
    "igFollowers",
    "Followers",
    { kind: "line", skipMissing: true },
  );
  const title = `Performa Instagram ${ctx.unit}`;
  const village = villageRuns(ctx);
  const figures = tiles(ctx, [
    ["igFollowers", `Followers (${asOfLastDay(ctx)})`],
    ["igReachTotal", "Reach (total)"],
    ["igReachRataRata", "Reach (rata-rata)"],
    ["igFeeds", "Unggahan Feeds"],
    ["igStory", "Unggahan Story"],
  ]);
  if (village.length === 0 && figures.length === 0) {
    return [slide("s31-instagram", title, [...noDataElements(ctx, "Instagram"), chart])];
  }
  const text = stackText(LEFT, village.length ? [[para(village)]] : []);
  const grid = kpiGrid({ ...LEFT, y: village.length ? text.bottom + 0.2 : LEFT.y }, figures, 2, 0.75, 0.12);
  return [slide("s31-instagram", title, [...text.elements, ...grid.elements, chart])];
};

/** Slides 32 and 33: contents, followers and one more figure; a followers chart when there is history. */
function platformSection(
  id: string,
  title: (ctx: LayoutContext) => string,
  prefix: "tw" | "fb",
  platform: string,
  third: [column: string, label: string],
): SectionBuilder {
  return (ctx) => {
    const followers = `${prefix}Followers`;
    const chart = columnChart(
      boxOf(RIGHT),
      `Grafik Pengikut ${platform} ${yearOf(ctx.month)}`,
      ctx,
      "mediaSosial",
      followers,
      "Followers",
      { kind: "line", skipMissing: true },
    );
    const withChart = chart.categories.length >= 2 ? [chart] : [];
    const figures = tiles(ctx, [
      [`${prefix}Konten`, "Jumlah Konten"],
      [followers, `Followers (${asOfLastDay(ctx)})`],
      third,
    ]);
    if (figures.length === 0)
      return [slide(id, title(ctx), [...noDataElements(ctx, platform), ...withChart])];
    // Without a chart the tiles take the whole width, side by side.
    const grid = withChart.length
      ? kpiGrid(LEFT, figures, 1, 0.85)
      : kpiGrid(FULL, figures, figures.length, 1.2);
    return [slide(id, title(ctx), [...grid.elements, ...withChart])];
  };
}

export const twitterSection = platformSection(
  "s32-twitter",
  (ctx) => `Performa Twitter ${ctx.unit}`,
  "tw",
  "Twitter",
  ["twProfileVisits", "Profile Visits"],
);

export const facebookSection = platformSection(
  "s33-facebook",
  (ctx) => `Performa Facebook ${ctx.unit}`,
  "fb",
  "Facebook",
  ["fbReachRataRata", "Reach (rata-rata)"],
);
