/** The whole report: workbook data for a month -> Deck, section by section in the seed's order. */
import type { ChannelKey } from "../core/channels";
import type { WorkbookData } from "../core/data";
import { type Month, monthLabel } from "../core/period";
import type { LayoutContext, SectionBuilder } from "./context";
import type { Deck } from "./deck";
import { amplificationSection } from "./sections/amplification";
import { buildBlast, buildBlastDetails } from "./sections/blast";
import { chatbotMenuSection, chatbotSection } from "./sections/chatbot";
import { buildComplaints } from "./sections/complaints";
import { buildContacts } from "./sections/contacts";
import { buildCover } from "./sections/cover";
import { emailCallCenterSection, emailLaporanSection, emailServicesSection } from "./sections/email";
import { evaluationSection } from "./sections/evaluation";
import { tatapMukaSection } from "./sections/face-to-face";
import { haiKemenkeuSection } from "./sections/hai";
import { liveChatSection } from "./sections/livechat";
import { missingDataSection } from "./sections/missing";
import { teleponSection } from "./sections/phone";
import { ppidSection } from "./sections/ppid";
import { satisfactionSection } from "./sections/satisfaction";
import { facebookSection, instagramSection, socialPostsSection, twitterSection } from "./sections/social";
import { buildSummary } from "./sections/summary";
import { buildTicketDetails, buildTicketTrend, buildTickets } from "./sections/tickets";
import { buildOtherTopics, buildTechnicalTopics } from "./sections/topics";
import { buildUsers } from "./sections/users";
import { videoConferenceSection } from "./sections/video";
import { buildVisits } from "./sections/visits";
import { buildWebinar, buildWebinarDetails } from "./sections/webinar";
import { buildWebsite, buildWebsiteDetails } from "./sections/website";
import { whatsappSection } from "./sections/whatsapp";

/** REPORT-LAYOUT.md's order; the notice of missing sections follows the summary. */
export const SECTIONS: readonly SectionBuilder[] = [
  buildCover,
  buildSummary,
  missingDataSection,
  buildContacts,
  buildWebsite,
  buildWebsiteDetails,
  buildWebinar,
  buildWebinarDetails,
  buildBlast,
  buildBlastDetails,
  buildVisits,
  buildTickets,
  buildTicketTrend,
  buildTechnicalTopics,
  buildOtherTopics,
  buildComplaints,
  buildUsers,
  buildTicketDetails,
  whatsappSection,
  chatbotSection,
  chatbotMenuSection,
  teleponSection,
  haiKemenkeuSection,
  liveChatSection,
  emailServicesSection,
  emailCallCenterSection,
  emailLaporanSection,
  videoConferenceSection,
  tatapMukaSection,
  socialPostsSection,
  instagramSection,
  twitterSection,
  facebookSection,
  ppidSection,
  amplificationSection,
  satisfactionSection,
  evaluationSection,
];

export interface LayoutOptions {
  /** Channels without data for the month that the user chose to generate without. */
  missing?: ReadonlySet<ChannelKey>;
}

export function buildDeck(data: WorkbookData, month: Month, options: LayoutOptions = {}): Deck {
  const ctx: LayoutContext = {
    data,
    month,
    settings: data.settings,
    unit: String(data.settings.singkatanUnit),
    missing: options.missing ?? new Set(),
  };
  return {
    title: `Laporan Layanan Informasi - ${monthLabel(month)}`,
    unit: String(data.settings.namaUnit),
    monthLabel: monthLabel(month),
    slides: SECTIONS.flatMap((section) => section(ctx)),
  };
}
