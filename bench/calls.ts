/**
 * Service calls of the user's actions, counted by running the BUILT dist/Code.js in node:vm over
 * the in-memory fakes, as test/gas/generate-report.test.ts and bundle-sheets.test.ts do: open the
 * sidebar, load the report month, generate its deck (new, then again in place), save PPID and
 * Webinar. Each action's calls are logged on their own.
 */
import { existsSync, readFileSync } from "node:fs";
import type { RawWorkbook } from "../src/core/workbook/types";
import type { BuatLaporanResult } from "../src/rpc/report";
import type { MonthView, SaveResult } from "../src/rpc/sidebar";
import type { Call } from "../test/fakes/calls";
import type { FakeEnv } from "../test/fakes/env";
import { BUNDLE_PATH, type LoadedBundle } from "../test/fakes/runtime";
import { loadWorkbookEnv } from "../test/helpers/workbook-env";

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

function loaded(workbook: RawWorkbook, source: string): { env: FakeEnv; bundle: LoadedBundle } {
  const sidebar = existsSync(SIDEBAR_PATH) ? readFileSync(SIDEBAR_PATH, "utf8") : "<p>sidebar</p>";
  return loadWorkbookEnv(source, workbook, { htmlFiles: { Sidebar: sidebar, Dialog: "<p>dialog</p>" } });
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
