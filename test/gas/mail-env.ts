/**
 * The built bundle in node:vm over the sample workbook, for the e-mail tests (Kirim ke pimpinan,
 * Pengingat): Pengaturan set by label, a Drive folder for the deck.
 */
import { channelByTab } from "../../src/core/channels";
import { SETTINGS_TAB } from "../../src/core/settings";
import type { RawWorkbook } from "../../src/core/types";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { type LoadedBundle, loadBundle } from "../fakes/runtime";

export const USER = "staf@kemenkeu.go.id";

export interface MailLoaded {
  env: FakeEnv;
  bundle: LoadedBundle;
}

/** A workbook's tabs as sheet rows; ISO dates in date columns become Dates of the script's realm. */
function sheetRows(workbook: RawWorkbook, date: (iso: string) => Date): Record<string, unknown[][]> {
  return Object.fromEntries(
    Object.values(workbook).map((tab) => {
      const def = channelByTab(tab.name);
      const dates = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
      const asSheet = (row: unknown[]) =>
        row.map((cell, i) => (dates.has(i) && typeof cell === "string" && cell !== "" ? date(cell) : cell));
      return [tab.name, [tab.header, ...tab.rows.map(asSheet)]];
    }),
  );
}

/** Writes Pengaturan values by label, as staff type them in the sheet. */
export function setSettings(env: FakeEnv, values: Record<string, string>): void {
  const sheet = env.spreadsheet.sheet(SETTINGS_TAB);
  if (!sheet) throw new Error("no Pengaturan");
  for (const [label, value] of Object.entries(values)) {
    const index = sheet.snapshot().findIndex((r) => r[0] === label);
    if (index < 0) throw new Error(`no setting ${label}`);
    sheet.setCell(index + 1, 2, value);
  }
}

export function loadWorkbook(
  source: string,
  workbook: RawWorkbook,
  settings: Record<string, string> = {},
): MailLoaded {
  const env = createFakeEnv({ htmlFiles: { Dialog: "<p>dialog</p>" }, userEmail: USER });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  for (const [name, rows] of Object.entries(sheetRows(workbook, date))) env.spreadsheet.addSheet(name, rows);
  setSettings(env, { "ID Folder Drive": env.drive.addFolder("Laporan Bulanan").id, ...settings });
  env.calls.reset();
  return { env, bundle };
}
