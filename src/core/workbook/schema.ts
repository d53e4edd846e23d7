/**
 * zod schemas derived from the registry: one cell, one data row of a channel, a `Bulan` value.
 * Used by the parser (server side) and by the sidebar form (browser), so they stay pure and small.
 * Issue messages are Indonesian and name no place: the caller knows the tab, row and column.
 * Each issue carries a stable code in `params.code` (see `issueCode`).
 */
import * as z from "zod/mini";
import { formatNumber } from "../words/format";
import type { ChannelDef, ColumnDef } from "./channels";
import { cleanText, textLength } from "./clean-text";
import type { FieldValue } from "./data";
import { DEFAULT_DATE_EXAMPLES, exportedDateParts } from "./date-text";
import { parseNumberText } from "./numbers";
import { type Month, parseMonth } from "./period";
import type { CellValue } from "./types";

export type IssueCode =
  | "required"
  | "bad-number"
  | "out-of-range"
  | "bad-choice"
  | "bad-date"
  | "bad-month"
  | "bad-value"
  | "too-long";

export type CellResult = { ok: true; value: FieldValue } | { ok: false; code: IssueCode; reason: string };

/** A data row as the form (or the parser) hands it over: cells keyed by column key. */
export type RowInput = { readonly [key: string]: CellValue | undefined };

const bad = (code: IssueCode, reason: string): CellResult => ({ ok: false, code, reason });

/** Empty as staff see it: nothing, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A JS Date read with local getters: in Apps Script the script time zone is the sheet's. */
function isoOfDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// parse.ts puts the month being filled in place of these examples (withMonthExamples).
const DATE_HELP = `tulis tanggal seperti ${DEFAULT_DATE_EXAMPLES}`;

function isoFromParts(year: number, month: number, day: number, shown: string): CellResult {
  if (year < 2000 || year > 2100) return bad("bad-date", `tahun pada "${shown}" di luar rentang 2000-2100.`);
  if (month < 1 || month > 12)
    return bad("bad-date", `"${shown}" bukan tanggal yang sah; bulan harus 1 sampai 12.`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay) {
    return bad("bad-date", `"${shown}" bukan tanggal yang ada; bulan itu hanya sampai tanggal ${lastDay}.`);
  }
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

function readDateText(text: string): CellResult {
  // ISO, possibly with a time part (the xlsx adapter's Date.toISOString()): the date as written.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (numeric) return isoFromParts(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]), text);
  // `6/11/23`, `06-Okt-23`, `6 Nov 2023`, `October 6, 2023`: the forms spreadsheets export.
  const exported = exportedDateParts(text);
  if (exported) return isoFromParts(exported.year, exported.month, exported.day, text);
  return bad("bad-date", `"${text}" bukan tanggal yang dikenali; ${DATE_HELP}.`);
}

function readDate(value: CellValue): CellResult {
  if (value instanceof Date) {
    const iso = isoOfDate(value);
    return iso ? readDateText(iso) : bad("bad-date", `isian bukan tanggal yang sah; ${DATE_HELP}.`);
  }
  if (typeof value === "string") return readDateText(value.trim());
  return bad("bad-date", `"${String(value)}" bukan tanggal; ${DATE_HELP}.`);
}

function shownNumber(value: number, column: ColumnDef): string {
  return column.type === "percent" ? `${formatNumber(value, 6)}%` : formatNumber(value, 6);
}

function readNumber(value: CellValue, column: ColumnDef): CellResult {
  const type = column.type === "percent" || column.type === "decimal" ? column.type : "count";
  if (typeof value === "boolean") return bad("bad-number", "isian berupa centang (TRUE/FALSE), bukan angka.");
  if (value instanceof Date)
    return bad("bad-number", "isian berupa tanggal, bukan angka; ubah format sel menjadi angka.");
  if (typeof value !== "string" && typeof value !== "number") return bad("bad-number", "isian bukan angka.");
  const read = parseNumberText(value, type);
  if (!read.ok) return bad("bad-number", read.reason);
  if (column.min !== undefined && read.value < column.min) {
    const limit = shownNumber(column.min, column);
    return bad("out-of-range", `${shownNumber(read.value, column)} kurang dari batas minimal ${limit}.`);
  }
  if (column.max !== undefined && read.value > column.max) {
    const limit = shownNumber(column.max, column);
    return bad("out-of-range", `${shownNumber(read.value, column)} melebihi batas maksimal ${limit}.`);
  }
  return { ok: true, value: read.value };
}

const normalChoice = (text: string): string => text.trim().replace(/\s+/g, " ").toLowerCase();

function readChoice(value: CellValue, column: ColumnDef): CellResult {
  const choices = column.choices ?? [];
  const text = typeof value === "boolean" ? (value ? "Ya" : "Tidak") : readText(value);
  const found = choices.find((c) => normalChoice(c) === normalChoice(text));
  if (found !== undefined) return { ok: true, value: found };
  return bad("bad-choice", `"${text}" bukan pilihan yang tersedia; pilih salah satu: ${choices.join(", ")}.`);
}

/**
 * Text kept as typed (a leading `=`, `+`, `-` or `@` is just text), cleaned once (see
 * cleanText): line breaks survive only in a multi-line field.
 */
function readText(value: CellValue, multiline = false): string {
  if (typeof value === "string") return cleanText(value, multiline);
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoOfDate(value) ?? "";
  return "";
}

const isCellValue = (value: unknown): value is CellValue =>
  value === null ||
  typeof value === "string" ||
  typeof value === "number" ||
  typeof value === "boolean" ||
  value instanceof Date;

/**
 * One cell of a column: empty -> null (or `required`), numbers Indonesian-style with bounds,
 * choices case-insensitive (output in the registry's spelling), dates as `YYYY-MM-DD`.
 * `required` overrides the column's own flag (a month's total row of an item tab needs less).
 */
export function readCell(column: ColumnDef, value: unknown, required = column.required === true): CellResult {
  if (isBlank(value)) return required ? bad("required", "wajib diisi.") : { ok: true, value: null };
  if (!isCellValue(value)) return bad("bad-value", "isian tidak terbaca.");
  switch (column.type) {
    case "count":
    case "decimal":
    case "percent":
      return readNumber(value, column);
    case "date":
      return readDate(value);
    case "choice":
      return readChoice(value, column);
    case "text":
      return readLimitedText(value, column, required);
  }
}

function readLimitedText(value: CellValue, column: ColumnDef, required: boolean): CellResult {
  const text = readText(value, column.long === true);
  if (text === "") return required ? bad("required", "wajib diisi.") : { ok: true, value: null };
  const length = textLength(text);
  if (column.maxLength !== undefined && length > column.maxLength) {
    return bad(
      "too-long",
      `teks ${formatNumber(length)} karakter, melebihi batas ${formatNumber(column.maxLength)} karakter; ` +
        (column.offSlide
          ? "persingkat isinya."
          : "persingkat isinya (teks yang lebih panjang tidak muat di slide)."),
    );
  }
  return { ok: true, value: text };
}

/** zod/mini (the small build the sidebar page ships): a transform reports issues on its payload. */
function addIssue(
  ctx: z.core.ParsePayload,
  code: IssueCode,
  message: string,
  path: PropertyKey[] = [],
): void {
  ctx.issues.push({ code: "custom", message, path, params: { code }, input: ctx.value });
}

export function cellSchema(
  column: ColumnDef,
  options: { required?: boolean } = {},
): z.ZodMiniType<FieldValue, CellValue> {
  const required = options.required ?? column.required === true;
  return z.pipe(
    z.custom<CellValue>(() => true),
    z.transform((value: CellValue, ctx) => {
      const read = readCell(column, value, required);
      if (read.ok) return read.value;
      addIssue(ctx, read.code, read.reason);
      return z.NEVER;
    }),
  );
}

/** For an item tab: a row with the label empty and the weight filled is the month's stated total. */
export function isTotalRow(def: ChannelDef, input: RowInput): boolean {
  return (
    def.kind === "items" &&
    def.weight !== undefined &&
    isBlank(input[def.label]) &&
    !isBlank(input[def.weight])
  );
}

/**
 * The measure rule of a monthly channel whose measure has parts: when its own column is
 * empty, every part must be filled (the measure is then their sum).
 */
function missingParts(def: ChannelDef, input: RowInput): ColumnDef[] {
  if (def.kind !== "monthly" || !def.measure?.parts || !isBlank(input[def.measure.column])) return [];
  const parts = def.measure.parts;
  return def.columns.filter((c) => parts.includes(c.key) && isBlank(input[c.key]));
}

/**
 * One data row of a channel, keyed by column key (without `Bulan`). Output has every column
 * key (null when empty). Every problem of the row is reported, each with the column key as path.
 */
export function rowSchema(def: ChannelDef): z.ZodMiniType<Record<string, FieldValue>, RowInput> {
  return z.pipe(
    z.custom<RowInput>(() => true),
    z.transform((input: RowInput, ctx) => {
      if (typeof input !== "object" || input === null || Array.isArray(input)) {
        addIssue(ctx, "bad-value", "baris tidak terbaca.");
        return z.NEVER;
      }
      const total = isTotalRow(def, input);
      const values: Record<string, FieldValue> = {};
      for (const column of def.columns) {
        const read = readCell(column, input[column.key], column.required === true && !total);
        if (read.ok) values[column.key] = read.value;
        else addIssue(ctx, read.code, read.reason, [column.key]);
      }
      const missing = missingParts(def, input);
      if (def.kind === "monthly" && def.measure && missing.length > 0) {
        const totalHeader =
          def.columns.find((c) => c.key === def.measure?.column)?.header ?? def.measure.column;
        const names = missing.map((c) => c.header).join(", ");
        addIssue(
          ctx,
          "required",
          `kosong, dan rinciannya belum lengkap (${names} kosong). Isi kolom ${totalHeader} atau semua rinciannya.`,
          [def.measure.column],
        );
      }
      return values;
    }),
  );
}

const ISO_DATE_PREFIX = /^(\d{4}-\d{2})-\d{2}(?:[T ].*)?$/;

/**
 * `Bulan`: `2023-11`. A date in the cell (Sheets turns a typed `2023-11` into a date; the xlsx
 * adapter hands dates as ISO strings) is accepted as its month.
 */
export const monthSchema: z.ZodMiniType<Month, CellValue> = z.pipe(
  z.custom<CellValue>(() => true),
  z.transform((value: CellValue, ctx) => {
    if (!isCellValue(value) && !isBlank(value)) {
      addIssue(ctx, "bad-month", "bulan tidak terbaca; isi dengan format TTTT-BB, misalnya 2023-11.");
      return z.NEVER;
    }
    let text = typeof value === "string" ? value.trim() : isBlank(value) ? "" : String(value);
    if (value instanceof Date) text = isoOfDate(value) ?? "";
    const fromDate = ISO_DATE_PREFIX.exec(text);
    const read = parseMonth(fromDate ? fromDate[1] : text);
    if (read.ok) return read.month;
    addIssue(ctx, "bad-month", lowerFirst(read.message));
    return z.NEVER;
  }),
);

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The stable code of an issue from these schemas (`invalid` for zod's own issues). */
export function issueCode(issue: z.core.$ZodIssue): IssueCode | "invalid" {
  const params = (issue as { params?: { code?: unknown } }).params;
  return typeof params?.code === "string" ? (params.code as IssueCode) : "invalid";
}
