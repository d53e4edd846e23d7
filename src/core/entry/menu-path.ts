/**
 * Where the tool's menu sits in Sheets, for every message, dialog and guide that tells staff
 * which item to choose. The menu is built with `Ui.createAddonMenu()`, so Sheets puts it under
 * Extensions (Ekstensi in Indonesian), named after the add-on's listing or, for a script bound
 * to the workbook, after the script project: both must be called TOOL_NAME (docs/deploy.md).
 */

export const EXTENSIONS_MENU = "Ekstensi";
export const TOOL_NAME = "Laporan Layanan";

/** Item labels that messages name; the menu's own list is MENU_ITEMS in src/gas/menu.ts. */
export const SETUP_ITEM = "Siapkan Workbook";
export const CHECK_ITEM = "Periksa Data";
export const REMINDER_ITEM = "Atur Pengingat";

/** The menu itself: `Ekstensi > Laporan Layanan`. */
export const TOOL_MENU_PATH = [EXTENSIONS_MENU, TOOL_NAME].join(" > ");

/** `Ekstensi > Laporan Layanan > Siapkan Workbook`. */
export function menuPath(item: string): string {
  return `${TOOL_MENU_PATH} > ${item}`;
}

/** The path of Siapkan Workbook, which every "tab missing" message sends staff to. */
export const SETUP_MENU_PATH = menuPath(SETUP_ITEM);
