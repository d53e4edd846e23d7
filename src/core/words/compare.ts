/** Comparisons the report makes: against last month, the same month last year, shares of a total. */

export type Direction = "naik" | "turun" | "sama";

export type Change =
  /** No base figure (no data for that month): the sentence leaves this half out. */
  | { kind: "missing" }
  /** Base is zero and current is not: "naik dari 0". */
  | { kind: "fromZero"; base: 0; current: number }
  | { kind: "change"; base: number; current: number; direction: Direction; percent: number };

/** Percent change from base to current; never Infinity or NaN. `percent` is signed. */
export function change(current: number, base: number | undefined): Change {
  if (base === undefined || !Number.isFinite(base)) return { kind: "missing" };
  if (base === 0) {
    if (current === 0) return { kind: "change", base, current, direction: "sama", percent: 0 };
    return { kind: "fromZero", base: 0, current };
  }
  const percent = ((current - base) / Math.abs(base)) * 100;
  // A base so close to zero that the ratio overflows reads like a zero base.
  if (!Number.isFinite(percent)) return { kind: "fromZero", base: 0, current };
  const direction: Direction = current > base ? "naik" : current < base ? "turun" : "sama";
  return { kind: "change", base, current, direction, percent };
}

/** part / total as a percent; undefined when total is zero or missing. */
export function share(part: number, total: number | undefined): number | undefined {
  if (total === undefined || total === 0 || !Number.isFinite(total)) return undefined;
  return (part / total) * 100;
}

/** Sum of the defined values; undefined when none is defined. */
export function sumDefined(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length === 0 ? undefined : defined.reduce((a, b) => a + b, 0);
}
