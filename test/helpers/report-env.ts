/**
 * The built dist/Code.js in node:vm over the fakes, with the sample workbook in the bound
 * spreadsheet and a report folder set in Pengaturan: what the chart-spreadsheet tests and the
 * chart benchmark start from. Date cells are Dates of the script's realm, as Sheets gives them.
 */
import type { RawWorkbook } from "../../src/core/workbook/types";
import type { BuatLaporanResult } from "../../src/rpc/report";
import { SPREADSHEET_MIME } from "../fakes/drive-api";
import type { FakeEnv } from "../fakes/env";
import type { LoadedBundle } from "../fakes/runtime";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { loadWorkbookEnv, setSetting } from "./workbook-env";

export interface ReportEnv {
  env: FakeEnv;
  bundle: LoadedBundle;
  folderId: string;
  /** buatLaporanBulan for the month, every warning and empty section accepted. */
  buat(month: string): BuatLaporanResult;
}

export { setSetting };

export function reportEnv(workbook: RawWorkbook, source: string): ReportEnv {
  const { env, bundle, folderId } = loadWorkbookEnv(source, workbook, {
    htmlFiles: { Dialog: "<p>dialog</p>" },
  });
  return {
    env,
    bundle,
    folderId,
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

/** The result of a Buat Laporan that made its deck; a refusal fails the test with its message. */
export function generated(result: BuatLaporanResult): Extract<BuatLaporanResult, { ok: true }> {
  if (!result.ok) throw new Error(`generation failed: ${result.message}`);
  return result;
}
