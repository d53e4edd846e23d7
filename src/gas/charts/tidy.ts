/**
 * Siapkan Workbook's chart housekeeping, for workbooks made before the charts moved to a yearly
 * chart spreadsheet (charts/book.ts):
 * - the old hidden `Data Grafik` tab of the workbook is deleted, with its charts and data, only
 *   when no deck listed in Riwayat still links one of its charts. "Needs" is read from the decks
 *   themselves (their linked charts, through the Slides API), not guessed from dates: a deck in
 *   the trash or deleted needs nothing; a deck that cannot be read, or whose trash state Drive
 *   cannot tell, counts as needing the tab, so the tab stays. Decks Riwayat does not list (copies staff made) cannot be known; the message
 *   says so. A deck that still needs it moves to the chart spreadsheet when its month is made
 *   again, so the message names those months.
 * - each year's chart spreadsheet is checked: one in the trash is named, so staff restore it
 *   before the trash is emptied (a report does not check, to save a call), and one deleted too.
 */
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { RawTab } from "../../core/workbook/types";
import type { DriveService } from "../drive";
import type { SlidesService } from "../report/services";
import { errorText } from "../report/stages";
import { readTabs, type SheetsService, serialToIso } from "../sheets-values";
import { CHART_BOOK_PROPERTY, chartBookName } from "./book";
import { CHART_TAB } from "./plan";

export interface TidyServices {
  sheets: SheetsService;
  slides: SlidesService;
  drive: DriveService;
  spreadsheetId: string;
  properties: Pick<GoogleAppsScript.Properties.Properties, "getKeys" | "getProperty">;
}

interface ListedDeck {
  presentationId: string;
  months: string[];
}

/** Riwayat's decks, each presentation once, with the months it was made for. */
export function listedDecks(history: RawTab | undefined): ListedDeck[] {
  if (!history) return [];
  const col = (name: string) =>
    history.header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const [month, id] = [col("Bulan"), col("ID Presentasi")];
  const decks = new Map<string, Set<string>>();
  for (const row of history.rows) {
    const presentationId = String(row[id] ?? "").trim();
    if (id < 0 || presentationId === "") continue;
    const months = decks.get(presentationId) ?? new Set<string>();
    const cell = row[month];
    // A typed 2023-11 that Sheets took for a date comes back as its serial number.
    months.add(
      typeof cell === "number"
        ? (serialToIso(cell) ?? String(cell)).slice(0, 7)
        : String(cell ?? "").slice(0, 7),
    );
    decks.set(presentationId, months);
  }
  return [...decks].map(([presentationId, months]) => ({ presentationId, months: [...months].sort() }));
}

type Need = "needs" | "free" | "unknown";

const notFound = (error: unknown): boolean => /not ?found|404/i.test(errorText(error));

/**
 * Whether a deck links one of the old tab's charts. Read through the Slides API, whose scope
 * reaches every deck the user can open; Drive (`drive.file`) only sees decks this user made with
 * the tool, so Drive's "not found" cannot mean "deleted" and is only asked whether a linking deck
 * is in the trash.
 */
function deckNeed(services: TidyServices, presentationId: string, charts: ReadonlySet<number>): Need {
  let deck: GoogleAppsScript.Slides.Schema.Presentation;
  try {
    const get = services.slides.Presentations.get as unknown as (
      id: string,
      args: object,
    ) => GoogleAppsScript.Slides.Schema.Presentation;
    deck = get.call(services.slides.Presentations, presentationId, {
      fields: "slides(pageElements(sheetsChart(spreadsheetId,chartId)))",
    });
  } catch (error) {
    return notFound(error) ? "free" : "unknown";
  }
  const linked = (deck.slides ?? []).flatMap((s) => s.pageElements ?? []).map((e) => e.sheetsChart);
  const links = linked.some(
    (c) => c?.spreadsheetId === services.spreadsheetId && charts.has(c.chartId ?? -1),
  );
  if (!links) return "free";
  try {
    const file = services.drive.Files.get(presentationId, { fields: "trashed", supportsAllDrives: true });
    return file.trashed === true ? "free" : "needs";
  } catch {
    return "needs";
  }
}

/** The old tab: deleted when no listed deck needs it, else left with the reason. Lines for the message. */
function tidyOldTab(services: TidyServices): string[] {
  const meta = services.sheets.Spreadsheets.get(services.spreadsheetId, {
    fields: "sheets(properties(sheetId,title),charts(chartId))",
  });
  const tab = (meta.sheets ?? []).find((s) => s.properties?.title === CHART_TAB);
  if (!tab) return [];
  const charts = new Set((tab.charts ?? []).map((c) => c.chartId ?? -1));
  const decks = listedDecks(readTabs(services.sheets, services.spreadsheetId, [HISTORY_TAB])[HISTORY_TAB]);
  const needing: string[] = [];
  let unknown = 0;
  for (const deck of charts.size > 0 ? decks : []) {
    const need = deckNeed(services, deck.presentationId, charts);
    if (need === "needs") needing.push(...deck.months);
    if (need === "unknown") unknown += 1;
  }
  const what = `Tab "${CHART_TAB}" lama di workbook ini (${charts.size} grafik dari versi sebelumnya)`;
  if (needing.length > 0 || unknown > 0) {
    const lines = [`${what} dibiarkan:`];
    if (needing.length > 0) {
      lines.push(
        `- grafiknya masih ditautkan oleh presentasi bulan ${[...new Set(needing)].sort().join(", ")} (lihat Riwayat). Buat ulang laporan bulan itu (grafiknya pindah ke spreadsheet data grafik tahunan di folder laporan), lalu jalankan Siapkan Workbook lagi.`,
      );
    }
    if (unknown > 0) {
      lines.push(
        `- ${unknown} presentasi di Riwayat tidak dapat diperiksa (tidak dapat dibuka dengan akun ini atau layanan sedang gangguan); tab dihapus hanya bila semua presentasi sudah pasti tidak memakainya.`,
      );
    }
    return lines;
  }
  services.sheets.Spreadsheets.batchUpdate(
    { requests: [{ deleteSheet: { sheetId: tab.properties?.sheetId ?? -1 } }] },
    services.spreadsheetId,
  );
  return [
    `${what} dihapus: tidak ada presentasi di Riwayat (${decks.length} diperiksa) yang masih menautkan grafiknya. Grafik laporan kini disimpan di spreadsheet "${chartBookName("<tahun>")}" di folder laporan. Salinan presentasi yang tidak tercatat di Riwayat tidak diperiksa: grafik di salinan itu tetap tampil, tetapi tidak dapat diperbarui lagi.`,
  ];
}

/**
 * Each year's chart spreadsheet that is in the trash or gone. Drive (`drive.file`) does not see
 * one another staff member made, so its "not found" is checked with the Sheets API.
 */
function checkChartBooks(services: TidyServices): string[] {
  const lines: string[] = [];
  const keys = services.properties
    .getKeys()
    .filter((k) => k.startsWith(CHART_BOOK_PROPERTY))
    .sort();
  for (const key of keys) {
    const year = key.slice(CHART_BOOK_PROPERTY.length);
    const name = chartBookName(year);
    const id = services.properties.getProperty(key) ?? "";
    const unknown = (error: unknown) => `Spreadsheet "${name}" tidak dapat diperiksa: ${errorText(error)}`;
    try {
      const file = services.drive.Files.get(id, { fields: "trashed", supportsAllDrives: true });
      if (file.trashed === true) {
        lines.push(
          `Spreadsheet "${name}" ada di Sampah. Pulihkan dari Sampah Drive agar grafik di presentasi tahun ${year} tetap dapat diperbarui.`,
        );
      }
    } catch (error) {
      if (!notFound(error)) {
        lines.push(unknown(error));
        continue;
      }
      try {
        services.sheets.Spreadsheets.get(id, { fields: "spreadsheetId" });
      } catch (sheetsError) {
        lines.push(
          notFound(sheetsError)
            ? `Spreadsheet "${name}" sudah terhapus. Laporan berikutnya untuk tahun ${year} membuat yang baru; grafik bulan lain tahun itu baru dapat diperbarui setelah laporannya dibuat ulang.`
            : unknown(sheetsError),
        );
      }
    }
  }
  return lines;
}

/** What Siapkan Workbook adds to its message about charts (nothing when there is nothing to say). */
export function tidyCharts(services: () => TidyServices): string[] {
  try {
    const ready = services();
    return [...tidyOldTab(ready), ...checkChartBooks(ready)];
  } catch (error) {
    return [`Grafik lama tidak dapat diperiksa: ${errorText(error)}`];
  }
}
