/**
 * Foreign terms in the tool's own sentences, set in italics as the seed sets them (WhatsApp
 * *Blast*, *database*, *Chat Agent*, *Capacity Building*). Only the deck's fixed wording goes
 * through here: what staff type (titles, topics) is shown as typed.
 */
import type { Run } from "../core/words/text";

/** The terms, longest first so `Chat Agent` wins over a shorter overlap. */
export const FOREIGN_TERMS = ["Capacity Building", "Chat Agent", "database", "dashboard", "Blast"] as const;

const PATTERN = new RegExp(`\\b(${FOREIGN_TERMS.join("|")})\\b`, "g");

/** The runs with every foreign term split into an italic run (bold kept); other text untouched. */
export function italicizeForeign(runs: readonly Run[]): Run[] {
  return runs.flatMap((run) => {
    if (run.italic) return [run];
    const out: Run[] = [];
    let at = 0;
    for (const match of run.text.matchAll(PATTERN)) {
      const start = match.index ?? 0;
      if (start > at) out.push({ ...run, text: run.text.slice(at, start) });
      out.push({ ...run, text: match[0], italic: true });
      at = start + match[0].length;
    }
    if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
    return out.length > 0 ? out : [run];
  });
}
