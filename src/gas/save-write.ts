/**
 * Writing a save: only the cells that change, rows inserted and removed as rows.
 * - No row edit and no grid to grow: one values.batchUpdate, RAW (a typed `=...` stays text).
 * - Otherwise: ONE Spreadsheets.batchUpdate (the sheet IDs came with the save's read) that grows,
 *   removes and inserts rows (deleteDimension / insertDimension: formulas, notes and the columns
 *   staff added move with their row) and writes the changed cells (updateCells with stringValue /
 *   numberValue: never parsed, so text stays text). With the save's read, 2 round trips either way.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deletedimensionrequest
 */

import type { CellWrite, RowEdit } from "../core/entry/row-edits";
import { columnLetter } from "../core/workbook/parse";
import { dateColumnsOf, type SheetsService, type SheetValue, tabRange, toSheetValue } from "./sheets-values";

/** What one tab gets: row edits (bottom up, data row 0 = sheet row `firstRow`) and cells. */
export interface TabChanges {
  tab: string;
  /** From the save's read (SizedTab.sheetId). */
  sheetId: number;
  firstRow: number;
  /** Rows the tab's grid has now. */
  gridRows: number;
  edits: readonly RowEdit[];
  cells: readonly CellWrite[];
}

/** Rows added to a tab that has to grow: more than needed, so growing stays rare. */
const GROWTH_SLACK = 500;

interface Run {
  row: number;
  column: number;
  values: SheetValue[];
}

/** The cells as runs of neighbouring cells on one row (one range each). */
function runsOf(changes: TabChanges): Run[] {
  const dates = dateColumnsOf(changes.tab);
  const sorted = [...changes.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Run[] = [];
  for (const cell of sorted) {
    const value = toSheetValue(dates, cell.column, cell.value);
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.column + last.values.length === cell.column)
      last.values.push(value);
    else runs.push({ row: cell.row, column: cell.column, values: [value] });
  }
  return runs;
}

/** Grid rows the tab must gain so that every cell fits after the edits (0 when it fits). */
function growthOf(changes: TabChanges): number {
  const added = changes.edits.reduce((n, e) => n + (e.kind === "insert" ? e.count : -1), 0);
  const last = Math.max(0, ...changes.cells.map((c) => c.row + changes.firstRow));
  const grid = changes.gridRows + added;
  return last > grid ? last - grid + GROWTH_SLACK : 0;
}

const cellData = (value: SheetValue): GoogleAppsScript.Sheets.Schema.CellData => {
  if (value === "") return {};
  if (typeof value === "number") return { userEnteredValue: { numberValue: value } };
  if (typeof value === "boolean") return { userEnteredValue: { boolValue: value } };
  return { userEnteredValue: { stringValue: value } };
};

function structuralRequests(
  changes: TabChanges,
  sheetId: number,
  growth: number,
): GoogleAppsScript.Sheets.Schema.Request[] {
  const rows = (index: number, count: number) => ({
    sheetId,
    dimension: "ROWS",
    startIndex: index + changes.firstRow - 1,
    endIndex: index + changes.firstRow - 1 + count,
  });
  return [
    ...(growth > 0 ? [{ appendDimension: { sheetId, dimension: "ROWS", length: growth } }] : []),
    ...changes.edits.map((edit) =>
      edit.kind === "delete"
        ? { deleteDimension: { range: rows(edit.index, 1) } }
        : {
            insertDimension: {
              range: rows(edit.index, edit.count),
              // Formats from the data row above; the first data row takes them from below, not the header.
              inheritFromBefore: edit.index > 0,
            },
          },
    ),
    ...runsOf(changes).map((run) => ({
      updateCells: {
        start: { sheetId, rowIndex: run.row + changes.firstRow - 1, columnIndex: run.column },
        rows: [{ values: run.values.map(cellData) }],
        fields: "userEnteredValue",
      },
    })),
  ];
}

export function writeChanges(
  service: SheetsService,
  spreadsheetId: string,
  tabs: readonly TabChanges[],
): void {
  const active = tabs.filter((t) => t.edits.length > 0 || t.cells.length > 0);
  if (active.length === 0) return;
  const growth = new Map(active.map((t) => [t.tab, growthOf(t)]));
  const structural = active.some((t) => t.edits.length > 0 || (growth.get(t.tab) ?? 0) > 0);
  if (!structural) {
    const data = active.flatMap((t) =>
      runsOf(t).map((run) => {
        const row = run.row + t.firstRow;
        const first = columnLetter(run.column);
        const last = columnLetter(run.column + run.values.length - 1);
        return {
          range: `${tabRange(t.tab)}!${first}${row}:${last}${row}`,
          majorDimension: "ROWS",
          values: [run.values],
        };
      }),
    );
    service.Spreadsheets.Values.batchUpdate({ valueInputOption: "RAW", data }, spreadsheetId);
    return;
  }
  const requests = active.flatMap((t) => structuralRequests(t, t.sheetId, growth.get(t.tab) ?? 0));
  service.Spreadsheets.batchUpdate({ requests }, spreadsheetId);
}
