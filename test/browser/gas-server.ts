/**
 * The server side of the browser tests: the BUILT dist/Code.js in node:vm with the Apps Script
 * fakes (as test/gas loads it), its top-level functions being what the pages' google.script.run
 * stand-in calls. Arguments cross as JSON into the script's realm, as google.script.run carries
 * them.
 */
import { readFileSync } from "node:fs";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { CHANNELS, type ChannelKey, channel } from "../../src/core/workbook/channels";
import type { CellValue } from "../../src/core/workbook/types";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { ensureBundle, type LoadedBundle, loadBundle } from "../fakes/runtime";
import { loadWorkbookEnv, STAFF_EMAIL, setSetting } from "../helpers/workbook-env";
import type { ServerFunctions } from "./harness";

export const STAFF = STAFF_EMAIL;

let source: string | undefined;

/** dist/Code.js, built first when missing or stale; call in beforeAll. */
export async function bundleSource(): Promise<string> {
  source ??= readFileSync(await ensureBundle(), "utf8");
  return source;
}

export interface ServerCall {
  name: string;
  args: unknown[];
}

export interface GasServer {
  env: FakeEnv;
  bundle: LoadedBundle;
  /** For the page's stand-in: every top-level function of the bundle, by name. */
  functions: ServerFunctions;
  /** The page's calls, in order, with their arguments as sent. */
  calls: ServerCall[];
  /** The page's next call of `name` gets this answer (or throws it) without running the bundle. */
  answerNext(name: string, answer: unknown): void;
  /** Calls a bundle function directly (another staff member's sidebar, a test's look), unrecorded. */
  call<T>(name: string, ...args: unknown[]): T;
  /** The tab's cells as the fake sheet holds them, row 1 (the header) first. */
  cells(tab: string): unknown[][];
  /** A channel tab's rows for the month as the fake sheet holds them, without `Bulan`. */
  stored(key: ChannelKey, month: string): unknown[][];
}

interface Options {
  /** Project HTML files HtmlService serves (Dialog, Sidebar). */
  htmlFiles?: Record<string, string>;
}

function serve(env: FakeEnv, bundle: LoadedBundle): GasServer {
  const calls: ServerCall[] = [];
  const answers = new Map<string, unknown[]>();
  const ScriptJSON = bundle.evaluate<JSON>("JSON");
  const functions: ServerFunctions = {};
  for (const name of Object.keys(bundle.context)) {
    if (typeof bundle.context[name] !== "function") continue;
    functions[name] = (...args: unknown[]) => {
      calls.push({ name, args });
      const queued = answers.get(name)?.shift();
      if (queued instanceof Error) throw queued;
      if (queued !== undefined) return queued;
      return bundle.call(name, ...(ScriptJSON.parse(JSON.stringify(args)) as unknown[]));
    };
  }
  const cells = (tab: string) => env.spreadsheet.sheet(tab)?.snapshot() ?? [];
  return {
    env,
    bundle,
    functions,
    calls,
    answerNext: (name, answer) => answers.set(name, [...(answers.get(name) ?? []), answer]),
    call: <T>(name: string, ...args: unknown[]) => bundle.call(name, ...args) as T,
    cells,
    stored: (key, month) =>
      cells(channel(key).tab)
        .slice(1)
        .filter((row) => row[0] === month)
        .map((row) => row.slice(1)),
  };
}

/**
 * A workbook as staff start: Siapkan Workbook run on an empty spreadsheet, then these rows
 * (cells after `Bulan`, in registry column order; null is an empty cell) typed into the tabs.
 */
export async function setUpWorkbook(
  rows: Partial<Record<ChannelKey, CellValue[][]>>,
  options: Options = {},
): Promise<GasServer> {
  const env = createFakeEnv({ userEmail: STAFF, htmlFiles: options.htmlFiles });
  const bundle = loadBundle(env, await bundleSource());
  env.spreadsheet.addSheet("Sheet1");
  bundle.call("siapkanWorkbook");
  for (const def of CHANNELS) {
    const added = rows[def.key as ChannelKey] ?? [];
    const sheet = env.spreadsheet.sheet(def.tab);
    if (!sheet || added.length === 0) continue;
    sheet.load([...sheet.snapshot(), ...added.map((cells) => cells.map((cell) => cell ?? ""))]);
  }
  env.calls.reset();
  return serve(env, bundle);
}

/**
 * The sample workbook (the seed's November 2023 and its history), its date cells as Dates of
 * the script's realm, as Sheets hands typed dates over; Pengaturan's Drive folder set.
 */
export async function sampleServer(options: Options = {}): Promise<GasServer & { folderId: string }> {
  const { env, bundle, folderId } = loadWorkbookEnv(await bundleSource(), sampleWorkbook(), options);
  return { ...serve(env, bundle), folderId };
}

export { setSetting };
