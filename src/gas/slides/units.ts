/**
 * Units, colours and element placement for the Slides API requests (pure).
 * Geometry is sent in EMU (914400 per inch), font sizes in points.
 */
import type { Box } from "../../report/deck";
import { PAGE } from "../../report/deck";

export type Request = GoogleAppsScript.Slides.Schema.Request;
export type Dimension = GoogleAppsScript.Slides.Schema.Dimension;
export type OpaqueColor = GoogleAppsScript.Slides.Schema.OpaqueColor;
export type PageElementProperties = GoogleAppsScript.Slides.Schema.PageElementProperties;

export const EMU_PER_INCH = 914400;
export const EMU_PER_PT = 12700;

/** The page the deck is laid out for, in EMU: 10 x 5.625 in = 720 x 405 pt (Slides' 16:9 default). */
export const PAGE_EMU = {
  width: Math.round(PAGE.width * EMU_PER_INCH),
  height: Math.round(PAGE.height * EMU_PER_INCH),
} as const;

/** Smallest width or height sent: the API rejects empty sizes. */
const MIN_SIDE_EMU = EMU_PER_PT;

export function emu(inches: number): number {
  return Math.round(inches * EMU_PER_INCH);
}

export function pt(points: number): Dimension {
  return { magnitude: points, unit: "PT" };
}

/** `1F3A68` -> an opaque RGB colour with 0..1 components. */
export function rgb(hex: string): OpaqueColor {
  const clean = hex.replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(clean)) throw new Error(`Not a hex colour: ${hex}`);
  // Four decimals keep every 0..255 level exact and the batch's JSON short.
  const channel = (i: number) => Math.round((Number.parseInt(clean.slice(i, i + 2), 16) / 255) * 1e4) / 1e4;
  return { rgbColor: { red: channel(0), green: channel(2), blue: channel(4) } };
}

/** A box in inches -> EMU, clamped to the page (a layout's rounding must not fail the batch). */
export function boxEmu(box: Box): { x: number; y: number; w: number; h: number } {
  const x = Math.min(Math.max(0, emu(box.x)), PAGE_EMU.width - MIN_SIDE_EMU);
  const y = Math.min(Math.max(0, emu(box.y)), PAGE_EMU.height - MIN_SIDE_EMU);
  const w = Math.max(MIN_SIDE_EMU, Math.min(emu(box.w), PAGE_EMU.width - x));
  const h = Math.max(MIN_SIDE_EMU, Math.min(emu(box.h), PAGE_EMU.height - y));
  return { x, y, w, h };
}

/** Where an element goes: on `pageObjectId`, at the box, unscaled. */
export function placement(pageObjectId: string, box: Box): PageElementProperties {
  const b = boxEmu(box);
  return {
    pageObjectId,
    size: { width: { magnitude: b.w, unit: "EMU" }, height: { magnitude: b.h, unit: "EMU" } },
    transform: { scaleX: 1, scaleY: 1, translateX: b.x, translateY: b.y, unit: "EMU" },
  };
}
