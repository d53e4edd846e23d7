/**
 * Rows pasted from Excel or Google Sheets: tab-separated text, one line per row, a cell with a
 * line break or a tab in quotes ("" for a quote). Pure; the form validates each row as the
 * parser does, so a pasted row gets the same messages as a typed one. Before anything is added
 * the form shows which pasted column goes where (pastePlan): a header line is matched by name,
 * a leading "No" column is skipped, and filling Jumlah on most rows is warned about.
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

const normal = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[.:*]+$/g, "")
    .replace(/\s+/g, " ");

/** A running-number column's header: `No`, `No.`, `Nomor`, `#`. */
const NUMBER_HEADERS = new Set(["no", "nomor", "#", "no urut"]);

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
  const plan = pastePlan(def, text);
  return { rows: plan.rows, header: plan.header };
}

/** Where one pasted column goes: a registry column, or nowhere (and why). */
export interface PastedColumn {
  /** The pasted header, or `Kolom 1` when the paste has none. */
  name: string;
  /** The registry column's key; undefined: not used. */
  target?: string;
  /** Why it is not used. */
  skipped?: "nomor" | "bulan" | "tidak-dikenal" | "lebih";
}

export interface PastePlan {
  rows: string[][];
  header: boolean;
  columns: PastedColumn[];
  warnings: string[];
}

/** A column of running numbers 1, 2, 3 ... (a "No" column copied without its header). */
const isRunningNumbers = (table: readonly (readonly string[])[], at: number): boolean =>
  table.length >= 2 && table.every((r, i) => (r[at] ?? "").trim() === String(i + 1));

/**
 * What a paste would add, and which pasted column goes where, before anything is added: a header
 * line placed by name (a column named nothing the tab has is not used), a `No` column and a
 * copied `Bulan` column left out; without a header, the tab's order.
 */
export function pastePlan(def: ChannelDef, text: string): PastePlan {
  const table = parseTsv(text);
  const first = table[0] ?? [];
  const width = Math.max(0, ...table.map((r) => r.length));
  const map = table[0] ? headerMap(def, first) : undefined;
  const columns: PastedColumn[] = [];
  let rows: string[][];
  if (map) {
    for (let at = 0; at < width; at += 1) {
      const name = (first[at] ?? "").trim() || `Kolom ${at + 1}`;
      const target = def.columns[map.indexOf(at)]?.key;
      if (target !== undefined && map.indexOf(at) >= 0) columns.push({ name, target });
      else if (NUMBER_HEADERS.has(normal(name))) columns.push({ name, skipped: "nomor" });
      else if (normal(name) === normal(MONTH_HEADER)) columns.push({ name, skipped: "bulan" });
      else columns.push({ name, skipped: "tidak-dikenal" });
    }
    rows = table.slice(1).map((r) => map.map((at) => (at === undefined ? "" : (r[at] ?? "").trim())));
  } else {
    const withMonth =
      table.length > 0 && table.every((r) => r.length > def.columns.length && looksLikeMonth(r[0]));
    const skip = withMonth ? 1 : isRunningNumbers(table, 0) && width > 1 ? 1 : 0;
    for (let at = 0; at < width; at += 1) {
      const name = `Kolom ${at + 1}`;
      const target = def.columns[at - skip]?.key;
      if (at < skip) columns.push({ name, skipped: withMonth ? "bulan" : "nomor" });
      else if (target !== undefined) columns.push({ name, target });
      else columns.push({ name, skipped: "lebih" });
    }
    rows = table.map((r) => def.columns.map((_, i) => (r[i + skip] ?? "").trim()));
  }
  return { rows, header: map !== undefined, columns, warnings: pasteWarnings(def, rows) };
}

/** Jumlah filled on most pasted rows: likely another column (participants) landed in it. */
function pasteWarnings(def: ChannelDef, rows: readonly (readonly string[])[]): string[] {
  if (def.kind !== "items" || !def.weight || rows.length < 2) return [];
  const at = def.columns.findIndex((c) => c.key === def.weight);
  const column = def.columns[at];
  const filled = rows.filter((r) => (r[at] ?? "").trim() !== "").length;
  if (!column || filled * 2 <= rows.length) return [];
  return [
    `Kolom ${column.header} akan terisi di ${filled} dari ${rows.length} baris. ${column.header} hanya untuk baris yang mewakili lebih dari satu kegiatan (satu baris = satu kegiatan bila kosong); periksa apakah kolom itu memang ${column.header}, bukan jumlah peserta.`,
  ];
}
