/**
 * The report's Indonesian sentences, as runs so the deck can bold what the seed bolds
 * (the direction with its percent, key figures). Rules in shared/REPORT-LAYOUT.md, "Sentences".
 */

import { type Month, monthLabel, sameMonthLastYear } from "../workbook/period";
import { type Change, change, share } from "./compare";
import { formatNumber, formatPercent, formatPercentAbs } from "./format";
import type { Run } from "./text";

export interface ComparisonInput {
  /** "Jumlah publikasi website", "Publikasi webinar", "Jumlah konsultasi melalui WhatsApp" */
  subject: string;
  month: Month;
  current: number;
  /** Figure for M-1; undefined = no data. */
  previous?: number;
  /** Figure for M-12; undefined = no data. */
  lastYear?: number;
  /** Base unit in the parentheses: "(1.322 konsultasi)"; none -> "(17)". */
  unit?: string;
  /**
   * Rounded figures such as website visitors: "turun sekitar 4%". "sekitar" goes with a rounded
   * figure, so the percent is rounded to a whole number too.
   */
  approximate?: boolean;
  /**
   * The figure was just given in the sentence before: without any base, say only that there is
   * nothing to compare, instead of restating it ("sebanyak sekitar 111.000").
   */
  stated?: boolean;
  /** Most decimals of the figures when printed (default 0). */
  decimals?: number;
  /**
   * A period other than a month (period deck): how the sentence names it and its two bases,
   * `Triwulan III 2023`, `triwulan sebelumnya`, `Triwulan III 2022`; without it, the month's words.
   */
  labels?: { current: string; previous: string; lastYear: string };
}

const plain = (text: string): Run => ({ text });
const bold = (text: string): Run => ({ text, bold: true });

/** Appends text to the last run when it is plain, so sentences stay few runs. */
function push(runs: Run[], run: Run): void {
  const last = runs[runs.length - 1];
  if (last && !last.bold && !last.italic && !run.bold && !run.italic) last.text += run.text;
  else runs.push({ ...run });
}

function phraseOf(c: Change, approximate: boolean): string | undefined {
  switch (c.kind) {
    case "missing":
      return undefined;
    case "fromZero":
      return c.current > 0 ? "naik dari 0" : "turun dari 0";
    case "change": {
      if (c.direction === "sama") return "sama dengan";
      const magnitude = formatPercentAbs(c.percent, approximate ? 0 : 1);
      // A real but tiny change must not read "naik 0%" (nor "naik sekitar kurang dari").
      if (magnitude === "0%") return `${c.direction} kurang dari ${approximate ? "1%" : "0,1%"}`;
      return `${c.direction}${approximate ? " sekitar" : ""} ${magnitude}`;
    }
  }
}

/** "turun 41,2%" / "naik sekitar 4%" / "sama dengan" / "naik dari 0"; empty when base is missing. */
export function changePhrase(
  current: number,
  base: number | undefined,
  opts: { approximate?: boolean } = {},
): Run[] {
  const phrase = phraseOf(change(current, base), opts.approximate ?? false);
  return phrase === undefined ? [] : [bold(phrase)];
}

interface Half {
  change: Change;
  phrase: string;
  /** "bulan sebelumnya", "bulan November 2022" */
  label: string;
}

function amount(value: number, decimals: number, unit: string | undefined): string {
  return `${formatNumber(value, decimals)}${unit ? ` ${unit}` : ""}`;
}

/** One phrase with the months it applies to: "turun 41,2% dibandingkan bulan sebelumnya (17) dan bulan November 2022 (17)". */
function groupRuns(group: Half[], input: ComparisonInput): Run[] {
  const decimals = input.decimals ?? 0;
  const first = group[0] as Half;
  const runs: Run[] = [bold(first.phrase)];
  if (first.change.kind === "fromZero") {
    const months = group.map((h) => h.label).join(" dan ");
    runs.push(plain(` pada ${months} menjadi ${amount(input.current, decimals, input.unit)}`));
    return runs;
  }
  const refs = group
    .map(
      (h) => `${h.label} (${amount(h.change.kind === "change" ? h.change.base : 0, decimals, input.unit)})`,
    )
    .join(" dan ");
  const joiner = first.phrase === "sama dengan" ? " " : " dibandingkan ";
  runs.push(plain(`${joiner}${refs}`));
  return runs;
}

/**
 * `<subject> bulan November 2023 turun 37,5% dibandingkan bulan sebelumnya (16) dan naik 100%
 * dibandingkan bulan November 2022 (5).` Both halves merge when their phrases are the same; a
 * missing base drops its half; with no base at all the sentence says there is nothing to compare.
 */
export function comparisonSentence(input: ComparisonInput): Run[] {
  const { subject, month, current, approximate = false } = input;
  const lastYearLabel = input.labels?.lastYear ?? `bulan ${monthLabel(sameMonthLastYear(month))}`;
  const candidates = [
    { change: change(current, input.previous), label: input.labels?.previous ?? "bulan sebelumnya" },
    { change: change(current, input.lastYear), label: lastYearLabel },
  ];
  const halves: Half[] = [];
  for (const c of candidates) {
    const phrase = phraseOf(c.change, approximate);
    if (phrase !== undefined) halves.push({ ...c, phrase });
  }

  if (halves.length === 0 && input.stated) {
    return [
      plain(
        `Belum ada data pembanding untuk ${input.labels?.previous ?? "bulan sebelumnya"} maupun ${lastYearLabel}.`,
      ),
    ];
  }
  const runs: Run[] = [plain(`${subject} ${input.labels?.current ?? `bulan ${monthLabel(month)}`} `)];
  if (halves.length === 0) {
    push(runs, plain(`sebanyak ${approximate ? "sekitar " : ""}`));
    push(runs, bold(formatNumber(current, input.decimals ?? 0)));
    push(
      runs,
      plain(
        `${input.unit ? ` ${input.unit}` : ""}; belum ada data pembanding untuk ${input.labels?.previous ?? "bulan sebelumnya"}`,
      ),
    );
    // A year's previous period is the year before: named once.
    push(runs, plain(lastYearLabel === input.labels?.previous ? "." : ` maupun ${lastYearLabel}.`));
    return runs;
  }

  const groups: Half[][] = [];
  for (const half of halves) {
    const same = groups.find((g) => g[0]?.phrase === half.phrase);
    if (same) same.push(half);
    else groups.push([half]);
  }
  groups.forEach((group, i) => {
    if (i > 0) push(runs, plain(" dan "));
    for (const run of groupRuns(group, input)) push(runs, run);
  });
  push(runs, plain("."));
  return runs;
}

/**
 * `Sampai dengan bulan November 2023, terdapat **111** publikasi pada Website DJPK ...`.
 * `prefix` replaces "terdapat" ("DJPK telah melaksanakan"); `what` completes the sentence.
 */
export function yearToDateSentence(input: {
  month: Month;
  total: number;
  what: string;
  prefix?: string;
}): Run[] {
  const runs: Run[] = [
    plain(`Sampai dengan bulan ${monthLabel(input.month)}, ${input.prefix ?? "terdapat"} `),
  ];
  runs.push(bold(formatNumber(input.total)));
  const what = input.what.trim();
  const end = /[.!?]$/.test(what) ? "" : ".";
  runs.push(plain(`${what ? ` ${what}` : ""}${end}`));
  return runs;
}

/** part of total as a percent: `1,1%`; `0%` when total is 0. */
export function shareText(part: number, total: number): string {
  const value = share(part, total);
  return value === undefined ? "0%" : formatPercent(value);
}

/** Indonesian list: `a`, `a dan b`, `a, b, dan c`. */
export function listText(items: string[]): string {
  if (items.length <= 2) return items.join(" dan ");
  return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
}
