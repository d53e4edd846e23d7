/** What the sidebar shows for a month: every channel's rows as typed, status, and reference figures. */

import { type ChannelView, type ColumnReference, MEASURE_REFERENCE, type MonthView } from "../../rpc/sidebar";
import { CHANNELS, type ChannelDef, type ChannelKey } from "../workbook/channels";
import type { WorkbookData } from "../workbook/data";
import { figure, measureOf } from "../workbook/dataset";
import { cellText, monthCells, monthRowIndexes, monthVersion } from "../workbook/month-rows";
import { type Month, previousMonth, sameMonthLastYear } from "../workbook/period";
import type { Finding, RawWorkbook } from "../workbook/types";
import { checkFindings, findingsOfTab } from "./month-verdict";
import { checkMonth } from "./report-check";
import { type ChannelSummary, STATUS_LABELS } from "./summary";

const orNull = (value: number | undefined): number | null => value ?? null;

function references(def: ChannelDef, data: WorkbookData, month: Month): Record<string, ColumnReference> {
  const key = def.key as ChannelKey;
  const prev = previousMonth(month);
  const lastYear = sameMonthLastYear(month);
  const refs: Record<string, ColumnReference> = {
    [MEASURE_REFERENCE]: {
      previous: orNull(measureOf(data, key, prev)),
      lastYear: orNull(measureOf(data, key, lastYear)),
    },
  };
  if (def.kind === "monthly") {
    for (const column of def.columns) {
      if (column.type === "text" || column.type === "choice") continue;
      refs[column.key] = {
        previous: orNull(figure(data, key, column.key, prev)),
        lastYear: orNull(figure(data, key, column.key, lastYear)),
      };
    }
  }
  return refs;
}

export function channelView(
  def: ChannelDef,
  raw: RawWorkbook,
  data: WorkbookData,
  month: Month,
  summary: ChannelSummary | undefined,
  findings: readonly Finding[] = [],
): ChannelView {
  const tab = raw[def.tab];
  const status = summary?.status ?? "kosong";
  return {
    key: def.key as ChannelKey,
    tab: def.tab,
    status,
    statusLabel: STATUS_LABELS[status],
    rows: monthCells(tab, def, month).map((row) => row.map(cellText)),
    rowNumbers: monthRowIndexes(tab, month).map((i) => i + (tab?.firstRow ?? 2)),
    references: references(def, data, month),
    version: monthVersion(tab, def, month),
    findings: findingsOfTab(findings, def.tab),
  };
}

/** The month as the sidebar shows it, judged by the report's own check (checkMonth). */
export function buildMonthView(raw: RawWorkbook, month: Month): MonthView {
  const check = checkMonth(raw, month);
  const { data, summary } = check;
  const findings = checkFindings(check);
  return {
    month,
    monthLabel: summary.monthLabel,
    channels: CHANNELS.map((def) =>
      channelView(
        def,
        raw,
        data,
        month,
        summary.channels.find((c) => c.key === def.key),
        findings,
      ),
    ),
    findings,
  };
}
