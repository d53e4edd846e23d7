/** What every section of a quarter's, semester's or year's deck gets. */
import type { ChannelKey } from "../../core/workbook/channels";
import type { WorkbookData } from "../../core/workbook/data";
import type { Month } from "../../core/workbook/period";
import type { Period } from "../../core/workbook/periods";
import type { Settings } from "../../core/workbook/settings";
import type { LayoutContext } from "../context";
import type { Slide } from "../deck";

export interface PeriodContext {
  data: WorkbookData;
  period: Period;
  settings: Settings;
  /** `DJPK`: used in titles such as `Publikasi Website DJPK`. */
  unit: string;
  /** Each section's months inside the period without data (generation was allowed to go on). */
  missingMonths: ReadonlyMap<ChannelKey, readonly Month[]>;
}

export type PeriodSection = (ctx: PeriodContext) => Slide[];

/**
 * The month-deck context of the period's last month, for the sections whose content does not
 * depend on the month (the contact channels, the chatbot's steps, the e-mail services).
 */
export function staticContext(ctx: PeriodContext, lastMonth: Month): LayoutContext {
  return { data: ctx.data, month: lastMonth, settings: ctx.settings, unit: ctx.unit, missing: new Set() };
}
