/** Findings as the CLI prints them: Kesalahan first, then Peringatan, one message a line. */
import { type Month, monthLabel } from "../core/period";
import type { Finding } from "../core/types";

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
    for (const f of items) lines.push(`  - ${f.message}`);
  };
  group("Kesalahan", errors);
  group("Peringatan", warnings);
  return lines;
}
