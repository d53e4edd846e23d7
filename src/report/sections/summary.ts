/** Slide 2: Ringkasan Publikasi dan Layanan Informasi, eight KPI tiles for the month. */

import { listText } from "../../core/words/narrative";
import { type ChannelKey, channel } from "../../core/workbook/channels";
import { measureOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { countText, para, slide, textBox } from "../blocks";
import type { SectionBuilder } from "../context";
import type { KpiElement, Slide } from "../deck";
import { textHeight } from "../measure";
import { CONTENT, FONT, GRID } from "../theme";

interface Tile {
  key: ChannelKey;
  label: string;
  decimals?: number;
}

/** In the seed's order: first row publications, second row services. */
export const SUMMARY_TILES: readonly Tile[] = [
  { key: "publikasiWebsite", label: "Publikasi Website" },
  { key: "mediaSosial", label: "Publikasi Konten Media Sosial*", decimals: 1 },
  { key: "whatsappBlast", label: "WhatsApp Blast" },
  { key: "ppid", label: "Layanan PPID" },
  { key: "tiketKonsultasi", label: "Tiket Konsultasi" },
  { key: "videoConference", label: "Video Conference" },
  { key: "tatapMuka", label: "Konsultasi Tatap Muka" },
  { key: "webinar", label: "Webinar/FGD" },
];

/** The tiles' footnote (the social-media tile is a monthly average); the report e-mail repeats it. */
export const SUMMARY_FOOTNOTE = "*rata-rata publikasi media sosial";

const COLUMNS = 4;
const TILE_H = 1.55;

export const summarySection: SectionBuilder = (ctx) =>
  summarySlide(
    SUMMARY_TILES.map((tile) => measureOf(ctx.data, tile.key, ctx.month)),
    SUMMARY_FOOTNOTE,
    monthLabel(ctx.month),
  );

/** The eight tiles over a footnote; tiles without data show "-" and the footnote names their tabs so the gap is not silent. */
export function summarySlide(
  values: readonly (number | undefined)[],
  footnoteText: string,
  whenLabel: string,
): Slide[] {
  const missing = SUMMARY_TILES.filter((_, i) => values[i] === undefined).map((t) => channel(t.key).tab);
  const notes = [para(footnoteText)];
  if (missing.length > 0) notes.push(para(`Data ${listText(missing)} untuk ${whenLabel} belum diisi.`));
  const fontSize = FONT.caption;
  const footH = textHeight(notes, CONTENT.w, fontSize);
  const footnote = textBox({ x: CONTENT.x, y: GRID.bottom - footH, w: CONTENT.w, h: footH }, notes, {
    style: "note",
    fontSize,
  });

  const tileW = (CONTENT.w - (COLUMNS - 1) * GRID.gutter) / COLUMNS;
  const space = CONTENT.h - footH - GRID.gutter;
  const tileH = Math.min(TILE_H, (space - GRID.gutter) / 2);
  const top = CONTENT.y + (space - (2 * tileH + GRID.gutter)) / 2;
  const tiles: KpiElement[] = SUMMARY_TILES.map((tile, i) => ({
    type: "kpi",
    box: {
      x: CONTENT.x + (i % COLUMNS) * (tileW + GRID.gutter),
      y: top + Math.floor(i / COLUMNS) * (tileH + GRID.gutter),
      w: tileW,
      h: tileH,
    },
    value: countText(values[i], tile.decimals ?? 0),
    label: tile.label,
  }));
  return [slide("s02-ringkasan", "Ringkasan Publikasi dan Layanan Informasi", [...tiles, footnote])];
}
