/**
 * What stands between the workbook and a deck: the parse and consistency findings of the month
 * (errors block; warnings and empty sections need the user's consent). Pure: rows in, verdict out.
 */

import { MONTH_NEEDS } from "../../report/layout";
import { type ChannelKey, channelByTab } from "../workbook/channels";
import type { WorkbookData } from "../workbook/data";
import { fingerprint } from "../workbook/fingerprint";
import { parseWorkbook } from "../workbook/parse";
import { type Month, monthLabel } from "../workbook/period";
import type { Finding, RawWorkbook } from "../workbook/types";
import { checkedMonths, runChecks } from "./checks";
import { judgedStatus } from "./month-verdict";
import { MISSING_SECTION, missingFindings, missingLabel } from "./needs";
import { type MonthSummary, reportMonths, summarizeMonth } from "./summary";

export interface MonthCheck {
  data: WorkbookData;
  /**
   * Each channel's status for the month, judged with every finding below (an error on a tab makes
   * it "Ada kesalahan"); its `findings` are the parse findings only.
   */
  summary: MonthSummary;
  errors: Finding[];
  warnings: Finding[];
  missing: Finding[];
}

/**
 * Parse findings of the months the report reads (a mistake in 2019 does not block November 2023,
 * as in Periksa Data), plus the consistency checks and the sections without data.
 */
export function checkMonth(raw: RawWorkbook, month: Month): MonthCheck {
  const parsed = parseWorkbook(raw);
  const { data } = parsed;
  const summary = summarizeMonth(raw, month, parsed);
  const findings = [...summary.findings, ...runChecks(data, month)];
  // What the layout's sections need and the month lacks (section-needs.ts): one list for all.
  const missing = missingFindings(data, month, MONTH_NEEDS);
  // The statuses count the consistency findings and the missing parts too: the sidebar's pills and the report agree.
  const channels = summary.channels.map((c) => ({
    ...c,
    status: judgedStatus(c, [...findings, ...missing]),
  }));
  return {
    data,
    summary: { ...summary, channels },
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
    missing,
  };
}

/** The channels missing as a whole (a missing part leaves the rest of its tab's slides as they are). */
export function missingKeys(missing: readonly Finding[]): Set<ChannelKey> {
  return new Set(
    missing.flatMap((f) => {
      if (f.code !== MISSING_SECTION) return [];
      const def = f.tab ? channelByTab(f.tab) : undefined;
      return def ? [def.key as ChannelKey] : [];
    }),
  );
}

export interface Consent {
  allowMissing?: boolean;
  acceptWarnings?: boolean;
}

export type Verdict =
  | { ok: true }
  | { ok: false; reason: "errors" | "warnings" | "missing"; message: string };

/** Whether the deck may be made, and if not, why, in the words the dialog shows. */
export function verdict(check: MonthCheck, month: Month, consent: Consent): Verdict {
  const tabs = check.missing.map(missingLabel).join(", ");
  return gateVerdict(check, monthLabel(month), `belum ada data untuk ${tabs}`, consent);
}

/**
 * The gate a month's and a period's deck share: errors stop it; missing data and warnings stop it
 * unless the user consented. `missingText` says what is missing, after "tidak dibuat: ".
 */
export function gateVerdict(
  check: Pick<MonthCheck, "errors" | "warnings" | "missing">,
  label: string,
  missingText: string,
  consent: Consent,
): Verdict {
  if (check.errors.length > 0) {
    const first = check.errors[0]?.message ?? "";
    return {
      ok: false,
      reason: "errors",
      message: `Laporan ${label} tidak dibuat: ada ${check.errors.length} kesalahan data. Perbaiki dulu, lalu periksa lagi. Yang pertama: ${first}`,
    };
  }
  if (check.missing.length > 0 && !consent.allowMissing) {
    return {
      ok: false,
      reason: "missing",
      message: `Laporan ${label} tidak dibuat: ${missingText}. Isi tab tersebut, atau pilih "Buat tanpa bagian yang kosong".`,
    };
  }
  if (check.warnings.length > 0 && !consent.acceptWarnings) {
    return {
      ok: false,
      reason: "warnings",
      message: `Laporan ${label} belum dibuat: ada ${check.warnings.length} peringatan. Periksa, lalu pilih "Lanjutkan meski ada peringatan".`,
    };
  }
  return { ok: true };
}

/** The rows of the given months, without sheet row numbers (sorting rows does not change a fingerprint). */
export function rowsOfMonths(
  data: WorkbookData,
  months: ReadonlySet<string>,
): [string, [string, unknown][]][] {
  return Object.entries(data.rows).map(([key, list]) => [
    key,
    list.filter((r) => months.has(r.month)).map((r): [string, unknown] => [r.month, r.values]),
  ]);
}

/**
 * A fingerprint of the data the deck was made from: every row of the months the report reads
 * (without sheet row numbers, so sorting rows does not change it) and the settings.
 */
export function dataFingerprint(data: WorkbookData, month: Month): string {
  const months = new Set<string>([...checkedMonths(month), ...reportMonths(month)]);
  return fingerprint({ month, rows: rowsOfMonths(data, months), settings: data.settings });
}
