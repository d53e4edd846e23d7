/**
 * The server functions the sidebar calls, over google.script.run, as promises. The contract
 * (argument and result shapes) is src/core/rpc.ts; the names are the top-level functions of
 * the Apps Script bundle.
 */
import type { MonthView, SaveRequest, SaveResult } from "../core/rpc";

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

function runner(): Runner {
  const google = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  const run = google?.script?.run;
  if (!run) throw new Error("google.script.run tidak tersedia: buka halaman ini dari menu workbook.");
  return run;
}

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error));
    const fn = run[name];
    if (typeof fn !== "function") {
      reject(new Error(`Fungsi server ${name} tidak ditemukan.`));
      return;
    }
    fn.apply(run, args);
  });
}

export const server = {
  muatBulan: (month: string) => call<MonthView>("muatBulan", month),
  simpanKanal: (request: SaveRequest) => call<SaveResult>("simpanKanal", request),
  /** Opens the Buat Laporan dialog over the spreadsheet (the same as the menu item). */
  bukaDialogLaporan: () => call<unknown>("bukaDialogLaporan"),
};
