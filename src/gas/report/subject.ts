/**
 * What a report is made for: a month (the monthly report, unchanged) or a quarter, semester or
 * year (the period report). Both judge the rows, say whether the deck may be made, lay it out and
 * fingerprint its data the same way for Buat Laporan; the period's key (`2023-Q3`) stands where
 * the month's (`2023-11`) does in Riwayat, the chart spreadsheet and the PDF's property.
 */
import { checkPeriod, periodFingerprint, periodVerdict } from "../../core/judgement/period-check";
import {
  type Consent,
  checkMonth,
  dataFingerprint,
  missingKeys,
  verdict,
} from "../../core/judgement/report-check";
import type { WorkbookData } from "../../core/workbook/data";
import { monthLabel, toMonth } from "../../core/workbook/period";
import { type Period, parsePeriod, periodKey, periodLabel } from "../../core/workbook/periods";
import type { Finding, RawWorkbook } from "../../core/workbook/types";
import type { Deck } from "../../report/deck";
import { buildDeck } from "../../report/layout";
import { buildPeriodDeck } from "../../report/period/layout";

export interface ReportSubject {
  /** `2023-11`, `2023-Q3`, `2023-S2`, `2023`: Riwayat's `Bulan`, the charts' and the PDF's key. */
  key: string;
  /** `November 2023`, `Triwulan III 2023`. */
  label: string;
  data: WorkbookData;
  errors: Finding[];
  warnings: Finding[];
  missing: Finding[];
  verdict(consent: Consent): ReturnType<typeof verdict>;
  deck(): Deck;
  fingerprint(): string;
}

export type SubjectResult = { ok: true; period: Period } | { ok: false; message: string };

/** The request's `month`: a month or a period key, with the Indonesian message for anything else. */
export function readSubject(text: unknown): SubjectResult {
  return parsePeriod(text);
}

/** Checks the rows for the period (a month as the monthly report always has). */
export function judgeSubject(raw: RawWorkbook, period: Period): ReportSubject {
  const key = periodKey(period);
  if (period.kind === "month") {
    const month = toMonth(key);
    const check = checkMonth(raw, month);
    return {
      key,
      label: monthLabel(month),
      data: check.data,
      errors: check.errors,
      warnings: check.warnings,
      missing: check.missing,
      verdict: (consent) => verdict(check, month, consent),
      deck: () => buildDeck(check.data, month, { missing: missingKeys(check.missing) }),
      fingerprint: () => dataFingerprint(check.data, month),
    };
  }
  const check = checkPeriod(raw, period);
  return {
    key,
    label: periodLabel(period),
    data: check.data,
    errors: check.errors,
    warnings: check.warnings,
    missing: check.missing,
    verdict: (consent) => periodVerdict(check, period, consent),
    deck: () => buildPeriodDeck(check.data, period, { missingMonths: check.missingMonths }),
    fingerprint: () => periodFingerprint(check.data, period),
  };
}
