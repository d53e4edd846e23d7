/** Slide 36: Kepuasan Pengguna Contact Center DJPK. */

import { formatNumber } from "../../core/words/format";
import { runsFromMarkup } from "../../core/words/text";
import { figure } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { bold, kpiGrid, para, plain, slide } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { missingParagraph, noteElements } from "../figures";
import { LEFT, RIGHT } from "../grid";
import { ROOMY_SIZES, stackText } from "../text-fit";

export const satisfactionSection: SectionBuilder = (ctx) => {
  const title = `Kepuasan Pengguna Contact Center ${ctx.unit}`;
  const rating = figure(ctx.data, "kepuasan", "rataRata", ctx.month);
  if (rating === undefined) {
    return [slide("s36-kepuasan", title, noteElements([missingParagraph("kepuasan", ctx.month)]))];
  }
  const tile = kpiGrid(
    { ...LEFT, y: LEFT.y + 0.4 },
    [
      {
        value: formatNumber(rating, 1, true),
        label: `Rata-rata nilai kepuasan ${monthLabel(ctx.month)} (skala 1-5)`,
      },
    ],
    1,
    2.4,
  );
  const min = formatNumber(Number(ctx.settings.minPenilaianPerAgen));
  const count = figure(ctx.data, "kepuasan", "jumlahPenilaian", ctx.month);
  const notes: Paragraph[] = [
    para(
      `Setiap agen minimal memiliki ${min} penilaian dari minimal ${min} pengguna yang berbeda setiap bulannya.`,
    ),
    para(
      runsFromMarkup(
        "Survei kepuasan dihitung dari faktor **Kepuasan Layanan** dan **Substansi Jawaban** yang diberikan di setiap akhir konsultasi.",
      ),
    ),
  ];
  if (count !== undefined) {
    notes.push(para([plain("Jumlah penilaian bulan ini: "), bold(formatNumber(count)), plain(".")]));
  }
  return [
    slide("s36-kepuasan", title, [
      ...tile.elements,
      ...stackText({ ...RIGHT, y: RIGHT.y + 0.4 }, [notes], { sizes: ROOMY_SIZES }).elements,
    ]),
  ];
};
