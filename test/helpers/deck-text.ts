/** The text a reader finds on slides: each paragraph and each table row (cells joined by " | "), a line each. */
import { plainText } from "../../src/core/words/text";
import type { Slide } from "../../src/report/deck";

export function deckText(slides: readonly Slide[]): string {
  return slides
    .flatMap((s) =>
      s.elements.flatMap((e) =>
        e.type === "text"
          ? e.paragraphs.map((p) => plainText(p.runs))
          : e.type === "table"
            ? e.rows.map((r) => r.join(" | "))
            : [],
      ),
    )
    .join("\n");
}
