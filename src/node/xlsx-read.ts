/**
 * Reads an `.xlsx` workbook (a Google Sheets export) into a RawWorkbook, cell by cell the way
 * Sheets' getValues() hands values over: numbers, strings, booleans, "" for empty, dates as
 * `YYYY-MM-DD` text. Whatever the file does that the tool cannot take (merged cells, formulas,
 * error values, not being an xlsx at all) becomes an Indonesian finding, never an exception.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { formatNumber } from "../core/words/format";
import { CHANNELS, type ChannelDef, channelByTab } from "../core/workbook/channels";
import { SETTINGS_TAB } from "../core/workbook/settings";
import { dateCell, numberCell } from "../core/workbook/typed-cells";
import type { CellValue, Finding, MergedCells, RawTab, RawWorkbook } from "../core/workbook/types";
import { checkXlsxLimits } from "./xlsx-limits";

export interface ReadResult {
  raw: RawWorkbook;
  findings: Finding[];
}

/** Tabs whose cells the report reads, and so whose cells are checked. */
const CHECKED_TABS: ReadonlySet<string> = new Set([...CHANNELS.map((c) => c.tab), SETTINGS_TAB]);

/** Largest workbook read: a month's workbook is well under 1 MB; Google Sheets' exports stay far below. */
export const MAX_WORKBOOK_MB = 50;

/** Codes of a workbook path that cannot be read at all (the CLI treats them as a wrong argument). */
export const UNREADABLE_FILE: ReadonlySet<string> = new Set([
  "file-not-found",
  "not-a-file",
  "file-too-large",
  "workbook-too-many-cells",
  "workbook-inflates-too-much",
]);

/** Only a regular file of a sane size is read: a pipe or a device would never end. */
async function checkFile(path: string): Promise<ReadResult | undefined> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    return fail("file-not-found", `File "${path}" tidak ditemukan atau tidak dapat dibaca.`);
  }
  if (!info.isFile()) {
    return fail(
      "not-a-file",
      `"${path}" bukan file biasa (mungkin folder, perangkat, atau pipa); berikan file .xlsx.`,
    );
  }
  if (info.size > MAX_WORKBOOK_MB * 1024 * 1024) {
    const size = formatNumber(info.size / 1024 / 1024, 1);
    return fail(
      "file-too-large",
      `File "${path}" berukuran ${size} MB, melebihi batas ${MAX_WORKBOOK_MB} MB untuk sebuah workbook laporan.`,
    );
  }
  return undefined;
}

export async function readWorkbook(source: string | Buffer): Promise<ReadResult> {
  const fileName = typeof source === "string" ? basename(source) : "workbook";
  if (typeof source === "string") {
    const refused = await checkFile(source);
    if (refused) return refused;
  }
  let buffer: Buffer;
  try {
    buffer = typeof source === "string" ? await readFile(source) : source;
  } catch {
    return fail("file-not-found", `File "${source}" tidak ditemukan atau tidak dapat dibaca.`);
  }

  // Before exceljs inflates anything: a file Google Sheets could not hold, or a zip bomb, is refused.
  const refusal = checkXlsxLimits(buffer, fileName);
  if (refusal) return fail(refusal.code, refusal.message);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type lags behind @types/node's generic Buffer.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    const twin = /Worksheet name already exists: (.*)$/.exec(error instanceof Error ? error.message : "");
    if (twin) {
      return fail(
        "duplicate-tab",
        `Workbook "${fileName}" punya dua tab bernama "${twin[1]}" yang hanya berbeda huruf besar/kecil; ` +
          "Excel dan Google Sheets menganggapnya tab yang sama. Ganti nama atau hapus salah satunya.",
      );
    }
    return fail(
      "not-xlsx",
      `File "${fileName}" tidak dapat dibuka sebagai workbook Excel (.xlsx). ` +
        "Unduh ulang dari Google Sheets melalui File > Download > Microsoft Excel (.xlsx).",
    );
  }

  if (workbook.worksheets.length === 0) {
    return fail("empty-workbook", `Workbook "${fileName}" tidak berisi satu tab pun.`);
  }

  const raw: RawWorkbook = {};
  const findings: Finding[] = [];
  for (const sheet of workbook.worksheets) {
    const checked = CHECKED_TABS.has(sheet.name);
    raw[sheet.name] = readSheet(sheet, checked ? findings : []);
  }
  return { raw, findings };
}

function fail(code: string, message: string): ReadResult {
  return { raw: {}, findings: [{ severity: "error", code, message }] };
}

/**
 * A tab's cells, sparse: only the rows and cells the file holds are visited (a stray cell far out
 * costs one row, not every cell up to it); rows in between are empty. Dates and numbers go
 * through the core's typed-cells, as Sheets' do.
 */
function readSheet(sheet: ExcelJS.Worksheet, findings: Finding[]): RawTab {
  const def = channelByTab(sheet.name);
  const header: string[] = [];
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (r === 1) {
        header[c - 1] = textOfHeader(cell);
        return;
      }
      // eachRow goes in row order: the header (row 1) is known before any data row.
      const where = { tab: sheet.name, cell: cell.address, row: r, column: header[c - 1] || undefined };
      values[c - 1] = readCell(cell, where, findings, def, c - 1);
    });
    if (r > 1 && values.some((v) => v !== "" && v !== null && v !== undefined)) rows[r - 2] = values;
  });
  // Only cells with a value count: trailing empty rows and cells are left out, as Sheets does.
  let last = rows.length;
  while (last > 0 && rows[last - 1] === undefined) last -= 1;
  const width = header.length;
  const dense: CellValue[][] = [];
  for (let i = 0; i < last; i++) {
    const row = rows[i] ?? [];
    const length = Math.max(width, trimmedLength(row));
    const out: CellValue[] = [];
    for (let c = 0; c < length; c++) out.push(row[c] ?? "");
    dense.push(out);
  }
  for (let c = 0; c < width; c++) header[c] = header[c] ?? "";
  return { name: sheet.name, header, rows: dense, firstRow: 2, merges: mergesOf(sheet) };
}

function trimmedLength(row: readonly CellValue[]): number {
  let length = row.length;
  while (length > 0 && (row[length - 1] === "" || row[length - 1] == null)) length -= 1;
  return length;
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The tab's merged ranges (`D5:D6`), for the core to judge as it judges Sheets' merges. */
function mergesOf(sheet: ExcelJS.Worksheet): MergedCells[] {
  if (!sheet.hasMerges) return [];
  return sheet.model.merges.flatMap((range) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
    if (!m) return [];
    const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = m;
    return [
      {
        firstRow: Number(r1),
        lastRow: Number(r2),
        firstColumn: columnIndexOf(c1),
        lastColumn: columnIndexOf(c2),
      },
    ];
  });
}

/** A header cell as text; a formula gives its result (its own finding would only be noise). */
function textOfHeader(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  const raw = isFormula(cell.value) ? cell.value.result : cell.value;
  const value = isErrorValue(raw) ? null : plainValue(raw);
  return value === null ? "" : String(value).trim();
}

interface Where {
  tab: string;
  cell: string;
  row: number;
  column: string | undefined;
}

function readCell(
  cell: ExcelJS.Cell,
  where: Where,
  findings: Finding[],
  def: ChannelDef | undefined,
  column: number,
): CellValue {
  return typed(readPlainCell(cell, where, findings), cell, def, column);
}

/** A number or a date as the core's typed-cells say, as the Sheets adapter does. */
function typed(value: CellValue, cell: ExcelJS.Cell, def: ChannelDef | undefined, column: number): CellValue {
  if (typeof value === "number") return numberCell(def, column, value);
  const raw = isFormula(cell.value) ? cell.value.result : cell.value;
  if (raw instanceof Date && typeof value === "string") return dateCell(def, column, value);
  return value;
}

function readPlainCell(cell: ExcelJS.Cell, where: Where, findings: Finding[]): CellValue {
  // Sheets gives "" for every cell of a merge but its top-left one; the merge itself is reported once.
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  const value = cell.value;

  if (isFormula(value)) {
    const formula = `=${cell.formula ?? ("formula" in value ? value.formula : value.sharedFormula)}`;
    const result = value.result;
    if (result === undefined || result === null) {
      findings.push(
        finding(
          "error",
          "formula-no-result",
          where,
          `berisi rumus ${formula} tanpa hasil tersimpan. Ganti rumus dengan nilainya ` +
            "(salin, lalu Tempel Khusus > Hanya Nilai).",
        ),
      );
      return "";
    }
    if (isErrorValue(result)) {
      findings.push(finding("error", "error-value", where, errorText(result.error, formula)));
      return "";
    }
    const resolved = plainValue(result);
    findings.push(
      finding(
        "warning",
        "formula-cell",
        where,
        `berisi rumus ${formula}; yang dipakai hasilnya (${shown(resolved)}). ` +
          "Alat ini menyimpan nilai, bukan rumus: ganti rumus dengan nilainya.",
      ),
    );
    return resolved ?? "";
  }

  if (isErrorValue(value)) {
    findings.push(finding("error", "error-value", where, errorText(value.error)));
    return "";
  }
  return plainValue(value) ?? "";
}

/** A value as staff would read it in a message: numbers the Indonesian way (`1.271`, `4,83`). */
function shown(value: CellValue): string {
  return typeof value === "number" ? formatNumber(value, 6) : String(value ?? "");
}

function errorText(error: string, formula?: string): string {
  const source = formula ? `rumus ${formula} menghasilkan` : "berisi";
  return `${source} galat ${error}. Perbaiki sel ini dan isi dengan nilai.`;
}

/** A value without formula or error: its text, number, boolean or ISO date; null when empty. */
function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("hyperlink" in value) {
      const text: unknown = value.text;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && "richText" in text) {
        return (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
      }
      return value.hyperlink;
    }
  }
  return String(value);
}

/** exceljs reads a date serial as midnight UTC of that day, so the UTC getters give the day. */
function isoDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

function isFormula(
  value: ExcelJS.CellValue,
): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

function isErrorValue(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

function finding(severity: Finding["severity"], code: string, where: Where, text: string): Finding {
  return {
    severity,
    code,
    message: `Tab "${where.tab}", sel ${where.cell}: ${text}`,
    tab: where.tab,
    row: where.row,
    ...(where.column ? { column: where.column } : {}),
  };
}
