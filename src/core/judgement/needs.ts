/**
 * What a section of the report reads for its month, and whether the workbook has it. The report's
 * layout declares its sections' needs (src/report/section-needs.ts), so the list of what a month
 * lacks is the layout's own: every place that checks a month (CLI, Periksa Data, the sidebar, the
 * Buat Laporan dialog) gets it through checkMonth.
 */
import { CHANNELS, type ChannelKey, channel, columnOf } from "../workbook/channels";
import type { DataRow, WorkbookData } from "../workbook/data";
import { itemsOf, measureOf, rowsOf, textOf } from "../workbook/dataset";
import { type Month, monthLabel } from "../workbook/period";
import type { Finding } from "../workbook/types";

export interface SectionNeed {
  key: ChannelKey;
  /** A part of a monthly tab: present when any of these columns is filled for the month. */
  columns?: readonly string[];
  /** A part of an item tab: present when an item's `column` holds `value` (Topik Konsultasi's Bagian). */
  where?: { column: string; value: string };
  /** The part's name in the list: `Twitter`, `zona waktu, jam layanan, dan eskalasi`. */
  part?: string;
}

/** A whole tab's need is met by the month's headline figure (the figure the sections test). */
export const MISSING_SECTION = "missing-section";
/** A part of a tab (columns or items of one kind) that the month's rows leave empty. */
export const MISSING_PART = "missing-part";

const filled = (row: DataRow, column: string): boolean => textOf(row.values[column]).trim() !== "";

export function needMet(data: WorkbookData, month: Month, need: SectionNeed): boolean {
  if (measureOf(data, need.key, month) === undefined) return false;
  const { columns, where } = need;
  if (columns && !rowsOf(data, need.key, month).some((row) => columns.some((c) => filled(row, c)))) {
    return false;
  }
  if (where) {
    return itemsOf(data, need.key, month).some((row) => textOf(row.values[where.column]) === where.value);
  }
  return true;
}

const sameNeed = (a: SectionNeed, b: SectionNeed): boolean =>
  a.key === b.key &&
  (a.columns ?? []).join("|") === (b.columns ?? []).join("|") &&
  a.where?.column === b.where?.column &&
  a.where?.value === b.where?.value;

/**
 * The needs the month does not meet, each once, in the workbook's tab order (where staff fill
 * them in), a tab's parts in the layout's order. A part of a tab with no data at all is not listed
 * apart: the tab itself is.
 */
export function unmetNeeds(data: WorkbookData, month: Month, needs: readonly SectionNeed[]): SectionNeed[] {
  const unmet: SectionNeed[] = [];
  for (const need of needs) {
    if (needMet(data, month, need) || unmet.some((u) => sameNeed(u, need))) continue;
    const whole = { key: need.key };
    if (need.columns || need.where) {
      if (!needMet(data, month, whole)) {
        if (!unmet.some((u) => sameNeed(u, whole))) unmet.push(whole);
        continue;
      }
    }
    unmet.push(need);
  }
  const order = (need: SectionNeed) => CHANNELS.findIndex((c) => c.key === need.key);
  return unmet.sort((a, b) => order(a) - order(b));
}

/** `Media Sosial (Twitter)`, or the tab's name for a whole tab. */
export function needLabel(need: SectionNeed): string {
  const tab = channel(need.key).tab;
  return need.part ? `${tab} (${need.part})` : tab;
}

function partDetail(need: SectionNeed): string {
  const def = channel(need.key);
  if (need.columns) return `kolom ${need.columns.map((c) => columnOf(def, c).header).join(", ")}`;
  if (need.where) return `baris dengan ${columnOf(def, need.where.column).header} "${need.where.value}"`;
  return "";
}

/** The unmet needs as the warnings the check shows: one per tab or part, named as the deck names it. */
export function missingFindings(data: WorkbookData, month: Month, needs: readonly SectionNeed[]): Finding[] {
  return unmetNeeds(data, month, needs).map((need): Finding => {
    const tab = channel(need.key).tab;
    if (!need.part) {
      return {
        severity: "warning",
        code: MISSING_SECTION,
        message: `Tab "${tab}" belum diisi untuk ${monthLabel(month)}.`,
        tab,
      };
    }
    return {
      severity: "warning",
      code: MISSING_PART,
      message: `Tab "${tab}": ${need.part} (${partDetail(need)}) belum diisi untuk ${monthLabel(month)}.`,
      tab,
      part: need.part,
    };
  });
}

/** How the lists name a missing finding: `Evaluasi`, `Media Sosial (Twitter)`. */
export function missingLabel(finding: Finding): string {
  const tab = finding.tab ?? "";
  return finding.part ? `${tab} (${finding.part})` : tab;
}
