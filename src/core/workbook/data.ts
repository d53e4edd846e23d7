import type { ChannelKey } from "./channels";
import type { Month } from "./period";
import type { Settings } from "./settings";

/** A parsed cell: numbers as numbers, dates as `YYYY-MM-DD`, text as text, empty as null. */
export type FieldValue = number | string | null;

/** One data row of a tab after parsing. `row` is the sheet row number, for messages. */
export interface DataRow {
  month: Month;
  row: number;
  values: Record<string, FieldValue>;
}

/** The whole workbook after parsing: every channel's rows (in sheet order) and the settings. */
export interface WorkbookData {
  rows: Record<ChannelKey, DataRow[]>;
  settings: Settings;
}
