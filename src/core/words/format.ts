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
  const scaled = Math.abs(value) * factor;
  // Ratios such as 23 / 80 * 100 land a hair below the half (28.749999999999996); at 15
  // significant digits they are the 28.75 they stand for, which rounds up to 28,8.
  const exact = scaled < 1e15 ? Number(scaled.toPrecision(15)) : scaled;
  const rounded = Math.round(exact) / factor;
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
