/**
 * What each section of the layout reads for its month. The layout's list of what a month needs
 * (layout.ts MONTH_NEEDS) is built from SECTIONS through this map, and a section missing here
 * stops the layout loading: a new section cannot be left out of the check before generation.
 */
import type { SectionNeed } from "../core/judgement/needs";
import { AMPLIFICATION_PLATFORMS, type ChannelKey, TICKET_CHANNELS } from "../core/workbook/channels";
import type { SectionBuilder } from "./context";
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

const tab = (key: ChannelKey): SectionNeed => ({ key });

/** A ticket channel's slide: its column of Tiket Konsultasi and its topics. */
function ticketChannel(key: (typeof TICKET_CHANNELS)[number]["key"]): SectionNeed[] {
  const label = TICKET_CHANNELS.find((c) => c.key === key)?.label ?? key;
  return [
    { key: "tiketKonsultasi", columns: [key], part: label },
    { key: "topikKonsultasi", where: { column: "bagian", value: label }, part: `topik ${label}` },
  ];
}

const social = (prefix: string, columns: readonly string[], part: string): SectionNeed => ({
  key: "mediaSosial",
  columns: columns.map((c) => `${prefix}${c}`),
  part,
});

const NEEDS = new Map<SectionBuilder, readonly SectionNeed[]>([
  [coverSection, []],
  [
    summarySection,
    (
      [
        "publikasiWebsite",
        "mediaSosial",
        "whatsappBlast",
        "ppid",
        "tiketKonsultasi",
        "videoConference",
        "tatapMuka",
        "webinar",
      ] as const
    ).map(tab),
  ],
  [missingDataSection, []],
  [contactsSection, []],
  [websiteSection, [tab("publikasiWebsite")]],
  [websiteDetailsSection, [tab("publikasiWebsite")]],
  [webinarSection, [tab("webinar")]],
  [webinarDetailsSection, [tab("webinar")]],
  [blastSection, [tab("whatsappBlast")]],
  [blastDetailsSection, [tab("whatsappBlast")]],
  [visitsSection, [tab("kunjunganWebsite")]],
  [
    ticketsSection,
    (["tiketKonsultasi", "chatbot", "emailLaporan", "videoConference", "tatapMuka"] as const).map(tab),
  ],
  [ticketTrendSection, [tab("tiketKonsultasi")]],
  [
    technicalTopicsSection,
    [{ key: "topikKonsultasi", where: { column: "bagian", value: "Teknis" }, part: "topik teknis" }],
  ],
  [
    otherTopicsSection,
    [{ key: "topikKonsultasi", where: { column: "bagian", value: "Lainnya" }, part: "topik lainnya" }],
  ],
  [complaintsSection, [tab("pengaduanKeluhan")]],
  [usersSection, [tab("pemdaTeratas")]],
  [
    ticketDetailsSection,
    [
      tab("tiketKonsultasi"),
      {
        key: "tiketKonsultasi",
        columns: [
          "zonaTeridentifikasi",
          "zonaTidakTeridentifikasi",
          "dalamJamWib",
          "dalamJamWita",
          "dalamJamWit",
          "luarJamWib",
          "luarJamWita",
          "luarJamWit",
          "eskalasi",
        ],
        part: "zona waktu, jam layanan, dan eskalasi",
      },
    ],
  ],
  [whatsappSection, ticketChannel("whatsapp")],
  [chatbotSection, []],
  [chatbotMenuSection, [tab("chatbot")]],
  [teleponSection, ticketChannel("telepon")],
  [haiKemenkeuSection, ticketChannel("haiKemenkeu")],
  [liveChatSection, ticketChannel("liveChat")],
  [emailServicesSection, []],
  [emailCallCenterSection, ticketChannel("emailCallCenter")],
  [emailLaporanSection, [tab("emailLaporan")]],
  [videoConferenceSection, [tab("videoConference")]],
  [tatapMukaSection, [tab("tatapMuka")]],
  [socialPostsSection, [tab("mediaSosial")]],
  [
    instagramSection,
    [
      social(
        "ig",
        ["Followers", "ReachTotal", "ReachRataRata", "Feeds", "Story", "AkunDesaBaru", "AkunDesaTotal"],
        "Instagram",
      ),
    ],
  ],
  [twitterSection, [social("tw", ["Konten", "Followers", "ProfileVisits"], "Twitter")]],
  [facebookSection, [social("fb", ["Konten", "Followers", "ReachRataRata"], "Facebook")]],
  [ppidSection, [tab("ppid")]],
  [
    amplificationSection,
    [
      tab("amplifikasi"),
      {
        key: "amplifikasi",
        columns: AMPLIFICATION_PLATFORMS.map((p) => p.key),
        part: "jumlah per media sosial",
      },
    ],
  ],
  [satisfactionSection, [tab("kepuasan")]],
  [evaluationSection, [tab("evaluasi")]],
]);

/** The section's needs; a section the map does not declare is a mistake in the layout. */
export function needsOf(section: SectionBuilder, index: number): readonly SectionNeed[] {
  const needs = NEEDS.get(section);
  if (!needs) {
    throw new Error(
      `Section ${index} (${section.name || "anonymous"}) of the layout declares no needs: add it to src/report/section-needs.ts.`,
    );
  }
  return needs;
}
