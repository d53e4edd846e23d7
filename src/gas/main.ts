/**
 * The Apps Script entry: every function Apps Script calls by name (triggers, menu items,
 * google.script.run) and nothing else. gas-webpack-plugin turns each `global.name = fn` into a
 * top-level function of dist/Code.js.
 */
import { parseMonth } from "../core/period";
import { type MonthSummary, summarizeMonth } from "../core/summary";
import { addMenu, checkData, makeReport, notReadyYet, showHelp } from "./menu";
import { readWorkbook } from "./read-workbook";

const ui = () => SpreadsheetApp.getUi();

function onOpen(): void {
  addMenu(ui());
}

function onInstall(): void {
  onOpen();
}

function bukaSidebar(): void {
  notReadyYet(ui(), "Isi Data Bulanan");
}

function siapkanWorkbook(): void {
  notReadyYet(ui(), "Siapkan Workbook");
}

function periksaData(): void {
  checkData(ui());
}

function buatLaporan(): void {
  makeReport(ui());
}

function tampilkanBantuan(): void {
  showHelp(ui());
}

/** Sidebar RPC: the month's status per channel and its findings, as plain JSON. */
function ringkasanBulan(month: string): MonthSummary {
  const parsed = parseMonth(month);
  if (!parsed.ok) throw new Error(parsed.message);
  return summarizeMonth(readWorkbook(SpreadsheetApp.getActiveSpreadsheet()), parsed.month);
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
(global as Entry).ringkasanBulan = ringkasanBulan;
