/**
 * The `Ekstensi > Laporan Layanan` menu and the dialogs its items open. The function names in
 * MENU_ITEMS are a contract: main.ts exposes each as a top-level function of the bundle.
 */

import { CHECK_ITEM, REMINDER_ITEM, SETUP_ITEM } from "../core/entry/menu-path";
import { PICKER_KINDS } from "../core/entry/picker-kinds";
import { checkMonth } from "../core/judgement/report-check";
import { findingsText, statusText } from "../core/judgement/summary";
import { lastCompletedMonth, type Month, monthLabel, parseMonth } from "../core/workbook/period";
import { mailCheckText } from "./send/readiness";
import { readTabs, sheetsService } from "./sheets-values";

export interface MenuItem {
  label: string;
  functionName: string;
  separatorBefore?: boolean;
}

export const MENU_ITEMS = [
  { label: "Isi Data Bulanan", functionName: "bukaSidebar" },
  { label: SETUP_ITEM, functionName: "siapkanWorkbook" },
  { label: PICKER_KINDS.template.item, functionName: "pilihTemplate" },
  { label: PICKER_KINDS.folder.item, functionName: "pilihFolder" },
  { label: CHECK_ITEM, functionName: "periksaData", separatorBefore: true },
  { label: "Buat Laporan", functionName: "buatLaporan" },
  { label: REMINDER_ITEM, functionName: "aturPengingat" },
  { label: "Bantuan", functionName: "tampilkanBantuan", separatorBefore: true },
] as const satisfies readonly MenuItem[];

type Ui = GoogleAppsScript.Base.Ui;

/**
 * The add-on menu, under Ekstensi: an Editor add-on may only add its menu there, and a bound
 * script's add-on menu lands in the same place. Touches nothing but the Ui, so it runs in
 * AuthMode.NONE (onOpen of an add-on installed but not yet used in this workbook).
 */
export function addMenu(ui: Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS as readonly MenuItem[]) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}

/** The month staff usually report: the last completed month in the script's time zone. */
export function defaultMonth(): Month {
  const [year, month] = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "yyyy-MM")
    .split("-")
    .map(Number);
  return lastCompletedMonth({ year: year ?? 2000, month: month ?? 1 });
}

/** Asks for the report month; undefined when staff cancel or type something that is not a month. */
export function askMonth(ui: Ui, title: string): Month | undefined {
  const fallback = defaultMonth();
  const response = ui.prompt(
    title,
    `Bulan laporan (format TTTT-BB). Kosongkan untuk ${monthLabel(fallback)} (${fallback}).`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return undefined;
  const text = response.getResponseText().trim();
  if (text === "") return fallback;
  const parsed = parseMonth(text);
  if (parsed.ok) return parsed.month;
  ui.alert(title, parsed.message, ui.ButtonSet.OK);
  return undefined;
}

/**
 * Periksa Data: each channel's status for the month, then what is wrong or doubtful, checked as
 * Buat Laporan checks it (parse findings, consistency checks, sections without data).
 */
export function checkData(ui: Ui): void {
  const title = "Periksa Data";
  const month = askMonth(ui, title);
  if (!month) return;
  const workbook = readTabs(sheetsService(), SpreadsheetApp.getActiveSpreadsheet().getId());
  const { summary, errors, warnings, missing } = checkMonth(workbook, month);
  const findings = [...errors, ...warnings, ...missing];
  const mail = mailCheckText(workbook);
  const text = `${statusText(summary)}\n\n${findingsText({ ...summary, findings })}${mail ? `\n\n${mail}` : ""}`;
  ui.alert(title, text, ui.ButtonSet.OK);
}

export const DIALOG_FILE = "Dialog";
export const DIALOG_TITLE = "Buat Laporan";

/** Buat Laporan: the dialog that asks the month, shows the checks, generates and gives the link. */
export function openReportDialog(ui: Ui): void {
  const html = HtmlService.createHtmlOutputFromFile(DIALOG_FILE).setWidth(560).setHeight(560);
  ui.showModalDialog(html, DIALOG_TITLE);
}
