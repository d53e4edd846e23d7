/** Slides 20-21: how the WhatsApp chatbot works, and its users by menu. */

import { formatNumber } from "../../core/words/format";
import { runsFromMarkup } from "../../core/words/text";
import { itemsOf, numberOf, statedTotal, textOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { bold, para, plain, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { missingParagraph, noteElements } from "../figures";
import { italicizeForeign } from "../foreign";
import { below, FULL } from "../grid";
import { moreRows, shownItems } from "../item-list";
import { tablePages } from "../paginate";
import { ROOMY_SIZES, stackText } from "../text-fit";
import { FONT } from "../theme";

/** Slide 20: the chatbot's steps (static text; the WhatsApp number from Pengaturan). */
export const chatbotSection: SectionBuilder = (ctx) => {
  const unit = ctx.unit;
  const intro: Paragraph[] = [
    para(
      runsFromMarkup(
        `Dalam rangka peningkatan kecepatan layanan informasi, ${unit} mengimplementasikan Chatbot pada WhatsApp ${unit} di nomor **${ctx.settings.whatsapp}**.`,
      ),
    ),
    para(`Dengan adanya Chatbot, langkah konsultasi melalui WhatsApp ${unit} adalah sebagai berikut:`),
  ];
  const steps: Paragraph[] = [
    "Pengguna layanan wajib mengisi data diri (nama, daerah, instansi/SKPD, email, dan pertanyaan) secara **lengkap** dan **sesuai dengan format yang diminta**.",
    "Pengguna layanan dapat memilih informasi yang dibutuhkan pada menu dan submenu yang disediakan.",
    "Jika pengguna layanan ingin terhubung dengan agen atau informasi yang dibutuhkan tidak tersedia dalam menu dan submenu Chatbot, pengguna layanan dapat memilih opsi “**Chat Agent**”.",
  ].map((step) => para(italicizeForeign(runsFromMarkup(step)), "number"));
  return [
    slide(
      "s20-chatbot",
      `Layanan Chatbot ${unit}`,
      stackText(FULL, [intro, steps], { sizes: ROOMY_SIZES }).elements,
    ),
  ];
};

const HEADER = ["Menu yang Dipilih", "Total"];
const WIDTHS = [0.8, 0.2];
const TABLE_FONT = FONT.small;

/**
 * Slide 21 (continued as "(lanjutan)" when the menu list is long): users without Chat Agent
 * (the sum of the month's menu rows) and the table of menus with a `Total` row.
 */
export const chatbotMenuSection: SectionBuilder = (ctx) => {
  const title = (n: number) => `Layanan Chatbot ${ctx.unit} (${n})`;
  const menus = itemsOf(ctx.data, "chatbot", ctx.month).map((r) => ({
    menu: textOf(r.values.menu),
    count: numberOf(r.values.jumlah) ?? 0,
  }));
  const total =
    menus.length > 0 ? menus.reduce((s, m) => s + m.count, 0) : statedTotal(ctx.data, "chatbot", ctx.month);
  if (total === undefined) {
    return [slide("s21-chatbot-2", title(2), noteElements([missingParagraph("chatbot", ctx.month)]))];
  }
  const lead = stackText(FULL, [
    [
      para(
        italicizeForeign([
          plain(`Pada bulan ${monthLabel(ctx.month)}, jumlah pengguna layanan Chatbot (`),
          bold("tanpa Chat Agent"),
          plain(") adalah sebanyak "),
          bold(formatNumber(total)),
          plain(" pengguna."),
        ]),
      ),
      ...(menus.length > 0 ? [para("Menu yang diakses adalah sebagai berikut:")] : []),
    ],
  ]);
  if (menus.length === 0) return [slide("s21-chatbot-2", title(2), lead.elements)];

  const tableW = 6.5;
  const { shown, rest } = shownItems(menus);
  const rows = [
    ...shown.map((m) => [m.menu, formatNumber(m.count)]),
    ...moreRows(rest, 2, 0),
    ["Total", formatNumber(total)],
  ];
  const next = { ...FULL, w: tableW };
  const tables = tablePages(
    { header: HEADER, rows, columnWidths: WIDTHS, fontSize: TABLE_FONT, totalRow: true },
    below(next, lead.bottom + 0.15),
    next,
  );
  return tables.map((table, i) => {
    const own = table.rows.length > 0 ? [table] : [];
    // Continued like every long slide of the deck: the same title, "(lanjutan)".
    const name = i === 0 ? title(2) : `${title(2)} (lanjutan)`;
    return slide(`s21-chatbot-${i + 2}`, name, i === 0 ? [...lead.elements, ...own] : own);
  });
};
