/**
 * KPI tiles as both renderers draw them: a rounded, pale tile, the value big and navy above its
 * label. One grid rule: the tiles of a row share one value size and one line count, so their
 * numbers sit on one baseline whatever their labels do, and the labels hang under them; a total tile is
 * set apart by its navy fill.
 */
import type { Element, KpiElement } from "./deck";
import { estimateLines } from "./measure";
import { COLORS, TEXT_BOX } from "./theme";

export const TILE = {
  fill: COLORS.tileFill,
  outline: { color: COLORS.accent, weightPt: 1 },
  valueColor: COLORS.primary,
  labelColor: COLORS.text,
  /** A total tile (Total Tiket, Total Email): navy, the value white, the label pale. */
  total: { fill: COLORS.primary, valueColor: "FFFFFF", labelColor: "DCE3EE" },
  /** Inner margin of the tile's text, in points, on every side. */
  marginPt: 4,
} as const;

/** The text of a blank padding line (a no-break space: an empty paragraph may be dropped). */
export const TILE_PAD = "\u00a0";

/** The smallest label a manager reads without effort. */
export const TILE_LABEL_MIN = 10;

export interface KpiLook {
  value: number;
  label: number;
  /**
   * Blank label lines drawn under this tile's label, so that every tile of the row holds as many
   * lines: centred vertically, their values then sit at one height. (Space above the first
   * paragraph would be simpler, but LibreOffice ignores it at the top of a text frame.)
   */
  padLines: number;
}

const lineOf = (size: number): number => size * TEXT_BOX.lineHeightEm;

/** The value's and the label's sizes for one tile on its own: the value as big as the tile allows. */
export function kpiSizes(element: KpiElement): { value: number; label: number } {
  const heightPt = element.box.h * 72;
  const widthPt = element.box.w * 72;
  const byHeight = heightPt * 0.38;
  const byWidth = (widthPt * 0.8) / (Math.max(element.value.length, 1) * 0.6);
  const value = Math.round(Math.min(40, Math.max(14, Math.min(byHeight, byWidth))));
  const label = Math.round(Math.min(12, Math.max(TILE_LABEL_MIN, heightPt * 0.11)));
  return { value, label };
}

function labelLines(element: KpiElement, label: number): number {
  const widthIn = element.box.w - (2 * TILE.marginPt) / 72;
  return estimateLines(element.label, widthIn, label, true);
}

/** The look of a row of tiles (same height): the smallest value size, the label size, the row's label lines (in padLines). */
export function rowLook(row: readonly KpiElement[]): KpiLook {
  const sizes = row.map(kpiSizes);
  const label = Math.min(...sizes.map((s) => s.label));
  let value = Math.min(...sizes.map((s) => s.value));
  const heightPt = Math.min(...row.map((e) => e.box.h)) * 72 - 2 * TILE.marginPt;
  const lines = Math.max(1, ...row.map((e) => labelLines(e, label)));
  // The value shrinks until it and the longest label fit the tile.
  while (value > 14 && lineOf(value) + lines * lineOf(label) > heightPt) value -= 1;
  return { value, label, padLines: lines };
}

/** A tile's look: its row's sizes, with the blank lines that bring it to its row's line count. */
export function kpiLook(element: KpiElement): KpiLook {
  const row = element.look ?? rowLook([element]);
  return { ...row, padLines: Math.max(0, row.padLines - labelLines(element, row.label)) };
}

const rowKey = (e: KpiElement): string => `${e.box.y.toFixed(3)}|${e.box.h.toFixed(3)}`;

/** Every tile of a slide with its row's look: tiles at one top and height form a row. */
export function alignTiles(elements: readonly Element[]): Element[] {
  const rows = new Map<string, KpiElement[]>();
  for (const e of elements) {
    if (e.type !== "kpi") continue;
    const key = rowKey(e);
    rows.set(key, [...(rows.get(key) ?? []), e]);
  }
  const looks = new Map([...rows].map(([key, row]) => [key, rowLook(row)]));
  return elements.map((e) => (e.type === "kpi" ? { ...e, look: looks.get(rowKey(e)) as KpiLook } : e));
}

/** The tile's colours: a total tile is navy. */
export function tileColors(element: KpiElement): { fill: string; value: string; label: string } {
  return element.total
    ? { fill: TILE.total.fill, value: TILE.total.valueColor, label: TILE.total.labelColor }
    : { fill: TILE.fill, value: TILE.valueColor, label: TILE.labelColor };
}
