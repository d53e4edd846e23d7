/**
 * Numbers typed the Indonesian way: `1.271`, `1271` and `1 271` are all 1271; `41,2` is 41.2;
 * `41,2%` is 41.2 for a percent column. A dot only ever groups thousands, so `1.271` is never
 * one point two seven one, and a dot that does not group exactly three digits (`1.1108`) is a typo.
 */

import { formatNumber } from "../words/format";
import type { ColumnType } from "./channels";

export type NumberType = Extract<ColumnType, "count" | "decimal" | "percent">;

export type NumberResult = { ok: true; value: number } | { ok: false; reason: string };

const GROUP_EXAMPLE = "titik harus memisahkan tiap 3 angka (contoh: 1.108)";
const FRACTION_EXAMPLE = "desimal ditulis dengan koma (contoh: 41,2)";

const fail = (reason: string): NumberResult => ({ ok: false, reason });

/** Checks that hold however the number was given (typed text or a spreadsheet number). */
function checkValue(value: number, type: NumberType, shown: string): NumberResult {
  if (!Number.isFinite(value)) return fail(`"${shown}" bukan angka yang sah.`);
  if (type === "count") {
    if (value < 0) return fail(`"${shown}" tidak boleh negatif; isi jumlah 0 atau lebih.`);
    if (!Number.isInteger(value)) {
      return fail(`"${shown}" harus bilangan bulat; ribuan ditulis dengan titik (contoh: 1.271).`);
    }
    if (!Number.isSafeInteger(value)) return fail(`"${shown}" terlalu besar.`);
  }
  // -0 would print as "0" yet compare oddly in places; it is simply zero.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Splits `1.271` / `1 271` / `1271` into its digits, or explains why it is not a whole number. */
function readWhole(whole: string, shown: string, type: NumberType): { digits: string } | { reason: string } {
  if (/^\d+$/.test(whole)) return { digits: whole };
  const hint = type === "count" ? GROUP_EXAMPLE : `${GROUP_EXAMPLE}; ${FRACTION_EXAMPLE}`;
  if (/^\d{1,3}(\.\d{3})+$/.test(whole)) return { digits: whole.replace(/\./g, "") };
  if (/^\d{1,3}( \d{3})+$/.test(whole)) return { digits: whole.replace(/ /g, "") };
  if (/^[\d.]+$/.test(whole)) return { reason: `"${shown}" bukan angka yang sah; ${hint}.` };
  if (/^[\d ]+$/.test(whole)) {
    return { reason: `"${shown}" bukan angka yang sah; spasi hanya boleh memisahkan tiap 3 angka.` };
  }
  if (/^[\d. ]+$/.test(whole)) {
    return { reason: `"${shown}" bukan angka yang sah; pakai titik saja untuk memisahkan ribuan.` };
  }
  return { reason: `"${shown}" bukan angka yang sah.` };
}

/**
 * Reads a number typed as text, or takes a spreadsheet number as is (still checked: finite, and
 * a whole non-negative number for a count). Never throws; an empty cell is the caller's concern.
 */
export function parseNumberText(input: string | number, type: NumberType): NumberResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("Isian bukan angka yang sah.");
    return checkValue(input, type, formatNumber(input, 6));
  }
  if (typeof input !== "string") return fail("Isian bukan angka.");
  // Every kind of space (non-breaking, narrow, thin) becomes a plain one; trim() knows them all.
  let text = input.trim().replace(/\s/g, " ");
  const shown = text;
  if (text === "") return fail("Isian kosong.");
  if (text.startsWith("#")) return fail(`"${shown}" adalah galat rumus, bukan angka; perbaiki rumusnya.`);
  if (text.endsWith("%")) {
    if (type !== "percent") return fail(`"${shown}" tidak boleh berisi tanda persen; tulis angkanya saja.`);
    text = text.slice(0, -1).trimEnd();
  }
  let negative = false;
  if (text.startsWith("-") || text.startsWith("\u2212")) {
    negative = true;
    text = text.slice(1).trimStart();
  }
  const commas = text.split(",").length - 1;
  if (commas > 1) return fail(`"${shown}" bukan angka yang sah; koma desimal hanya boleh satu.`);
  const [whole = "", fraction] = text.split(",");
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return fail(`"${shown}" bukan angka yang sah; setelah koma harus ada angka (contoh: 41,2).`);
  }
  const read = readWhole(whole, shown, type);
  if ("reason" in read) return fail(read.reason);
  const value = Number(`${negative ? "-" : ""}${read.digits}${fraction ? `.${fraction}` : ""}`);
  return checkValue(value, type, shown);
}
