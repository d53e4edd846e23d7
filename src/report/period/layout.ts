/**
 * A quarter's, semester's or year's report: workbook data for a period -> Deck, following the
 * monthly report's sections (REPORT-LAYOUT.md) with each figure by its registry rule, compared
 * with the previous period and the same period a year earlier, each list summarised.
 */
import type { ChannelKey } from "../../core/workbook/channels";
import type { WorkbookData } from "../../core/workbook/data";
import type { Month } from "../../core/workbook/period";
import { lastMonthOf, type Period, periodLabel } from "../../core/workbook/periods";
import type { Deck } from "../deck";
import { chatbotSection } from "../sections/chatbot";
import { emailServicesSection } from "../sections/email";
import {
  periodChatbotSection,
  periodComplaintsSection,
  periodEmailLaporanSection,
  periodFaceToFaceSection,
  periodTicketChannelsSection,
  periodTicketDetailsSection,
  periodTicketsSection,
  periodTicketTrendSection,
  periodTopicsSection,
  periodUsersSection,
  periodVideoSection,
} from "./consultations";
import { type PeriodContext, type PeriodSection, staticContext } from "./context";
import {
  periodContactsSection,
  periodCoverSection,
  periodMissingSection,
  periodSummarySection,
} from "./overview";
import {
  periodBlastSection,
  periodVisitsSection,
  periodWebinarSection,
  periodWebsiteDetailsSection,
  periodWebsiteSection,
} from "./publications";
import {
  periodAmplificationSection,
  periodEvaluationSection,
  periodFacebookSection,
  periodInstagramSection,
  periodPpidSection,
  periodSatisfactionSection,
  periodSocialPostsSection,
  periodTwitterSection,
} from "./social";

/** The month deck's static sections (their text does not depend on the month). */
const unchanged =
  (section: typeof chatbotSection): PeriodSection =>
  (ctx) =>
    section(staticContext(ctx, lastMonthOf(ctx.period)));

export const PERIOD_SECTIONS: readonly PeriodSection[] = [
  periodCoverSection,
  periodSummarySection,
  periodMissingSection,
  periodContactsSection,
  periodWebsiteSection,
  periodWebsiteDetailsSection,
  periodWebinarSection,
  periodBlastSection,
  periodVisitsSection,
  periodTicketsSection,
  periodTicketTrendSection,
  periodTopicsSection,
  periodComplaintsSection,
  periodUsersSection,
  periodTicketDetailsSection,
  periodTicketChannelsSection,
  unchanged(chatbotSection),
  periodChatbotSection,
  unchanged(emailServicesSection),
  periodEmailLaporanSection,
  periodVideoSection,
  periodFaceToFaceSection,
  periodSocialPostsSection,
  periodInstagramSection,
  periodTwitterSection,
  periodFacebookSection,
  periodPpidSection,
  periodAmplificationSection,
  periodSatisfactionSection,
  periodEvaluationSection,
];

export interface PeriodLayoutOptions {
  /** Each section's months without data that the user chose to generate without. */
  missingMonths?: ReadonlyMap<ChannelKey, readonly Month[]>;
}

export function buildPeriodDeck(data: WorkbookData, period: Period, options: PeriodLayoutOptions = {}): Deck {
  const ctx: PeriodContext = {
    data,
    period,
    settings: data.settings,
    unit: String(data.settings.singkatanUnit),
    missingMonths: options.missingMonths ?? new Map(),
  };
  const label = periodLabel(period);
  return {
    title: `Laporan Layanan Informasi - ${label}`,
    unit: String(data.settings.namaUnit),
    unitShort: ctx.unit,
    monthLabel: label,
    slides: PERIOD_SECTIONS.flatMap((section) => section(ctx)),
  };
}
