/** A titled table, printed as aligned text for the terminal and as markdown for bench/RESULTS.md. */

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  /** Lines printed under the table. */
  notes?: string[];
}

export function toText(table: Table): string {
  const widths = table.columns.map((c, i) =>
    Math.max(c.length, ...table.rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    table.title,
    "",
    line(table.columns),
    line(widths.map((w) => "-".repeat(w))),
    ...table.rows.map(line),
    ...(table.notes?.length ? ["", ...table.notes] : []),
  ].join("\n");
}

const escapeCell = (cell: string): string => cell.replace(/\|/g, "\\|");

export function toMarkdown(table: Table): string {
  return [
    `### ${table.title}`,
    "",
    `| ${table.columns.map(escapeCell).join(" | ")} |`,
    `|${table.columns.map(() => "---").join("|")}|`,
    ...table.rows.map((r) => `| ${r.map(escapeCell).join(" | ")} |`),
    ...(table.notes?.length ? ["", ...table.notes] : []),
  ].join("\n");
}
