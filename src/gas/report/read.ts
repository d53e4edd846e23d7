/**
 * Reading the workbook for a report: the dialog's check (`periksaLaporan`) and, for a
 * generation, the values of every tab the report needs.
 */

import { type Period, parsePeriod } from "../../core/workbook/periods";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { Finding, RawWorkbook } from "../../core/workbook/types";
import type { FindingLine, PeriksaResult } from "../../rpc/report";
import { previousDeck } from "../history";
import { sendReadiness } from "../send/readiness";
import { DATA_TABS, readSizedTabs, readTabs, type SheetsService, type SizedTab } from "../sheets-values";
import { STAGE } from "./stages";
import { judgeSubject } from "./subject";

const REPORT_TABS: readonly string[] = [...DATA_TABS, HISTORY_TAB];

/** A month (`2023-11`) or a quarter, semester or year (`2023-Q3`, `2023-S2`, `2023`). */
function periodOrThrow(text: unknown): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

export function checkReport(
  access: { sheets: SheetsService; spreadsheetId: string },
  monthText: unknown,
): PeriksaResult {
  const period = periodOrThrow(monthText);
  const workbook = readTabs(access.sheets, access.spreadsheetId, REPORT_TABS);
  const check = judgeSubject(dataTabs(workbook), period);
  const previous = previousDeck(workbook[HISTORY_TAB], check.key);
  const ready = sendReadiness(workbook, check.key, check.fingerprint());
  return {
    month: check.key,
    monthLabel: check.label,
    errors: lines(check.errors),
    warnings: lines(check.warnings),
    missing: lines(check.missing),
    ...(previous
      ? {
          previous: {
            url: previous.url,
            when: previous.when,
            unchanged: ready.unchanged,
          },
        }
      : {}),
    ...(ready.mailProblem ? { mailProblem: ready.mailProblem } : {}),
    stages: [STAGE.read, STAGE.check],
  };
}

function dataTabs(workbook: RawWorkbook): RawWorkbook {
  return Object.fromEntries(Object.entries(workbook).filter(([name]) => DATA_TABS.includes(name)));
}

export interface ReportRead {
  raw: RawWorkbook;
  history: SizedTab | undefined;
}

/**
 * ONE call (a second only when a tab is missing): the values of every tab the report reads,
 * with Riwayat's grid size. The charts live in the year's chart spreadsheet (charts/book.ts), so
 * the workbook's metadata is not needed.
 */
export function readForReport(sheets: SheetsService, spreadsheetId: string): ReportRead {
  const sized = readSizedTabs(sheets, spreadsheetId, REPORT_TABS);
  const raw: RawWorkbook = {};
  for (const tab of DATA_TABS) {
    const found = sized[tab];
    if (found) raw[tab] = found.tab;
  }
  return { raw, history: sized[HISTORY_TAB] };
}

function lines(findings: readonly Finding[]): FindingLine[] {
  return findings.map((f) =>
    f.tab === undefined ? { message: f.message } : { message: f.message, tab: f.tab },
  );
}
