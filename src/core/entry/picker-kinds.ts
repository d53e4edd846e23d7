/**
 * What the Google Picker can choose (Pilih Template…, Pilih Folder…) and where the choice goes:
 * a Pengaturan row. Shared by the menu, the server and the picker page.
 */
import { hasOwn } from "../workbook/has-own";
import { SETTINGS, type SettingKey } from "../workbook/settings";

export interface PickerKind {
  /** The Pengaturan row the chosen file's ID is written to. */
  setting: SettingKey;
  /** The menu item (its path in messages comes from menu-path.ts). */
  item: string;
  /** The dialog's title. */
  title: string;
  /** What is chosen, as a sentence says it: "presentasi template". */
  noun: string;
}

export const PICKER_KINDS = {
  template: {
    setting: "templatePresentasi",
    item: "Pilih Template…",
    title: "Pilih Presentasi Template",
    noun: "presentasi template",
  },
  folder: {
    setting: "folderDrive",
    item: "Pilih Folder…",
    title: "Pilih Folder Drive",
    noun: "folder",
  },
} as const satisfies Record<string, PickerKind>;

export type PickerKindKey = keyof typeof PICKER_KINDS;

export function isPickerKind(value: unknown): value is PickerKindKey {
  return typeof value === "string" && hasOwn(PICKER_KINDS, value);
}

/** The Pengaturan label of a kind's row: `ID Presentasi Template`. */
export function pickerSettingLabel(kind: PickerKindKey): string {
  const key = PICKER_KINDS[kind].setting;
  return SETTINGS.find((s) => s.key === key)?.label ?? key;
}

/** Script properties the maintainer sets at deployment (docs/deploy.md). */
export const PICKER_KEY_PROPERTY = "PICKER_API_KEY";
export const PICKER_PROJECT_PROPERTY = "CLOUD_PROJECT_NUMBER";

/** What the page needs to open the picker, or why it cannot. */
export type PickerInfo =
  | { ready: true; kind: PickerKindKey; developerKey: string; appId: string; oauthToken: string }
  | { ready: false; kind: PickerKindKey; message: string };

/** A choice the page sends back. */
export interface PickerChoice {
  kind: PickerKindKey;
  id: string;
  name: string;
}

/** Drive IDs: letters, digits, `-` and `_`. */
const DRIVE_ID = /^[\w-]{10,200}$/;
const NAME_LIMIT = 500;

export type ParsedChoice = { ok: true; choice: PickerChoice } | { ok: false; message: string };

export function parsePickerChoice(request: unknown): ParsedChoice {
  const r = (request ?? {}) as Record<string, unknown>;
  if (!isPickerKind(r.kind) || typeof r.id !== "string" || !DRIVE_ID.test(r.id)) {
    return {
      ok: false,
      message: "Pilihan tidak lengkap atau ID file tidak sah. Tutup dialog ini, lalu pilih lagi.",
    };
  }
  const name = typeof r.name === "string" ? r.name.slice(0, NAME_LIMIT) : "";
  return { ok: true, choice: { kind: r.kind, id: r.id, name } };
}
