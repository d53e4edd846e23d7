/** Table elements: navy header, zebra stripes, optional bold total row, widths from fractions. */
import type { TableElement } from "../report/deck";
import { COLORS, FONT, TABLE } from "../report/theme";
import type { PptxSlide, PptxTableRow } from "./pptx-lib";

/** Cell padding in inches (top, right, bottom, left); below 1, so pptxgenjs reads inches. */
const CELL_MARGIN: [number, number, number, number] = [...TABLE.cellPadding];
const BORDER = { type: "solid", pt: 0.5, color: "D1D5DB" } as const;
const NUMBER_CELL = /^[-+]?[\d.,]+%?$/;

/** A column whose body cells are all numbers (`1.271`, `41,2%`) is right-aligned, header included. */
export function numericColumns(element: TableElement): boolean[] {
  return element.header.map((_, col) => {
    const cells = element.rows.map((row) => (row[col] ?? "").trim()).filter((cell) => cell !== "");
    return cells.length > 0 && cells.every((cell) => NUMBER_CELL.test(cell));
  });
}

export function tableRows(element: TableElement): PptxTableRow[] {
  const numeric = numericColumns(element);
  const align = (col: number) => (numeric[col] ? "right" : "left");
  const header: PptxTableRow = element.header.map((text, col) => ({
    text,
    options: {
      bold: true,
      color: COLORS.tableHeaderText,
      fill: { color: COLORS.tableHeaderFill },
      align: align(col),
    },
  }));
  const body: PptxTableRow[] = element.rows.map((row, r) => {
    const isTotal = element.totalRow === true && r === element.rows.length - 1;
    const fill = isTotal ? COLORS.tileFill : r % 2 === 1 ? COLORS.tableStripe : COLORS.background;
    return element.header.map((_, col) => ({
      text: row[col] ?? "",
      options: { bold: isTotal, color: COLORS.text, fill: { color: fill }, align: align(col) },
    }));
  });
  return [header, ...body];
}

export function drawTable(slide: PptxSlide, element: TableElement): void {
  const { x, y, w } = element.box;
  // A one-line row; rows with wrapped text grow when drawn. No table height is given, so rows
  // are not stretched to fill the box.
  const rowH = (element.fontSize * TABLE.lineHeightEm) / 72 + CELL_MARGIN[0] + CELL_MARGIN[2];
  slide.addTable(tableRows(element), {
    x,
    y,
    w,
    colW: element.columnWidths.map((fraction) => fraction * w),
    rowH,
    fontFace: FONT.face,
    fontSize: element.fontSize,
    valign: "middle",
    margin: CELL_MARGIN,
    border: BORDER,
    autoPage: false,
  });
}
