/**
 * The sidebar's RPC surface: what `google.script.run` carries between the sidebar page and the
 * server functions in `src/gas/main.ts`. Plain JSON only (no Date, no undefined in arrays, no
 * functions): google.script.run rejects anything else. Both sides validate with these schemas.
 */
import * as z from "zod/mini";
import type { ChannelStatus } from "../core/judgement/summary";
import { CHANNELS, type ChannelKey } from "../core/workbook/channels";
import type { Finding } from "../core/workbook/types";

const channelKeys = CHANNELS.map((c) => c.key) as [ChannelKey, ...ChannelKey[]];

/** Figures to show beside a field: the same column last month and a year before. */
export interface ColumnReference {
  previous: number | null;
  lastYear: number | null;
}

export interface ChannelView {
  key: ChannelKey;
  tab: string;
  status: ChannelStatus;
  statusLabel: string;
  /** The month's rows as staff typed them (display text), cells in registry column order without `Bulan`. */
  rows: string[][];
  /** Sheet row number of each row in `rows`, for messages. */
  rowNumbers: number[];
  /** Per column key (monthly tabs) plus `__measure` (the channel's headline figure). */
  references: Record<string, ColumnReference>;
  /** Fingerprint of the month's rows when loaded; a save sends it back to detect a concurrent change. */
  version: string;
  /** The report's check findings (errors and warnings) on this tab, as the dialog lists them. */
  findings: Finding[];
}

export interface MonthView {
  month: string;
  monthLabel: string;
  channels: ChannelView[];
  /** Every error and warning of the report's check for the month (checkMonth). */
  findings: Finding[];
  /** The spreadsheet's ID (muatBulan only): the sidebar keeps unsaved figures per workbook. */
  workbook?: string;
}

export const saveRequestSchema = z.strictObject({
  month: z.string(),
  channel: z.enum(channelKeys),
  /** Cells as typed in the form (text), registry column order without `Bulan`. */
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))).check(z.maxLength(2000)),
  version: z.string(),
  /**
   * Per row of `rows`: the index (into the loaded view's `rows`) of the stored row it was loaded
   * from, null for a row staff added. Without it rows are matched by position.
   */
  origins: z.optional(z.array(z.union([z.number(), z.null()])).check(z.maxLength(2000))),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

/** A rejected save's findings number the request's rows from 1 (`row` 1 = `rows[0]`), not sheet rows. */
export type SaveResult =
  | { ok: true; view: ChannelView; month: MonthView; changedCells: number; message: string }
  | { ok: false; reason: "invalid" | "conflict" | "busy"; message: string; findings: Finding[] };

export const MEASURE_REFERENCE = "__measure";
