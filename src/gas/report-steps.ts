/**
 * The steps of a generation around the deck itself: the Sheets charts (with room for the
 * Riwayat row), sharing, the optional PDF and the Riwayat row. Sharing and PDF failures do not
 * stop the report: they become notes.
 */
import type { Month } from "../core/period";
import type { RawTab } from "../core/types";
import type { Deck } from "../report/deck";
import { type ChartPlan, planCharts } from "./charts";
import { exportPdf, fileUrl, share, sharingOf } from "./drive";
import { type HistoryEntry, historyWrite } from "./history";
import type { ReportRead } from "./report-read";
import type { ReportServices } from "./report-services";
import { errorText } from "./report-stages";
import { writeRanges } from "./sheets-values";
import { deckCharts } from "./slides-requests";

export const PDF_PROPERTY = "laporan.pdf.";

/** ONE Sheets batch: chart data, charts, and the room the Riwayat row needs (if any). */
export function makeCharts(
  services: ReportServices,
  read: ReportRead,
  deck: Deck,
  month: Month,
  historyRow: number,
): ChartPlan {
  const plan = planCharts(deckCharts(deck), month, services.spreadsheetId, read.chartTab);
  const requests = [...plan.requests];
  const gridRows = read.history?.gridRows ?? 0;
  if (historyRow > gridRows && read.historySheetId !== undefined) {
    requests.push({
      appendDimension: {
        sheetId: read.historySheetId,
        dimension: "ROWS",
        length: historyRow - gridRows + 500,
      },
    });
  }
  if (requests.length > 0) services.sheets.Spreadsheets.batchUpdate({ requests }, services.spreadsheetId);
  return plan;
}

export function sharingStep(services: ReportServices, id: string, setting: unknown, notes: string[]): string {
  try {
    return share(services.drive, id, sharingOf(setting), services.userEmail);
  } catch (error) {
    const message = `Presentasi dibuat, tetapi gagal dibagikan: ${errorText(error)}`;
    notes.push(message);
    return message;
  }
}

export function pdfStep(
  services: ReportServices,
  id: string,
  deck: Deck,
  month: Month,
  folder: string,
  notes: string[],
): string | undefined {
  try {
    const key = `${PDF_PROPERTY}${month}`;
    const previousId = services.properties.getProperty(key) ?? undefined;
    const pdfId = exportPdf(services.drive, id, {
      name: `${deck.title}.pdf`,
      folderId: folder,
      ...(previousId ? { previousId } : {}),
    });
    services.properties.setProperty(key, pdfId);
    return fileUrl(pdfId);
  } catch (error) {
    notes.push(`Presentasi dibuat, tetapi PDF gagal disimpan: ${errorText(error)}`);
    return undefined;
  }
}

export function historyStep(services: ReportServices, tab: RawTab, entry: HistoryEntry): void {
  const write = historyWrite(tab, entry);
  try {
    writeRanges(services.sheets, services.spreadsheetId, [write]);
  } catch (error) {
    throw new Error(
      `${errorText(error)} Presentasi sudah jadi (${entry.url}), tetapi belum tercatat di Riwayat.`,
    );
  }
}
