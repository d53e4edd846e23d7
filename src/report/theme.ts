/** The deck's look: page grid, colours and type sizes shared by the layout and both renderers. */
import { PAGE } from "./deck";

export const COLORS = {
  /** Kemenkeu navy: title bars, tile values. */
  primary: "1F3A68",
  /** Gold accent: rules, highlights. */
  accent: "E3A82B",
  text: "1F2937",
  muted: "6B7280",
  tileFill: "EEF2F8",
  tableHeaderFill: "1F3A68",
  tableHeaderText: "FFFFFF",
  tableStripe: "F4F6FA",
  background: "FFFFFF",
  chart: ["1F3A68", "E3A82B", "5B8DD6", "9CA3AF", "2E7D32", "C62828"],
} as const;

export const FONT = { face: "Arial", title: 22, heading: 14, body: 12, small: 10, caption: 10 } as const;

/** Chart text: the title, and every label (axes, values, legend) at the smallest size a manager reads easily. */
export const CHART_FONT = { title: 12, label: 10 } as const;

/** Content area below the title bar, in inches. */
export const GRID = {
  margin: 0.4,
  titleHeight: 0.75,
  top: 1.0,
  bottom: PAGE.height - 0.35,
  left: 0.4,
  right: PAGE.width - 0.4,
  gutter: 0.25,
} as const;

export const CONTENT = {
  x: GRID.left,
  y: GRID.top,
  w: GRID.right - GRID.left,
  h: GRID.bottom - GRID.top,
} as const;

/** The slide chrome both renderers draw around the content: title bar, gold rule, footer. */
export const CHROME = {
  /** Navy bar across the top holding the slide title (white, bold). */
  titleBar: { x: 0, y: 0, w: PAGE.width, h: GRID.titleHeight },
  /** Thin gold rule under the title bar. */
  rule: { x: 0, y: GRID.titleHeight, w: PAGE.width, h: 0.05 },
  /** Footer line: `<unit> · <month>` on the left, the slide number on the right. */
  footer: { y: PAGE.height - 0.3, h: 0.24, fontSize: 10 },
} as const;

/**
 * Space after each paragraph of a text element, as a fraction of its font size (bullet items
 * get half). Layouts estimating a text's height should add it per paragraph.
 */
export const PARAGRAPH_GAP_EM = 0.3;

/**
 * Table cells as the renderers draw them: padding in inches (top, right, bottom, left) and the
 * line height; a one-line row is `fontSize * lineHeightEm / 72 + padding top + bottom` inches.
 */
export const TABLE = { cellPadding: [0.03, 0.06, 0.03, 0.06], lineHeightEm: 1.2 } as const;

/**
 * Text boxes as the PPTX renderer draws them (pptx-text.ts): an inner margin of `marginPt` on
 * every side, a bullet's hanging indent of `bulletIndentEm` times the font size, and lines
 * `lineHeightEm` apart (Arial's single spacing, rounded up). The layout's height estimates use these.
 */
export const TEXT_BOX = { marginPt: 2, bulletIndentEm: 1.4, lineHeightEm: 1.2 } as const;
