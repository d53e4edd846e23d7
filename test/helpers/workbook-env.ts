/**
 * The built dist/Code.js in node:vm over the fakes with a workbook's tabs in the bound spreadsheet
 * and a report folder set in Pengaturan: where the e-mail, chart and browser tests and the call
 * benchmarks start. Date cells become Dates of the script's realm, as Sheets hands typed dates over.
 */
import { channelByTab } from "../../src/core/workbook/channels";
import { SETTINGS_TAB } from "../../src/core/workbook/settings";
import type { CellValue, RawWorkbook } from "../../src/core/workbook/types";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { type LoadedBundle, loadBundle } from "../fakes/runtime";

export const STAFF_EMAIL = "staf@kemenkeu.go.id";

export interface WorkbookEnv {
  env: FakeEnv;
  bundle: LoadedBundle;
  /** The Drive folder set as "ID Folder Drive". */
  folderId: string;
}

export interface WorkbookEnvOptions {
  htmlFiles?: Record<string, string>;
  /** Pengaturan values by label, written after the folder. */
  settings?: Record<string, string>;
}

/** A workbook's tabs as sheet rows; ISO dates in date columns become Dates made by `date`. */
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

/** Writes Pengaturan values by label, as staff type them in the sheet. */
export function setSettings(env: FakeEnv, values: Record<string, string>): void {
  const sheet = env.spreadsheet.sheet(SETTINGS_TAB);
  if (!sheet) throw new Error("no Pengaturan");
  for (const [label, value] of Object.entries(values)) {
    const index = sheet.snapshot().findIndex((r) => r[0] === label);
    if (index < 0) throw new Error(`no setting ${label}`);
    sheet.setCell(index + 1, 2, value);
  }
}

export function setSetting(env: FakeEnv, label: string, value: string): void {
  setSettings(env, { [label]: value });
}

/** Loads the bundle source over a fresh fake env holding the workbook; the call log starts empty. */
export function loadWorkbookEnv(
  source: string,
  workbook: RawWorkbook,
  options: WorkbookEnvOptions = {},
): WorkbookEnv {
  const env = createFakeEnv({ htmlFiles: options.htmlFiles, userEmail: STAFF_EMAIL });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(sheetRows(workbook, date))) env.spreadsheet.addSheet(name, rows);
  const folderId = env.drive.addFolder("Laporan Bulanan").id;
  setSettings(env, { "ID Folder Drive": folderId, ...options.settings });
  env.calls.reset();
  return { env, bundle, folderId };
}
