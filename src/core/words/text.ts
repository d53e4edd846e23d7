/** Rich text as the report needs it: runs of plain or bold (or italic) text. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** Turns `a **b** c` into runs; `**` marks bold. Handy for fixed sentences with bold parts. */
export function runsFromMarkup(markup: string): Run[] {
  return markup
    .split("**")
    .map((text, i) => (i % 2 === 1 ? { text, bold: true } : { text }))
    .filter((r) => r.text !== "");
}
