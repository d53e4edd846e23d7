/**
 * Where a Finding belongs in the form. Findings name their place in their message
 * (`Tab "PPID", baris 2, kolom B (Permohonan): wajib diisi.`); under a field the place is
 * redundant, so only the reason is shown there.
 */
import type { ChannelDef } from "../core/workbook/channels";

const PLACE = /^Tab "[^"]*"[^:]*: /;

/** The reason part of a Finding's message, first letter capitalised. */
export function reasonOf(message: string): string {
  const reason = message.replace(PLACE, "");
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/** The column key of a Finding's `column` header; undefined for `Bulan` or an unknown header. */
export function columnKeyOf(def: ChannelDef, header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  return def.columns.find((c) => c.header === header)?.key;
}

/**
 * Position (0-based) in the sent rows of a rejected save's Finding. The server validates the
 * request's rows with parseChannelRows numbering them from 1 (core/entry/save-plan.ts), so row 1 is
 * the first row sent (blank rows are not sent).
 */
export function rowPositionOf(row: number | undefined, sentCount: number, firstRow = 1): number | undefined {
  if (row === undefined) return undefined;
  const position = row - firstRow;
  return Number.isInteger(position) && position >= 0 && position < sentCount ? position : undefined;
}
