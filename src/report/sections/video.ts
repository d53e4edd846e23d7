/** Slide 28: Layanan Video Conference DJPK (continued when the table is long). */

import { formatNumber } from "../../core/words/format";
import { yearToDateSentence } from "../../core/words/narrative";
import { itemsOf, measureOf, numberOf, textOf } from "../../core/workbook/dataset";
import { monthLabel, yearOf } from "../../core/workbook/period";
import { bold, dateText, monthlyChart, para, plain } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Element, Paragraph } from "../deck";
import { missingParagraph, yearToDateTotal } from "../figures";
import { FULL, LEFT, RIGHT } from "../grid";
import { moreRows, shownItems, withWeight } from "../item-list";
import { continued, tablePages } from "../paginate";
import { stackText } from "../text-fit";
import { FONT } from "../theme";

const HEADER = ["Tanggal", "Daerah", "Topik"];
const WIDTHS = [0.25, 0.45, 0.3];
const TABLE_FONT = FONT.small;
const MIN_CHART_H = 1.8;

export const videoConferenceSection: SectionBuilder = (ctx) => {
  const count = measureOf(ctx.data, "videoConference", ctx.month);
  const blocks: Paragraph[][] = [];
  if (count === undefined) blocks.push([missingParagraph("videoConference", ctx.month)]);
  else {
    blocks.push([
      para([
        plain(`Selama bulan ${monthLabel(ctx.month)}, telah dilaksanakan layanan video conference sebanyak `),
        bold(formatNumber(count)),
        plain(" kali."),
      ]),
      para(
        yearToDateSentence({
          month: ctx.month,
          total: yearToDateTotal(ctx, "videoConference") ?? count,
          what: "layanan video conference",
          prefix: `${ctx.unit} telah melaksanakan`,
        }),
      ),
    ]);
  }
  const text = stackText({ ...LEFT, bottom: LEFT.bottom - MIN_CHART_H - 0.15 }, blocks);
  const chartTop = text.bottom + 0.15;
  const chart = monthlyChart(
    { x: LEFT.x, y: chartTop, w: LEFT.w, h: LEFT.bottom - chartTop },
    `Jumlah Video Conference ${yearOf(ctx.month)}`,
    ctx,
    "videoConference",
    "Video Conference",
  );

  const { shown, rest } = shownItems(itemsOf(ctx.data, "videoConference", ctx.month));
  const rows = [
    ...shown.map((r) => [
      dateText(r.values.tanggal),
      withWeight(textOf(r.values.daerah), numberOf(r.values.jumlah), "kali"),
      textOf(r.values.topik),
    ]),
    ...moreRows(rest, 3, 1),
  ];
  const first: Element[] = [...text.elements, chart];
  if (rows.length === 0)
    return continued("s28-video-conference", `Layanan Video Conference ${ctx.unit}`, [first]);
  const tables = tablePages(
    { header: HEADER, rows, columnWidths: WIDTHS, fontSize: TABLE_FONT },
    RIGHT,
    FULL,
  );
  const elements = tables.map((table, i) => {
    const own = table.rows.length > 0 ? [table] : [];
    return i === 0 ? [...first, ...own] : own;
  });
  return continued("s28-video-conference", `Layanan Video Conference ${ctx.unit}`, elements);
};
