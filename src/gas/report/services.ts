/** The Apps Script services `Buat Laporan` uses, passed in so tests can give it fakes. */
import type { DriveService } from "../drive";
import type { SheetsService } from "../sheets-values";

export type SlidesService = Pick<GoogleAppsScript.Slides, "Presentations">;

export function slidesService(): SlidesService {
  if (typeof Slides === "undefined" || !Slides) {
    throw new Error(
      "Layanan lanjutan Google Slides API belum aktif untuk skrip ini. Aktifkan di Editor Apps Script: Layanan > Google Slides API.",
    );
  }
  return Slides;
}

export interface ReportServices {
  sheets: SheetsService;
  slides: SlidesService;
  drive: DriveService;
  spreadsheetId: string;
  userEmail: string;
  /** `2023-12-01 09:30:00` in the script's time zone (Asia/Jakarta, as Siapkan Workbook sets the sheet's). */
  timestamp: () => string;
  lock: Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock">;
  /**
   * Document properties (shared by the team): the month's PDF file ID, so a regeneration replaces
   * it; the new deck of a month until Riwayat names it (target.ts, PENDING_DECK_PROPERTY).
   */
  properties: Pick<GoogleAppsScript.Properties.Properties, "getProperty" | "setProperty" | "deleteProperty">;
}
