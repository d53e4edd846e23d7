/**
 * The workbook read's answer, in bytes of JSON, before and after issue 19: Values.batchGet
 * (values only; the call the tool made before) against the one spreadsheets.get it makes now
 * (values, each cell's number-format type, each tab's merges; `GRID_FIELDS`). The same round trip;
 * what grows is the answer, above all in a workbook made by Siapkan Workbook, whose 999 prepared
 * rows carry a number format per cell even when empty (the API writes a non-default format).
 */

import { formatNumber } from "../src/core/words/format";
import { channelByTab } from "../src/core/workbook/channels";
import type { RawWorkbook } from "../src/core/workbook/types";
import { DATA_TABS, GRID_FIELDS, tabRange } from "../src/gas/sheets-values";
import { createFakeEnv, type FakeEnv } from "../test/fakes/env";
import { loadBundle } from "../test/fakes/runtime";
import type { Table } from "./table";

/** The workbook's cells in the fake, date cells as Dates; `prepared`: on tabs Siapkan Workbook made. */
function envWith(source: string, raw: RawWorkbook, prepared: boolean): FakeEnv {
  const env = createFakeEnv({ htmlFiles: { Sidebar: "<p>s</p>" } });
  if (prepared) {
    env.spreadsheet.addSheet("Sheet1", []);
    loadBundle(env, source).call("siapkanWorkbook");
  }
  for (const tab of Object.values(raw)) {
    const sheet = env.spreadsheet.sheet(tab.name) ?? env.spreadsheet.addSheet(tab.name, []);
    const def = channelByTab(tab.name);
    const dates = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
    [tab.header, ...tab.rows].forEach((row, r) => {
      row.forEach((cell, c) => {
        const value =
          dates.has(c) && r > 0 && typeof cell === "string" && cell !== "" ? new Date(cell) : cell;
        sheet.setCell(r + 1, c + 1, value ?? "");
      });
    });
    sheet.maxRows = Math.max(sheet.maxRows, tab.rows.length + 1);
  }
  return env;
}

const kib = (bytes: number): string => `${formatNumber(bytes / 1024, 1)} KiB`;

function sizes(env: FakeEnv): { values: number; grid: number } {
  const ranges = DATA_TABS.map(tabRange);
  const values = env.Sheets.Spreadsheets.Values.batchGet(env.spreadsheet.id, {
    ranges,
    valueRenderOption: "UNFORMATTED_VALUE",
    dateTimeRenderOption: "SERIAL_NUMBER",
  });
  const grid = env.Sheets.Spreadsheets.get(env.spreadsheet.id, { ranges, fields: GRID_FIELDS });
  return { values: JSON.stringify(values).length, grid: JSON.stringify(grid).length };
}

export function measureReadSize(source: string, workbooks: readonly [string, RawWorkbook][]): Table {
  const rows: string[][] = [];
  for (const [label, raw] of workbooks) {
    for (const prepared of [false, true]) {
      const { values, grid } = sizes(envWith(source, raw, prepared));
      rows.push([
        `${label}${prepared ? ", tabs made by Siapkan Workbook (999 formatted rows)" : ", tabs without formats"}`,
        kib(values),
        kib(grid),
        `${formatNumber(grid / values, 1)}x`,
      ]);
    }
  }
  return {
    title:
      "8. The workbook read (muatBulan, Periksa Data, Buat Laporan, a save's read): answer size, one round trip",
    columns: [
      "Workbook",
      "Values.batchGet (before: values only)",
      "spreadsheets.get (now: values, types, merges)",
      "Ratio",
    ],
    rows,
    notes: [
      "JSON bytes of the answer as the fakes give it (test/fakes/grid-cells.ts cites the API's rules). The count of round trips is unchanged (1).",
      "Values.batchGet cannot tell a date from a number nor show a merge; spreadsheets.get gives both in the same call. Google compresses answers on the wire; what Apps Script parses is this JSON.",
      "The cost is in workbooks made by Siapkan Workbook: its 999 prepared rows per tab carry a number format per cell, and the API writes a non-default format even for an empty cell, so the answer is megabytes where the values are kilobytes. Not yet done, to weigh: Siapkan Workbook preparing fewer rows (formats and validation written with the rows a save adds), or the read bounding each tab's range to its data.",
    ],
  };
}
