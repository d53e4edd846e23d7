/**
 * The Deck model: what both renderers (PPTX in Node, Google Slides in Apps Script) draw.
 * Positions are in inches on a 16:9 page of PAGE.width x PAGE.height; font sizes in points.
 * Everything here is plain data (JSON-safe), computed by the layout, never by a renderer.
 */
import type { Run } from "../core/words/text";

export const PAGE = { width: 10, height: 5.625 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Paragraph {
  runs: Run[];
  bullet?: "bullet" | "number";
}

export type TextStyle = "heading" | "body" | "caption" | "note";

export interface TextElement {
  type: "text";
  box: Box;
  paragraphs: Paragraph[];
  style: TextStyle;
  fontSize: number;
  align?: "left" | "center" | "right";
}

/** A big figure with its label (the summary slide's tiles, "Total Email: 409" ...). */
export interface KpiElement {
  type: "kpi";
  box: Box;
  value: string;
  label: string;
  /** A total (Total Tiket): set apart from the tiles it sums. */
  total?: boolean;
  /** Sizes and top shared with the tiles of its row (tiles.ts `alignTiles`); unset: its own. */
  look?: { value: number; label: number; padLines: number };
}

export interface TableElement {
  type: "table";
  box: Box;
  header: string[];
  rows: string[][];
  /** Fractions of box.w, one per column, summing to 1. */
  columnWidths: number[];
  fontSize: number;
  /** Last row is a total row (bold). */
  totalRow?: boolean;
}

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartElement {
  type: "chart";
  box: Box;
  kind: "bar" | "line" | "pie";
  title: string;
  categories: string[];
  series: ChartSeries[];
  /**
   * Where the value axis starts. Bars always start at 0 (their heights compare honestly); a line
   * may start higher to show its trend, and its slide then says so (chart-axis.ts). Unset: 0.
   */
  axisMin?: number;
}

export type Element = TextElement | KpiElement | TableElement | ChartElement;

export interface Slide {
  /** Stable and unique within the deck, e.g. `s04-publikasi-website`, `s05-rincian-website-2`. */
  id: string;
  title: string;
  /** The cover is drawn differently (big title, unit, month). */
  kind: "cover" | "content";
  elements: Element[];
}

export interface Deck {
  /** `Laporan Layanan Informasi - November 2023` */
  title: string;
  /** The unit's full name (`Direktorat Jenderal Perimbangan Keuangan`): the cover and the footer show it. */
  unit: string;
  /** The unit's abbreviation (`DJPK`), as slide titles and the footer use it; without it the footer shows `unit`. */
  unitShort?: string;
  /** `November 2023`: the cover and the footer show it, so no slide repeats it. */
  monthLabel: string;
  slides: Slide[];
}
