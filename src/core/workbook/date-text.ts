/**
 * Dates in the forms spreadsheets export and people paste, besides ISO and `6/11/2023`:
 * `6/11/23` (day first, two-digit year = 20yy), `06-Nov-23`, `06-Okt-23`, `6 Nov 2023`,
 * `6 November 2023`, English month names (`6 October 2023`, `Oct 6, 2023`). One rule for the
 * sidebar, the Sheets parse and the CLI (schema.ts reads every date cell through it).
 */
import { MONTH_NAMES, MONTH_SHORT, type Month, monthNumber, yearOf } from "./period";

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ENGLISH = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month words, lower case, Indonesian and English, full and short. */
const MONTH_WORDS = new Map<string, number>([
  ...MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...MONTH_SHORT.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...ENGLISH.map((name, i) => [name, i + 1] as const),
  ...ENGLISH.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ["agt", 8],
  ["agu", 8],
  ["sept", 9],
  ["des", 12],
  ["okt", 10],
  ["mei", 5],
]);

export const monthOfWord = (word: string): number | undefined =>
  MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, ""));

/** A two-digit year is this century's (`23` -> 2023), as the exports mean it. */
const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** The parts of a date in one of the exported forms; undefined when it is none of them. */
export function exportedDateParts(text: string): DateParts | undefined {
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (numeric)
    return { day: Number(numeric[1]), month: Number(numeric[3]), year: fullYear(numeric[4] ?? "") };
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-]+(\d{2}|\d{4})$/.exec(text);
  if (dayFirst) {
    const month = monthOfWord(dayFirst[2] ?? "");
    if (month !== undefined) return { day: Number(dayFirst[1]), month, year: fullYear(dayFirst[3] ?? "") };
  }
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (monthFirst) {
    const month = monthOfWord(monthFirst[1] ?? "");
    if (month !== undefined) return { day: Number(monthFirst[2]), month, year: Number(monthFirst[3]) };
  }
  return undefined;
}

/** The examples a date message gives, in the month being filled (its 6th day). */
export function dateExamples(month: Month): string {
  const m = monthNumber(month);
  const y = yearOf(month);
  return `${y}-${String(m).padStart(2, "0")}-06, 6/${m}/${y} atau 6 ${MONTH_NAMES[m - 1]} ${y}`;
}

/** The default examples (November 2023) in a message, replaced by the month's own. */
export const DEFAULT_DATE_EXAMPLES = "2023-11-06, 6/11/2023 atau 6 November 2023";

export function withMonthExamples(message: string, month: Month | undefined): string {
  return month && message.includes(DEFAULT_DATE_EXAMPLES)
    ? message.replace(DEFAULT_DATE_EXAMPLES, dateExamples(month))
    : message;
}
