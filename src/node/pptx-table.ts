/** Table elements: navy header, zebra stripes, optional bold total row, widths from fractions. */
import type { TableElement } from "../report/deck";
import { bodyRowFill, isTotalRow, numericColumns, TABLE_BORDER, tableRowHeight } from "../report/table-style";
import { COLORS, FONT, TABLE } from "../report/theme";
import type { PptxSlide, PptxTableRow } from "./pptx-lib";

/** Cell padding in inches (top, right, bottom, left); below 1, so pptxgenjs reads inches. */
const CELL_MARGIN: [number, number, number, number] = [...TABLE.cellPadding];
const BORDER = { type: "solid", pt: TABLE_BORDER.weightPt, color: TABLE_BORDER.color } as const;

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
    const bold = isTotalRow(element, r);
    const fill = bodyRowFill(element, r);
    return element.header.map((_, col) => ({
      text: row[col] ?? "",
      options: { bold, color: COLORS.text, fill: { color: fill }, align: align(col) },
    }));
  });
  return [header, ...body];
}

export function drawTable(slide: PptxSlide, element: TableElement): void {
  const { x, y, w } = element.box;
  // No table height is given, so rows are not stretched to fill the box.
  slide.addTable(tableRows(element), {
    x,
    y,
    w,
    colW: element.columnWidths.map((fraction) => fraction * w),
    rowH: tableRowHeight(element.fontSize),
    fontFace: FONT.face,
    fontSize: element.fontSize,
    valign: "middle",
    margin: CELL_MARGIN,
    border: BORDER,
    autoPage: false,
  });
}
