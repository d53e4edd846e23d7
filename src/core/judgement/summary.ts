/**
 * A month at a glance: for every channel, whether its data for the month is empty, partial,
 * complete or wrong, with its headline figure; plus the findings that matter for the month's
 * report. Plain JSON, so it crosses google.script.run unchanged.
 */

import { isDraftGap } from "../entry/drafts";
import { formatNumber, formatPercent } from "../words/format";
import { CHANNELS, type ChannelDef, type ChannelKey, MONTH_HEADER } from "../workbook/channels";
import type { DataRow, WorkbookData } from "../workbook/data";
import { measureOf, rowsOf } from "../workbook/dataset";
import { parseWorkbook } from "../workbook/parse";
import {
  type Month,
  makeMonth,
  monthLabel,
  previousMonth,
  sameMonthLastYear,
  yearToDate,
} from "../workbook/period";
import type { CellValue, Finding, RawWorkbook } from "../workbook/types";

export type ChannelStatus = "kosong" | "sebagian" | "lengkap" | "ada-kesalahan";

export interface ChannelSummary {
  key: string;
  tab: string;
  kind: ChannelDef["kind"];
  status: ChannelStatus;
  figure?: number;
  /** The figure as the report prints it (`1.271`, `4,85`). */
  figureText?: string;
}

export interface MonthSummary {
  month: Month;
  monthLabel: string;
  channels: ChannelSummary[];
  findings: Finding[];
}

export const STATUS_LABELS: Record<ChannelStatus, string> = {
  kosong: "Kosong",
  sebagian: "Sebagian",
  lengkap: "Lengkap",
  "ada-kesalahan": "Ada kesalahan",
};

/** `parsed` saves a second parse when the caller already has `parseWorkbook(raw)`. */
export function summarizeMonth(
  raw: RawWorkbook,
  month: Month,
  parsed: ReturnType<typeof parseWorkbook> = parseWorkbook(raw),
): MonthSummary {
  const { data, findings } = parsed;
  const monthOf = rowMonths(data);
  const located = findings.map((finding) => ({ finding, month: findingMonth(raw, monthOf, finding) }));
  const relevant = new Set<string>(reportMonths(month));
  return {
    month,
    monthLabel: monthLabel(month),
    channels: CHANNELS.map((def) => summarizeChannel(def, data, month, located)),
    findings: located.filter((l) => l.month === undefined || relevant.has(l.month)).map((l) => l.finding),
  };
}

/** The months a report for `month` reads: January..month, the month before and a year before. */
export function reportMonths(month: Month): Month[] {
  return [...yearToDate(month), previousMonth(month), sameMonthLastYear(month)];
}

interface Located {
  finding: Finding;
  /** The month of the finding's row; undefined for tab-level findings or an unreadable month. */
  month: string | undefined;
}

function summarizeChannel(
  def: ChannelDef,
  data: WorkbookData,
  month: Month,
  located: Located[],
): ChannelSummary {
  const base = { key: def.key, tab: def.tab, kind: def.kind };
  const figure = measureOf(data, def.key as ChannelKey, month);
  const shown = figure === undefined ? {} : { figure, figureText: figureText(def, figure) };
  const status = statusOf(def, data, month, located, figure);
  return { ...base, status, ...shown };
}

function statusOf(
  def: ChannelDef,
  data: WorkbookData,
  month: Month,
  located: Located[],
  figure: number | undefined,
): ChannelStatus {
  const errors = located.filter((l) => l.finding.tab === def.tab && l.finding.severity === "error");
  const tabLevel = errors.some((l) => l.finding.row === undefined);
  const inMonth = errors.filter((l) => l.month === month);
  if (tabLevel || inMonth.some((l) => !isDraftGap(l.finding, def))) return "ada-kesalahan";
  // A draft (a monthly row saved half-filled): its empty figures are still to come.
  if (inMonth.length > 0) return "sebagian";
  const rows = rowsOf(data, def.key as ChannelKey, month);
  if (rows.length === 0) return "kosong";
  if (figure === undefined) return "sebagian";
  if (rows.some((r) => isPartialRow(def, r))) return "sebagian";
  return "lengkap";
}

const isEmpty = (row: DataRow, key: string): boolean => (row.values[key] ?? null) === null;

/**
 * A monthly row is partial when a required column is empty, or a breakdown is incomplete: a
 * part of a sum rule (tickets per channel, e-mails per report type ...) is empty, unless that
 * part is itself a total its own filled parts give. (The parser already rejects an empty
 * required column; incomplete breakdowns are what staff actually leave behind.)
 */
function isPartialRow(def: ChannelDef, row: DataRow): boolean {
  if (def.kind !== "monthly") return false;
  const sums = def.sums ?? [];
  const filled = (key: string): boolean =>
    !isEmpty(row, key) || sums.some((r) => r.total === key && r.parts.every((p) => !isEmpty(row, p)));
  return (
    def.columns.some((c) => c.required && isEmpty(row, c.key)) ||
    sums.some((rule) => rule.parts.some((part) => !filled(part)))
  );
}

function figureText(def: ChannelDef, figure: number): string {
  const column =
    def.kind === "monthly" && def.measure
      ? def.columns.find((c) => c.key === def.measure?.column)
      : undefined;
  if (column?.type === "percent") return formatPercent(figure);
  if (column?.type === "decimal") return formatNumber(figure, 2);
  return formatNumber(figure);
}

/** The month of the row a finding points at: from the parsed rows, else from the raw `Bulan` cell. */
/** Each tab's parsed rows' months by sheet row: one lookup per finding, however long the tab. */
function rowMonths(data: WorkbookData): (tab: string, row: number) => string | undefined {
  const byTab = new Map<string, Map<number, string>>();
  return (tab, row) => {
    let rows = byTab.get(tab);
    if (!rows) {
      const def = CHANNELS.find((c) => c.tab === tab);
      rows = new Map((def ? (data.rows[def.key] ?? []) : []).map((r) => [r.row, r.month]));
      byTab.set(tab, rows);
    }
    return rows.get(row);
  };
}

function findingMonth(
  raw: RawWorkbook,
  monthOf: (tab: string, row: number) => string | undefined,
  finding: Finding,
): string | undefined {
  const { tab, row } = finding;
  if (tab === undefined || row === undefined) return undefined;
  const def = CHANNELS.find((c) => c.tab === tab);
  if (!def) return undefined;
  const parsed = monthOf(tab, row);
  if (parsed) return parsed;
  const rawTab = raw[tab];
  const column = rawTab?.header.indexOf(MONTH_HEADER) ?? -1;
  return rawTab && column >= 0 ? monthOfCell(rawTab.rows[row - rawTab.firstRow]?.[column]) : undefined;
}

/** `2023-11` text, or a date cell (Sheets turns a typed 2023-11 into a date) read as its month. */
export function monthOfCell(cell: CellValue | undefined): string | undefined {
  if (typeof cell === "string") return /^\s*(\d{4}-\d{2})/.exec(cell)?.[1];
  if (cell !== null && typeof cell === "object" && Object.prototype.toString.call(cell) === "[object Date]") {
    const date = cell as Date;
    return Number.isNaN(date.getTime()) ? undefined : makeMonth(date.getFullYear(), date.getMonth() + 1);
  }
  return undefined;
}

/** The findings as a short Indonesian text for an alert. */
export function findingsText(summary: MonthSummary, limit = 15): string {
  const errors = summary.findings.filter((f) => f.severity === "error").length;
  const warnings = summary.findings.length - errors;
  if (summary.findings.length === 0)
    return `Data ${summary.monthLabel}: tidak ada kesalahan atau peringatan.`;
  const head = `Data ${summary.monthLabel}: ${errors} kesalahan, ${warnings} peringatan.`;
  const lines = summary.findings
    .slice(0, limit)
    .map((f) => `${f.severity === "error" ? "Kesalahan" : "Peringatan"}: ${f.message}`);
  const more = summary.findings.length - limit;
  return [head, "", ...lines, ...(more > 0 ? [`... dan ${more} temuan lainnya.`] : [])].join("\n");
}

/** One line per channel: `Tiket Konsultasi: Lengkap (1.271)`. */
export function statusText(summary: MonthSummary): string {
  return summary.channels
    .map((c) => `${c.tab}: ${STATUS_LABELS[c.status]}${c.figureText ? ` (${c.figureText})` : ""}`)
    .join("\n");
}
