/**
 * WorkbookData for tests, without a workbook:
 *   buildData({ ppid: [{ month: "2023-11", permohonan: 21 }] }, { batasTamuTatapMuka: 3 })
 * Each row lists its month and its column values by key; rows get sheet row numbers 2, 3, ...
 * in the order given (or `row` when given). Channels not named have no rows.
 */
import type { ChannelKey } from "../../src/core/workbook/channels";
import type { DataRow, FieldValue, WorkbookData } from "../../src/core/workbook/data";
import { emptyRows } from "../../src/core/workbook/dataset";
import { toMonth } from "../../src/core/workbook/period";
import { SETTINGS, type Settings } from "../../src/core/workbook/settings";

export interface RowSpec {
  month: string;
  row?: number;
  [column: string]: FieldValue | undefined;
}

export type RowsSpec = Partial<Record<ChannelKey, readonly RowSpec[]>>;

export function defaultSettings(): Settings {
  return Object.fromEntries(SETTINGS.map((s) => [s.key, s.defaultValue])) as Settings;
}

export function buildRows(specs: readonly RowSpec[]): DataRow[] {
  return specs.map(({ month, row, ...values }, i) => ({
    month: toMonth(month),
    row: row ?? i + 2,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? null])),
  }));
}

export function buildData(rows: RowsSpec = {}, settings: Partial<Settings> = {}): WorkbookData {
  const all = emptyRows();
  for (const [key, specs] of Object.entries(rows) as [ChannelKey, readonly RowSpec[]][]) {
    all[key] = buildRows(specs);
  }
  return { rows: all, settings: { ...defaultSettings(), ...settings } };
}
