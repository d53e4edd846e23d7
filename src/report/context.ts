import type { ChannelKey } from "../core/workbook/channels";
import type { WorkbookData } from "../core/workbook/data";
import type { Month } from "../core/workbook/period";
import type { Settings } from "../core/workbook/settings";
import type { Slide } from "./deck";

/** What every section of the layout gets. */
export interface LayoutContext {
  data: WorkbookData;
  month: Month;
  settings: Settings;
  /** `DJPK`: used in titles such as `Publikasi Website DJPK`. */
  unit: string;
  /** Channels with no data for the month (generation was allowed to go on without them). */
  missing: ReadonlySet<ChannelKey>;
  /** What the month lacks, as the check names it (`Evaluasi`, `Media Sosial (Twitter)`). */
  unmet?: readonly string[];
}

/** Builds the slides of one section of the report (possibly none, possibly continued over several). */
export type SectionBuilder = (ctx: LayoutContext) => Slide[];

/** The phone service's name from Pengaturan (`Dering DJPK`), else the unit's short name. */
export function phoneServiceName(ctx: Pick<LayoutContext, "settings" | "unit">): string {
  return String(ctx.settings.namaLayananTelepon ?? "").trim() || ctx.unit;
}
