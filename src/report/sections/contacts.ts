/** Slide 3: Media Layanan Informasi, the contact channels from Pengaturan in a 3 x 2 grid. */

import type { Run } from "../../core/words/text";
import type { Settings } from "../../core/workbook/settings";
import { para, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Element, Paragraph } from "../deck";
import { fitText, placeText } from "../text-fit";
import { CONTENT, FONT, GRID } from "../theme";

interface Card {
  heading: string;
  lines: Run[][];
}

function value(settings: Settings, key: keyof Settings): string {
  return String(settings[key] ?? "").trim();
}

/** One line per filled value; a labelled line reads `Instagram: @ditjenpk`. */
function lines(entries: readonly { label?: string; text: string; bold?: boolean }[]): Run[][] {
  return entries
    .filter((e) => e.text !== "")
    .map((e) =>
      e.label
        ? [{ text: `${e.label}: ` }, { text: e.text }]
        : [e.bold ? { text: e.text, bold: true } : { text: e.text }],
    );
}

export function contactCards(settings: Settings): Card[] {
  const v = (key: keyof Settings) => value(settings, key);
  return [
    {
      heading: "Telepon",
      lines: lines([{ text: v("namaLayananTelepon"), bold: true }, { text: v("telepon") }]),
    },
    { heading: "WhatsApp", lines: lines([{ text: v("whatsapp") }]) },
    { heading: "Live Chat", lines: lines([{ text: v("liveChat") }]) },
    { heading: "Video Conference", lines: lines([{ text: v("videoConference") }]) },
    {
      heading: "Media Sosial",
      lines: lines([
        { label: "Instagram", text: v("instagram") },
        { label: "Twitter", text: v("twitter") },
        { label: "Facebook", text: v("facebook") },
        { label: "YouTube", text: v("youtube") },
      ]),
    },
    { heading: "Email", lines: lines([{ text: v("emailCallCenter") }, { text: v("emailLaporan") }]) },
  ].filter((card) => card.lines.length > 0);
}

const COLUMNS = 3;
const HEADING_GAP = 0.05;

export const contactsSection: SectionBuilder = (ctx) => {
  const cards = contactCards(ctx.settings);
  const rows = Math.max(1, Math.ceil(cards.length / COLUMNS));
  const cardW = (CONTENT.w - (COLUMNS - 1) * GRID.gutter) / COLUMNS;
  const cardH = (CONTENT.h - (rows - 1) * GRID.gutter) / rows;
  const elements: Element[] = cards.flatMap((card, i) => {
    const x = CONTENT.x + (i % COLUMNS) * (cardW + GRID.gutter);
    const y = CONTENT.y + Math.floor(i / COLUMNS) * (cardH + GRID.gutter);
    const body: Paragraph[] = card.lines.map((runs) => para(runs));
    const heading = placeText(x, y, cardW, [para([{ text: card.heading, bold: true }])], {
      style: "heading",
    });
    const top = y + heading.box.h + HEADING_GAP;
    return [
      heading,
      fitText({ x, y: top, w: cardW, h: y + cardH - top }, body, {
        fontSize: FONT.body,
        sizes: [FONT.body, FONT.small, FONT.caption],
      }),
    ];
  });
  return [slide("s03-media-layanan", `Media Layanan Informasi ${ctx.unit}`, elements)];
};
