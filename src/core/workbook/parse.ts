/**
 * Workbook rows -> typed data, every problem a Finding that names tab, row and column.
 * A row with an error is left out whole (never half-read); a parse never throws, whatever it is fed.
 */

import { formatNumber } from "../words/format";
import { append } from "./append";
import { CHANNELS, type ChannelDef, type ColumnDef, headersOf, MONTH_HEADER } from "./channels";
import type { DataRow, FieldValue, WorkbookData } from "./data";
import { emptyRows } from "./dataset";
import { withMonthExamples } from "./date-text";
import { hasOwn } from "./has-own";
import { dateLabel, type Month, monthLabel, parseMonth } from "./period";
import { isBlank, issueCode, isTotalRow, monthSchema, type RowInput, readCell, rowSchema } from "./schema";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB, type Settings } from "./settings";
import type { CellValue, Finding, MergedCells, RawWorkbook, Severity } from "./types";

/** 0 -> `A`, 25 -> `Z`, 26 -> `AA`. */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

interface Place {
  tab: string;
  row?: number;
  /** Sheet column index (0 = A) and its header. */
  column?: { index: number; header: string };
}

function finding(severity: Severity, code: string, place: Place, reason: string): Finding {
  let where = `Tab "${place.tab}"`;
  if (place.row !== undefined) where += `, baris ${place.row}`;
  if (place.column) where += `, kolom ${columnLetter(place.column.index)} (${place.column.header})`;
  const found: Finding = { severity, code, message: `${where}: ${reason}`, tab: place.tab };
  if (place.row !== undefined) found.row = place.row;
  if (place.column) found.column = place.column.header;
  return found;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A header as compared: trimmed, inner spaces collapsed, case ignored (`"Bulan "` matches `Bulan`). */
export const normalHeader = (value: unknown): string =>
  (typeof value === "string" ? value : typeof value === "number" ? String(value) : "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
const shownHeader = (value: unknown): string =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

const schemas = new Map<ChannelDef, ReturnType<typeof rowSchema>>();
function schemaOf(def: ChannelDef): ReturnType<typeof rowSchema> {
  let schema = schemas.get(def);
  if (!schema) {
    schema = rowSchema(def);
    schemas.set(def, schema);
  }
  return schema;
}

/** Sheet column of a channel's column: `Bulan` is A, the registry's columns follow. */
function placeOf(def: ChannelDef, key: string): { index: number; header: string } | undefined {
  const index = def.columns.findIndex((c) => c.key === key);
  const column = def.columns[index];
  return column ? { index: index + 1, header: column.header } : undefined;
}

const MONTH_PLACE = { index: 0, header: MONTH_HEADER };

/** One data row's cells (without `Bulan`): typed values, or the findings that keep it out. */
function readRow(
  def: ChannelDef,
  cells: readonly unknown[],
  row: number,
  month: Month | undefined,
): { values?: Record<string, FieldValue>; findings: Finding[] } {
  const input: Record<string, CellValue | undefined> = {};
  def.columns.forEach((column, i) => {
    input[column.key] = cells[i] as CellValue | undefined;
  });
  const result = schemaOf(def).safeParse(input as RowInput);
  if (!result.success) {
    const findings = result.error.issues.map((issue) => {
      const column = placeOf(def, String(issue.path[0] ?? ""));
      return finding(
        "error",
        issueCode(issue),
        { tab: def.tab, row, ...(column ? { column } : {}) },
        withMonthExamples(issue.message, month),
      );
    });
    return { findings };
  }
  const findings = month ? datesOutside(def, result.data, row, month) : [];
  if (findings.length > 0) return { findings };
  return {
    values: result.data,
    findings: [...totalRowNote(def, input, result.data, row), ...unusualFigures(def, result.data, row)],
  };
}

/** Counts above their column's plausible value: read as typed, with a warning to check them. */
function unusualFigures(def: ChannelDef, values: Record<string, FieldValue>, row: number): Finding[] {
  return def.columns.flatMap((c) => {
    const value = values[c.key];
    if (c.plausible === undefined || typeof value !== "number" || value <= c.plausible) return [];
    const reason =
      `${formatNumber(value)} jauh di atas biasanya (lebih dari ${formatNumber(c.plausible)}); ` +
      "periksa kembali angkanya. Angka ini tetap dipakai.";
    return [finding("warning", "unusual-figure", { tab: def.tab, row, column: placeOf(def, c.key) }, reason)];
  });
}

/**
 * A total row that also carries item details (a date, a topic) is most likely an item whose
 * label was forgotten: it is read as the month's total, with a warning.
 */
function totalRowNote(
  def: ChannelDef,
  input: RowInput,
  values: Record<string, FieldValue>,
  row: number,
): Finding[] {
  if (def.kind !== "items" || !def.weight || !isTotalRow(def, input)) return [];
  const { label, weight } = def;
  if (def.columns.every((c) => c.key === label || c.key === weight || isBlank(input[c.key]))) return [];
  const labelPlace = placeOf(def, label);
  const weightHeader = placeOf(def, weight)?.header ?? weight;
  const amount = typeof values[weight] === "number" ? formatNumber(values[weight]) : "";
  const reason =
    `kolom ini kosong, sehingga ${weightHeader} ${amount} dibaca sebagai total bulan itu, bukan satu item; ` +
    `isi ${labelPlace?.header ?? label} bila baris ini satu item.`;
  return [finding("warning", "total-row", { tab: def.tab, row, column: labelPlace }, reason)];
}

function datesOutside(
  def: ChannelDef,
  values: Record<string, FieldValue>,
  row: number,
  month: Month,
): Finding[] {
  return def.columns
    .filter((c: ColumnDef) => c.type === "date")
    .flatMap((c) => {
      const value = values[c.key];
      if (typeof value !== "string" || value.startsWith(`${month}-`)) return [];
      const reason = `tanggal ${dateLabel(value, true)} tidak berada di bulan ${monthLabel(month)} (kolom Bulan).`;
      return [
        finding("error", "date-outside-month", { tab: def.tab, row, column: placeOf(def, c.key) }, reason),
      ];
    });
}

interface ReadRow {
  row: number;
  month: Month;
  values: Record<string, FieldValue>;
}

/** Monthly tabs hold one row per month: a second row for a month is an error and both stay out. */
function dropDuplicates(
  def: ChannelDef,
  rows: ReadRow[],
  monthsSeen: { month: Month; row: number }[],
): Finding[] {
  if (def.kind !== "monthly") return [];
  const first = new Map<Month, number>();
  const duplicated = new Set<Month>();
  const findings: Finding[] = [];
  for (const seen of monthsSeen) {
    const earlier = first.get(seen.month);
    if (earlier === undefined) {
      first.set(seen.month, seen.row);
      continue;
    }
    duplicated.add(seen.month);
    const reason =
      `bulan ${seen.month} (${monthLabel(seen.month)}) sudah diisi di baris ${earlier}; ` +
      `setiap bulan hanya boleh satu baris. Kedua baris tidak dibaca sampai salah satunya dihapus.`;
    findings.push(
      finding("error", "duplicate-month", { tab: def.tab, row: seen.row, column: MONTH_PLACE }, reason),
    );
  }
  const kept = rows.filter((r) => !duplicated.has(r.month));
  rows.length = 0;
  append(rows, kept);
  return findings;
}

/**
 * Item rows of one month that are identical in every column: a row or a list pasted twice. Both
 * are still counted (two equal webinars can happen), with a warning naming both rows.
 */
function repeatedItems(def: ChannelDef, rows: readonly ReadRow[]): Finding[] {
  if (def.kind !== "items") return [];
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  for (const r of rows) {
    // A column's values are all numbers or all text, so their text with a separator is the row.
    let key: string = r.month;
    for (const c of def.columns) key += `\u0001${r.values[c.key] ?? ""}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r.row);
      continue;
    }
    const reason =
      `isinya sama persis dengan baris ${earlier} (bulan ${monthLabel(r.month)}), sehingga terhitung dua kali. ` +
      `Bila baris atau daftar tertempel dua kali, hapus salah satunya; bila memang dua kegiatan, biarkan.`;
    findings.push(finding("warning", "repeated-row", { tab: def.tab, row: r.row }, reason));
  }
  return findings;
}

const blankRow = (cells: readonly unknown[], width: number): boolean =>
  cells.slice(0, width).every((cell) => isBlank(cell));

/** Findings in sheet order (stable: a row's findings keep their column order). */
const byRow = (findings: Finding[]): Finding[] => [...findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

const toDataRows = (rows: ReadRow[]): DataRow[] =>
  rows.map((r) => ({ month: r.month, row: r.row, values: r.values }));

function firstRowOf(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : 2;
}

/** A data tab's rows, `Bulan` in the first cell of each. */
function readTabRows(def: ChannelDef, rawRows: readonly unknown[], firstRow: number) {
  const findings: Finding[] = [];
  const rows: ReadRow[] = [];
  const monthsSeen: { month: Month; row: number }[] = [];
  rawRows.forEach((raw, i) => {
    const cells = asArray(raw);
    const row = firstRow + i;
    if (blankRow(cells, def.columns.length + 1)) return;
    const month = monthSchema.safeParse(cells[0] ?? null);
    if (!month.success) {
      for (const issue of month.error.issues) {
        findings.push(
          finding("error", "bad-month", { tab: def.tab, row, column: MONTH_PLACE }, issue.message),
        );
      }
    } else {
      monthsSeen.push({ month: month.data, row });
    }
    const read = readRow(def, cells.slice(1), row, month.success ? month.data : undefined);
    append(findings, read.findings);
    if (month.success && read.values) rows.push({ row, month: month.data, values: read.values });
  });
  append(findings, dropDuplicates(def, rows, monthsSeen));
  append(findings, repeatedItems(def, rows));
  return { rows: toDataRows(rows), findings: byRow(findings) };
}

/** Header row against the registry; any missing, renamed or moved header keeps the tab's rows out. */
function checkHeader(def: ChannelDef, header: readonly unknown[]): { ok: boolean; findings: Finding[] } {
  const expected = headersOf(def);
  const wanted = expected.map((h) => normalHeader(h));
  const findings: Finding[] = [];
  const order = `urutan yang benar: ${expected.join(", ")}`;
  const consequence = "Data tab ini tidak dibaca sampai judul kolom diperbaiki.";
  expected.forEach((name, index) => {
    const actual = normalHeader(header[index]);
    if (actual === wanted[index]) return;
    const shown = shownHeader(header[index]);
    let reason: string;
    if (actual === "") reason = `judul kolom kosong; seharusnya "${name}". ${consequence}`;
    else if (wanted.includes(actual)) {
      reason = `judul kolom "${shown}" seharusnya "${name}"; urutan kolom tidak boleh diubah (${order}). ${consequence}`;
    } else reason = `judul kolom "${shown}" seharusnya "${name}". ${consequence}`;
    findings.push(
      finding("error", "header-mismatch", { tab: def.tab, column: { index, header: name } }, reason),
    );
  });
  const ok = findings.length === 0;
  header.forEach((cell, index) => {
    if (index < expected.length || normalHeader(cell) === "") return;
    const shown = shownHeader(cell);
    const reason = `kolom "${shown}" tidak dikenal dan diabaikan (kolom tab ini: ${expected.join(", ")}).`;
    findings.push(
      finding("warning", "header-extra", { tab: def.tab, column: { index, header: shown } }, reason),
    );
  });
  return { ok, findings };
}

interface TabLike {
  header: readonly unknown[];
  rows: readonly unknown[];
  firstRow: number;
  merges: readonly MergedCells[];
}

const isMerge = (value: unknown): value is MergedCells =>
  typeof value === "object" &&
  value !== null &&
  ["firstRow", "lastRow", "firstColumn", "lastColumn"].every((k) =>
    Number.isInteger((value as Record<string, unknown>)[k]),
  );

function tabOf(raw: unknown, name: string): TabLike | undefined {
  if (typeof raw !== "object" || raw === null || !hasOwn(raw, name)) return undefined;
  const tab: unknown = (raw as Record<string, unknown>)[name];
  if (typeof tab !== "object" || tab === null) return undefined;
  const { header, rows, firstRow, merges } = tab as Record<string, unknown>;
  return {
    header: asArray(header),
    rows: asArray(rows),
    firstRow: firstRowOf(firstRow),
    merges: asArray(merges).filter(isMerge),
  };
}

/** `D5:D6` */
function mergeA1(m: MergedCells): string {
  return `${columnLetter(m.firstColumn)}${m.firstRow}:${columnLetter(m.lastColumn)}${m.lastRow}`;
}

/**
 * Merged cells over the tab's columns: Sheets keeps the value in the first cell only and every
 * other cell reads empty (two merged Jumlah cells of 3 count 3 + 1), so a merge is an error, the
 * same from Sheets and from .xlsx. Named by its first cell's row and column.
 */
function mergeFindings(tab: string, merges: readonly MergedCells[], headers: readonly string[]): Finding[] {
  return merges
    .filter((m) => m.firstColumn < headers.length && m.lastColumn >= 0)
    .map((m) => {
      const index = Math.max(0, m.firstColumn);
      const column = { index, header: headers[index] ?? "" };
      const reason =
        `sel ${mergeA1(m)} digabung (merge); hanya sel pertamanya yang berisi nilai dan sel lainnya terbaca kosong. ` +
        "Pisahkan gabungan sel (Format > Gabungkan sel > Pisahkan) dan isi setiap sel dengan nilainya sendiri.";
      return finding("error", "merged-cell", { tab, row: m.firstRow, column }, reason);
    });
}

function missingTab(def: ChannelDef, raw: unknown): Finding {
  const names = typeof raw === "object" && raw !== null ? Object.keys(raw) : [];
  const near = names.find((n) => normalHeader(n) === normalHeader(def.tab));
  const reason = near
    ? `tab tidak ditemukan; ada tab "${near}", ubah namanya menjadi persis "${def.tab}".`
    : `tab tidak ditemukan; buat tab bernama persis "${def.tab}" dengan judul kolom: ${headersOf(def).join(", ")}.`;
  return finding("error", "missing-tab", { tab: def.tab }, reason);
}

const KNOWN_TABS: readonly string[] = [...CHANNELS.map((c) => c.tab), SETTINGS_TAB];

/**
 * A tab whose name differs from a tab the report reads only in spaces or case ("PPID " beside
 * "PPID"): the report reads the exact one, so the other's data would be left out unsaid.
 */
function nearTabs(raw: unknown): Finding[] {
  const names = typeof raw === "object" && raw !== null ? Object.keys(raw) : [];
  return names.flatMap((name) => {
    if (KNOWN_TABS.includes(name)) return [];
    const known = KNOWN_TABS.find((t) => normalHeader(t) === normalHeader(name));
    if (!known || !names.includes(known)) return [];
    const reason =
      `nama tab ini mirip tab "${known}" tetapi tidak sama persis, sehingga isinya tidak dibaca ` +
      `(yang dibaca tab "${known}"). Pindahkan datanya ke tab "${known}", lalu hapus tab ini.`;
    return [finding("warning", "near-tab", { tab: name }, reason)];
  });
}

function defaultSettings(): Record<string, string | number> {
  return Object.fromEntries(SETTINGS.map((s) => [s.key, s.defaultValue]));
}

/** The `Pengaturan` tab, matched by label; a missing row or tab gives the default, a bad value too. */
export function parseSettings(raw: unknown): { settings: Settings; findings: Finding[] } {
  const settings = defaultSettings();
  const findings: Finding[] = [];
  const tab = tabOf(raw, SETTINGS_TAB);
  const seen = new Map<string, number>();
  tab?.rows.forEach((rawRow, i) => {
    const cells = asArray(rawRow);
    const row = tab.firstRow + i;
    const setting = SETTINGS.find((s) => normalHeader(s.label) === normalHeader(cells[0]));
    // The e-mail rows are checked where they are used (core/mail/mail-settings.ts): they never stop the deck.
    if (!setting || ("offSlide" in setting && setting.offSlide)) return;
    const place = { tab: SETTINGS_TAB, row, column: { index: 1, header: "Nilai" } };
    const earlier = seen.get(setting.key);
    if (earlier !== undefined) {
      const reason = `"${setting.label}" sudah diatur di baris ${earlier}; baris ini diabaikan.`;
      findings.push(finding("warning", "duplicate-setting", place, reason));
      return;
    }
    seen.set(setting.key, row);
    const column: ColumnDef = {
      key: setting.key,
      header: setting.label,
      type: setting.type,
      ...("choices" in setting ? { choices: setting.choices } : {}),
      ...(setting.type === "count" ? { min: 0 } : {}),
      ...("maxLength" in setting ? { maxLength: setting.maxLength } : {}),
      ...("offSlide" in setting ? { offSlide: setting.offSlide } : {}),
    };
    const required = "required" in setting && setting.required === true;
    const read = readCell(column, cells[1], required);
    if (read.ok) {
      if (read.value !== null) settings[setting.key] = read.value;
      return;
    }
    if (required) {
      const reason =
        read.code === "required"
          ? `"${setting.label}" kosong. ${setting.help} Isi nilainya; laporan tidak dibuat tanpa nilai ini.`
          : `nilai "${setting.label}" tidak sah: ${read.reason} Perbaiki nilainya; laporan tidak dibuat tanpa nilai ini.`;
      findings.push(finding("error", read.code, place, reason));
      return;
    }
    const fallback =
      typeof setting.defaultValue === "number"
        ? formatNumber(setting.defaultValue)
        : `"${setting.defaultValue}"`;
    const emptyCell =
      setting.defaultValue === ""
        ? "kosongkan selnya"
        : `kosongkan sel agar nilai bawaan ${fallback} dipakai`;
    const reason = `nilai "${setting.label}" tidak sah: ${read.reason} Perbaiki nilainya, atau ${emptyCell}.`;
    findings.push(finding("error", read.code, place, reason));
  });
  // A tab with settings but not this one: its row was deleted. An empty or absent tab (a workbook
  // not set up yet) keeps the defaults.
  if (seen.size > 0) append(findings, missingRequiredSettings(seen));
  if (tab) append(findings, mergeFindings(SETTINGS_TAB, tab.merges, SETTINGS_HEADERS));
  return { settings: settings as Settings, findings };
}

/**
 * A required setting whose row is gone from a Pengaturan tab that holds other settings: an error
 * (the default is DJPK's own name).
 */
function missingRequiredSettings(seen: ReadonlyMap<string, number>): Finding[] {
  return SETTINGS.filter((s) => "required" in s && s.required === true && !seen.has(s.key)).map((s) => {
    const reason =
      `baris "${s.label}" tidak ada. ${s.help} Tambahkan baris "${s.label}" dengan nilainya ` +
      "(atau jalankan Siapkan Workbook, lalu isi nilainya); laporan tidak dibuat tanpa nilai ini.";
    return finding("error", "missing-setting", { tab: SETTINGS_TAB }, reason);
  });
}

/** Every registry channel's tab, plus `Pengaturan`, into WorkbookData and findings. */
export function parseWorkbook(raw: RawWorkbook): { data: WorkbookData; findings: Finding[] } {
  const rows = emptyRows();
  const findings: Finding[] = [];
  for (const def of CHANNELS) {
    const tab = tabOf(raw, def.tab);
    if (!tab) {
      findings.push(missingTab(def, raw));
      continue;
    }
    const header = checkHeader(def, tab.header);
    append(findings, header.findings);
    append(findings, mergeFindings(def.tab, tab.merges, headersOf(def)));
    if (!header.ok) continue;
    const read = readTabRows(def, tab.rows, tab.firstRow);
    rows[def.key] = read.rows;
    append(findings, read.findings);
  }
  append(findings, nearTabs(raw));
  const settings = parseSettings(raw);
  append(findings, settings.findings);
  return { data: { rows, settings: settings.settings }, findings };
}

/**
 * One channel-month as the sidebar saves it: `rows` hold the cells in registry column order
 * WITHOUT `Bulan`. Same validation as the workbook; a monthly channel takes at most one row.
 */
export function parseChannelRows(
  def: ChannelDef,
  month: string,
  rows: readonly (readonly CellValue[])[],
  firstRow = 2,
): { rows: DataRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsedMonth = parseMonth(month);
  if (!parsedMonth.ok) findings.push(finding("error", "bad-month", { tab: def.tab }, parsedMonth.message));
  const good = parsedMonth.ok ? parsedMonth.month : undefined;
  const read: ReadRow[] = [];
  const monthsSeen: { month: Month; row: number }[] = [];
  asArray(rows).forEach((raw, i) => {
    const cells = asArray(raw);
    const row = firstRowOf(firstRow) + i;
    if (blankRow(cells, def.columns.length)) return;
    if (good) monthsSeen.push({ month: good, row });
    const result = readRow(def, cells, row, good);
    append(findings, result.findings);
    if (good && result.values) read.push({ row, month: good, values: result.values });
  });
  append(findings, dropDuplicates(def, read, monthsSeen));
  append(findings, repeatedItems(def, read));
  return { rows: toDataRows(read), findings: byRow(findings) };
}
