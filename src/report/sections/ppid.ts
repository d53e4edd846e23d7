/** Slide 34: Layanan PPID. */
import { yearToDateSentence } from "../../core/words/narrative";
import { runsFromMarkup } from "../../core/words/text";
import { yearOf } from "../../core/workbook/period";
import { monthlyChart, para, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { comparisonParagraph, figuresOf, yearToDateTotal } from "../figures";
import { boxOf, LEFT, RIGHT } from "../grid";
import { stackText } from "../text-fit";

export const ppidSection: SectionBuilder = (ctx) => {
  const unit = ctx.unit;
  const figures = figuresOf(ctx, "ppid");
  const intro = para(
    runsFromMarkup(
      `Selain mempublikasikan data dan informasi melalui website dan media lainnya, ${unit} juga melayani permohonan informasi/data terkait anggaran dan realisasi **APBD** dan **TKD** melalui **Pejabat Pengelola Informasi dan Dokumentasi (PPID) ${unit}**.`,
    ),
  );
  const facts: Paragraph[] = [];
  const ytd = yearToDateTotal(ctx, "ppid");
  if (figures.current !== undefined && ytd !== undefined) {
    facts.push(
      para(
        yearToDateSentence({ month: ctx.month, total: ytd, what: `permohonan data melalui PPID ${unit}` }),
        "bullet",
      ),
    );
  }
  facts.push(
    comparisonParagraph(ctx, "ppid", "Permohonan data melalui PPID", {
      unit: "permohonan",
      bullet: figures.current === undefined ? undefined : "bullet",
    }),
  );
  const chart = monthlyChart(
    boxOf(RIGHT),
    `Jumlah Permohonan Data melalui PPID ${yearOf(ctx.month)}`,
    ctx,
    "ppid",
    "Permohonan",
  );
  return [slide("s34-ppid", "Layanan PPID", [...stackText(LEFT, [[intro], facts]).elements, chart])];
};
