/** Slides 30-33: social media posts, and the Instagram, Twitter and Facebook performance slides. */

import { formatNumber } from "../../core/words/format";
import type { Run } from "../../core/words/text";
import { figure } from "../../core/workbook/dataset";
import { monthLabel, monthName, monthNumber, yearOf } from "../../core/workbook/period";
import { bold, kpiGrid, monthlyChart, para, plain, slide } from "../blocks";
import { chartWithAxisNote } from "../chart-axis";
import type { LayoutContext, SectionBuilder } from "../context";
import type { ChartElement, Element } from "../deck";
import { comparisonParagraph, figuresOf, missingParagraph, noteElements } from "../figures";
import { boxOf, FULL, LEFT, RIGHT } from "../grid";
import { stackText } from "../text-fit";
import { CONTENT, GRID } from "../theme";

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
  return stackText(FULL, [[missingParagraph("mediaSosial", ctx.month, platform)]]).elements;
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
      comparisonParagraph(ctx, "mediaSosial", `Rata-rata publikasi konten media sosial ${ctx.unit}`, {
        decimals: 1,
      }),
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
  if (added === 0) {
    runs.push(
      plain(
        `Di bulan ${monthLabel(ctx.month)}, tidak ada akun Pemerintah Desa baru yang mengikuti ${ctx.unit}.`,
      ),
    );
  } else if (added !== undefined) {
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

/**
 * A followers line across the whole width under `top`: six-digit labels on eleven points only
 * stay apart when the points are about 0.7in apart, which a half-width chart cannot give.
 */
function followersChart(ctx: LayoutContext, column: string, title: string, top: number): ChartElement {
  const box = { x: FULL.x, y: top, w: FULL.w, h: FULL.bottom - top };
  return monthlyChart(box, title, ctx, "mediaSosial", "Followers", {
    column,
    kind: "line",
    skipMissing: true,
  });
}

/**
 * One rule for every followers chart (Instagram, Twitter, Facebook): a line needs two months
 * with data; with fewer (January, or a platform just started) the tiles say it all.
 */
export function drawable(chart: ChartElement): Element[] {
  return chart.categories.length >= 2 ? chartWithAxisNote(chart) : [];
}

const TILE_H = 0.75;
/** Tiles with nothing under them stand tall, in the body's middle. */
const ALONE_TILE_H = 2.0;

function centredBand(h: number) {
  return { ...FULL, y: CONTENT.y + (CONTENT.h - h) / 2 };
}
const TILE_GAP = 0.12;
const CHART_SPACE = 0.2;

/** Slide 31: the village accounts sentence, five tiles in a row, the followers chart below. */
export const instagramSection: SectionBuilder = (ctx) => {
  const title = `Performa Instagram ${ctx.unit}`;
  const chartTitle = `Jumlah Pengikut Instagram ${yearOf(ctx.month)}`;
  const village = villageRuns(ctx);
  const figures = tiles(ctx, [
    ["igFollowers", `Followers (${asOfLastDay(ctx)})`],
    ["igReachTotal", "Reach (total)"],
    ["igReachRataRata", "Reach (rata-rata)"],
    ["igFeeds", "Unggahan Feeds"],
    ["igStory", "Unggahan Story"],
  ]);
  if (village.length === 0 && figures.length === 0) {
    const note = noDataElements(ctx, "Instagram");
    const top = (note[0]?.box.y ?? FULL.y) + (note[0]?.box.h ?? 0) + CHART_SPACE;
    return [
      slide("s31-instagram", title, [
        ...note,
        ...drawable(followersChart(ctx, "igFollowers", chartTitle, top)),
      ]),
    ];
  }
  const text = stackText(FULL, village.length ? [[para(village)]] : []);
  const grid = kpiGrid(
    { ...FULL, y: village.length ? text.bottom + 0.15 : FULL.y },
    figures,
    Math.max(1, figures.length),
    TILE_H,
    TILE_GAP,
  );
  const chart = drawable(followersChart(ctx, "igFollowers", chartTitle, grid.bottom + CHART_SPACE));
  return [slide("s31-instagram", title, [...text.elements, ...grid.elements, ...chart])];
};

/** Slides 32 and 33: contents, followers and one more figure in a row; a followers chart below when there is history. */
function platformSection(
  id: string,
  title: (ctx: LayoutContext) => string,
  prefix: "tw" | "fb",
  platform: string,
  third: [column: string, label: string],
): SectionBuilder {
  return (ctx) => {
    const followers = `${prefix}Followers`;
    const chartTitle = `Jumlah Pengikut ${platform} ${yearOf(ctx.month)}`;
    const figures = tiles(ctx, [
      [`${prefix}Konten`, "Jumlah Konten"],
      [followers, `Followers (${asOfLastDay(ctx)})`],
      third,
    ]);
    const top =
      figures.length === 0
        ? noDataElements(ctx, platform)
        : kpiGrid(FULL, figures, figures.length, 1.0, TILE_GAP).elements;
    const bottom = Math.max(FULL.y, ...top.map((e) => e.box.y + e.box.h));
    const chart = drawable(followersChart(ctx, followers, chartTitle, bottom + CHART_SPACE));
    if (chart.length > 0) return [slide(id, title(ctx), [...top, ...chart])];
    // No history to draw: the tiles (or the note) alone, large and centred in the body.
    const alone =
      figures.length === 0
        ? noteElements([missingParagraph("mediaSosial", ctx.month, platform)])
        : kpiGrid(centredBand(ALONE_TILE_H), figures, figures.length, ALONE_TILE_H, GRID.gutter).elements;
    return [slide(id, title(ctx), alone)];
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
