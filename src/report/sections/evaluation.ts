/** Slide 37: Evaluasi dan Saran: titled paragraphs, `- ` lines as bullets, continued when long. */
import { itemsOf, textOf } from "../../core/workbook/dataset";
import { bold, para } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { missingParagraph, noteElements } from "../figures";
import { FULL, LEFT } from "../grid";
import { moreText, shownItems } from "../item-list";
import { continued, paragraphFlow, twoColumnPages } from "../paginate";
import { ROOMY_SIZES } from "../text-fit";
import { FONT } from "../theme";

/**
 * One slide at the larger of these sizes that fits; otherwise two columns at body size,
 * continued over slides ("(lanjutan)") when long, never shrunk below it.
 */
const SIZES = ROOMY_SIZES;
const CONTINUED_SIZE = FONT.body;
/** Space between two items. */
const ITEM_GAP = 0.12;

/** One evaluation item: its title, then its text line by line (`- ` lines become bullets). */
export function evaluationParagraphs(title: string, body: string): Paragraph[] {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return [
    para([bold(title)]),
    ...lines.map((line) => (line.startsWith("- ") ? para(line.slice(2).trim(), "bullet") : para(line))),
  ];
}

export const evaluationSection: SectionBuilder = (ctx) => {
  const title = "Evaluasi dan Saran";
  const { shown, rest } = shownItems(itemsOf(ctx.data, "evaluasi", ctx.month));
  const items = shown.map((r) => evaluationParagraphs(textOf(r.values.judul), textOf(r.values.uraian)));
  if (rest > 0) items.push([para(moreText(rest))]);
  if (items.length === 0) {
    return continued("s37-evaluasi", title, [noteElements([missingParagraph("evaluasi", ctx.month)])]);
  }
  const pagesAt = (size: number, col = FULL) => paragraphFlow(items, col, size, ITEM_GAP, { headings: true });
  const onOnePage = SIZES.find((size) => pagesAt(size).length === 1);
  if (onOnePage !== undefined) return continued("s37-evaluasi", title, pagesAt(onOnePage));
  // Longer: two columns at body size, continued over slides when even that is not enough.
  return continued("s37-evaluasi", title, twoColumnPages(pagesAt(CONTINUED_SIZE, LEFT)));
};
