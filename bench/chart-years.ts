/**
 * Ten years of reports: 120 monthly generations in a row (December 2013 - November 2023) of the
 * built dist/Code.js over the fakes, on the sample grown to ten years of history. What stays in
 * the staff's workbook (charts, chart-data cells), the files made, the round trips of the 1st and
 * the 120th generation and the size of the metadata each one reads. Beside it, the previous
 * version's rule (every month's charts added to the workbook's hidden `Data Grafik` tab),
 * replayed with its planner (src/gas/charts/plan.ts), which is what the chart spreadsheet replaces.
 */
import { formatNumber } from "../src/core/words/format";
import { addMonths, type Month } from "../src/core/workbook/period";
import type { RawWorkbook } from "../src/core/workbook/types";
import { CHART_TAB } from "../src/gas/charts/plan";
import type { BuatLaporanResult } from "../src/rpc/report";
import { PRESENTATION_MIME, SPREADSHEET_MIME } from "../test/fakes/drive-api";
import { createFakeEnv, type FakeEnv } from "../test/fakes/env";
import { addLegacyCharts } from "../test/helpers/legacy-charts";
import { reportEnv } from "../test/helpers/report-env";
import { classifyAll, roundTripTotal } from "./classify";
import type { Target } from "./report";
import type { Table } from "./table";

export const GENERATIONS = 120;
const n = (value: number): string => formatNumber(value);
const bytes = (value: number): string => `${formatNumber(value / 1024, 1)} KiB`;

interface Generation {
  month: Month;
  roundTrips: number;
  calls: string;
  /** Characters of JSON the Sheets `get` calls answered (field masks applied). */
  metadataChars: number;
}

export interface ChartYears {
  table: Table;
  targets: Target[];
}

const isChartTab = (env: FakeEnv) => env.spreadsheet.sheet(CHART_TAB);

function chartDataCells(env: FakeEnv): number {
  return (isChartTab(env)?.snapshot() ?? []).flat().filter((v) => v !== "" && v !== null && v !== undefined)
    .length;
}

/** Runs the generations; records each one's round trips and metadata read. */
function runNew(workbook: RawWorkbook, months: Month[], source: string) {
  const r = reportEnv(workbook, source);
  const spreadsheets = r.env.Sheets.Spreadsheets;
  const get = spreadsheets.get.bind(spreadsheets);
  let metadataChars = 0;
  spreadsheets.get = (id, args) => {
    const answer = get(id, args);
    metadataChars += JSON.stringify(answer).length;
    return answer;
  };
  let mostCharts = 0;
  const generations: Generation[] = months.map((month) => {
    r.env.calls.reset();
    metadataChars = 0;
    const result = r.buat(month) as BuatLaporanResult;
    if (!result.ok) throw new Error(`buatLaporanBulan ${month} failed: ${result.message}`);
    mostCharts = Math.max(mostCharts, r.env.spreadsheet.charts.length);
    const classified = classifyAll(r.env.calls.list());
    return {
      month,
      roundTrips: roundTripTotal(classified),
      calls: [...classified.roundTrips].map(([k, t]) => (t > 1 ? `${k} x${t}` : k)).join(", "),
      metadataChars,
    };
  });
  const files = [...r.env.drive.files.values()].filter((f) => f.parents.includes(r.folderId));
  const books = [...r.env.drive.spreadsheets.values()];
  return {
    generations,
    workbookCharts: r.env.spreadsheet.charts.length,
    mostCharts,
    workbookCells: chartDataCells(r.env),
    decks: files.filter((f) => f.mimeType === PRESENTATION_MIME).length,
    books: files.filter((f) => f.mimeType === SPREADSHEET_MIME).length,
    biggestBook: Math.max(0, ...books.map((b) => b.charts.length)),
  };
}

/** The previous rule replayed: charts and data left in the workbook, and its metadata read at the end. */
function runPrevious(workbook: RawWorkbook, months: Month[]) {
  const env = createFakeEnv();
  let perMonth = 0;
  for (const month of months) perMonth = addLegacyCharts(env, workbook, month).refs.length;
  const meta = env.Sheets.Spreadsheets.get(env.spreadsheet.id, {
    fields: "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),charts(chartId))",
  });
  const columnA = env.Sheets.Spreadsheets.Values.batchGet(env.spreadsheet.id, {
    ranges: [`'${CHART_TAB}'!A:A`],
    valueRenderOption: "UNFORMATTED_VALUE",
  });
  return {
    charts: env.spreadsheet.charts.length,
    cells: chartDataCells(env),
    perMonth,
    metadataChars: JSON.stringify(meta).length + JSON.stringify(columnA).length,
  };
}

export function measureChartYears(workbook: RawWorkbook, last: Month, source: string): ChartYears {
  const months = Array.from({ length: GENERATIONS }, (_, i) => addMonths(last, i - GENERATIONS + 1));
  const now = runNew(workbook, months, source);
  const before = runPrevious(workbook, months);
  const first = now.generations[0] as Generation;
  const lastRun = now.generations[GENERATIONS - 1] as Generation;
  const most = now.generations.reduce((a, b) => (b.roundTrips > a.roundTrips ? b : a), first);
  const biggestRead = Math.max(...now.generations.map((g) => g.metadataChars));
  const span = `${months[0]} - ${months[GENERATIONS - 1]}`;
  const table: Table = {
    title: `6. Ten years of reports: ${GENERATIONS} generations in a row (${span}, 10 years of history in every tab)`,
    columns: [
      "Measure",
      "Charts in a yearly chart spreadsheet (now)",
      "Charts in the workbook (previous rule)",
    ],
    rows: [
      ["Charts left in the staff's workbook", n(now.workbookCharts), n(before.charts)],
      ["Most charts in the workbook at any point", n(now.mostCharts), n(before.charts)],
      ["Chart-data cells left in the staff's workbook", n(now.workbookCells), n(before.cells)],
      [
        "Files created in the report folder",
        `${n(now.decks + now.books)}: ${n(now.decks)} decks, ${n(now.books)} chart spreadsheets (one a year)`,
        `${n(now.decks)} decks`,
      ],
      ["Charts in the largest chart spreadsheet", n(now.biggestBook), "-"],
      [
        "Round trips, 1st generation",
        `${n(first.roundTrips)} (${first.month}: creates the year's spreadsheet)`,
        "-",
      ],
      [`Round trips, ${GENERATIONS}th generation`, `${n(lastRun.roundTrips)} (${lastRun.month})`, "-"],
      ["Round trips, most of any generation", `${n(most.roundTrips)} (${most.month})`, "-"],
      [
        "Metadata read (Sheets get answers), 1st / 120th generation",
        `${bytes(first.metadataChars)} / ${bytes(lastRun.metadataChars)}; at most ${bytes(biggestRead)}`,
        `${bytes(before.metadataChars)} at the 120th (tab metadata with every chart ID, and column A of Data Grafik)`,
      ],
    ],
    notes: [
      `Calls of the 1st generation: ${first.calls}.`,
      `Calls of the ${GENERATIONS}th generation: ${lastRun.calls}.`,
      "The metadata read is what the Sheets get of a generation answers, with its field mask applied: now the year's chart spreadsheet (its tab, chart IDs and column A), which never holds more than twelve months; before, the workbook's tabs with every chart ID ever made, plus column A of its Data Grafik tab.",
    ],
  };
  const targets: Target[] = [
    {
      target: `Ten years of reports: charts in the staff's workbook <= one month's (${n(before.perMonth)})`,
      measured: `${n(now.workbookCharts)} after ${GENERATIONS} reports (previous rule: ${n(before.charts)})`,
      met: now.mostCharts <= before.perMonth,
    },
    {
      target: `Ten years of reports: the ${GENERATIONS}th generation costs what the 1st did`,
      measured: `${n(first.roundTrips)} and ${n(lastRun.roundTrips)} round trips; metadata ${bytes(first.metadataChars)} and ${bytes(lastRun.metadataChars)}`,
      met: lastRun.roundTrips <= first.roundTrips && lastRun.roundTrips <= 8,
    },
  ];
  return { table, targets };
}
