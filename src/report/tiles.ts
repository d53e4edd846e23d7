/** KPI tiles as both renderers draw them: a rounded, pale tile, the value big and navy above its label. */
import type { KpiElement } from "./deck";
import { COLORS } from "./theme";

export const TILE = {
  fill: COLORS.tileFill,
  outline: { color: COLORS.accent, weightPt: 1 },
  valueColor: COLORS.primary,
  labelColor: COLORS.text,
} as const;

/** Font sizes of a KPI tile: the value as big as the tile allows (estimated widths), the label small under it. */
export function kpiSizes(element: KpiElement): { value: number; label: number } {
  const heightPt = element.box.h * 72;
  const widthPt = element.box.w * 72;
  const byHeight = heightPt * 0.38;
  const byWidth = (widthPt * 0.8) / (Math.max(element.value.length, 1) * 0.6);
  const value = Math.round(Math.min(40, Math.max(14, Math.min(byHeight, byWidth))));
  const label = Math.round(Math.min(12, Math.max(8, heightPt * 0.11)));
  return { value, label };
}
