/**
 * Findings as the CLI prints them: Kesalahan first, then Peringatan, one message a line; a
 * message that lists many cases prints them one a line below it.
 */
import { findingParts } from "../core/judgement/finding-parts";
import { type Month, monthLabel } from "../core/workbook/period";
import type { Finding } from "../core/workbook/types";

export function formatFindings(findings: readonly Finding[], month: Month): string[] {
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  if (errors.length === 0 && warnings.length === 0) {
    return [`Tidak ada kesalahan atau peringatan untuk ${monthLabel(month)}.`];
  }
  const lines: string[] = [];
  const group = (title: string, items: readonly Finding[]) => {
    if (items.length === 0) return;
    if (lines.length > 0) lines.push("");
    lines.push(`${title} (${items.length}):`);
    for (const f of items) {
      const { head, items: cases } = findingParts(f.message);
      lines.push(`  - ${head}`, ...cases.map((c) => `      ${c}`));
    }
  };
  group("Kesalahan", errors);
  group("Peringatan", warnings);
  return lines;
}
