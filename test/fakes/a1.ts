/** A1 notation: `B2`, `A1:C3`. */

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** `B2`, `A1:C3` (a rectangle of cells; whole rows/columns are not supported). */
export function parseA1(a1: string): Rect {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!match) throw new Error(`Fake sheet: unsupported A1 notation "${a1}"`);
  const [, c1 = "", r1 = "", c2, r2] = match;
  const row = Number(r1);
  const column = columnNumber(c1);
  const endRow = r2 ? Number(r2) : row;
  const endColumn = c2 ? columnNumber(c2) : column;
  return {
    row: Math.min(row, endRow),
    column: Math.min(column, endColumn),
    numRows: Math.abs(endRow - row) + 1,
    numColumns: Math.abs(endColumn - column) + 1,
  };
}

export function toA1(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}
