/**
 * Bantuan: the staff guide (docs/panduan.md, rendered at build time into dist/Bantuan.html by
 * scripts/build-help.ts) in a dialog. Modeless, so staff can read it beside the workbook.
 */

export const HELP_FILE = "Bantuan";
export const HELP_TITLE = "Bantuan Laporan Layanan";
export const HELP_WIDTH = 720;
export const HELP_HEIGHT = 560;

export function showHelp(ui: GoogleAppsScript.Base.Ui): void {
  const html = HtmlService.createHtmlOutputFromFile(HELP_FILE).setWidth(HELP_WIDTH).setHeight(HELP_HEIGHT);
  ui.showModelessDialog(html, HELP_TITLE);
}
