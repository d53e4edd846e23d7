/** Slide 37: Evaluasi dan Saran: titled paragraphs, `- ` lines as bullets, continued when long. */
import { itemsOf, textOf } from "../../core/dataset";
import { para } from "../blocks";
import type { SectionBuilder } from "../context";
import type { Paragraph } from "../deck";
import { FONT } from "../theme";
import { bold, continued, FULL, missingParagraph, stackText, textHeight } from "./channel-slide";

/** One slide at the largest of these sizes that fits; otherwise continued at the last. */
const SIZES = [FONT.body, 11, FONT.small] as const;

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

/** Splits items (each a list of paragraphs) into pages that fit `height`, never ending a page on a title. */
function paginateItems(items: Paragraph[][], height: number, fontSize: number): Paragraph[][] {
  const pages: Paragraph[][] = [[]];
  const fits = (page: Paragraph[]) => textHeight(page, FULL.w, fontSize) <= height;
  items.forEach((item, index) => {
    item.forEach((p, i) => {
      const page = pages[pages.length - 1] as Paragraph[];
      const spacer = index > 0 && i === 0 && page.length > 0 ? [para("")] : [];
      // A title moves along with the first line of its text.
      const next = i === 0 && item[1] ? [...spacer, p, item[1]] : [...spacer, p];
      if (page.length > 0 && !fits([...page, ...next])) pages.push([p]);
      else page.push(...spacer, p);
    });
  });
  return pages;
}

export const evaluationSection: SectionBuilder = (ctx) => {
  const title = "Evaluasi dan Saran";
  const items = itemsOf(ctx.data, "evaluasi", ctx.month).map((r) =>
    evaluationParagraphs(textOf(r.values.judul), textOf(r.values.uraian)),
  );
  if (items.length === 0) {
    return continued("s37-evaluasi", title, [
      stackText(FULL, [[missingParagraph("evaluasi", ctx.month)]]).elements,
    ]);
  }
  const height = FULL.bottom - FULL.y;
  const fontSize =
    SIZES.find((size) => paginateItems(items, height, size).length === 1) ?? (SIZES[1] as number);
  const pages = paginateItems(items, height, fontSize);
  return continued(
    "s37-evaluasi",
    title,
    pages.map((page) => stackText(FULL, [page], [fontSize]).elements),
  );
};
