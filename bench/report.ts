/** The benchmark's tables, built from the measured figures. */
import { formatNumber } from "../src/core/words/format";
import { type Context, noteOf } from "./call-notes";
import type { Action } from "./calls";
import type { ActionFigures, WorkbookFigures } from "./measure";
import type { Table } from "./table";
import { ms } from "./timing";

const n = (value: number): string => formatNumber(value);

/** `Sheets.Spreadsheets.Values.batchGet` -> `Sheets Values.batchGet`. */
export function shortKey(key: string): string {
  return key
    .replace(/^Sheets\.Spreadsheets\./, "Sheets ")
    .replace(/^Sheets\.Spreadsheets\.get$/, "Sheets get")
    .replace(/^Slides\.Presentations\./, "Slides ")
    .replace(/^Drive\./, "Drive ")
    .replace(/^SpreadsheetApp\.Spreadsheet\./, "SpreadsheetApp ")
    .replace(/^SpreadsheetApp\.Ui\./, "Ui ");
}

/** The calls of an action, short; the generation's are in table 2. */
const callList = (action: Action, figures: ActionFigures): string =>
  action.startsWith("buatLaporanBulan")
    ? "see table 2"
    : [...figures.calls.roundTrips]
        .map(([key, times]) => (times > 1 ? `${shortKey(key)} x${times}` : shortKey(key)))
        .join(", ");

const ratio = (naive: number, ours: number): string =>
  ours === 0 ? "-" : `${formatNumber(naive / ours, naive / ours < 10 ? 1 : 0)}x`;

const ACTION_LABELS: Record<Action, string> = {
  bukaSidebar: "Open the sidebar (bukaSidebar)",
  muatBulan: "Load a month into it (muatBulan)",
  "simpanKanal PPID": "Save PPID, 1 cell changed (simpanKanal)",
  "simpanKanal Webinar": "Save Webinar, 1 item added (simpanKanal)",
  buatLaporanBulan: "Generate Report, new deck (buatLaporanBulan)",
  "buatLaporanBulan (again)": "Generate Report again, in place",
};

const NAIVE_LABELS: Record<Action, string> = {
  bukaSidebar: "the same",
  muatBulan: "one getValues per tab",
  "simpanKanal PPID": "setValue per cell, appendRow per Log entry",
  "simpanKanal Webinar": "setValue per cell, appendRow per Log entry",
  buatLaporanBulan: "SlidesApp per slide, shape, text run, table cell",
  "buatLaporanBulan (again)": "SlidesApp per slide, shape, text run, table cell",
};

export function actionsTable(sample: WorkbookFigures): Table {
  const rows = (Object.keys(ACTION_LABELS) as Action[]).map((action) => {
    const figures = sample.actions[action];
    return [
      ACTION_LABELS[action],
      n(figures.roundTrips),
      callList(action, figures),
      `${figures.calls.handles} / ${figures.calls.local}`,
      `${n(figures.naive)} (${NAIVE_LABELS[action]})`,
      ratio(figures.naive, figures.roundTrips),
    ];
  });
  return {
    title: `1. Round trips per action: ${sample.label}`,
    columns: ["Action", "Round trips", "Which", "Not counted: handles / local", "Without batching", "Ratio"],
    rows,
    notes: [
      `Generate Report drawn element by element: at least ${n(sample.deckCalls.total)} SlidesApp calls for the Slides part alone (${n(sample.deckCalls.slides)} slides, ${n(sample.deckCalls.shapes)} elements, ${n(sample.deckCalls.runs)} text runs, ${n(sample.deckCalls.cells)} table cells; chrome and style setters left out), ${n(sample.requestCalls)} if styled as our batch is (one call per request, a table cell once); ours sends ${n(sample.slidesRequests)} requests in ${n(sample.slidesBatches)} Slides batchUpdate.`,
    ],
  };
}

export function generateTable(columns: WorkbookFigures[]): Table {
  const keys = [
    ...new Set(
      columns.flatMap((c) => [
        ...c.actions.buatLaporanBulan.calls.roundTrips.keys(),
        ...c.actions["buatLaporanBulan (again)"].calls.roundTrips.keys(),
      ]),
    ),
  ];
  const cell = (figures: ActionFigures, key: string) => n(figures.calls.roundTrips.get(key) ?? 0);
  const header = columns.flatMap((c) => [`${c.label}: new`, "in place"]);
  const rows = keys.map((key) => [
    shortKey(key),
    ...columns.flatMap((c) => [
      cell(c.actions.buatLaporanBulan, key),
      cell(c.actions["buatLaporanBulan (again)"], key),
    ]),
    noteOf("generate", key)?.what ?? "",
  ]);
  rows.push([
    "total",
    ...columns.flatMap((c) => [
      n(c.actions.buatLaporanBulan.roundTrips),
      n(c.actions["buatLaporanBulan (again)"].roundTrips),
    ]),
    "",
  ]);
  return {
    title: "2. Generate Report, call by call",
    columns: ["Round trip", ...header, "What it is"],
    rows,
  };
}

export function growthTable(all: WorkbookFigures[]): Table {
  const rt = (f: WorkbookFigures, action: Action) => n(f.actions[action].roundTrips);
  return {
    title: "3. Growth: round trips stay flat, the Slides batch grows with the deck",
    columns: [
      "Workbook",
      "Data rows",
      "Slides",
      "muatBulan",
      "Save PPID",
      "Save Webinar",
      "Generate (new / in place)",
      "Requests in the Slides batch",
      "Element by element (at least)",
      "Pure pipeline (median)",
    ],
    rows: all.map((f) => [
      f.label,
      n(f.dataRows),
      n(f.slides),
      rt(f, "muatBulan"),
      rt(f, "simpanKanal PPID"),
      rt(f, "simpanKanal Webinar"),
      `${rt(f, "buatLaporanBulan")} / ${rt(f, "buatLaporanBulan (again)")}`,
      `${n(f.slidesRequests)} in ${n(f.slidesBatches)}`,
      n(f.actions.buatLaporanBulan.naive),
      ms(f.pipelineMs),
    ]),
  };
}

export interface Target {
  target: string;
  measured: string;
  met: boolean;
  /** Why it is missed: markdown lines for RESULTS.md. */
  why?: string[];
}

export function targetsTable(targets: Target[]): Table {
  return {
    title: "5. Targets",
    columns: ["Target", "Measured", "Met?"],
    rows: targets.map((t) => [t.target, t.measured, t.met ? "yes" : "NO (see RESULTS.md)"]),
  };
}

/** Each round trip of an action with what it is and what removing it would take. */
export function callExplanation(context: Context, figures: ActionFigures): string[] {
  return [...figures.calls.roundTrips].map(([key, times]) => {
    const note = noteOf(context, key);
    const remove = note?.remove ? ` To remove: ${note.remove}.` : " Needed.";
    return `- \`${key}\`${times > 1 ? ` x${times}` : ""}: ${note?.what ?? "?"}.${remove}`;
  });
}
