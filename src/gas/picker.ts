/**
 * Pilih Template… / Pilih Folder…: Google Picker in a dialog (dist/Picker.html). The picker is
 * how a `drive.file` script gets access to a file it did not create; the server hands the page
 * the developer key and Cloud project number (script properties set at deployment) and the
 * user's OAuth token, and writes the chosen file's ID into its Pengaturan row.
 */
import { SETUP_MENU_PATH } from "../core/entry/menu-path";
import {
  isPickerKind,
  PICKER_KEY_PROPERTY,
  PICKER_KINDS,
  PICKER_PROJECT_PROPERTY,
  type PickerInfo,
  type PickerKindKey,
  parsePickerChoice,
  pickerSettingLabel,
} from "../core/entry/picker-kinds";
import { normalHeader } from "../core/workbook/parse";
import { SETTINGS_TAB } from "../core/workbook/settings";
import { type SheetsService, tabRange } from "./sheets-values";

export const PICKER_FILE = "Picker";
export const PICKER_WIDTH = 640;
export const PICKER_HEIGHT = 480;

/** Opens the picker dialog for a kind; the page learns the kind from the template. */
export function openPicker(ui: GoogleAppsScript.Base.Ui, kind: PickerKindKey): void {
  const template = HtmlService.createTemplateFromFile(PICKER_FILE);
  template.kind = kind;
  const html = template.evaluate().setWidth(PICKER_WIDTH).setHeight(PICKER_HEIGHT);
  ui.showModalDialog(html, PICKER_KINDS[kind].title);
}

export interface PickerInfoServices {
  properties: Pick<GoogleAppsScript.Properties.Properties, "getProperty">;
  oauthToken: () => string;
}

/** Without a key the page says so and staff paste an ID into Pengaturan, as before. */
export function pickerInfo(services: PickerInfoServices, kind: unknown): PickerInfo {
  if (!isPickerKind(kind)) throw new Error("Jenis pilihan tidak dikenal.");
  const label = pickerSettingLabel(kind);
  const developerKey = (services.properties.getProperty(PICKER_KEY_PROPERTY) ?? "").trim();
  const appId = (services.properties.getProperty(PICKER_PROJECT_PROPERTY) ?? "").trim();
  if (developerKey === "" || appId === "") {
    return {
      ready: false,
      kind,
      message: `Pemilih file Google belum diaktifkan untuk alat ini (pengelola alat belum mengatur kunci Google Picker). Tempelkan ID atau tautan ${PICKER_KINDS[kind].noun} di tab "${SETTINGS_TAB}", baris "${label}", kolom Nilai.`,
    };
  }
  if (!/^\d+$/.test(appId)) {
    return {
      ready: false,
      kind,
      message: `Pemilih file Google salah diatur: properti skrip ${PICKER_PROJECT_PROPERTY} harus nomor project Google Cloud (hanya angka). Beri tahu pengelola alat; sementara itu tempelkan ID atau tautan ${PICKER_KINDS[kind].noun} di tab "${SETTINGS_TAB}", baris "${label}".`,
    };
  }
  return { ready: true, kind, developerKey, appId, oauthToken: services.oauthToken() };
}

export interface PickerSaveServices {
  sheets: SheetsService;
  spreadsheetId: string;
  lock: GoogleAppsScript.Lock.Lock;
}

/** The 1-based row of a setting's label in Pengaturan's column A (first match, as the parser reads it). */
export function settingRow(labels: readonly (readonly unknown[])[], label: string): number | undefined {
  const index = labels.findIndex((row, i) => i > 0 && normalHeader(row[0]) === normalHeader(label));
  return index < 0 ? undefined : index + 1;
}

const SAVE_LOCK_WAIT_MS = 10_000;

/** Writes the chosen ID (RAW text) into the kind's Pengaturan row; returns what to tell staff. */
export function savePickerChoice(services: PickerSaveServices, request: unknown): { message: string } {
  const parsed = parsePickerChoice(request);
  if (!parsed.ok) throw new Error(parsed.message);
  const { kind, id, name } = parsed.choice;
  const label = pickerSettingLabel(kind);
  if (!services.lock.tryLock(SAVE_LOCK_WAIT_MS)) {
    throw new Error(
      "Workbook sedang dipakai (ada data yang sedang disimpan atau laporan yang sedang dibuat). Tunggu sebentar, lalu pilih lagi.",
    );
  }
  try {
    const missing = `Tab "${SETTINGS_TAB}" atau baris "${label}" belum ada. Jalankan menu ${SETUP_MENU_PATH}, lalu pilih lagi.`;
    let labels: unknown[][];
    try {
      labels =
        services.sheets.Spreadsheets.Values.get(services.spreadsheetId, `${tabRange(SETTINGS_TAB)}!A:A`)
          .values ?? [];
    } catch {
      throw new Error(missing);
    }
    const row = settingRow(labels, label);
    if (row === undefined) throw new Error(missing);
    services.sheets.Spreadsheets.Values.update(
      { range: `${tabRange(SETTINGS_TAB)}!B${row}`, majorDimension: "ROWS", values: [[id]] },
      services.spreadsheetId,
      `${tabRange(SETTINGS_TAB)}!B${row}`,
      { valueInputOption: "RAW" },
    );
  } finally {
    services.lock.releaseLock();
  }
  const what = name ? `"${name}"` : `ID ${id}`;
  return { message: `${label} diisi: ${what}. Laporan berikutnya memakai ${PICKER_KINDS[kind].noun} ini.` };
}
