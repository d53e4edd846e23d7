/**
 * ONE verdict on a month, for every place that judges it: the sidebar's status pills and field
 * messages (month-view.ts), Periksa Data and the Buat Laporan dialog all come from `checkMonth`
 * (report-check.ts), which judges the statuses here. A channel's status counts the check's
 * findings, so a channel with an error the report would refuse is never "Lengkap", and every
 * warning of the report is shown on the channel it concerns.
 */
import { isDraftGap } from "../entry/drafts";
import type { Finding } from "../workbook/types";
import type { MonthCheck } from "./report-check";
import type { ChannelStatus, ChannelSummary } from "./summary";

/** The check's errors and warnings (not the empty sections: those are the "Kosong" status). */
export function checkFindings(check: Pick<MonthCheck, "errors" | "warnings">): Finding[] {
  return [...check.errors, ...check.warnings];
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
  return channel.status;
}
