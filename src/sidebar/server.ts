/**
 * The server functions the sidebar calls, over google.script.run, as promises. The contract
 * (argument and result shapes) is src/rpc/sidebar.ts; the names are the top-level functions of
 * the Apps Script bundle.
 */
import type { MonthView, SaveRequest, SaveResult } from "../rpc/sidebar";
import { callServer } from "../ui/script-run";

export const server = {
  muatBulan: (month: string) => callServer<MonthView>("muatBulan", month),
  simpanKanal: (request: SaveRequest) => callServer<SaveResult>("simpanKanal", request),
  /** Opens the Buat Laporan dialog over the spreadsheet (the same as the menu item). */
  bukaDialogLaporan: () => callServer<unknown>("bukaDialogLaporan"),
};
