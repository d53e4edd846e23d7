/**
 * A period's figures from its months' rows, each by its column's rule in the registry
 * (`period`: sum, last, mean). A month without data adds nothing and is not counted in a mean;
 * a period with no month of data has no figure (undefined), as a month without data has none.
 */
import { type ChannelKey, channel, columnOf, type PeriodRule } from "./channels";
import type { WorkbookData } from "./data";
import { figure, measureOf } from "./dataset";
import type { Month } from "./period";
import { monthsOf, type Period } from "./periods";

/** The rule applied to the months' values, in month order; undefined when no month has a value. */
export function aggregate(rule: PeriodRule, values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return undefined;
  switch (rule) {
    case "sum":
      return known.reduce((a, b) => a + b, 0);
    case "last":
      return known[known.length - 1];
    case "mean":
      return known.reduce((a, b) => a + b, 0) / known.length;
  }
}

/** A number column's rule; a column without one is a defect of the registry (the registry test catches it). */
export function ruleOf(key: ChannelKey, column: string): PeriodRule {
  const rule = columnOf(channel(key), column).period;
  if (!rule) throw new Error(`Column ${column} of ${key} has no period rule`);
  return rule;
}

/** The rule of a channel's headline figure: its measure column's, or `sum` for an item tab's count. */
export function measureRule(key: ChannelKey): PeriodRule {
  const def = channel(key);
  if (def.kind === "items") return def.weight ? ruleOf(key, def.weight) : "sum";
  return def.measure ? ruleOf(key, def.measure.column) : "sum";
}

/** Each month's value of a column (or the headline figure), in the period's order. */
export function monthValues(
  data: WorkbookData,
  key: ChannelKey,
  months: readonly Month[],
  column?: string,
): (number | undefined)[] {
  return months.map((m) => (column ? figure(data, key, column, m) : measureOf(data, key, m)));
}

/** A column's figure for the period (or the channel's headline figure when no column is named). */
export function periodFigure(
  data: WorkbookData,
  key: ChannelKey,
  period: Period,
  column?: string,
): number | undefined {
  const rule = column ? ruleOf(key, column) : measureRule(key);
  return aggregate(rule, monthValues(data, key, monthsOf(period), column));
}

/** How many of the period's months have a value for the column (or the headline figure). */
export function monthsWithData(data: WorkbookData, key: ChannelKey, period: Period, column?: string): number {
  return monthValues(data, key, monthsOf(period), column).filter((v) => v !== undefined).length;
}
