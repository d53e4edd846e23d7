/**
 * ONE verdict on a month, for every place that judges it: the sidebar's status pills and field
 * messages (month-view.ts), Periksa Data and the Buat Laporan dialog all come from `checkMonth`
 * (report-check.ts), which judges the statuses here. A channel's status counts the check's
 * findings, so a channel with an error the report would refuse is never "Lengkap", and every
 * warning of the report is shown on the channel it concerns.
 */
import { isDraftGap } from "../entry/drafts";
import type { Finding } from "../workbook/types";
import { MISSING_PART } from "./needs";
import type { MonthCheck } from "./report-check";
import type { ChannelStatus, ChannelSummary } from "./summary";

/**
 * The check's errors and warnings, and the missing parts of filled tabs (Twitter of Media Sosial);
 * not the empty tabs: those are the "Kosong" status.
 */
export function checkFindings(
  check: Pick<MonthCheck, "errors" | "warnings"> & { missing?: Finding[] },
): Finding[] {
  return [
    ...check.errors,
    ...check.warnings,
    ...(check.missing ?? []).filter((f) => f.code === MISSING_PART),
  ];
}

/** The findings that concern a tab. */
export function findingsOfTab(findings: readonly Finding[], tab: string): Finding[] {
  return findings.filter((f) => f.tab === tab);
}

/**
 * A channel's status once the check's errors are counted: any error on its tab makes it "Ada
 * kesalahan", except the empty figures of a draft (drafts.ts), which leave it "Sebagian" at best.
 */
export function judgedStatus(channel: ChannelSummary, findings: readonly Finding[]): ChannelStatus {
  const errors = findings.filter((f) => f.tab === channel.tab && f.severity === "error");
  if (errors.some((f) => !isDraftGap(f))) return "ada-kesalahan";
  if (errors.length > 0 && channel.status !== "ada-kesalahan") return "sebagian";
  // A part of the tab a slide needs is empty (Twitter of Media Sosial): not yet complete.
  const partMissing = findings.some((f) => f.tab === channel.tab && f.code === MISSING_PART);
  if (partMissing && channel.status === "lengkap") return "sebagian";
  return channel.status;
}
