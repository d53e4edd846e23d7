/**
 * Sheet contents laid out as the registry says (header row from headersOf, cells in column
 * order), for filling fake spreadsheets and raw workbooks in tests:
 *   registrySheets({ ppid: [{ month: "2023-11", permohonan: 21 }] })
 */
import {
  CHANNELS,
  type ChannelDef,
  type ChannelKey,
  channel,
  headersOf,
} from "../../src/core/workbook/channels";
import { SETTINGS_HEADERS, SETTINGS_TAB } from "../../src/core/workbook/settings";

/** One sheet row: its `Bulan` cell and cells by column key; missing cells are empty (""). */
export interface SheetRowSpec {
  month: unknown;
  [column: string]: unknown;
}

export type SheetRows = unknown[][];

export function sheetRows(def: ChannelDef, rows: readonly SheetRowSpec[] = []): SheetRows {
  return [headersOf(def), ...rows.map((r) => [r.month, ...def.columns.map((c) => r[c.key] ?? "")])];
}

/**
 * Every registry tab (header only unless rows are given) plus Pengaturan (header only),
 * in registry order; `omit` leaves tabs out, as in a workbook not yet set up.
 */
export function registrySheets(
  rows: Partial<Record<ChannelKey, readonly SheetRowSpec[]>> = {},
  omit: readonly ChannelKey[] = [],
): Record<string, SheetRows> {
  const sheets: Record<string, SheetRows> = {};
  for (const def of CHANNELS) {
    if (!omit.includes(def.key)) sheets[def.tab] = sheetRows(channel(def.key), rows[def.key]);
  }
  sheets[SETTINGS_TAB] = [[...SETTINGS_HEADERS]];
  return sheets;
}
