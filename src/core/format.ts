/**
 * Numbers as Indonesians write them: `1.271`, `16.534`, `41,2%`, `283,3%`, `40%`.
 * Hand-written rather than Intl so the output is identical in Apps Script, Node and browsers
 * whatever ICU data they carry.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * `1271` -> `1.271`; `4.5` -> `4,5`. `decimals` is the most decimals shown (trailing zeros
 * dropped) unless `fixed` asks to keep them (`5,0`).
 */
export function formatNumber(value: number, decimals = 0, fixed = false): string {
  if (!Number.isFinite(value)) return "-";
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = "0", fraction = ""] = rounded.toFixed(decimals).split(".");
  const shownFraction = fixed ? fraction : fraction.replace(/0+$/, "");
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  return `${sign}${groupThousands(whole)}${shownFraction ? `,${shownFraction}` : ""}`;
}

/** A percentage given in percent units (41.176 -> `41,2%`), one decimal, trailing `,0` dropped. */
export function formatPercent(percent: number, decimals = 1): string {
  return `${formatNumber(percent, decimals)}%`;
}

/** The magnitude of a change, for sentences where a word carries the direction. */
export function formatPercentAbs(percent: number, decimals = 1): string {
  return formatPercent(Math.abs(percent), decimals);
}
