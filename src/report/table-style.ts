/**
 * Tables as both renderers draw them: navy header, zebra body rows, a pale bold total row,
 * thin grey borders, numeric columns right-aligned.
 */
import type { TableElement } from "./deck";
import { COLORS, TABLE } from "./theme";

export const TABLE_BORDER = { color: "D1D5DB", weightPt: 0.5 } as const;

const NUMBER_CELL = /^[-+]?[\d.,]+%?$/;

/** A column whose body cells are all numbers (`1.271`, `41,2%`) is right-aligned, header included. */
export function numericColumns(element: TableElement): boolean[] {
  return element.header.map((_, col) => {
    const cells = element.rows.map((row) => (row[col] ?? "").trim()).filter((cell) => cell !== "");
    return cells.length > 0 && cells.every((cell) => NUMBER_CELL.test(cell));
  });
}

/** Whether body row `bodyRow` (0 = first row under the header) is the table's bold total row. */
export function isTotalRow(element: TableElement, bodyRow: number): boolean {
  return element.totalRow === true && bodyRow === element.rows.length - 1;
}

/** Fill of a body row: the total row pale blue, the others striped (every second row grey). */
export function bodyRowFill(element: TableElement, bodyRow: number): string {
  if (isTotalRow(element, bodyRow)) return COLORS.tileFill;
  return bodyRow % 2 === 1 ? COLORS.tableStripe : COLORS.background;
}

/** Height in inches of a one-line row; rows with wrapped text grow when drawn. */
export function tableRowHeight(fontSize: number): number {
  return (fontSize * TABLE.lineHeightEm) / 72 + TABLE.cellPadding[0] + TABLE.cellPadding[2];
}
