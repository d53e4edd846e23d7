/**
 * The month at a glance for the report e-mail: the summary slide's tiles (same labels, same
 * figures) each with the comparison sentence the report states for M against M-1 and M-12.
 */

import { comparisonSentence } from "../../core/words/narrative";
import { plainText } from "../../core/words/text";
import type { WorkbookData } from "../../core/workbook/data";
import type { Month } from "../../core/workbook/period";
import { countText } from "../blocks";
import { figuresOf, missingText } from "../figures";
import { SUMMARY_FOOTNOTE, SUMMARY_TILES } from "../sections/summary";

export interface Headline {
  /** The tile's label: `Publikasi Website`. */
  label: string;
  /** As the tile prints it: `111`, `41,2`, `-`. */
  value: string;
  /** The comparison sentence, or the note that the month is not filled. */
  sentence: string;
}

export interface MonthHeadlines {
  headlines: Headline[];
  footnote: string;
}

export function monthHeadlines(data: WorkbookData, month: Month): MonthHeadlines {
  const headlines = SUMMARY_TILES.map((tile): Headline => {
    const figures = figuresOf({ data, month }, tile.key);
    const value = countText(figures.current, tile.decimals ?? 0);
    if (figures.current === undefined)
      return { label: tile.label, value, sentence: missingText(tile.key, month) };
    const runs = comparisonSentence({
      subject: tile.label.replace(/\*$/, ""),
      month,
      current: figures.current,
      previous: figures.previous,
      lastYear: figures.lastYear,
      decimals: tile.decimals,
    });
    return { label: tile.label, value, sentence: plainText(runs) };
  });
  return { headlines, footnote: SUMMARY_FOOTNOTE };
}
