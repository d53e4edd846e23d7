/**
 * `npm run bench`: what Generate Report and data entry cost, and how it grows.
 * Round trips are counted by running the built dist/Code.js over the in-memory fakes; times are
 * the median of several runs in one process. Prints the tables and writes them, with the
 * explanations, to bench/RESULTS.md. Nothing here asserts: the targets are printed as met or not.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { sampleWorkbook } from "../examples/sample-workbook";
import { checkMonth } from "../src/core/judgement/report-check";
import { formatNumber } from "../src/core/words/format";
import { parseWorkbook } from "../src/core/workbook/parse";
import { toMonth } from "../src/core/workbook/period";
import type { RawWorkbook } from "../src/core/workbook/types";
import { renderPptx } from "../src/node/pptx";
import { readWorkbook } from "../src/node/xlsx-read";
import { buildDeck } from "../src/report/layout";
import { BUNDLE_PATH } from "../test/fakes/runtime";
import type { Action } from "./calls";
import { measureChartYears } from "./chart-years";
import { growWorkbook } from "./history-data";
import { measureWorkbook, pipeline, type WorkbookFigures } from "./measure";
import { measurePeriods } from "./periods";
import { measureReadSize } from "./read-size";
import {
  actionsTable,
  callExplanation,
  generateTable,
  growthTable,
  type Target,
  targetsTable,
} from "./report";
import { measureSending } from "./send";
import { type Table, toMarkdown, toText } from "./table";
import { medianMs, ms } from "./timing";

const RUNS = 11;
const MONTH = toMonth("2023-11");
const SAMPLE_XLSX = "examples/contoh-workbook.xlsx";
const RESULTS = "bench/RESULTS.md";
const ROUND_TRIP_LIMIT = 8;
const SAVE_LIMIT = 3;
const PIPELINE_LIMIT_MS = 100;
const PPTX_LIMIT_MS = 2000;

const kib = (path: string): string =>
  existsSync(path) ? `${formatNumber(statSync(path).size / 1024)} KiB` : "not built";

async function measureAll(source: string): Promise<WorkbookFigures[]> {
  const sample = sampleWorkbook();
  const grown = (years: number, items?: number): RawWorkbook =>
    growWorkbook(sample, { month: MONTH, years, ...(items === undefined ? {} : { items }) });
  const workbooks: [string, RawWorkbook][] = [
    ["sample (Nov 2022 - Nov 2023)", sample],
    ["1 year in every tab", grown(1)],
    ["5 years in every tab", grown(5)],
    ["10 years in every tab", grown(10)],
    ["1 year, 10 items per list", grown(1, 10)],
    ["1 year, 100 items per list", grown(1, 100)],
    ["1 year, 1.000 items per list", grown(1, 1000)],
  ];
  const figures: WorkbookFigures[] = [];
  for (const [label, raw] of workbooks) figures.push(await measureWorkbook(label, raw, MONTH, source, RUNS));
  return figures;
}

interface Times {
  table: Table;
  pptxMs: number;
  breakdown10y: { parse: number; check: number; layout: number };
}

async function measureTimes(tenYears: RawWorkbook, tenYearsPipeline: number): Promise<Times> {
  const { raw } = await readWorkbook(SAMPLE_XLSX);
  const { data } = parseWorkbook(raw);
  const deck = buildDeck(data, MONTH);
  const tenData = parseWorkbook(tenYears).data;
  const breakdown10y = {
    parse: await medianMs(() => parseWorkbook(tenYears), RUNS),
    check: await medianMs(() => checkMonth(tenYears, MONTH), RUNS),
    layout: await medianMs(() => buildDeck(tenData, MONTH), RUNS),
  };
  const pptxMs = await medianMs(() => renderPptx(deck), RUNS);
  const rows: [string, string][] = [
    ["read the sample .xlsx (exceljs)", ms(await medianMs(() => readWorkbook(SAMPLE_XLSX), RUNS))],
    ["parse (zod), sample", ms(await medianMs(() => parseWorkbook(raw), RUNS))],
    [
      "checks (checkMonth: parse, month summary, consistency), sample",
      ms(await medianMs(() => checkMonth(raw, MONTH), RUNS)),
    ],
    [
      "layout (buildDeck: compare, sentences, Deck), sample",
      ms(await medianMs(() => buildDeck(data, MONTH), RUNS)),
    ],
    ["pure pipeline (checkMonth + buildDeck), sample", ms(await medianMs(() => pipeline(raw, MONTH), RUNS))],
    ["pure pipeline, 10 years in every tab", ms(tenYearsPipeline)],
    ["  parseWorkbook alone, 10 years", ms(breakdown10y.parse)],
    ["  checkMonth alone (parse, month summary, consistency), 10 years", ms(breakdown10y.check)],
    ["  buildDeck alone, 10 years", ms(breakdown10y.layout)],
    ["PPTX render (pptxgenjs), sample deck", ms(pptxMs)],
    [
      "sample .pptx end to end (read, check, lay out, render)",
      ms(
        await medianMs(async () => {
          const read = await readWorkbook(SAMPLE_XLSX);
          await renderPptx(pipeline(read.raw, MONTH));
        }, RUNS),
      ),
    ],
    ["slides in the sample deck", formatNumber(deck.slides.length)],
    ["dist/Code.js", kib("dist/Code.js")],
    ["dist/Sidebar.html (budget 120 KiB)", kib("dist/Sidebar.html")],
    ["dist/Dialog.html", kib("dist/Dialog.html")],
  ];
  return {
    table: {
      title: `4. Time (median of ${RUNS} runs after a warm-up, one process) and size`,
      columns: ["Measure", "Value"],
      rows: rows.map(([a, b]) => [a, b]),
    },
    pptxMs,
    breakdown10y,
  };
}

const trips = (f: WorkbookFigures, action: Action) => f.actions[action].roundTrips;
const generateTrips = (f: WorkbookFigures) =>
  Math.max(trips(f, "buatLaporanBulan"), trips(f, "buatLaporanBulan (again)"));

function targets(all: WorkbookFigures[], times: Times): Target[] {
  const [sample, , , tenYears] = all as [WorkbookFigures, WorkbookFigures, WorkbookFigures, WorkbookFigures];
  const history = all.slice(0, 4);
  const series = (action: Action) => history.map((f) => formatNumber(trips(f, action))).join(" / ");
  const flat = (Object.keys(sample.actions) as Action[]).every((a) =>
    history.every((f) => trips(f, a) === trips(sample, a)),
  );
  const saves = all.flatMap((f) =>
    (["simpanKanal PPID", "simpanKanal Webinar"] as const).map((a) => ({ f, a, trips: trips(f, a) })),
  );
  const usualSaves = saves.filter(
    (s) => !s.f.actions[s.a].calls.roundTrips.has("Sheets.Spreadsheets.batchUpdate"),
  );
  const growingSaves = saves.filter((s) =>
    s.f.actions[s.a].calls.roundTrips.has("Sheets.Spreadsheets.batchUpdate"),
  );
  const generateWhy = [
    `Generate Report makes these ${generateTrips(sample)} round trips (sample month, new deck):`,
    ...callExplanation("generate", sample.actions.buatLaporanBulan),
  ];
  const list: Target[] = [
    {
      target: `Generate Report, sample month: <= ${ROUND_TRIP_LIMIT} round trips`,
      measured: `${trips(sample, "buatLaporanBulan")} new deck, ${trips(sample, "buatLaporanBulan (again)")} in place`,
      met: generateTrips(sample) <= ROUND_TRIP_LIMIT,
      why: generateWhy,
    },
    {
      target: `Generate Report, 10 years of history: <= ${ROUND_TRIP_LIMIT}, as for the sample`,
      measured: `${trips(tenYears, "buatLaporanBulan")} new deck, ${trips(tenYears, "buatLaporanBulan (again)")} in place`,
      met: generateTrips(tenYears) <= ROUND_TRIP_LIMIT && generateTrips(tenYears) === generateTrips(sample),
      why: ["The same calls as for the sample month (table 2): history changes no count, see above."],
    },
    {
      target: "Round trips flat in history length (sample, 1, 5, 10 years)",
      measured: `generate ${series("buatLaporanBulan")}; load ${series("muatBulan")}; save ${series("simpanKanal Webinar")}`,
      met: flat,
    },
    {
      target: "Load a month into the sidebar: 1 round trip",
      measured: `${Math.max(...all.map((f) => trips(f, "muatBulan")))} in every workbook`,
      met: all.every((f) => trips(f, "muatBulan") === 1),
    },
    {
      target: `Save a channel: <= ${SAVE_LIMIT} round trips`,
      measured: `${Math.max(...usualSaves.map((s) => s.trips))} (PPID and Webinar, every workbook, grid with room)`,
      met: usualSaves.every((s) => s.trips <= SAVE_LIMIT),
    },
  ];
  const growing = growingSaves[0];
  if (growing) {
    list.push({
      target: `Save into a tab whose grid is full: <= ${SAVE_LIMIT}`,
      measured: `${growing.trips} (${growing.a.replace("simpanKanal ", "")}, ${growing.f.label})`,
      met: growing.trips <= SAVE_LIMIT,
      why: [
        "A save that writes past the last row of a tab's grid must grow the grid (the Sheets API refuses to write past it): the growth (500 rows more than needed) goes into the same batch as the rows and cells (the sheet IDs come with the save's read). Here the 1.000-item Webinar tab filled its grid exactly. The calls:",
        ...callExplanation("save", growing.f.actions[growing.a]),
      ],
    });
  }
  list.push(
    {
      target: `Pure pipeline, 10 years of history: < ${PIPELINE_LIMIT_MS} ms in Node`,
      measured: ms(tenYears.pipelineMs),
      met: tenYears.pipelineMs < PIPELINE_LIMIT_MS,
      why: [
        `At 10 years (${formatNumber(tenYears.dataRows)} data rows) parseWorkbook takes ${ms(times.breakdown10y.parse)}, checkMonth ${ms(times.breakdown10y.check)} (the parse included), buildDeck ${ms(times.breakdown10y.layout)}.`,
        "Parsing validates every row of every month with zod although the report reads 14 months at most (Jan..M, M-1, M-12); parsing only the months the report reads would bring it down.",
      ],
    },
    {
      target: "Sample PPTX render: < 2 s",
      measured: ms(times.pptxMs),
      met: times.pptxMs < PPTX_LIMIT_MS,
    },
  );
  return list;
}

function resultsMarkdown(tables: Table[], list: Target[], header: string[]): string {
  const missed = list.filter((t) => !t.met);
  return [
    "# Benchmarks",
    "",
    ...header,
    "",
    ...tables.flatMap((t) => [toMarkdown(t), ""]),
    "## How the round trips are counted",
    "",
    "Each action runs the built `dist/Code.js` in `node:vm` over the in-memory fakes (`test/fakes`), as the bundle tests do; every fake call is logged. A round trip is a call that carries data between the script and a Google backend or the user's browser: the Sheets, Slides and Drive advanced services, DriveApp, SpreadsheetApp calls that read or write the document (`getSpreadsheetTimeZone` included), and what is shown to the user (`Ui.showSidebar`). Shown apart and not counted: handles (`SpreadsheetApp.getActiveSpreadsheet`, `getUi`, `Spreadsheet.getId`: the bound document, known when the execution starts) and local or cheap services (LockService, Session, Utilities, PropertiesService, building HtmlService output). `bench/classify.ts` holds the rule.",
    "",
    '"Without batching" is the same action as peers write it: one `getValues` per tab; one `setValue` per changed cell and one `appendRow` per Log entry; and for Generate Report the one Slides batch replaced by one SlidesApp call per slide, element, text run and table cell of the same Deck (`bench/element-calls.ts`). That figure is a floor: the title bars, footers and every style setter (font, colour, fill, paragraph) would be calls too; styled as our batch is, one call per request, it is the second figure under table 1.',
    "",
    "The growth workbooks (`bench/history-data.ts`) keep the sample's rows and fill every other month of every tab, for 1, 5 or 10 years before November 2023, from the tab's own rows (figures moved by up to 20%, sums kept, a fixed seed); the item workbooks replace November's lists (Publikasi Website, Webinar, WhatsApp Blast, Video Conference, Tatap Muka) by 10, 100 or 1.000 items.",
    "",
    "## Where a target is missed, and why",
    "",
    ...(missed.length === 0
      ? ["Every target is met."]
      : missed.flatMap((t) => [`**${t.target}**: measured ${t.measured}.`, "", ...(t.why ?? []), ""])),
    "",
    "## Limits the fakes do not show",
    "",
    "- The Slides batch grows with the deck (table 3): tens of thousands of requests for 1.000-item lists, sent in several calls of at most 5.000 requests or 2 MB (`src/gas/report/chunks.ts`). The fakes apply any size; the real API's limits on one batch (payload size, time) are not documented or measured here, so that budget is an estimate.",
    "- Times of Apps Script itself (V8 in Google's servers, each round trip roughly 0,1 to 1 s) are not measured; only the count of round trips is.",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE_PATH))
    throw new Error("dist/Code.js is missing: run `npm run bench` (it builds first).");
  const source = readFileSync(BUNDLE_PATH, "utf8");
  const all = await measureAll(source);
  const [sample, , , tenYears] = all as [WorkbookFigures, WorkbookFigures, WorkbookFigures, WorkbookFigures];
  const thousand = all[all.length - 1] as WorkbookFigures;
  const times = await measureTimes(
    growWorkbook(sampleWorkbook(), { month: MONTH, years: 10 }),
    tenYears.pipelineMs,
  );
  const sending = measureSending(source);
  const years = measureChartYears(growWorkbook(sampleWorkbook(), { month: MONTH, years: 10 }), MONTH, source);
  const periods = measurePeriods(source);
  const list = [...targets(all, times), ...sending.targets, ...years.targets, ...periods.targets];
  const readSize = measureReadSize(source, [
    ["sample", sampleWorkbook()],
    ["10 years in every tab", growWorkbook(sampleWorkbook(), { month: MONTH, years: 10 })],
  ]);
  const tables = [
    actionsTable(sample),
    generateTable([sample, tenYears, thousand]),
    growthTable(all),
    times.table,
    targetsTable(list),
    years.table,
    sending.table,
    periods.table,
    readSize,
  ];
  const header = [
    "Reproduce: `npm run bench` (builds, then runs `bench/run.ts`; about 3 minutes on 2 cores, most of it the ten-year run of table 6).",
    `Measured on Node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model.trim() ?? "CPU"}, load average ${formatNumber(os.loadavg()[0] ?? 0, 1)} at the start (times grow with the machine's load; round trips do not). Numbers in Indonesian notation (1.000 = one thousand).`,
  ];
  console.log([header.join("\n"), ...tables.map(toText)].join("\n\n"));
  writeFileSync(RESULTS, resultsMarkdown(tables, list, header));
  console.log(`\nWritten to ${RESULTS}.`);
}

await main();
