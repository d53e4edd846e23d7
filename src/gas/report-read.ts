/**
 * Reading the workbook for a report: the dialog's check (`periksaLaporan`) and, for a
 * generation, the tabs with their charts and the values of every tab the report needs.
 */
import { type Month, monthLabel, parseMonth } from "../core/period";
import { checkMonth } from "../core/report-check";
import { HISTORY_TAB } from "../core/system-tabs";
import type { Finding, RawWorkbook } from "../core/types";
import { CHART_TAB, type ChartTabState } from "./charts";
import { deckUrl } from "./drive";
import { previousDeck } from "./history";
import type { FindingLine, PeriksaResult } from "./report-rpc";
import { STAGE } from "./report-stages";
import { DATA_TABS, readSizedTabs, readTabs, type SheetsService, type SizedTab } from "./sheets-values";

const REPORT_TABS: readonly string[] = [...DATA_TABS, HISTORY_TAB];

function monthOrThrow(text: unknown): Month {
  const parsed = parseMonth(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.month;
}

export function checkReport(
  access: { sheets: SheetsService; spreadsheetId: string },
  monthText: unknown,
): PeriksaResult {
  const month = monthOrThrow(monthText);
  const workbook = readTabs(access.sheets, access.spreadsheetId, REPORT_TABS);
  const check = checkMonth(dataTabs(workbook), month);
  const previous = previousDeck(workbook[HISTORY_TAB], month);
  return {
    month,
    monthLabel: monthLabel(month),
    errors: lines(check.errors),
    warnings: lines(check.warnings),
    missing: lines(check.missing),
    ...(previous
      ? { previous: { url: previous.url || deckUrl(previous.presentationId), when: previous.when } }
      : {}),
    stages: [STAGE.read, STAGE.check],
  };
}

function dataTabs(workbook: RawWorkbook): RawWorkbook {
  return Object.fromEntries(Object.entries(workbook).filter(([name]) => DATA_TABS.includes(name)));
}

export interface ReportRead {
  raw: RawWorkbook;
  history: SizedTab | undefined;
  historySheetId: number | undefined;
  chartTab: ChartTabState;
}

type SheetMeta = GoogleAppsScript.Sheets.Schema.Sheet;

const META_FIELDS = "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),charts(chartId))";

/** Two calls: the tabs (with their charts), then the values of every tab the report reads. */
export function readForReport(sheets: SheetsService, spreadsheetId: string): ReportRead {
  const meta = sheets.Spreadsheets.get(spreadsheetId, { fields: META_FIELDS }).sheets ?? [];
  const byTitle = new Map(meta.map((s) => [s.properties?.title ?? "", s]));
  const tabs = [...REPORT_TABS, CHART_TAB].filter((t) => byTitle.has(t));
  const sized = readSizedTabs(sheets, spreadsheetId, tabs, [CHART_TAB]);
  const raw: RawWorkbook = {};
  for (const tab of DATA_TABS) {
    const found = sized[tab];
    if (found) raw[tab] = found.tab;
  }
  return {
    raw,
    history: sized[HISTORY_TAB],
    historySheetId: byTitle.get(HISTORY_TAB)?.properties?.sheetId ?? undefined,
    chartTab: chartTabState(meta, byTitle.get(CHART_TAB), sized[CHART_TAB]),
  };
}

function chartTabState(
  meta: readonly SheetMeta[],
  tab: SheetMeta | undefined,
  read: SizedTab | undefined,
): ChartTabState {
  const ids = (sheet: SheetMeta) => (sheet.charts ?? []).map((c) => c.chartId ?? -1);
  const others = meta.filter((s) => s !== tab);
  const usedIds = new Set<number>([...meta.map((s) => s.properties?.sheetId ?? -1), ...others.flatMap(ids)]);
  const grid = tab?.properties?.gridProperties;
  const columnA = read ? [read.tab.header[0] ?? "", ...read.tab.rows.map((r) => r[0] ?? "")] : [];
  return {
    sheetId: tab?.properties?.sheetId ?? undefined,
    rowCount: grid?.rowCount ?? 0,
    columnCount: grid?.columnCount ?? 0,
    columnA,
    chartIds: new Set(tab ? ids(tab) : []),
    usedIds,
  };
}

function lines(findings: readonly Finding[]): FindingLine[] {
  return findings.map((f) =>
    f.tab === undefined ? { message: f.message } : { message: f.message, tab: f.tab },
  );
}
