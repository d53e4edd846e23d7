/**
 * How a workbook adapter hands over a cell whose type the sheet knows, the same from Google
 * Sheets (effectiveValue + effectiveFormat.numberFormat.type) and from .xlsx (exceljs): so the
 * parser reads every cell alike, whichever way the workbook came in.
 */
import type { ChannelDef } from "./channels";
import type { CellValue } from "./types";

/** Days between the Sheets/Excel epoch (30 Dec 1899) and the Unix epoch. */
const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

/** A date serial as `YYYY-MM-DD` (its time of day ignored); undefined when it is no date. */
export function serialToIso(serial: number): string | undefined {
  const date = new Date(Math.round((serial - SERIAL_EPOCH_OFFSET) * MS_PER_DAY));
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1000 || year > 9999) return undefined;
  return date.toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY + SERIAL_EPOCH_OFFSET;
}

/** Column 0 (`Bulan`) and the registry's date columns take dates; `def` undefined: not a data tab. */
function takesDates(def: ChannelDef | undefined, column: number): boolean {
  return def !== undefined && (column === 0 || def.columns[column - 1]?.type === "date");
}

/**
 * A cell the sheet holds as a date (a date or time number format). In `Bulan` and date columns
 * its day as `YYYY-MM-DD`; in any other column of a data tab a Date at local midnight, so a count
 * column reports "isian berupa tanggal" (never the serial 45.236 as a figure) and a text column
 * reads the same day back.
 */
export function dateCell(def: ChannelDef | undefined, column: number, iso: string): CellValue {
  if (def === undefined || takesDates(def, column)) return iso;
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return new Date(year, month - 1, day);
}

/**
 * A plain number. In `Bulan` and date columns a date serial becomes its month or day: saves write
 * dates RAW as serials, so a tab without date formats holds them as plain numbers.
 */
export function numberCell(def: ChannelDef | undefined, column: number, value: number): CellValue {
  if (!takesDates(def, column)) return value;
  const iso = serialToIso(value);
  if (!iso) return value;
  return column === 0 ? iso.slice(0, 7) : iso;
}
