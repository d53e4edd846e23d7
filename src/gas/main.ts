/**
 * The Apps Script entry: every function Apps Script calls by name (triggers, menu items,
 * google.script.run) and nothing else. gas-webpack-plugin turns each `global.name = fn` into a
 * top-level function of dist/Code.js.
 */

import { checkFindings } from "../core/month-verdict";
import { parseMonth } from "../core/period";
import { checkMonth } from "../core/report-check";
import type { MonthView, SaveResult } from "../core/rpc";
import type { MonthSummary } from "../core/summary";
import { driveService } from "./drive";
import { checkReport, generateReport, type ReportServices, slidesService } from "./generate-report";
import { addMenu, checkData, openReportDialog, showHelp } from "./menu";
import type { BuatLaporanResult, PeriksaResult } from "./report-rpc";
import { setupReportText, setupWorkbook } from "./setup-workbook";
import { readTabs, sheetsService } from "./sheets-values";
import { loadMonth, saveChannel } from "./sidebar-api";

const ui = () => SpreadsheetApp.getUi();

const SIDEBAR_FILE = "Sidebar";
const SIDEBAR_TITLE = "Isi Data Bulanan";
const UNKNOWN_USER = "(tidak diketahui)";

/**
 * `2023-12-01 09:30:00` for Log and Riwayat. The script's zone (Asia/Jakarta, from the manifest)
 * is the one Siapkan Workbook gives the sheet; asking the sheet would cost a round trip.
 */
const now = (): string =>
  Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm:ss");

/** google.script.run shows the sidebar only the message: make it say what failed, in Indonesian. */
function readable<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${what}: ${message}`);
  }
}

function onOpen(): void {
  addMenu(ui());
}

function onInstall(): void {
  onOpen();
}

function bukaSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  ui().showSidebar(html);
}

const SETUP_LOCK_WAIT_MS = 10_000;

/** Under the document lock: a save or a report running meanwhile would write into half-made tabs. */
function siapkanWorkbook(): void {
  const dialogs = ui();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(SETUP_LOCK_WAIT_MS)) {
    dialogs.alert(
      "Siapkan Workbook",
      "Workbook sedang dipakai (ada data yang sedang disimpan atau laporan yang sedang dibuat). Tunggu sebentar, lalu jalankan Siapkan Workbook lagi.",
      dialogs.ButtonSet.OK,
    );
    return;
  }
  try {
    const report = setupWorkbook(SpreadsheetApp, SpreadsheetApp.getActiveSpreadsheet());
    dialogs.alert("Siapkan Workbook", setupReportText(report), dialogs.ButtonSet.OK);
  } finally {
    lock.releaseLock();
  }
}

function periksaData(): void {
  checkData(ui());
}

function buatLaporan(): void {
  openReportDialog(ui());
}

/** The sidebar's "Buat Laporan" button opens the same dialog as the menu item. */
function bukaDialogLaporan(): void {
  openReportDialog(ui());
}

function tampilkanBantuan(): void {
  showHelp(ui());
}

/** Sidebar RPC: the month's status per channel and its findings, as plain JSON. */
function ringkasanBulan(month: string): MonthSummary {
  const parsed = parseMonth(month);
  if (!parsed.ok) throw new Error(parsed.message);
  const workbook = readTabs(sheetsService(), SpreadsheetApp.getActiveSpreadsheet().getId());
  // Judged as the report judges it (one verdict): statuses and findings of checkMonth.
  const check = checkMonth(workbook, parsed.month);
  return { ...check.summary, findings: checkFindings(check) };
}

/** Sidebar RPC: every channel's rows of the month as typed, with status, references, versions. */
function muatBulan(month: string): MonthView {
  return readable("Gagal memuat data", () =>
    loadMonth(
      { sheets: sheetsService(), spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId() },
      month,
    ),
  );
}

/** Sidebar RPC: saves one channel-month under the document lock (see SaveRequest in core/rpc). */
function simpanKanal(request: unknown): SaveResult {
  return readable("Gagal menyimpan data", () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return saveChannel(
      {
        sheets: sheetsService(),
        spreadsheetId: spreadsheet.getId(),
        lock: LockService.getDocumentLock(),
        user: Session.getActiveUser().getEmail() || UNKNOWN_USER,
        timestamp: now,
      },
      request,
    );
  });
}

/** Report dialog RPC, step 1: the month's findings, empty sections and earlier deck. */
function periksaLaporan(month: string): PeriksaResult {
  return readable("Gagal memeriksa data", () =>
    checkReport(
      { sheets: sheetsService(), spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId() },
      month,
    ),
  );
}

function reportServices(): ReportServices {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    sheets: sheetsService(),
    slides: slidesService(),
    drive: driveService(),
    spreadsheetId: spreadsheet.getId(),
    userEmail: Session.getActiveUser().getEmail(),
    timestamp: now,
    lock: LockService.getDocumentLock(),
    properties: PropertiesService.getDocumentProperties(),
  };
}

/** Report dialog RPC, step 2: generates the deck ({ month, allowMissing, acceptWarnings }). */
function buatLaporanBulan(request: unknown): BuatLaporanResult {
  return readable("Gagal membuat laporan", () => generateReport(reportServices(), request));
}

// `global` must stay the literal receiver: gas-webpack-plugin looks for `global.name = ...`.
type Entry = typeof globalThis & Record<string, unknown>;
(global as Entry).onOpen = onOpen;
(global as Entry).onInstall = onInstall;
(global as Entry).bukaSidebar = bukaSidebar;
(global as Entry).siapkanWorkbook = siapkanWorkbook;
(global as Entry).periksaData = periksaData;
(global as Entry).buatLaporan = buatLaporan;
(global as Entry).tampilkanBantuan = tampilkanBantuan;
(global as Entry).bukaDialogLaporan = bukaDialogLaporan;
(global as Entry).periksaLaporan = periksaLaporan;
(global as Entry).buatLaporanBulan = buatLaporanBulan;
(global as Entry).ringkasanBulan = ringkasanBulan;
(global as Entry).muatBulan = muatBulan;
(global as Entry).simpanKanal = simpanKanal;
