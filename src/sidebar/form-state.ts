/**
 * The form of one channel for one month, without the DOM: the rows as typed, what was loaded,
 * which fields staff have touched, and validation with the server's own parser
 * (parseChannelRows, which runs the registry's zod row schema on every row).
 */

import { isDraftGap } from "../core/entry/drafts";
import { monthFindings } from "../core/judgement/checks";
import type { ChannelDef } from "../core/workbook/channels";
import type { DataRow, WorkbookData } from "../core/workbook/data";
import { emptyRows, measureOf } from "../core/workbook/dataset";
import { parseChannelRows, parseSettings } from "../core/workbook/parse";
import { parseMonth } from "../core/workbook/period";
import { isBlank } from "../core/workbook/schema";
import type { Finding, Severity } from "../core/workbook/types";
import type { ChannelView } from "../rpc/sidebar";
import { columnKeyOf, reasonOf, rowPositionOf } from "./finding-place";

export interface FormRow {
  /** Stable across add/remove/move: names the row's fields in the DOM and in `touched`. */
  id: number;
  /** Text per registry column (without `Bulan`). */
  cells: string[];
  /** Index into the loaded view's rows of the stored row this row shows; absent for a new row. */
  origin?: number;
}

export interface FormState {
  def: ChannelDef;
  month: string;
  rows: FormRow[];
  /** The loaded rows, to tell an unsaved change. */
  original: string;
  version: string;
  nextId: number;
  /** Field keys whose message is shown (edited, left, or loaded). */
  touched: Set<string>;
  /** Show every message, touched or not (after a save attempt). */
  revealAll: boolean;
  /** The server's messages from the last save, per field key; an edit of the field clears it. */
  server: Map<string, string>;
  /** The server's messages that belong to no field. */
  serverGeneral: string[];
  /**
   * An item tab's stated total for the month (its own field; in the sheet, the row without a
   * title whose weight column is filled). Empty: the rows' own total counts.
   */
  total: string;
  /** Index into the loaded view's rows of the stated total's stored row. */
  totalOrigin?: number;
  /** The report check's findings on the saved data that the form cannot work out itself. */
  report: ReportFinding[];
  /** Item rows shown open (the others are one compact line). */
  expanded: Set<number>;
}

/** A report-check finding from the server, placed at a field when it names one of the month's rows. */
export interface ReportFinding {
  key?: string;
  message: string;
  severity: Severity;
}

/** The row id of an item tab's stated-total field. */
export const TOTAL_ROW = 0;

/**
 * Report-check findings the form reproduces as staff type (parse and same-row or same-tab rules);
 * the others (limits from Pengaturan, bounds from another tab) come from the server's check.
 */
const CROSS_TAB_CODES = new Set(["pemda-over-total", "guests-over-limit"]);

export interface FieldIssue {
  message: string;
  severity: Severity;
}

export interface Validation {
  /** Per field key. */
  fields: Map<string, FieldIssue>;
  /** Messages that belong to no field, complete with their place. */
  general: string[];
  errorCount: number;
  /** The rows as the server would store them (only rows without errors). */
  rows: DataRow[];
  /** The channel's headline figure from what is typed (items: the live count). */
  measure: number | undefined;
  /** Errors that stop a save (the parser's, which the server would refuse too). */
  blocking: number;
  /** Findings of the report's check on the saved data that belong to no field of the form. */
  report: ReportFinding[];
}

export const fieldKey = (rowId: number, columnKey: string): string => `${rowId}:${columnKey}`;

const blankCells = (def: ChannelDef): string[] => def.columns.map(() => "");

const isBlankRow = (row: FormRow): boolean => row.cells.every((cell) => isBlank(cell));

const snapshot = (rows: readonly FormRow[], total = ""): string =>
  JSON.stringify([total.trim(), rows.filter((r) => !isBlankRow(r)).map((r) => r.cells.map((c) => c.trim()))]);

/** The first row without a title and with its weight filled: an item tab's stated total. */
function totalRowIndex(def: ChannelDef, rows: readonly (readonly string[])[]): number {
  if (def.kind !== "items" || !def.weight) return -1;
  const label = def.columns.findIndex((c) => c.key === def.label);
  const weight = def.columns.findIndex((c) => c.key === def.weight);
  return rows.findIndex((r) => isBlank(r[label] ?? "") && !isBlank(r[weight] ?? ""));
}

/**
 * The visits a guest-limit warning lists (`..., 7 tamu (baris 12); ...`): each row gets the
 * warning at its field, and the list above keeps only the warning's first sentence.
 */
function guestRows(def: ChannelDef, view: ChannelView, finding: Finding): ReportFinding[] | undefined {
  const rows = [...finding.message.matchAll(/\(baris (\d+)\)/g)].map((m) => Number(m[1]));
  const column = columnKeyOf(def, finding.column);
  const indexes = rows.map((row) => view.rowNumbers.indexOf(row));
  if (column === undefined || rows.length === 0 || indexes.some((i) => i < 0)) return undefined;
  const limit = /batas ([\d.,]+) tamu/.exec(finding.message)?.[1] ?? "";
  // The lead: up to the `: ` before the first visit listed.
  const head = finding.message.slice(
    0,
    finding.message.lastIndexOf(": ", finding.message.indexOf("(baris")) + 1,
  );
  return [
    { message: `${head.replace(/:$/, ".")} Barisnya ditandai "periksa".`, severity: finding.severity },
    ...indexes.map((i) => ({
      key: fieldKey(i + 1, column),
      message: `Melebihi batas ${limit} tamu per konsultasi (Pengaturan).`,
      severity: finding.severity,
    })),
  ];
}

/** Where each report finding of the channel goes: the field of a loaded row, else the list above. */
function reportFindings(def: ChannelDef, view: ChannelView, totalIndex: number): ReportFinding[] {
  return (view.findings ?? []).flatMap((finding) => {
    const index = finding.row === undefined ? -1 : view.rowNumbers.indexOf(finding.row);
    const column = columnKeyOf(def, finding.column);
    if (index >= 0 && !CROSS_TAB_CODES.has(finding.code)) return [];
    if (finding.code === "guests-over-limit" && finding.row === undefined) {
      const placed = guestRows(def, view, finding);
      if (placed) return placed;
    }
    const id = index === totalIndex ? TOTAL_ROW : index + 1;
    const key = index >= 0 && column !== undefined ? fieldKey(id, column) : undefined;
    return [{ key, message: key ? reasonOf(finding.message) : finding.message, severity: finding.severity }];
  });
}

export function formFromView(def: ChannelDef, month: string, view: ChannelView): FormState {
  const totalIndex = totalRowIndex(def, view.rows);
  const weight = def.kind === "items" ? def.columns.findIndex((c) => c.key === def.weight) : -1;
  const rows: FormRow[] = view.rows
    .map((cells, i) => ({ id: i + 1, origin: i, cells: def.columns.map((_, c) => String(cells[c] ?? "")) }))
    .filter((_, i) => i !== totalIndex);
  // Loaded rows show their messages at once; fields staff have yet to fill wait for them.
  const touched = new Set(rows.flatMap((r) => def.columns.map((c) => fieldKey(r.id, c.key))));
  // A monthly tab holds one row per month: the form always shows that row, empty or not.
  if (def.kind === "monthly" && rows.length === 0)
    rows.push({ id: view.rows.length + 1, cells: blankCells(def) });
  return {
    def,
    month,
    rows,
    original: snapshot(rows, totalIndex >= 0 ? String(view.rows[totalIndex]?.[weight] ?? "") : ""),
    version: view.version,
    // Past every loaded row's id (the stated total's row leaves a gap): ids never repeat.
    nextId: view.rows.length + 1,
    touched,
    revealAll: false,
    server: new Map(),
    serverGeneral: [],
    total: totalIndex >= 0 ? String(view.rows[totalIndex]?.[weight] ?? "") : "",
    totalOrigin: totalIndex >= 0 ? totalIndex : undefined,
    report: reportFindings(def, view, totalIndex),
    expanded: new Set(),
  };
}

/** The stated total as a sheet row: only the weight column filled. */
function totalCells(state: FormState): string[] | undefined {
  const def = state.def;
  if (def.kind !== "items" || !def.weight || isBlank(state.total)) return undefined;
  return def.columns.map((c) => (c.key === def.weight ? state.total : ""));
}

/**
 * The rows a save sends: blank rows left out, empty cells as null, the stated total last; with
 * each row's stored row (`origins`), so the save removes only the rows staff removed.
 */
export function sentRows(state: FormState): {
  cells: (string | null)[][];
  ids: number[];
  origins: (number | null)[];
} {
  const kept: FormRow[] = state.rows.filter((r) => !isBlankRow(r));
  const total = totalCells(state);
  const all = [...kept, ...(total ? [{ id: TOTAL_ROW, cells: total, origin: state.totalOrigin }] : [])];
  return {
    cells: all.map((r) => r.cells.map((cell) => (isBlank(cell) ? null : cell))),
    ids: all.map((r) => r.id),
    origins: all.map((r) => r.origin ?? null),
  };
}

export function isDirty(state: FormState): boolean {
  return snapshot(state.rows, state.total) !== state.original;
}

/** The channel's headline figure over parsed rows, by the report's own rule (measureOf). */
export function measureOfRows(def: ChannelDef, month: string, rows: DataRow[]): number | undefined {
  const parsed = parseMonth(month);
  if (!parsed.ok) return undefined;
  const data: WorkbookData = {
    rows: { ...emptyRows(), [def.key]: rows },
    settings: parseSettings({}).settings,
  };
  return measureOf(data, def.key as keyof WorkbookData["rows"], parsed.month);
}

function place(
  state: FormState,
  finding: Finding,
  ids: readonly number[],
  position: number | undefined,
): string | undefined {
  const key = columnKeyOf(state.def, finding.column);
  const id = position === undefined ? undefined : ids[position];
  return id === undefined || key === undefined ? undefined : fieldKey(id, key);
}

/**
 * The report's consistency rules (core/checks monthFindings, as checkMonth runs them) on the rows
 * as typed: a total that does not add up shows under its field before it is saved.
 */
function liveChecks(state: FormState, rows: DataRow[]): Finding[] {
  const month = parseMonth(state.month);
  if (!month.ok) return [];
  const data: WorkbookData = {
    rows: { ...emptyRows(), [state.def.key]: rows },
    settings: parseSettings({}).settings,
  };
  return monthFindings(data, month.month).filter((f) => f.tab === state.def.tab);
}

export function validate(state: FormState): Validation {
  const sent = sentRows(state);
  // Rows numbered from 1, as the server numbers a save's rows: a finding's row is its position + 1.
  const parsed = parseChannelRows(state.def, state.month, sent.cells, 1);
  const fields = new Map<string, FieldIssue>();
  const general: string[] = [];
  let errorCount = 0;
  // Empty figures of a monthly form do not stop a save: a half-filled month is a draft.
  const blocking = parsed.findings.filter((f) => f.severity === "error" && !isDraftGap(f, state.def)).length;
  const checks = liveChecks(state, parsed.rows);
  for (const finding of [...parsed.findings, ...checks]) {
    if (finding.severity === "error") errorCount += 1;
    const key = place(state, finding, sent.ids, finding.row === undefined ? undefined : finding.row - 1);
    if (key === undefined) general.push(finding.message);
    else if (!fields.has(key) || (finding.severity === "error" && fields.get(key)?.severity !== "error")) {
      fields.set(key, { message: reasonOf(finding.message), severity: finding.severity });
    }
  }
  for (const [key, message] of state.server) {
    if (fields.get(key)?.severity === "error") continue;
    fields.set(key, { message, severity: "error" });
    errorCount += 1;
  }
  general.push(...state.serverGeneral);
  const report: ReportFinding[] = [];
  for (const finding of state.report) {
    if (finding.key === undefined || fields.has(finding.key)) report.push(finding);
    else fields.set(finding.key, { message: finding.message, severity: finding.severity });
    if (finding.severity === "error") errorCount += 1;
  }
  const measure = measureOfRows(state.def, state.month, parsed.rows);
  return {
    fields,
    general,
    errorCount,
    rows: parsed.rows,
    measure,
    blocking: blocking + state.server.size,
    report: report.filter((f) => !general.includes(f.message)),
  };
}

/** Places the findings of a rejected save (sent rows `ids`) at their fields. */
export function applyServerFindings(
  state: FormState,
  findings: readonly Finding[],
  ids: readonly number[],
): void {
  state.server.clear();
  state.serverGeneral = [];
  for (const finding of findings) {
    const position = rowPositionOf(finding.row, ids.length);
    const key = place(state, finding, ids, position);
    if (key !== undefined && finding.severity === "error") state.server.set(key, reasonOf(finding.message));
    else state.serverGeneral.push(finding.message);
  }
  state.revealAll = true;
}

export function setCell(state: FormState, rowId: number, columnKey: string, value: string): void {
  if (rowId === TOTAL_ROW) {
    state.total = value;
    state.touched.add(fieldKey(rowId, columnKey));
    state.server.delete(fieldKey(rowId, columnKey));
    return;
  }
  const row = state.rows.find((r) => r.id === rowId);
  const index = state.def.columns.findIndex((c) => c.key === columnKey);
  if (!row || index < 0) return;
  row.cells[index] = value;
  const key = fieldKey(rowId, columnKey);
  state.touched.add(key);
  state.server.delete(key);
}

export function touch(state: FormState, rowId: number, columnKey: string): void {
  state.touched.add(fieldKey(rowId, columnKey));
}

export function addRow(state: FormState, cells: string[] = blankCells(state.def)): FormRow {
  const row = { id: state.nextId, cells: state.def.columns.map((_, i) => cells[i] ?? "") };
  state.nextId += 1;
  state.rows.push(row);
  state.expanded.add(row.id);
  return row;
}

export function removeRow(state: FormState, rowId: number): void {
  state.rows = state.rows.filter((r) => r.id !== rowId);
}

/** Where the focus goes after the row at `position` (0-based) was removed: the row now in its place, else the one before. */
export function rowAfterRemoval(state: FormState, position: number): FormRow | undefined {
  return state.rows[position] ?? state.rows[position - 1];
}

/** Moves a row up (-1) or down (+1); false when it is already at that end. */
export function moveRow(state: FormState, rowId: number, delta: -1 | 1): boolean {
  const from = state.rows.findIndex((r) => r.id === rowId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= state.rows.length) return false;
  const [row] = state.rows.splice(from, 1);
  if (row) state.rows.splice(to, 0, row);
  return true;
}

/** Whether a field's message is shown now. */
export function isShown(state: FormState, key: string): boolean {
  return state.revealAll || state.touched.has(key) || state.server.has(key);
}

/** A field with an error, named as the hint beside Save names it. */
export interface ErrorField {
  key: string;
  rowId: number;
  column: string;
  name: string;
}

/** The fields with an error, in the form's order (the stated total first). */
export function errorFields(state: FormState, validation: Validation): ErrorField[] {
  const isError = (key: string) => validation.fields.get(key)?.severity === "error";
  const def = state.def;
  const total =
    def.kind === "items" && def.weight && isError(fieldKey(TOTAL_ROW, def.weight))
      ? [{ key: fieldKey(TOTAL_ROW, def.weight), rowId: TOTAL_ROW, column: def.weight, name: TOTAL_LABEL }]
      : [];
  return [
    ...total,
    ...state.rows.flatMap((row, position) =>
      def.columns
        .filter((c) => isError(fieldKey(row.id, c.key)))
        .map((c) => ({
          key: fieldKey(row.id, c.key),
          rowId: row.id,
          column: c.key,
          name: def.kind === "items" ? `Baris ${position + 1} ${c.header}` : c.header,
        })),
    ),
  ];
}

export const TOTAL_LABEL = "Total bulan ini";

/** Beside Save: which fields hold it back (`Perlu diperbaiki: Total Tiket.`). */
export function problemText(state: FormState, validation: Validation, limit = 3): string {
  if (validation.errorCount === 0) return "";
  const names = errorFields(state, validation).map((f) => f.name);
  if (names.length === 0) return `${validation.errorCount} kesalahan perlu diperbaiki.`;
  const rest = names.length - Math.min(names.length, limit);
  const shown = names.slice(0, limit).join(", ");
  return `Perlu diperbaiki: ${shown}${rest > 0 ? ` dan ${rest} lainnya` : ""}.`;
}
