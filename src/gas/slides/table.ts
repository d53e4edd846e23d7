/**
 * Table elements: createTable sized to the box, column widths from the fractions, navy header,
 * zebra rows, bold total row; text only in non-empty cells (the API rejects empty insertText).
 */
import type { TableElement } from "../../report/deck";
import {
  bodyRowFill,
  isTotalRow,
  numericColumns,
  TABLE_BORDER,
  tableRowHeight,
} from "../../report/table-style";
import { COLORS } from "../../report/theme";
import { plain } from "./shapes";
import { textRequests } from "./text";
import { EMU_PER_PT, emu, placement, pt, type Request, rgb } from "./units";

/** The API's smallest column width: 32 pt. */
export const MIN_COLUMN_EMU = 32 * EMU_PER_PT;

/**
 * Column widths in EMU: the fractions of the box's width, each at least the API's minimum,
 * the wider columns giving up what the narrow ones need so the total stays the box's width.
 */
export function columnWidthsEmu(element: TableElement, totalEmu: number): number[] {
  const count = element.header.length;
  const fractions =
    element.columnWidths.length === count ? element.columnWidths : element.header.map(() => 1);
  const sum = fractions.reduce((a, b) => a + b, 0) || 1;
  const total = Math.max(totalEmu, count * MIN_COLUMN_EMU);
  let widths = fractions.map((f) => (f / sum) * total);
  for (let pass = 0; pass < count; pass++) {
    const narrow = widths.map((w) => w < MIN_COLUMN_EMU);
    if (!narrow.includes(true)) break;
    const needed = widths.reduce((acc, w, i) => acc + (narrow[i] ? MIN_COLUMN_EMU - w : 0), 0);
    const wideTotal = widths.reduce((acc, w, i) => acc + (narrow[i] ? 0 : w), 0);
    widths = widths.map((w, i) => (narrow[i] ? MIN_COLUMN_EMU : w - (needed * w) / wideTotal));
  }
  const rounded = widths.map((w) => Math.floor(w));
  // Give the rounding remainder to the last column so the widths add up exactly.
  const last = rounded.length - 1;
  rounded[last] = (rounded[last] ?? 0) + (total - rounded.reduce((a, b) => a + b, 0));
  return rounded;
}

/**
 * createTable splits the width evenly; the columns that shrink are set first, so the table never
 * grows past its final width (and off the page) on the way.
 */
function columnWidthRequests(objectId: string, widths: readonly number[]): Request[] {
  const even = widths.reduce((a, b) => a + b, 0) / Math.max(widths.length, 1);
  return widths
    .map((width, col) => ({ width, col }))
    .sort((a, b) => a.width - even - (b.width - even) || a.col - b.col)
    .map(({ width, col }) => ({
      updateTableColumnProperties: {
        objectId,
        columnIndices: [col],
        tableColumnProperties: { columnWidth: { magnitude: width, unit: "EMU" } },
        fields: "columnWidth",
      },
    }));
}

function fillRow(objectId: string, rowIndex: number, columns: number, color: string): Request {
  return {
    updateTableCellProperties: {
      objectId,
      tableRange: { location: { rowIndex, columnIndex: 0 }, rowSpan: 1, columnSpan: columns },
      tableCellProperties: {
        tableCellBackgroundFill: { solidFill: { color: rgb(color), alpha: 1 } },
        contentAlignment: "MIDDLE",
      },
      fields:
        "tableCellBackgroundFill.solidFill.color,tableCellBackgroundFill.solidFill.alpha,contentAlignment",
    },
  };
}

export function tableRequests(objectId: string, pageId: string, element: TableElement): Request[] {
  const columns = element.header.length;
  if (columns === 0) return [];
  const rows = element.rows.length + 1;
  const rowHeightIn = tableRowHeight(element.fontSize);
  const props = placement(pageId, { ...element.box, h: Math.min(element.box.h, rows * rowHeightIn) });
  const widths = columnWidthsEmu(element, props.size?.width?.magnitude ?? emu(element.box.w));
  const requests: Request[] = [
    { createTable: { objectId, rows, columns, elementProperties: props } },
    ...columnWidthRequests(objectId, widths),
    {
      updateTableRowProperties: {
        objectId,
        rowIndices: Array.from({ length: rows }, (_, i) => i),
        tableRowProperties: { minRowHeight: { magnitude: emu(rowHeightIn), unit: "EMU" } },
        fields: "minRowHeight",
      },
    },
    {
      updateTableBorderProperties: {
        objectId,
        tableRange: { location: { rowIndex: 0, columnIndex: 0 }, rowSpan: rows, columnSpan: columns },
        borderPosition: "ALL",
        tableBorderProperties: {
          tableBorderFill: { solidFill: { color: rgb(TABLE_BORDER.color), alpha: 1 } },
          weight: pt(TABLE_BORDER.weightPt),
          dashStyle: "SOLID",
        },
        fields: "tableBorderFill.solidFill.color,tableBorderFill.solidFill.alpha,weight,dashStyle",
      },
    },
    fillRow(objectId, 0, columns, COLORS.tableHeaderFill),
    ...element.rows.map((_, r) => fillRow(objectId, r + 1, columns, bodyRowFill(element, r))),
  ];
  const numeric = numericColumns(element);
  const cell = (rowIndex: number, columnIndex: number, text: string, header: boolean, bold: boolean) =>
    textRequests({ objectId, cell: { rowIndex, columnIndex } }, plain(text), {
      fontSize: element.fontSize,
      color: header ? COLORS.tableHeaderText : COLORS.text,
      bold,
      italic: false,
      align: numeric[columnIndex] ? "right" : undefined,
      spaceBelow: 0,
    });
  element.header.forEach((text, col) => {
    requests.push(...cell(0, col, text, true, true));
  });
  element.rows.forEach((row, r) => {
    const bold = isTotalRow(element, r);
    for (let col = 0; col < columns; col++) requests.push(...cell(r + 1, col, row[col] ?? "", false, bold));
  });
  return requests;
}
