/**
 * Rows pasted from Excel or Google Sheets: tab-separated text, one line per row, a cell with a
 * line break or a tab in quotes ("" for a quote). Pure; the form validates each row as the
 * parser does, so a pasted row gets the same messages as a typed one.
 */
import { type ChannelDef, MONTH_HEADER } from "../core/workbook/channels";

/** The cells of tab-separated text, quoted cells unquoted; blank lines left out. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.replace(/\r\n?/g, "\n");
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === "\t") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/** Whether a pasted text is more than one cell: several rows or several columns. */
export function isTable(text: string): boolean {
  return /[\t\n]/.test(text.trim());
}

const normal = (text: string): string => text.trim().toLowerCase();

/** A first line that names the columns (at least half of its cells are the tab's headers). */
function headerMap(def: ChannelDef, first: readonly string[]): (number | undefined)[] | undefined {
  const headers = [MONTH_HEADER, ...def.columns.map((c) => c.header)].map(normal);
  const hits = first.filter((c) => headers.includes(normal(c))).length;
  if (hits === 0 || hits * 2 < first.filter((c) => c.trim() !== "").length) return undefined;
  return def.columns.map((column) => {
    const at = first.findIndex((c) => normal(c) === normal(column.header));
    return at >= 0 ? at : undefined;
  });
}

/** `2023-11`, or a date in the month column as Sheets shows one: the Bulan column of a copied tab. */
const looksLikeMonth = (cell: string | undefined): boolean =>
  /^\s*\d{4}-\d{1,2}\s*$/.test(cell ?? "") || /^\s*[A-Za-z]{3,9}\s+\d{4}\s*$/.test(cell ?? "");

export interface Pasted {
  /** Cells per row in registry column order (without `Bulan`). */
  rows: string[][];
  /** The first line named the columns and was used to place them. */
  header: boolean;
}

/**
 * The pasted rows as the form's rows: columns by the header line when there is one, else in the
 * tab's order, a leading `Bulan` column (copied from the tab itself) left out.
 */
export function pastedRows(def: ChannelDef, text: string): Pasted {
  const table = parseTsv(text);
  const map = table[0] ? headerMap(def, table[0]) : undefined;
  if (map) {
    return {
      header: true,
      rows: table.slice(1).map((r) => map.map((at) => (at === undefined ? "" : (r[at] ?? "").trim()))),
    };
  }
  const width = def.columns.length;
  const withMonth = table.length > 0 && table.every((r) => r.length > width && looksLikeMonth(r[0]));
  return {
    header: false,
    rows: table.map((r) => {
      const cells = withMonth ? r.slice(1) : r;
      return def.columns.map((_, i) => (cells[i] ?? "").trim());
    }),
  };
}
