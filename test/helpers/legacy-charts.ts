/**
 * What the previous version did on each Buat Laporan: the month's chart blocks and Sheets charts
 * added to the hidden `Data Grafik` tab of the staff's workbook (src/gas/charts/plan.ts is still that
 * planner). For the migration test and the ten-year benchmark's comparison.
 */

import { checkMonth, missingKeys } from "../../src/core/judgement/report-check";
import type { Month } from "../../src/core/workbook/period";
import type { RawWorkbook } from "../../src/core/workbook/types";
import { CHART_TAB, type ChartPlan, type ChartTabState, planCharts } from "../../src/gas/charts/plan";
import { type ChartRef, deckCharts } from "../../src/gas/slides/requests";
import type { Deck } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import type { FakeEnv } from "../fakes/env";

export interface LegacyCharts {
  deck: Deck;
  refs: ChartRef[];
  plan: ChartPlan;
}

/** The workbook's chart tab as the previous version read it (metadata and column A). */
export function workbookChartState(env: FakeEnv): ChartTabState {
  const { spreadsheet } = env;
  const tab = spreadsheet.sheet(CHART_TAB);
  const onTab = spreadsheet.charts.filter((c) => c.position.overlayPosition?.anchorCell?.sheetId === tab?.id);
  return {
    sheetId: tab?.id,
    rowCount: tab?.maxRows ?? 0,
    columnCount: tab?.maxColumns ?? 0,
    columnA: (tab?.snapshot() ?? []).map((row) => row[0] ?? ""),
    chartIds: new Set(onTab.map((c) => c.chartId)),
    usedIds: new Set([
      ...spreadsheet.sheets.map((s) => s.id),
      ...spreadsheet.charts.filter((c) => !onTab.includes(c)).map((c) => c.chartId),
    ]),
  };
}

/** Lays out the month's deck and makes its charts in the workbook, in one Sheets batch. */
export function addLegacyCharts(env: FakeEnv, workbook: RawWorkbook, month: Month): LegacyCharts {
  const check = checkMonth(workbook, month);
  const deck = buildDeck(check.data, month, { missing: missingKeys(check.missing) });
  const refs = deckCharts(deck);
  const plan = planCharts(refs, month, env.spreadsheet.id, workbookChartState(env));
  env.Sheets.Spreadsheets.batchUpdate({ requests: plan.requests }, env.spreadsheet.id);
  return { deck, refs, plan };
}
