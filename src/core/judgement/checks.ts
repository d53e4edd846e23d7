/**
 * Consistency checks before generating: figures that must add up (errors) and figures that look
 * doubtful (warnings). The generic rules come from the registry (`sums`, `ratios`, item tabs'
 * stated totals), so a new rule is one registry entry; the few rules below it are report-specific.
 */

import { formatNumber } from "../words/format";
import { append } from "../workbook/append";
import {
  CHANNELS,
  type ChannelDef,
  type ChannelKey,
  channel,
  columnOf,
  type ItemsChannel,
  type MonthlyChannel,
  type RatioRule,
  type SumRule,
} from "../workbook/channels";
import type { DataRow, WorkbookData } from "../workbook/data";
import { itemsOf, itemTotal, measureOf, numberOf, rowsOf, textOf } from "../workbook/dataset";
import {
  dateLabel,
  type Month,
  monthLabel,
  previousMonth,
  sameMonthLastYear,
  yearToDate,
} from "../workbook/period";
import type { Finding } from "../workbook/types";
import { longListFindings } from "./list-limit";

/** How far (in percentage points) a typed percent may be from its ratio. */
export const RATIO_TOLERANCE = 0.05;
const EPSILON = 1e-6;

/**
 * A column whose value cannot exceed another channel's headline figure for the same month
 * (checked on every row of the month: one row for a monthly tab, each item for an item tab).
 */
interface UpperBound {
  key: ChannelKey;
  column: string;
  of: ChannelKey;
  /** What the bound is, as the message names it. */
  ofLabel: string;
  code: string;
}

const UPPER_BOUNDS: readonly UpperBound[] = [
  {
    key: "tiketKonsultasi",
    column: "eskalasi",
    of: "tiketKonsultasi",
    ofLabel: "total tiket konsultasi",
    code: "escalation-over-total",
  },
  {
    key: "pemdaTeratas",
    column: "jumlahTiket",
    of: "tiketKonsultasi",
    ofLabel: "total tiket konsultasi bulan itu",
    code: "pemda-over-total",
  },
];

const num = (value: number) => formatNumber(value, 2);

function header(def: ChannelDef, key: string): string {
  return columnOf(def, key).header;
}

function place(def: ChannelDef, row: DataRow): string {
  return `Tab "${def.tab}" baris ${row.row} (${monthLabel(row.month)})`;
}

/** The months whose figures the report for `month` prints: M, M-1, M-12 and January..M. */
export function checkedMonths(month: Month): Month[] {
  const ytd = yearToDate(month).reverse();
  return [...new Set([month, previousMonth(month), sameMonthLastYear(month), ...ytd])];
}

/** The rule's total: the typed cell, or the channel's measure when the total is the (empty) measure column. */
function ruleTotal(
  data: WorkbookData,
  def: MonthlyChannel,
  rule: SumRule,
  row: DataRow,
): { value: number; typed: boolean } | undefined {
  const typed = numberOf(row.values[rule.total]);
  if (typed !== undefined) return { value: typed, typed: true };
  if (def.measure?.column !== rule.total) return undefined;
  const derived = measureOf(data, def.key as ChannelKey, row.month);
  return derived === undefined ? undefined : { value: derived, typed: false };
}

function sumFindings(data: WorkbookData, def: MonthlyChannel, rule: SumRule, row: DataRow): Finding[] {
  const total = ruleTotal(data, def, rule, row);
  if (!total) return [];
  const totalName = total.typed
    ? `${header(def, rule.total)} tertulis ${num(total.value)}`
    : `${header(def, rule.total)} (jumlah rinciannya) ${num(total.value)}`;
  const parts = rule.parts.map((key) => ({ key, value: numberOf(row.values[key]) }));
  const base = { tab: def.tab, row: row.row, column: total.typed ? header(def, rule.total) : undefined };

  if (parts.every((p) => p.value !== undefined)) {
    const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
    if (Math.abs(sum - total.value) <= EPSILON) return [];
    const names = parts.map((p) => header(def, p.key)).join(" + ");
    const values = parts.map((p) => num(p.value ?? 0)).join(" + ");
    return [
      {
        severity: "error",
        code: "sum-mismatch",
        message:
          `${place(def, row)}: ${totalName}, tetapi ${names} = ${values} = ${num(sum)} ` +
          `(selisih ${num(Math.abs(sum - total.value))}).`,
        ...base,
      },
    ];
  }
  // Parts partly filled: each part still cannot exceed its total.
  return parts
    .filter((p) => p.value !== undefined && p.value > total.value + EPSILON)
    .map((p) => ({
      severity: "error" as const,
      code: "part-over-total",
      message:
        `${place(def, row)}: ${header(def, p.key)} (${num(p.value ?? 0)}) lebih besar daripada ` +
        `${header(def, rule.total)} (${num(total.value)}), padahal merupakan bagiannya ` +
        `(selisih ${num((p.value ?? 0) - total.value)}).`,
      tab: def.tab,
      row: row.row,
      column: header(def, p.key),
    }));
}

function ratioFinding(def: MonthlyChannel, rule: RatioRule, row: DataRow): Finding | undefined {
  const typed = numberOf(row.values[rule.percent]);
  const numerator = numberOf(row.values[rule.numerator]);
  const denominator = numberOf(row.values[rule.denominator]);
  if (typed === undefined || numerator === undefined || denominator === undefined || denominator === 0) {
    return undefined;
  }
  const computed = (numerator / denominator) * 100;
  const diff = Math.abs(typed - computed);
  if (diff <= RATIO_TOLERANCE + EPSILON) return undefined;
  return {
    severity: "error",
    code: "ratio-mismatch",
    message:
      `${place(def, row)}: ${header(def, rule.percent)} tertulis ${num(typed)}%, tetapi ` +
      `${header(def, rule.numerator)} / ${header(def, rule.denominator)} = ` +
      `${num(numerator)} / ${num(denominator)} = ${formatNumber(computed, 1)}% ` +
      `(selisih ${num(diff)} poin persen).`,
    tab: def.tab,
    row: row.row,
    column: header(def, rule.percent),
  };
}

function itemsTotalFinding(data: WorkbookData, def: ItemsChannel, month: Month): Finding | undefined {
  const weight = def.weight;
  if (!weight) return undefined;
  const key = def.key as ChannelKey;
  const items = new Set(itemsOf(data, key, month));
  const totalRows = rowsOf(data, key, month).filter((r) => !items.has(r));
  const listed = itemTotal(data, key, month);
  if (totalRows.length === 0 || listed === undefined) return undefined;
  const stated = totalRows.reduce((s, r) => s + (numberOf(r.values[weight]) ?? 0), 0);
  if (Math.abs(stated - listed) <= EPSILON) return undefined;
  const first = totalRows[0] as DataRow;
  return {
    severity: "error",
    code: "items-total-mismatch",
    message:
      `${place(def, first)}: total bulan ini tertulis ${num(stated)} pada baris tanpa ` +
      `${header(def, def.label)}, tetapi ${items.size} baris rinciannya berjumlah ${num(listed)} ` +
      `(selisih ${num(Math.abs(stated - listed))}).`,
    tab: def.tab,
    row: first.row,
    column: header(def, weight),
  };
}

function boundFindings(data: WorkbookData, bound: UpperBound, month: Month): Finding[] {
  const limit = measureOf(data, bound.of, month);
  if (limit === undefined) return [];
  const def = channel(bound.key);
  const rows = def.kind === "items" ? itemsOf(data, bound.key, month) : rowsOf(data, bound.key, month);
  return rows.flatMap((row) => {
    const value = numberOf(row.values[bound.column]);
    if (value === undefined || value <= limit + EPSILON) return [];
    const name = def.kind === "items" ? ` ${textOf(row.values[def.label])}` : "";
    return [
      {
        severity: "error" as const,
        code: bound.code,
        message:
          `${place(def, row)}: ${header(def, bound.column)}${name} (${num(value)}) lebih banyak daripada ` +
          `${bound.ofLabel} (${num(limit)}).`,
        tab: def.tab,
        row: row.row,
        column: header(def, bound.column),
      },
    ];
  });
}

function guestLimit(data: WorkbookData): number | undefined {
  const raw = data.settings.batasTamuTatapMuka;
  const limit = typeof raw === "number" ? raw : Number(String(raw).trim());
  return Number.isFinite(limit) && String(raw).trim() !== "" ? limit : undefined;
}

/** One warning listing every face-to-face visit of the month with more guests than the limit. */
function guestFinding(data: WorkbookData, month: Month): Finding | undefined {
  const limit = guestLimit(data);
  if (limit === undefined) return undefined;
  const def = channel("tatapMuka");
  const over = itemsOf(data, "tatapMuka", month).filter((r) => (numberOf(r.values.tamu) ?? 0) > limit);
  if (over.length === 0) return undefined;
  const visits = over.map((r) => {
    const date = textOf(r.values.tanggal);
    const when = /^\d{4}-\d{2}-\d{2}$/.test(date) ? dateLabel(date, true) : date;
    return `${when}, ${textOf(r.values.pengguna)}, ${num(numberOf(r.values.tamu) ?? 0)} tamu (baris ${r.row})`;
  });
  return {
    severity: "warning",
    code: "guests-over-limit",
    message:
      `Tab "${def.tab}" (${monthLabel(month)}): ${over.length} kunjungan melebihi batas ` +
      `${num(limit)} tamu per konsultasi: ${visits.join("; ")}.`,
    tab: def.tab,
    // No `row: undefined` key: findings cross google.script.run as plain JSON.
    ...(over.length === 1 && over[0] ? { row: over[0].row } : {}),
    column: header(def, "tamu"),
  };
}

/**
 * The consistency findings of one month's rows (sums, ratios, stated totals, upper bounds): what
 * the sidebar runs live on a form, and runChecks on every month the report reads.
 */
export function monthFindings(data: WorkbookData, month: Month): Finding[] {
  const findings: Finding[] = [];
  for (const def of CHANNELS as readonly ChannelDef[]) {
    if (def.kind === "monthly") {
      for (const row of rowsOf(data, def.key as ChannelKey, month)) {
        for (const rule of def.sums ?? []) append(findings, sumFindings(data, def, rule, row));
        for (const rule of def.ratios ?? []) {
          const finding = ratioFinding(def, rule, row);
          if (finding) findings.push(finding);
        }
      }
    } else {
      const finding = itemsTotalFinding(data, def, month);
      if (finding) findings.push(finding);
    }
  }
  for (const bound of UPPER_BOUNDS) append(findings, boundFindings(data, bound, month));
  return findings;
}

/**
 * Everything that disagrees in the figures the report for `month` uses (M, M-1, M-12 and the
 * year to date), plus warnings about the month itself (guests over the limit).
 */
export function runChecks(data: WorkbookData, month: Month): Finding[] {
  const findings = checkedMonths(month).flatMap((m) => monthFindings(data, m));
  const guests = guestFinding(data, month);
  if (guests) findings.push(guests);
  append(findings, longListFindings(data, month));
  return findings;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
