/**
 * The Apps Script entry: every function Apps Script calls by name (triggers, menu items,
 * google.script.run) and nothing else. gas-webpack-plugin turns each `global.name = fn` into a
 * top-level function of dist/Code.js.
 */

import type { PickerChoice, PickerInfo, PickerKindKey } from "../core/entry/picker-kinds";
import { checkFindings } from "../core/judgement/month-verdict";
import { checkMonth } from "../core/judgement/report-check";
import type { MonthSummary } from "../core/judgement/summary";
import { parseMonth } from "../core/workbook/period";
import type { BuatLaporanRequest, BuatLaporanResult, PeriksaResult } from "../rpc/report";
import type { KirimDraftResult, KirimRequest, KirimResult } from "../rpc/send";
import type { MonthView, SaveRequest, SaveResult } from "../rpc/sidebar";
import { tidyCharts } from "./charts/tidy";
import { driveService } from "./drive";
import { showHelp } from "./help";
import { addMenu, checkData, defaultMonth, openReportDialog } from "./menu";
import { openPicker, pickerInfo, savePickerChoice } from "./picker";
import { setUpReminder } from "./reminder/menu";
import { type ClockEvent, runReminder } from "./reminder/reminder";
import { checkReport, generateReport, type ReportServices, slidesService } from "./report/generate";
import { rpc } from "./rpc-boundary";
import { prepareSend, type SendServices, sendReport } from "./send/report";
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

/** What onOpen and onInstall both receive; their other fields (source ...) are not read. */
type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/**
 * Simple trigger, and an add-on's open hook. As an add-on installed but not yet used in this
 * workbook it runs in AuthMode.NONE, where only the Ui is allowed: it builds the menu and
 * nothing else, whatever the mode, so no mode can fail.
 */
function onOpen(_event?: OpenEvent): void {
  addMenu(ui());
}

/** An add-on installed from the Marketplace: show its menu at once, without a reload. */
function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event);
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
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const report = setupWorkbook(SpreadsheetApp, spreadsheet);
    const charts = tidyCharts(() => ({
      sheets: sheetsService(),
      slides: slidesService(),
      drive: driveService(),
      spreadsheetId: spreadsheet.getId(),
      properties: PropertiesService.getDocumentProperties(),
    }));
    const text = [setupReportText(report), ...charts].join("\n\n");
    dialogs.alert("Siapkan Workbook", text, dialogs.ButtonSet.OK);
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

function pilihTemplate(): void {
  openPicker(ui(), "template");
}

function pilihFolder(): void {
  openPicker(ui(), "folder");
}

/** Picker page RPC: key, project number and token, or why the picker is not available. */
function infoPemilih(kind: PickerKindKey): PickerInfo {
  return readable("Gagal membuka pemilih file", () =>
    pickerInfo(
      { properties: PropertiesService.getScriptProperties(), oauthToken: () => ScriptApp.getOAuthToken() },
      kind,
    ),
  );
}

/** Picker page RPC: writes the chosen file's ID into Pengaturan ({ kind, id, name }). */
function simpanPilihan(request: PickerChoice): { message: string } {
  return readable("Gagal menyimpan pilihan", () =>
    savePickerChoice(
      {
        sheets: sheetsService(),
        spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(),
        lock: LockService.getDocumentLock(),
      },
      request,
    ),
  );
}

/**
 * The month's status per channel and its findings, as plain JSON. No page calls it (the sidebar
 * gets them with muatBulan): private, for the bundle tests and the maintainer's debugging.
 */
function ringkasanBulan_(month: string): MonthSummary {
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

/** Sidebar RPC: saves one channel-month under the document lock (see SaveRequest in src/rpc/sidebar.ts). */
function simpanKanal(request: SaveRequest): SaveResult {
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
function buatLaporanBulan(request: BuatLaporanRequest): BuatLaporanResult {
  return readable("Gagal membuat laporan", () => generateReport(reportServices(), request));
}

function sendServices(): SendServices {
  return {
    sheets: sheetsService(),
    drive: driveService(),
    mail: MailApp,
    spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(),
    properties: PropertiesService.getDocumentProperties(),
    cache: CacheService.getUserCache(),
    lock: LockService.getDocumentLock(),
    userEmail: Session.getActiveUser().getEmail(),
    timestamp: now,
  };
}

/** Report dialog RPC, Kirim ke pimpinan: the e-mail as it will be sent, or why it cannot be. */
function siapkanKirim(month: string): KirimDraftResult {
  return readable("Gagal menyiapkan e-mail", () => prepareSend(sendServices(), month));
}

/** Report dialog RPC, Kirim ke pimpinan: sends the previewed e-mail ({ month, confirmResend }). */
function kirimLaporan(request: KirimRequest): KirimResult {
  return readable("Gagal mengirim e-mail", () => sendReport(sendServices(), request));
}

/** Menu: installs, renews or removes the workbook's monthly reminder. */
function aturPengingat(): void {
  setUpReminder(ui(), {
    sheets: sheetsService(),
    script: ScriptApp,
    properties: PropertiesService.getUserProperties(),
    document: PropertiesService.getDocumentProperties(),
    userEmail: Session.getActiveUser().getEmail(),
    timestamp: now,
    spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(),
  });
}

/**
 * The reminder trigger's handler (time-driven, no active user interface). It acts only when it
 * is this user's reminder trigger firing (event.triggerUid), so an editor calling it through
 * google.script.run sends nothing (reminder.ts, isTheReminder).
 */
function kirimPengingat(event?: ClockEvent): void {
  const bound = SpreadsheetApp.getActiveSpreadsheet();
  runReminder(
    {
      sheets: sheetsService(),
      mail: MailApp,
      properties: PropertiesService.getUserProperties(),
      script: ScriptApp,
      document: PropertiesService.getDocumentProperties(),
      fallbackSpreadsheetId: bound ? bound.getId() : "",
      user: Session.getEffectiveUser().getEmail() || "(pengingat otomatis)",
      timestamp: now,
    },
    event ?? {},
    defaultMonth,
  );
}

// `global` must stay the literal receiver: gas-webpack-plugin looks for `global.name = ...`.
// Every name without a trailing `_` can be called by any editor with google.script.run: menu
// items, triggers, and the pages' calls, whose arguments rpc() checks (src/rpc/args.ts).
type Entry = typeof globalThis & Record<string, unknown>;
(global as Entry).onOpen = onOpen;
(global as Entry).onInstall = onInstall;
(global as Entry).bukaSidebar = bukaSidebar;
(global as Entry).siapkanWorkbook = siapkanWorkbook;
(global as Entry).periksaData = periksaData;
(global as Entry).buatLaporan = buatLaporan;
(global as Entry).tampilkanBantuan = tampilkanBantuan;
(global as Entry).bukaDialogLaporan = rpc("bukaDialogLaporan", bukaDialogLaporan);
(global as Entry).periksaLaporan = rpc("periksaLaporan", periksaLaporan);
(global as Entry).buatLaporanBulan = rpc("buatLaporanBulan", buatLaporanBulan);
(global as Entry).ringkasanBulan_ = ringkasanBulan_;
(global as Entry).muatBulan = rpc("muatBulan", muatBulan);
(global as Entry).simpanKanal = rpc("simpanKanal", simpanKanal);
(global as Entry).pilihTemplate = pilihTemplate;
(global as Entry).pilihFolder = pilihFolder;
(global as Entry).infoPemilih = rpc("infoPemilih", infoPemilih);
(global as Entry).simpanPilihan = rpc("simpanPilihan", simpanPilihan);
(global as Entry).siapkanKirim = rpc("siapkanKirim", siapkanKirim);
(global as Entry).kirimLaporan = rpc("kirimLaporan", kirimLaporan);
(global as Entry).aturPengingat = aturPengingat;
(global as Entry).kirimPengingat = kirimPengingat;
