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
import { CHANNELS } from "../core/workbook/channels";
import { SETTINGS_TAB } from "../core/workbook/settings";
import type { CellValue, Finding, RawTab, RawWorkbook } from "../core/workbook/types";

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

function readSheet(sheet: ExcelJS.Worksheet, findings: Finding[]): RawTab {
  const { lastRow, lastColumn } = extent(sheet);
  const header: string[] = [];
  const headerRow = sheet.getRow(1);
  for (let c = 1; c <= lastColumn; c++) header.push(textOfHeader(headerRow.getCell(c)));

  const rows: CellValue[][] = [];
  for (let r = 2; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c);
      const where = { tab: sheet.name, cell: cell.address, row: r, column: header[c - 1] || undefined };
      values.push(readCell(cell, where, findings));
    }
    rows.push(values);
  }

  reportMerges(sheet, header, findings);
  return { name: sheet.name, header, rows, firstRow: 2 };
}

/** The last row and column holding a value (formatting alone does not count), like getDataRange(). */
function extent(sheet: ExcelJS.Worksheet): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Null) return;
      lastRow = Math.max(lastRow, rowNumber);
      lastColumn = Math.max(lastColumn, colNumber);
    });
  });
  return { lastRow, lastColumn };
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

function readCell(cell: ExcelJS.Cell, where: Where, findings: Finding[]): CellValue {
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

function reportMerges(sheet: ExcelJS.Worksheet, header: string[], findings: Finding[]): void {
  if (!sheet.hasMerges) return;
  for (const range of sheet.model.merges) {
    const [first = range] = range.split(":");
    const column = header[sheet.getCell(first).fullAddress.col - 1] || undefined;
    const row = Number(first.replace(/^[A-Z]+/, ""));
    findings.push(
      finding(
        "error",
        "merged-cell",
        { tab: sheet.name, cell: range, row, column },
        "sel digabung (merge). Pisahkan gabungan sel (Unmerge) dan isi setiap sel dengan nilainya sendiri.",
      ),
    );
  }
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
