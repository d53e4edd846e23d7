/**
 * The steps of a generation around the deck itself: the Sheets charts (in the year's chart
 * spreadsheet), sharing, the optional PDF and the Riwayat row. Sharing and PDF failures do not
 * stop the report: they become notes.
 */
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { RawTab } from "../../core/workbook/types";
import type { Deck } from "../../report/deck";
import { openChartBook } from "../charts/book";
import { type ChartPlan, planCharts } from "../charts/plan";
import { exportPdf, fileUrl, notFound, share, sharingOf } from "../drive";
import { type HistoryEntry, historyWrite } from "../history";
import { growTabs, lastRowOf, writeRanges } from "../sheets-values";
import { deckCharts } from "../slides/requests";
import type { ReportServices } from "./services";
import { errorText } from "./stages";
import { colleagueDeckNote, type Target } from "./target";

export const PDF_PROPERTY = "laporan.pdf.";

/**
 * The month's charts in the year's chart spreadsheet: its state in one read (none when it is
 * made now, by one Drive call), then ONE Sheets batch with the chart data and every chart.
 */
export function makeCharts(
  services: ReportServices,
  deck: Deck,
  /** The report's key: a month (`2023-11`) or a period (`2023-Q3`). */
  month: string,
  folder: string,
  notes: string[],
): ChartPlan {
  const book = openChartBook(services, month, folder, notes);
  const plan = planCharts(deckCharts(deck), month, book.spreadsheetId, book.state, {
    hidden: false,
    keyColumn: true,
    dropSheetIds: book.dropSheetIds,
  });
  if (plan.requests.length > 0) {
    services.sheets.Spreadsheets.batchUpdate({ requests: plan.requests }, book.spreadsheetId);
  }
  return plan;
}

export function sharingStep(
  services: ReportServices,
  target: Target,
  setting: unknown,
  notes: string[],
): string {
  try {
    return share(services.drive, target.id, sharingOf(setting), services.userEmail);
  } catch (error) {
    // A colleague's deck, rebuilt through Slides: Drive lets only its maker's grant change its
    // sharing, which it keeps as set when it was made. Not a failure of this report.
    if (!target.created && notFound(error)) {
      return `Berbagi tidak diubah: ${colleagueDeckNote(target)}. Presentasi tetap dibagikan seperti saat dibuat.`;
    }
    const message = `Presentasi dibuat, tetapi gagal dibagikan: ${errorText(error)}`;
    notes.push(message);
    return message;
  }
}

export function pdfStep(
  services: ReportServices,
  target: Target,
  deck: Deck,
  /** The report's key: a month (`2023-11`) or a period (`2023-Q3`). */
  month: string,
  folder: string,
  notes: string[],
): string | undefined {
  try {
    const key = `${PDF_PROPERTY}${month}`;
    const previousId = services.properties.getProperty(key) ?? undefined;
    const pdfId = exportPdf(services.drive, target.id, {
      name: `${deck.title}.pdf`,
      folderId: folder,
      ...(previousId ? { previousId } : {}),
    });
    services.properties.setProperty(key, pdfId);
    return fileUrl(pdfId);
  } catch (error) {
    if (!target.created && notFound(error)) {
      notes.push(
        `PDF tidak diperbarui: ${colleagueDeckNote(target)}. Presentasinya sudah diperbarui; PDF yang lama tetap ada dan diperbarui lagi saat pembuat presentasi ini membuat laporannya.`,
      );
      return undefined;
    }
    notes.push(`Presentasi dibuat, tetapi PDF gagal disimpan: ${errorText(error)}`);
    return undefined;
  }
}

/** The Riwayat row; a full grid is grown first (two more calls, once every 500 reports). */
export function historyStep(
  services: ReportServices,
  tab: RawTab,
  entry: HistoryEntry,
  gridRows = Number.POSITIVE_INFINITY,
): void {
  const write = historyWrite(tab, entry);
  try {
    growTabs(services.sheets, services.spreadsheetId, [
      { tab: HISTORY_TAB, rows: lastRowOf(write.range), gridRows },
    ]);
    writeRanges(services.sheets, services.spreadsheetId, [write]);
  } catch (error) {
    throw new Error(
      `${errorText(error)} Presentasi sudah jadi (${entry.url}), tetapi belum tercatat di Riwayat.`,
    );
  }
}
