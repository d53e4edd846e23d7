/**
 * What stands between the workbook and a quarter's, semester's or year's deck: the month's check
 * (report-check.ts) run over every month the period's report reads (its months, the previous
 * period's and the same period's a year earlier), and, per section, every month inside the period
 * that has no data. Errors block; warnings and empty months need the user's consent, as for a month.
 */

import { MONTH_NEEDS } from "../../report/layout";
import { listText } from "../words/narrative";
import { CHANNELS, type ChannelKey, channelByTab } from "../workbook/channels";
import type { WorkbookData } from "../workbook/data";
import { fingerprint } from "../workbook/fingerprint";
import { parseWorkbook } from "../workbook/parse";
import { type Month, monthName } from "../workbook/period";
import {
  lastMonthOf,
  monthsOf,
  type Period,
  periodKey,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
} from "../workbook/periods";
import type { Finding, RawWorkbook } from "../workbook/types";
import { monthFindings, runChecks } from "./checks";
import { MISSING_SECTION, missingFindings } from "./needs";
import { type Consent, gateVerdict, rowsOfMonths, type Verdict } from "./report-check";
import { summarizeMonth } from "./summary";

export interface PeriodCheck {
  data: WorkbookData;
  errors: Finding[];
  warnings: Finding[];
  /** One warning per section: the months inside the period that have no data for it. */
  missing: Finding[];
  /** The same, as data: each section's months without data (only sections with some). */
  missingMonths: ReadonlyMap<ChannelKey, readonly Month[]>;
}

/** The months the period's deck reads: its own, the previous period's and a year earlier's. */
export function periodMonths(period: Period): Month[] {
  return [...monthsOf(period), ...monthsOf(previousPeriod(period)), ...monthsOf(samePeriodLastYear(period))];
}

const findingKey = (f: Finding): string => JSON.stringify([f.severity, f.code, f.message, f.tab, f.row]);

function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `Oktober dan November 2023`, `Januari–Oktober dan Desember 2023` (a run of three or more as a span). */
export function monthsText(months: readonly Month[]): string {
  const byYear = new Map<string, Month[]>();
  for (const m of months) byYear.set(m.slice(0, 4), [...(byYear.get(m.slice(0, 4)) ?? []), m]);
  return [...byYear.entries()].map(([year, list]) => `${monthSpan(list)} ${year}`).join("; ");
}

const monthIndex = (m: Month): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

/** Months as names, runs of three or more consecutive months as `Januari–Oktober`. */
export function monthSpan(months: readonly Month[]): string {
  const runs: Month[][] = [];
  for (const m of months) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && monthIndex(m) - monthIndex(last) === 1) run.push(m);
    else runs.push([m]);
  }
  const parts = runs.flatMap((run) =>
    run.length > 2
      ? [`${monthName(run[0] as Month)}–${monthName(run[run.length - 1] as Month)}`]
      : run.map(monthName),
  );
  return listText(parts);
}

/** Each section's months inside the period without data, in the registry's order. */
export function missingMonthsOf(data: WorkbookData, period: Period): Map<ChannelKey, Month[]> {
  const byKey = new Map<ChannelKey, Month[]>();
  for (const month of monthsOf(period)) {
    // Whole tabs only: a month with part of a tab filled counts as having data for the period.
    const whole = missingFindings(data, month, MONTH_NEEDS).filter((f) => f.code === MISSING_SECTION);
    for (const finding of whole) {
      const def = finding.tab ? channelByTab(finding.tab) : undefined;
      if (!def) continue;
      const key = def.key as ChannelKey;
      byKey.set(key, [...(byKey.get(key) ?? []), month]);
    }
  }
  const ordered = new Map<ChannelKey, Month[]>();
  for (const def of CHANNELS) {
    const months = byKey.get(def.key);
    if (months) ordered.set(def.key, months);
  }
  return ordered;
}

export function checkPeriod(raw: RawWorkbook, period: Period): PeriodCheck {
  const parsed = parseWorkbook(raw);
  const { data } = parsed;
  // The parse findings of the months read: each summary keeps those of its month's report months.
  const anchors = [period, previousPeriod(period), samePeriodLastYear(period)].map(lastMonthOf);
  const parse = anchors.flatMap((m) => summarizeMonth(raw, m, parsed).findings);
  const own = monthsOf(period).flatMap((m) => runChecks(data, m));
  const bases = periodMonths(period).flatMap((m) => monthFindings(data, m));
  const findings = unique([...parse, ...own, ...bases]);
  const missingMonths = missingMonthsOf(data, period);
  const missing: Finding[] = [...missingMonths.entries()].map(([key, months]) => {
    const tab = CHANNELS.find((c) => c.key === key)?.tab ?? key;
    return {
      severity: "warning",
      code: "missing-section",
      message: `Tab "${tab}" belum diisi untuk ${monthsText(months)} (${periodLabel(period)}).`,
      tab,
    };
  });
  return {
    data,
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
    missing,
    missingMonths,
  };
}

/** Whether the period's deck may be made, in the words the dialog and the CLI show. */
export function periodVerdict(
  check: Pick<PeriodCheck, "errors" | "warnings" | "missing">,
  period: Period,
  consent: Consent,
): Verdict {
  const tabs = check.missing.map((f) => f.tab ?? "").join(", ");
  return gateVerdict(check, periodLabel(period), `ada bulan tanpa data untuk ${tabs}`, consent);
}

/** A fingerprint of the data the period's deck was made from (Riwayat's `Sidik Data`). */
export function periodFingerprint(data: WorkbookData, period: Period): string {
  const months = new Set<string>(periodMonths(period));
  return fingerprint({
    period: periodKey(period),
    rows: rowsOfMonths(data, months),
    settings: data.settings,
  });
}
