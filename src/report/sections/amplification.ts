/** Slide 35: Amplifikasi Media Sosial Pegawai; every percentage computed from the figures. */
import { share } from "../../core/words/compare";
import { formatNumber, formatPercent } from "../../core/words/format";
import { AMPLIFICATION_PLATFORMS } from "../../core/workbook/channels";
import { figure, monthlyRow, textOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { bold, kpiGrid, para, plain, slide } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Element, Paragraph } from "../deck";
import { missingParagraph, noteElements } from "../figures";
import { below, boxOf, type Column, LEFT, RIGHT } from "../grid";
import { placeText, ROOMY_SIZES, stackText } from "../text-fit";

const PARTS = [
  ["kontenTersedia", "Konten tersedia"],
  ["likeCommentShare", "Like/Comment/Share"],
  ["kreasiMandiri", "Kreasi konten mandiri"],
] as const;

/** What the employees who took part are a percentage of. */
const BASES = [
  ["targetPegawai", "terhadap target jumlah pegawai"],
  ["totalPegawai", "terhadap keseluruhan jumlah pegawai"],
] as const;

const at = (ctx: LayoutContext, column: string) => figure(ctx.data, "amplifikasi", column, ctx.month);

/** The activation kinds with their shares of all activations (the stated total, else the parts' sum). */
export function activationBreakdown(
  ctx: LayoutContext,
): { label: string; value: number; share: number | undefined }[] {
  const parts = PARTS.flatMap(([column, label]) => {
    const value = at(ctx, column);
    return value === undefined ? [] : [{ label, value }];
  });
  const total = at(ctx, "aktivasi") ?? parts.reduce((s, p) => s + p.value, 0);
  return parts.map((p) => ({ ...p, share: share(p.value, total) }));
}

/** The quarter the target is for (`Q3`), as typed beside it. */
function targetQuarter(ctx: LayoutContext): string {
  return textOf(monthlyRow(ctx.data, "amplifikasi", ctx.month)?.values.triwulanTarget).trim();
}

/** The seed's "Jumlah Media Sosial": the filled platforms, largest count first. */
export function platformCounts(ctx: LayoutContext): { label: string; value: number }[] {
  return AMPLIFICATION_PLATFORMS.flatMap((p) => {
    const value = at(ctx, p.key);
    return value === undefined ? [] : [{ label: p.label, value }];
  }).sort((a, b) => b.value - a.value);
}

/** A bar per platform, or the note that the month's counts per platform are not filled. */
function platformElements(ctx: LayoutContext, col: Column): Element[] {
  const counts = platformCounts(ctx);
  if (counts.length === 0) {
    return stackText(col, [[missingParagraph("amplifikasi", ctx.month, "jumlah per media sosial")]]).elements;
  }
  return [
    {
      type: "chart",
      box: boxOf(col),
      kind: "bar",
      title: "Jumlah Media Sosial",
      categories: counts.map((c) => c.label),
      series: [{ name: "Jumlah", values: counts.map((c) => c.value) }],
    },
  ];
}

export const amplificationSection: SectionBuilder = (ctx) => {
  const title = "Amplifikasi Media Sosial Pegawai";
  const pegawai = at(ctx, "pegawai");
  if (pegawai === undefined) {
    return [slide("s35-amplifikasi", title, noteElements([missingParagraph("amplifikasi", ctx.month)]))];
  }
  const aktivasi = at(ctx, "aktivasi");
  const realisasi = kpiGrid(
    LEFT,
    [
      { value: formatNumber(pegawai), label: "Jumlah realisasi pegawai" },
      ...(aktivasi === undefined ? [] : [{ value: formatNumber(aktivasi), label: "Jumlah aktivasi" }]),
    ],
    2,
    0.85,
  );
  const breakdown: Paragraph[] = activationBreakdown(ctx).map((p) =>
    para(
      [
        plain(`${p.label}: `),
        bold(formatNumber(p.value)),
        ...(p.share === undefined ? [] : [plain(` (${formatPercent(p.share)} dari aktivasi)`)]),
      ],
      "bullet",
    ),
  );
  const lead = para([plain(`Jumlah realisasi amplifikasi bulan ${monthLabel(ctx.month)}:`)]);
  const left = stackText(
    { ...LEFT, y: realisasi.bottom + 0.2 },
    breakdown.length ? [[lead, ...breakdown]] : [],
    { sizes: ROOMY_SIZES },
  );

  const ratios = BASES.flatMap(([column, label]) => {
    const base = at(ctx, column);
    const pct = share(pegawai, base);
    if (base === undefined || pct === undefined) return [];
    const quarter = column === "targetPegawai" ? targetQuarter(ctx) : "";
    return [
      { value: formatPercent(pct), label: `${label}${quarter ? ` ${quarter}` : ""} (${formatNumber(base)})` },
    ];
  });
  const heading = placeText(RIGHT.x, RIGHT.y, RIGHT.w, [para([bold("Persentase Realisasi")])], {
    style: "heading",
  });
  // The two shares side by side leave the column's lower half to the count per platform.
  const right = kpiGrid({ ...RIGHT, y: heading.box.y + heading.box.h + 0.1 }, ratios, 2, 1.05);
  const platforms = platformElements(ctx, below(RIGHT, (ratios.length ? right.bottom : RIGHT.y) + 0.2));
  return [
    slide("s35-amplifikasi", title, [
      ...realisasi.elements,
      ...left.elements,
      ...platforms,
      ...(ratios.length ? [heading, ...right.elements] : []),
    ]),
  ];
};
