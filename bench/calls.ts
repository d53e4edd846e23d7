/**
 * Service calls of the user's actions, counted by running the BUILT dist/Code.js in node:vm over
 * the in-memory fakes, as test/gas/generate-report.test.ts and bundle-sheets.test.ts do: open the
 * sidebar, load the report month, generate its deck (new, then again in place), save PPID and
 * Webinar. Each action's calls are logged on their own.
 */
import { existsSync, readFileSync } from "node:fs";
import { channelByTab } from "../src/core/channels";
import type { MonthView, SaveResult } from "../src/core/rpc";
import { SETTINGS_TAB } from "../src/core/settings";
import type { CellValue, RawWorkbook } from "../src/core/types";
import type { BuatLaporanResult } from "../src/gas/report-rpc";
import type { Call } from "../test/fakes/calls";
import { createFakeEnv, type FakeEnv } from "../test/fakes/env";
import { BUNDLE_PATH, type LoadedBundle, loadBundle } from "../test/fakes/runtime";

export type Action =
  | "bukaSidebar"
  | "muatBulan"
  | "buatLaporanBulan"
  | "buatLaporanBulan (again)"
  | "simpanKanal PPID"
  | "simpanKanal Webinar";

export interface ActionRun {
  calls: Call[];
  /** simpanKanal: the changed cells the save reports. */
  changedCells?: number;
}

export interface WorkbookRun {
  actions: Record<Action, ActionRun>;
  /** The requests of the first generation's Slides batch (or batches). */
  slidesRequests: Record<string, unknown>[];
  slidesBatches: number;
}

const SIDEBAR_PATH = "dist/Sidebar.html";
const FOLDER_SETTING = "ID Folder Drive";
const USER = "staf@kemenkeu.go.id";

/** A workbook's tabs as sheet rows: ISO dates in date columns become Dates of the script's realm. */
function sheetRows(workbook: RawWorkbook, date: (iso: string) => Date): Record<string, CellValue[][]> {
  return Object.fromEntries(
    Object.values(workbook).map((tab) => {
      const def = channelByTab(tab.name);
      const dates = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
      const asSheet = (row: CellValue[]) =>
        row.map((cell, i) => (dates.has(i) && typeof cell === "string" && cell !== "" ? date(cell) : cell));
      return [tab.name, [tab.header, ...tab.rows.map(asSheet)]];
    }),
  );
}

function setSetting(env: FakeEnv, label: string, value: string): void {
  const sheet = env.spreadsheet.sheet(SETTINGS_TAB);
  const index = sheet?.snapshot().findIndex((r) => r[0] === label) ?? -1;
  if (!sheet || index < 0) throw new Error(`no setting ${label}`);
  sheet.setCell(index + 1, 2, value);
}

function loaded(workbook: RawWorkbook, source: string): { env: FakeEnv; bundle: LoadedBundle } {
  const sidebar = existsSync(SIDEBAR_PATH) ? readFileSync(SIDEBAR_PATH, "utf8") : "<p>sidebar</p>";
  const env = createFakeEnv({ htmlFiles: { Sidebar: sidebar, Dialog: "<p>dialog</p>" }, userEmail: USER });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(sheetRows(workbook, date))) env.spreadsheet.addSheet(name, rows);
  setSetting(env, FOLDER_SETTING, env.drive.addFolder("Laporan Bulanan").id);
  env.calls.reset();
  return { env, bundle };
}

const viewOf = (view: MonthView, key: string) => {
  const found = view.channels.find((c) => c.key === key);
  if (!found) throw new Error(`muatBulan gave no channel ${key}`);
  return found;
};

function generated(result: BuatLaporanResult): void {
  if (!result.ok) throw new Error(`buatLaporanBulan failed: ${result.message}`);
}

function savedCells(result: SaveResult): number {
  if (!result.ok) throw new Error(`simpanKanal failed: ${result.message}`);
  return result.changedCells;
}

/** Runs every action once on a fresh copy of the workbook and returns what each one called. */
export function runActions(
  workbook: RawWorkbook,
  month: string,
  source = readFileSync(BUNDLE_PATH, "utf8"),
): WorkbookRun {
  const { env, bundle } = loaded(workbook, source);
  const take = (): Call[] => {
    const calls = env.calls.list();
    env.calls.reset();
    return [...calls];
  };
  const request = { month, allowMissing: true, acceptWarnings: true };

  bundle.call("bukaSidebar");
  const sidebar = take();
  const view = bundle.call("muatBulan", month) as MonthView;
  const load = take();
  generated(bundle.call("buatLaporanBulan", request) as BuatLaporanResult);
  const generate = take();
  const sent = [...env.Slides.Presentations.sent];
  generated(bundle.call("buatLaporanBulan", request) as BuatLaporanResult);
  const again = take();

  /** Saves the channel's rows, as loaded by muatBulan, changed by `edit`. */
  const save = (channel: string, edit: (rows: string[][]) => string[][]): ActionRun => {
    const loaded = viewOf(view, channel);
    const request = { month, channel, rows: edit(loaded.rows), version: loaded.version };
    const changedCells = savedCells(bundle.call("simpanKanal", request) as SaveResult);
    return { calls: take(), changedCells };
  };
  const savePpid = save("ppid", (rows) => [[String(Number(rows[0]?.[0] ?? 0) + 1)]]);
  // A webinar added at the end of the month's list (date and title typed: 2 cells).
  const webinarDate = `28/${month.slice(5)}/${month.slice(0, 4)}`;
  const saveWebinar = save("webinar", (rows) => [...rows, [webinarDate, "Webinar tambahan", ""]]);

  return {
    actions: {
      bukaSidebar: { calls: sidebar },
      muatBulan: { calls: load },
      buatLaporanBulan: { calls: generate },
      "buatLaporanBulan (again)": { calls: again },
      "simpanKanal PPID": savePpid,
      "simpanKanal Webinar": saveWebinar,
    },
    slidesRequests: sent.flatMap((b) => b.requests as Record<string, unknown>[]),
    slidesBatches: sent.length,
  };
}
