/** The whole report: workbook data for a month -> Deck, section by section in the seed's order. */
import { needLabel, type SectionNeed, unmetNeeds } from "../core/judgement/needs";
import type { ChannelKey } from "../core/workbook/channels";
import type { WorkbookData } from "../core/workbook/data";
import { type Month, monthLabel } from "../core/workbook/period";
import type { LayoutContext, SectionBuilder } from "./context";
import type { Deck } from "./deck";
import { needsOf } from "./section-needs";
import { amplificationSection } from "./sections/amplification";
import { blastDetailsSection, blastSection } from "./sections/blast";
import { chatbotMenuSection, chatbotSection } from "./sections/chatbot";
import { complaintsSection } from "./sections/complaints";
import { contactsSection } from "./sections/contacts";
import { coverSection } from "./sections/cover";
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
import { summarySection } from "./sections/summary";
import { ticketDetailsSection, ticketsSection, ticketTrendSection } from "./sections/tickets";
import { otherTopicsSection, technicalTopicsSection } from "./sections/topics";
import { usersSection } from "./sections/users";
import { videoConferenceSection } from "./sections/video";
import { visitsSection } from "./sections/visits";
import { webinarDetailsSection, webinarSection } from "./sections/webinar";
import { websiteDetailsSection, websiteSection } from "./sections/website";
import { whatsappSection } from "./sections/whatsapp";

/** REPORT-LAYOUT.md's order; the notice of missing sections follows the summary. */
export const SECTIONS: readonly SectionBuilder[] = [
  coverSection,
  summarySection,
  missingDataSection,
  contactsSection,
  websiteSection,
  websiteDetailsSection,
  webinarSection,
  webinarDetailsSection,
  blastSection,
  blastDetailsSection,
  visitsSection,
  ticketsSection,
  ticketTrendSection,
  technicalTopicsSection,
  otherTopicsSection,
  complaintsSection,
  usersSection,
  ticketDetailsSection,
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

/** What a month needs: every section's needs, in the layout's order (section-needs.ts). */
export const MONTH_NEEDS: readonly SectionNeed[] = SECTIONS.flatMap((section, i) => needsOf(section, i));

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
    unmet: unmetNeeds(data, month, MONTH_NEEDS).map(needLabel),
  };
  return {
    title: `Laporan Layanan Informasi - ${monthLabel(month)}`,
    unit: String(data.settings.namaUnit),
    unitShort: ctx.unit,
    monthLabel: monthLabel(month),
    slides: SECTIONS.flatMap((section) => section(ctx)),
  };
}
