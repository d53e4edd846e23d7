/**
 * `Siapkan Workbook`: creates every tab the registry declares (then Pengaturan, Riwayat, Log),
 * with a frozen, protected header row, column formats and data validation. Existing tabs and
 * their data are never touched; a tab whose headers were changed by hand is reported.
 */
import { CHANNELS, type ColumnDef, headersOf } from "../core/workbook/channels";
import { columnLetter, normalHeader } from "../core/workbook/parse";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB } from "../core/workbook/settings";
import { HISTORY_HEADERS, HISTORY_TAB, LOG_HEADERS, LOG_TAB } from "../core/workbook/system-tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "newDataValidation">;

export interface SetupReport {
  created: string[];
  /** Existing tabs that gained something (missing settings rows, an empty header row filled). */
  completed: string[];
  /** Tabs left alone because their headers differ from what the tool expects. */
  problems: string[];
}

interface TabSpec {
  name: string;
  headers: readonly string[];
  columns?: readonly ColumnDef[];
  notes?: readonly string[];
}

const HEADER_FILL = "#1f3a68";
const HEADER_TEXT = "#ffffff";
/** Data rows prepared with formats and validation on a new tab. */
const PREPARED_ROWS = 999;

export const SETUP_TABS: readonly TabSpec[] = [
  ...CHANNELS.map((def) => ({
    name: def.tab,
    headers: headersOf(def),
    columns: def.columns,
    notes: ["Bulan laporan, format TTTT-BB (contoh: 2023-11).", ...def.columns.map((c) => c.help ?? "")],
  })),
  { name: SETTINGS_TAB, headers: SETTINGS_HEADERS },
  { name: HISTORY_TAB, headers: HISTORY_HEADERS },
  { name: LOG_TAB, headers: LOG_HEADERS },
];

function numberFormat(column: ColumnDef | undefined): string {
  switch (column?.type) {
    case "count":
      return "#,##0";
    case "decimal":
    case "percent":
      return "#,##0.0#";
    case "date":
      return "d mmmm yyyy";
    default:
      return "@";
  }
}

function validation(app: App, column: ColumnDef): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = app.newDataValidation().setAllowInvalid(false);
  if (column.type === "choice" && column.choices) {
    return builder
      .requireValueInList([...column.choices], true)
      .setHelpText(`Pilih: ${column.choices.join(", ")}.`)
      .build();
  }
  if (column.type === "count") {
    const min = column.min ?? 0;
    return builder
      .requireNumberGreaterThanOrEqualTo(min)
      .setHelpText(`Isi bilangan bulat, paling kecil ${min}.`)
      .build();
  }
  if (column.type === "date")
    return builder.requireDate().setHelpText("Isi tanggal, contoh: 6/11/2023.").build();
  return null;
}

function writeHeader(sheet: Sheet, spec: TabSpec): void {
  const header = sheet.getRange(1, 1, 1, spec.headers.length);
  header
    .setValues([[...spec.headers]])
    .setFontWeight("bold")
    .setBackground(HEADER_FILL)
    .setFontColor(HEADER_TEXT);
  if (spec.notes) header.setNotes([[...spec.notes]]);
  sheet.setFrozenRows(1);
  header.protect().setDescription("Judul kolom Laporan Layanan: jangan diubah.").setWarningOnly(true);
}

function prepareColumns(app: App, sheet: Sheet, spec: TabSpec): void {
  const columns: (ColumnDef | undefined)[] = [undefined, ...(spec.columns ?? [])];
  const width = spec.columns ? columns.length : spec.headers.length;
  const formats = Array.from({ length: PREPARED_ROWS }, () =>
    Array.from({ length: width }, (_, c) => (spec.columns ? numberFormat(columns[c]) : "@")),
  );
  sheet.getRange(2, 1, PREPARED_ROWS, width).setNumberFormats(formats);
  (spec.columns ?? []).forEach((column, i) => {
    const rule = validation(app, column);
    if (rule) sheet.getRange(2, i + 2, PREPARED_ROWS, 1).setDataValidation(rule);
  });
}

function fillSettings(sheet: Sheet, existingLabels: readonly string[]): number {
  const known = new Set(existingLabels.map((l) => l.trim().toLowerCase()));
  const missing = SETTINGS.filter((s) => !known.has(s.label.toLowerCase()));
  if (missing.length === 0) return 0;
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  // Plain text first, so a value such as the phone number 150420 stays text.
  sheet
    .getRange(start, 1, missing.length, SETTINGS_HEADERS.length)
    .setNumberFormat("@")
    .setValues(missing.map((s) => [s.label, s.defaultValue, s.help]));
  return missing.length;
}

/**
 * A data tab set up before the registry gained its last columns: its header cells are the
 * registry's first ones and the rest is empty. Returns how many it has; undefined otherwise.
 */
function olderHeaderLength(spec: TabSpec, found: readonly unknown[]): number | undefined {
  const blank = (v: unknown) => String(v ?? "").trim() === "";
  const length = found.findIndex(blank);
  if (!spec.columns || length <= 0 || length >= spec.headers.length) return undefined;
  if (!found.slice(length).every(blank)) return undefined;
  const prefix = spec.headers.slice(0, length).every((h, i) => normalHeader(found[i]) === normalHeader(h));
  return prefix ? length : undefined;
}

/** Writes the columns the registry added after `from` as a new tab has them; the data is untouched. */
function addNewColumns(app: App, sheet: Sheet, spec: TabSpec, from: number): void {
  const count = spec.headers.length - from;
  const header = sheet.getRange(1, from + 1, 1, count);
  header
    .setValues([spec.headers.slice(from)])
    .setFontWeight("bold")
    .setBackground(HEADER_FILL)
    .setFontColor(HEADER_TEXT);
  if (spec.notes) header.setNotes([spec.notes.slice(from)]);
  header.protect().setDescription("Judul kolom Laporan Layanan: jangan diubah.").setWarningOnly(true);
  // Header index i is registry column i - 1 (column A is Bulan).
  const columns = (spec.columns ?? []).slice(from - 1);
  const formats = Array.from({ length: PREPARED_ROWS }, () => columns.map((c) => numberFormat(c)));
  sheet.getRange(2, from + 1, PREPARED_ROWS, count).setNumberFormats(formats);
  columns.forEach((column, i) => {
    const rule = validation(app, column);
    if (rule) sheet.getRange(2, from + 1 + i, PREPARED_ROWS, 1).setDataValidation(rule);
  });
}

/** The first header cell that differs, as a message; undefined when the header row is right. */
function headerProblem(spec: TabSpec, found: readonly unknown[]): string | undefined {
  const index = spec.headers.findIndex((h, i) => normalHeader(found[i]) !== normalHeader(h));
  if (index < 0) return undefined;
  const actual = String(found[index] ?? "").trim();
  return `Tab "${spec.name}", kolom ${columnLetter(index)}: judulnya "${actual}", seharusnya "${spec.headers[index]}". Tab ini tidak diubah; perbaiki judul kolomnya lalu jalankan Siapkan Workbook lagi.`;
}

/** The sheets in tab order, by name; kept up to date as tabs are inserted. */
interface Tabs {
  names: string[];
  byName: Map<string, Sheet>;
}

/** A new tab goes right after the last tab of the ones before it in SETUP_TABS, so order holds. */
function insertionIndex(tabs: Tabs, index: number): number {
  const before = SETUP_TABS.slice(0, index).map((spec) => tabs.names.indexOf(spec.name));
  return Math.max(-1, ...before) + 1;
}

function setupTab(app: App, spreadsheet: Spreadsheet, tabs: Tabs, index: number, report: SetupReport): void {
  const spec = SETUP_TABS[index] as TabSpec;
  const sheet = tabs.byName.get(spec.name);
  if (!sheet) {
    const at = insertionIndex(tabs, index);
    const created = spreadsheet.insertSheet(spec.name, at);
    tabs.names.splice(at, 0, spec.name);
    tabs.byName.set(spec.name, created);
    writeHeader(created, spec);
    prepareColumns(app, created, spec);
    if (spec.name === SETTINGS_TAB) fillSettings(created, []);
    report.created.push(spec.name);
    return;
  }
  const lastRow = sheet.getLastRow();
  // Only Pengaturan needs more than the header row: its labels, to add the missing settings.
  const rows = spec.name === SETTINGS_TAB ? lastRow : Math.min(lastRow, 1);
  const values = rows > 0 ? sheet.getRange(1, 1, rows, spec.headers.length).getValues() : [];
  const header = values[0] ?? [];
  if (header.every((v) => String(v ?? "").trim() === "")) {
    writeHeader(sheet, spec);
    // An empty tab of the right name (made by hand) is set up as a new one would be.
    if (lastRow === 0) {
      prepareColumns(app, sheet, spec);
      if (spec.name === SETTINGS_TAB) fillSettings(sheet, []);
    }
    report.completed.push(spec.name);
    return;
  }
  const older = olderHeaderLength(spec, header);
  if (older !== undefined) {
    addNewColumns(app, sheet, spec, older);
    report.completed.push(spec.name);
    return;
  }
  const problem = headerProblem(spec, header);
  if (problem) {
    report.problems.push(problem);
    return;
  }
  if (
    spec.name === SETTINGS_TAB &&
    fillSettings(
      sheet,
      values.slice(1).map((r) => String(r[0] ?? "")),
    ) > 0
  ) {
    report.completed.push(spec.name);
  }
}

/** Names Google gives the first tab of a new spreadsheet, in the languages staff use. */
const DEFAULT_SHEET_NAMES = ["Sheet1", "Lembar1", "Sheet 1", "Lembar 1"];

function removeUntouchedDefaultSheet(spreadsheet: Spreadsheet): void {
  for (const name of DEFAULT_SHEET_NAMES) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && sheet.getLastRow() === 0 && spreadsheet.getSheets().length > 1)
      spreadsheet.deleteSheet(sheet);
  }
}

export function setupWorkbook(app: App, spreadsheet: Spreadsheet): SetupReport {
  const report: SetupReport = { created: [], completed: [], problems: [] };
  spreadsheet.setSpreadsheetLocale("id_ID");
  spreadsheet.setSpreadsheetTimeZone("Asia/Jakarta");
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const tabs: Tabs = { names, byName: new Map(names.map((name, i) => [name, sheets[i] as Sheet])) };
  SETUP_TABS.forEach((_, index) => {
    setupTab(app, spreadsheet, tabs, index, report);
  });
  if (report.created.length > 0) removeUntouchedDefaultSheet(spreadsheet);
  return report;
}

export function setupReportText(report: SetupReport): string {
  const lines: string[] = [];
  if (report.created.length > 0) lines.push(`Tab dibuat: ${report.created.join(", ")}.`);
  if (report.completed.length > 0) lines.push(`Tab dilengkapi: ${report.completed.join(", ")}.`);
  if (report.problems.length > 0) lines.push("", "Perlu diperiksa:", ...report.problems.map((p) => `- ${p}`));
  if (lines.length === 0) lines.push("Workbook sudah lengkap; tidak ada yang diubah.");
  return lines.join("\n");
}
