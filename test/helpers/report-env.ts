/**
 * The built dist/Code.js in node:vm over the fakes, with the sample workbook in the bound
 * spreadsheet and a report folder set in Pengaturan: what the chart-spreadsheet tests and the
 * chart benchmark start from. Date cells are Dates of the script's realm, as Sheets gives them.
 */
import { channelByTab } from "../../src/core/channels";
import { SETTINGS_TAB } from "../../src/core/settings";
import type { CellValue, RawWorkbook } from "../../src/core/types";
import type { BuatLaporanResult } from "../../src/gas/report-rpc";
import { SPREADSHEET_MIME } from "../fakes/drive-api";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { type LoadedBundle, loadBundle } from "../fakes/runtime";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";

export interface ReportEnv {
  env: FakeEnv;
  bundle: LoadedBundle;
  folderId: string;
  /** buatLaporanBulan for the month, every warning and empty section accepted. */
  buat(month: string): BuatLaporanResult;
}

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

export function setSetting(env: FakeEnv, label: string, value: string): void {
  const sheet = env.spreadsheet.sheet(SETTINGS_TAB);
  const index = sheet?.snapshot().findIndex((r) => r[0] === label) ?? -1;
  if (!sheet || index < 0) throw new Error(`no setting ${label}`);
  sheet.setCell(index + 1, 2, value);
}

export function reportEnv(workbook: RawWorkbook, source: string): ReportEnv {
  const env = createFakeEnv({ htmlFiles: { Dialog: "<p>dialog</p>" }, userEmail: "staf@kemenkeu.go.id" });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(sheetRows(workbook, date))) env.spreadsheet.addSheet(name, rows);
  const folder = env.drive.addFolder("Laporan Bulanan");
  setSetting(env, "ID Folder Drive", folder.id);
  env.calls.reset();
  return {
    env,
    bundle,
    folderId: folder.id,
    buat: (month) =>
      bundle.call("buatLaporanBulan", {
        month,
        allowMissing: true,
        acceptWarnings: true,
      }) as BuatLaporanResult,
  };
}

/** The chart spreadsheets the tool made in the folder, by name. */
export function chartBooks(env: FakeEnv, folderId: string): Map<string, FakeSpreadsheet> {
  const books = new Map<string, FakeSpreadsheet>();
  for (const file of env.drive.children(folderId)) {
    const book = env.drive.spreadsheets.get(file.id);
    if (file.mimeType === SPREADSHEET_MIME && book) books.set(file.name, book);
  }
  return books;
}

/** Every linked chart of every deck in Drive whose chart is missing from its spreadsheet. */
export function brokenLinks(env: FakeEnv): string[] {
  const broken: string[] = [];
  for (const [id, deck] of env.drive.presentations) {
    if (env.drive.files.get(id)?.trashed) continue;
    for (const chart of deck.charts) {
      const book =
        chart.spreadsheetId === env.spreadsheet.id
          ? env.spreadsheet
          : env.drive.spreadsheets.get(chart.spreadsheetId);
      if (!book?.charts.some((c) => c.chartId === chart.chartId)) {
        broken.push(`${deck.title}: chart ${chart.chartId} of ${chart.spreadsheetId}`);
      }
    }
  }
  return broken;
}

/** Round trips (Sheets, Slides, Drive, DriveApp calls) since the log was last reset. */
export function roundTrips(env: FakeEnv): number {
  return env.calls.list().filter((c) => ["Sheets", "Slides", "Drive", "DriveApp"].includes(c.service)).length;
}
