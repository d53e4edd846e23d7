/**
 * Slide 1: the cover. It carries only its title; the renderers draw the month and the unit
 * from the Deck's own fields (`monthLabel`, `unit`), so the slide repeats neither.
 */
import type { SectionBuilder } from "../context";

export const coverSection: SectionBuilder = (ctx) => [
  { id: "s01-cover", title: `Laporan Layanan Informasi ${ctx.unit}`, kind: "cover", elements: [] },
];
