/** Slide 29: Layanan Konsultasi Tatap Muka DJPK, its table continued over several slides. */

import { formatNumber } from "../../core/words/format";
import type { DataRow } from "../../core/workbook/data";
import { itemsOf, measureOf, numberOf, textOf } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { bold, dateText, para, plain } from "../blocks";
import type { LayoutContext, SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { missingParagraph, noteElements, yearToDateTotal } from "../figures";
import { below, FULL } from "../grid";
import { moreRows, shownItems, withWeight } from "../item-list";
import { continued, tablePages } from "../paginate";
import { stackText } from "../text-fit";
import { FONT } from "../theme";

const HEADER = ["No", "Tanggal", "Pengguna Layanan", "Jumlah Tamu", "Topik"];
const WIDTHS = [0.07, 0.16, 0.42, 0.13, 0.22];
const TABLE_FONT = FONT.small;

/** The visits that brought more guests than `Batas Tamu Tatap Muka` allows. */
export function visitsOverLimit(items: readonly DataRow[], limit: number): DataRow[] {
  return items.filter((r) => (numberOf(r.values.tamu) ?? 0) > limit);
}

function guestNote(ctx: LayoutContext, items: readonly DataRow[]): Paragraph[] {
  const limit = Number(ctx.settings.batasTamuTatapMuka);
  const known = items.filter((r) => numberOf(r.values.tamu) !== undefined);
  if (!Number.isFinite(limit) || limit <= 0 || known.length === 0) return [];
  const over = visitsOverLimit(known, limit).length;
  const letter = String(ctx.settings.suratTatapMuka ?? "").trim();
  const rule = `paling banyak ${formatNumber(limit)} orang per kunjungan${letter ? `, sesuai surat nomor ${letter}` : ""}`;
  if (over === 0) return [para(`Seluruh kunjungan memenuhi ketentuan jumlah tamu (${rule}).`)];
  return [
    para([
      plain("Namun, dalam pelaksanaannya masih terdapat "),
      bold(`${formatNumber(over)} kunjungan`),
      plain(" dengan "),
      bold("jumlah tamu melebihi ketentuan"),
      plain(` (${rule}).`),
    ]),
  ];
}

export const tatapMukaSection: SectionBuilder = (ctx) => {
  const title = `Layanan Konsultasi Tatap Muka ${ctx.unit}`;
  const count = measureOf(ctx.data, "tatapMuka", ctx.month);
  if (count === undefined) {
    return continued("s29-tatap-muka", title, [noteElements([missingParagraph("tatapMuka", ctx.month)])]);
  }
  const items = itemsOf(ctx.data, "tatapMuka", ctx.month);
  const ytd = yearToDateTotal(ctx, "tatapMuka") ?? count;
  const lead = stackText(FULL, [
    [
      para([
        plain(`Selama bulan ${monthLabel(ctx.month)}, telah dilaksanakan `),
        bold(formatNumber(count)),
        plain(
          ` kali konsultasi tatap muka sehingga jumlah konsultasi tatap muka sampai dengan bulan ${monthLabel(ctx.month)} sebanyak `,
        ),
        bold(formatNumber(ytd)),
        plain("."),
      ]),
      ...guestNote(ctx, items),
    ],
  ]);
  if (items.length === 0) return continued("s29-tatap-muka", title, [lead.elements]);

  const { shown, rest } = shownItems(items);
  const listed = shown.map((r, i) => [
    String(i + 1),
    dateText(r.values.tanggal),
    withWeight(textOf(r.values.pengguna), numberOf(r.values.jumlah), "kali"),
    numberOf(r.values.tamu) === undefined ? "" : formatNumber(numberOf(r.values.tamu) as number),
    textOf(r.values.topik),
  ]);
  const rows = [...listed, ...moreRows(rest, 5, 2)];
  const tables = tablePages(
    { header: HEADER, rows, columnWidths: WIDTHS, fontSize: TABLE_FONT },
    below(FULL, lead.bottom + 0.15),
    FULL,
  );
  return continued(
    "s29-tatap-muka",
    title,
    tables.map((table, i) => {
      const own = table.rows.length > 0 ? [table] : [];
      return i === 0 ? [...lead.elements, ...own] : own;
    }),
  );
};
