/** Slides 9-10: Layanan WhatsApp Blast (year to date, comparison, chart) and the month's blasts. */
import { phoneServiceName, type SectionBuilder } from "../context";
import { FONT } from "../theme";
import { dateTitleSlides, yearSlide } from "./item-channel";

const KEY = "whatsappBlast" as const;

export const blastSection: SectionBuilder = (ctx) =>
  yearSlide(ctx, KEY, {
    id: "s09-whatsapp-blast",
    title: "Layanan WhatsApp Blast",
    ytd: {
      prefix: "telah dilaksanakan",
      what: `penyampaian informasi melalui layanan WhatsApp Blast kepada Pengguna Layanan yang terdaftar dalam database Contact Center ${phoneServiceName(ctx)}`,
    },
    subject: "Layanan WhatsApp Blast",
    chartTitle: "Jumlah WhatsApp Blast",
    seriesName: "WhatsApp Blast",
  });

/** Body size as the seed has it; a list that has to continue anyway goes small, on fewer slides. */
export const blastDetailsSection: SectionBuilder = (ctx) =>
  dateTitleSlides(ctx, KEY, {
    base: "s10-rincian-whatsapp-blast",
    title: "Rincian Layanan WhatsApp Blast",
    what: "WhatsApp Blast",
    sizes: [FONT.body, FONT.small],
    cards: 4,
  });
