/**
 * Where a report's Sheets charts live: a spreadsheet of their own per year, `Data Grafik Laporan
 * Layanan 2023`, that the tool creates in the report folder, NOT the staff's workbook.
 *
 * Why a companion spreadsheet: a deck links each chart by (spreadsheet, chart ID), so a shared
 * deck only keeps its charts while they exist. Kept in the workbook, every month would add its
 * charts for good (about 17 a month, 2.000 in ten years: slow to open and recalculate for the
 * staff who type in it, and a heavier metadata read on every report). Released after each month,
 * the decks already shared would lose theirs. A yearly companion keeps every deck's charts and
 * leaves the workbook with none; one file a year stays small (at most 12 months of blocks) and
 * is found by the staff next to the decks.
 *
 * Reachable under `drive.file`: the tool made it. Its ID is kept in the document properties
 * (`laporan.grafik.2023`), so it is found again without a Drive search. Reading its state is one
 * Sheets `get` (the chart tab's metadata, its charts and column A together), so a report whose
 * companion exists costs no more round trips than one that kept its charts in the workbook; the
 * first report of a year adds the Drive call that creates it (and skips the read: it is empty).
 * A companion deleted for good is made again, with a note. One in the trash is not looked for by
 * a report (a Drive check on every report would cost a round trip); Siapkan Workbook checks each
 * year's companion and names one in the trash, so staff restore it before the trash is emptied.
 */

import { menuPath } from "../../core/entry/menu-path";
import { PICKER_KINDS } from "../../core/entry/picker-kinds";
import { type DriveService, OWN_GRANT_NOTE } from "../drive";
import type { ReportServices } from "../report/services";
import { errorText } from "../report/stages";
import { tabRange } from "../sheets-values";
import { CHART_TAB, type ChartTabState } from "./plan";

export const CHART_BOOK_PROPERTY = "laporan.grafik.";
export const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
/** Google gives the first sheet of a new spreadsheet the ID 0 (its `gid=0`). */
const FIRST_SHEET_ID = 0;

type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;

export const chartBookName = (year: string): string => `Data Grafik Laporan Layanan ${year}`;
export const chartBookKey = (year: string): string => `${CHART_BOOK_PROPERTY}${year}`;
export const spreadsheetUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

export interface ChartBook {
  spreadsheetId: string;
  state: ChartTabState;
  /** Sheets the chart batch removes: a new spreadsheet's empty first sheet. */
  dropSheetIds: number[];
  created: boolean;
}

const META_FIELDS = "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),charts(chartId)";
const STATE_FIELDS = `${META_FIELDS},data(rowData(values(userEnteredValue))))`;

const notFound = (error: unknown): boolean => /not ?found|404/i.test(errorText(error));

/** The chart tab's state from one `get`: its metadata and charts, and column A as grid data. */
export function readChartBook(sheets: ReportServices["sheets"], spreadsheetId: string): ChartTabState {
  const get = (args: object) => sheets.Spreadsheets.get(spreadsheetId, args).sheets ?? [];
  let meta: Sheet[];
  try {
    meta = get({ ranges: [`${tabRange(CHART_TAB)}!A:A`], fields: STATE_FIELDS });
  } catch (error) {
    // The tab is not there (a spreadsheet made but never filled): its metadata alone.
    if (!/Unable to parse range/i.test(errorText(error))) throw error;
    meta = get({ fields: `${META_FIELDS})` });
  }
  const tab = meta.find((s) => s.properties?.title === CHART_TAB);
  const rows = tab?.data?.[0]?.rowData ?? [];
  const columnA = rows.map((r) => {
    const v = r.values?.[0]?.userEnteredValue;
    return v?.stringValue ?? v?.numberValue ?? v?.boolValue ?? "";
  });
  return chartTabState(meta, tab, columnA);
}

export function chartTabState(
  meta: readonly Sheet[],
  tab: Sheet | undefined,
  columnA: readonly unknown[],
): ChartTabState {
  const ids = (sheet: Sheet) => (sheet.charts ?? []).map((c) => c.chartId ?? -1);
  const others = meta.filter((s) => s !== tab);
  const usedIds = new Set<number>([...meta.map((s) => s.properties?.sheetId ?? -1), ...others.flatMap(ids)]);
  const grid = tab?.properties?.gridProperties;
  return {
    sheetId: tab?.properties?.sheetId ?? undefined,
    rowCount: grid?.rowCount ?? 0,
    columnCount: grid?.columnCount ?? 0,
    columnA: tab ? columnA : [],
    chartIds: new Set(tab ? ids(tab) : []),
    usedIds,
  };
}

/** The year's companion: the one remembered, or a new one in the report folder. */
export function openChartBook(
  services: Pick<ReportServices, "sheets" | "drive" | "properties">,
  /** A month (`2023-11`) or a period (`2023-Q3`, `2023`): its year names the spreadsheet. */
  month: string,
  folderId: string,
  notes: string[],
): ChartBook {
  const year = month.slice(0, 4);
  const known = services.properties.getProperty(chartBookKey(year)) ?? "";
  if (known !== "") {
    try {
      const state = readChartBook(services.sheets, known);
      return { spreadsheetId: known, state, dropSheetIds: [], created: false };
    } catch (error) {
      if (!notFound(error)) {
        throw new Error(
          `Spreadsheet "${chartBookName(year)}" (${spreadsheetUrl(known)}) tidak dapat dibuka: ${errorText(error)} Pastikan Anda dapat mengeditnya, lalu coba lagi.`,
        );
      }
      notes.push(
        `Spreadsheet "${chartBookName(year)}" tempat grafik tahun ${year} disimpan tidak ditemukan lagi (terhapus), sehingga dibuat yang baru di folder laporan. Grafik di presentasi bulan lain tahun ${year} tetap tampil, tetapi baru dapat diperbarui lagi setelah laporan bulan itu dibuat ulang.`,
      );
    }
  }
  const spreadsheetId = createChartBook(services.drive, chartBookName(year), folderId);
  services.properties.setProperty(chartBookKey(year), spreadsheetId);
  return {
    spreadsheetId,
    state: {
      sheetId: undefined,
      rowCount: 0,
      columnCount: 0,
      columnA: [],
      chartIds: new Set(),
      usedIds: new Set([FIRST_SHEET_ID]),
    },
    dropSheetIds: [FIRST_SHEET_ID],
    created: true,
  };
}

function createChartBook(drive: DriveService, name: string, folderId: string): string {
  const resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File = { name, mimeType: SPREADSHEET_MIME };
  if (folderId !== "") resource.parents = [folderId];
  let id: string | undefined;
  try {
    id = drive.Files.create(resource, null as unknown as GoogleAppsScript.Base.Blob, {
      fields: "id",
      supportsAllDrives: true,
    }).id;
  } catch (error) {
    if (notFound(error) && folderId !== "") {
      throw new Error(
        `Folder Drive dengan ID "${folderId}" (Pengaturan > ID Folder Drive) tidak ditemukan atau tidak dapat diakses dengan akun Anda, sehingga spreadsheet data grafik tidak dapat dibuat di sana. ${OWN_GRANT_NOTE} Pilih folder laporan sekali lewat menu ${menuPath(PICKER_KINDS.folder.item)}, periksa ID-nya, atau kosongkan agar laporan disimpan di Drive Anda. Bila Pengaturan menyebut presentasi template yang belum pernah Anda pilih, pilih juga sekali lewat menu ${menuPath(PICKER_KINDS.template.item)}.`,
      );
    }
    throw new Error(`Drive menolak membuat spreadsheet data grafik "${name}": ${errorText(error)}`);
  }
  if (!id) throw new Error("Drive tidak mengembalikan ID spreadsheet data grafik yang baru.");
  return id;
}
