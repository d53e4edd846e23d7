/** Columns of the content area that sections stack text, tiles, charts and tables into. */
import type { Box } from "./deck";
import { CONTENT, GRID } from "./theme";

/** A vertical strip of the content area, from `y` down to `bottom`. */
export interface Column {
  x: number;
  y: number;
  w: number;
  bottom: number;
}

const HALF_W = (CONTENT.w - GRID.gutter) / 2;
export const FULL: Column = { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, bottom: GRID.bottom };
export const LEFT: Column = { x: CONTENT.x, y: CONTENT.y, w: HALF_W, bottom: GRID.bottom };
export const RIGHT: Column = {
  x: CONTENT.x + HALF_W + GRID.gutter,
  y: CONTENT.y,
  w: HALF_W,
  bottom: GRID.bottom,
};

export function boxOf(col: Column): Box {
  return { x: col.x, y: col.y, w: col.w, h: col.bottom - col.y };
}

/** The part of a column below `y`. */
export function below(col: Column, y: number): Column {
  return { ...col, y };
}
