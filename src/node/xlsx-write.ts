/**
 * Writes a RawWorkbook as an `.xlsx` in the registry's layout: data tabs in registry order, then
 * Pengaturan, Riwayat and Log; a bold frozen header row; text columns (and `Bulan`) formatted as
 * text so `2023-11` or `=...` typed later stays what was typed; counts as `#,##0`; validation
 * (choice lists, whole numbers >= min) from the registry.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type ColumnDef, channelByTab, MONTH_HEADER } from "../core/workbook/channels";
import { TAB_ORDER } from "../core/workbook/new-workbook";
import { columnLetter } from "../core/workbook/parse";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB, type SettingDef } from "../core/workbook/settings";
import { HISTORY_TAB, LOG_TAB } from "../core/workbook/system-tabs";
import type { CellValue, RawTab, RawWorkbook } from "../core/workbook/types";

/** Validation and formats reach this many rows below the header at least (more when data is longer). */
const FORMATTED_ROWS = 1000;

const TEXT = "@";
const COUNT = "#,##0";
const DATE = "yyyy-mm-dd";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WriteOptions {
  /**
   * Stamped as the file's created/modified date and on every zip entry, so the same workbook
   * written twice gives the same bytes (a committed sample does not churn). Default: now.
   */
  date?: Date;
}

export async function writeWorkbook(
  raw: RawWorkbook,
  path: string,
  options: WriteOptions = {},
): Promise<void> {
  await writeFile(path, await workbookBuffer(raw, options));
}

export async function workbookBuffer(raw: RawWorkbook, options: WriteOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const date = options.date ?? new Date();
  workbook.creator = "laporan-layanan";
  workbook.lastModifiedBy = "laporan-layanan";
  workbook.created = date;
  workbook.modified = date;
  for (const tab of orderedTabs(raw)) addSheet(workbook, tab);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return options.date ? stampZip(buffer, options.date) : buffer;
}

/** exceljs stamps each zip entry with the current time; re-zip with a fixed one. */
async function stampZip(buffer: Buffer, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(buffer);
  const target = new JSZip();
  for (const [name, entry] of Object.entries(source.files)) {
    if (!entry.dir) target.file(name, await entry.async("uint8array"), { date, createFolders: false });
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The registry's tab order (TAB_ORDER); tabs it does not name follow in the order given. */
function orderedTabs(raw: RawWorkbook): RawTab[] {
  const known = TAB_ORDER.flatMap((name) => (raw[name] ? [raw[name]] : []));
  const others = Object.values(raw).filter((t) => !TAB_ORDER.includes(t.name));
  return [...known, ...others];
}

/** How one column is stored: number format, width, validation. */
interface ColumnSpec {
  numFmt?: string;
  width: number;
  wrap?: boolean;
  validation?: ExcelJS.DataValidation;
  /** ISO date text becomes a real date cell. */
  date?: boolean;
}

function addSheet(workbook: ExcelJS.Workbook, tab: RawTab): void {
  const sheet = workbook.addWorksheet(tab.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const specs = tab.header.map((h) => columnSpec(tab.name, h));
  const lastRow = Math.max(FORMATTED_ROWS, tab.rows.length + 500);

  specs.forEach((spec, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(spec.width, (tab.header[i]?.length ?? 0) + 3);
    if (spec.numFmt) column.numFmt = spec.numFmt;
    if (spec.wrap) column.alignment = { wrapText: true, vertical: "top" };
    if (spec.validation) validationsOf(sheet).add(rangeOf(i + 1, 2, lastRow), spec.validation);
  });

  const header = sheet.getRow(1);
  tab.header.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });

  tab.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = cellValue(value, specs[c]?.date === true);
      if (cell.value instanceof Date) cell.numFmt = DATE;
    });
  });

  if (tab.name === SETTINGS_TAB) formatSettingValues(sheet, tab);
}

/** exceljs supports range validations (and merges alike cells on write) but does not declare it. */
function validationsOf(sheet: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function rangeOf(column: number, fromRow: number, toRow: number): string {
  const letter = columnLetter(column - 1);
  return `${letter}${fromRow}:${letter}${toRow}`;
}

/** Empty cells stay empty; a string is always a string (never a formula); ISO dates in date columns become dates. */
function cellValue(value: CellValue, dateColumn: boolean): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (typeof value === "string" && dateColumn) {
    const match = ISO_DATE.exec(value);
    if (match) {
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      if (date.toISOString().startsWith(value)) return date;
    }
  }
  return value;
}

function columnSpec(tabName: string, header: string): ColumnSpec {
  const def = channelByTab(tabName);
  if (def) {
    if (header === MONTH_HEADER) return monthSpec();
    const column = def.columns.find((c) => c.header === header);
    return column ? registrySpec(column) : { width: 14 };
  }
  if (tabName === SETTINGS_TAB) {
    // Nilai is formatted per row (formatSettingValues): each setting has its own type.
    if (header === SETTINGS_HEADERS[1]) return { width: 45 };
    return { numFmt: TEXT, width: header === SETTINGS_HEADERS[2] ? 70 : 30, wrap: true };
  }
  if (tabName === HISTORY_TAB || tabName === LOG_TAB) return { numFmt: TEXT, width: 22 };
  return { width: 14 };
}

function monthSpec(): ColumnSpec {
  return {
    numFmt: TEXT,
    width: 10,
    validation: {
      type: "textLength",
      operator: "equal",
      formulae: [7],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: "Bulan",
      error: "Isi Bulan dengan format TTTT-BB, misalnya 2023-11.",
    },
  };
}

function registrySpec(column: ColumnDef): ColumnSpec {
  switch (column.type) {
    case "text":
      return { numFmt: TEXT, width: column.long ? 60 : 40, wrap: column.long === true };
    case "date":
      return { numFmt: DATE, width: 12, date: true };
    case "choice":
      return {
        numFmt: TEXT,
        width: Math.max(12, ...(column.choices ?? []).map((c) => c.length + 4)),
        ...(column.choices ? listValidation(column.header, column.choices) : {}),
      };
    case "count":
      return { numFmt: COUNT, width: 14, validation: numberValidation("whole", column) };
    case "decimal":
    case "percent":
      return { width: 14, validation: numberValidation("decimal", column) };
  }
}

function listValidation(title: string, choices: readonly string[]): Pick<ColumnSpec, "validation"> {
  const list = choices.join(",");
  // An inline list cannot hold commas and is limited to 255 characters.
  if (choices.some((c) => c.includes(",") || c.includes('"')) || list.length > 255) return {};
  return {
    validation: {
      type: "list",
      formulae: [`"${list}"`],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: title,
      error: `Pilih salah satu: ${choices.join(", ")}.`,
    },
  };
}

function numberValidation(type: "whole" | "decimal", column: ColumnDef): ExcelJS.DataValidation | undefined {
  const kind = type === "whole" ? "bilangan bulat" : "angka";
  const common = { type, allowBlank: true, showErrorMessage: true, errorTitle: column.header };
  if (column.min !== undefined && column.max !== undefined) {
    return {
      ...common,
      operator: "between",
      formulae: [column.min, column.max],
      error: `Isi dengan ${kind} ${column.min} sampai ${column.max}.`,
    };
  }
  if (column.min !== undefined) {
    return {
      ...common,
      operator: "greaterThanOrEqual",
      formulae: [column.min],
      error: `Isi dengan ${kind} paling sedikit ${column.min}.`,
    };
  }
  return undefined;
}

/** Each Pengaturan row's Nilai cell: text settings as text, counts as whole numbers, choices as lists. */
function formatSettingValues(sheet: ExcelJS.Worksheet, tab: RawTab): void {
  const labelColumn = tab.header.indexOf(SETTINGS_HEADERS[0]);
  const valueColumn = tab.header.indexOf(SETTINGS_HEADERS[1]);
  if (labelColumn < 0 || valueColumn < 0) return;
  const byLabel = new Map<string, SettingDef>(SETTINGS.map((s) => [s.label, s]));
  tab.rows.forEach((values, r) => {
    const setting = byLabel.get(String(values[labelColumn] ?? ""));
    if (!setting) return;
    const cell = sheet.getRow(r + 2).getCell(valueColumn + 1);
    if (setting.type === "text") cell.numFmt = TEXT;
    if (setting.type === "count") {
      cell.numFmt = COUNT;
      cell.dataValidation = {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: setting.label,
        error: "Isi dengan bilangan bulat paling sedikit 0.",
      };
    }
    if (setting.type === "choice" && setting.choices) {
      const { validation } = listValidation(setting.label, setting.choices);
      if (validation) cell.dataValidation = validation;
    }
  });
}
