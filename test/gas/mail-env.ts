/**
 * The built bundle in node:vm over the sample workbook, for the e-mail tests (Kirim ke pimpinan,
 * Pengingat): Pengaturan set by label, a Drive folder for the deck.
 */
import type { RawWorkbook } from "../../src/core/workbook/types";
import type { FakeEnv } from "../fakes/env";
import type { LoadedBundle } from "../fakes/runtime";
import { loadWorkbookEnv, STAFF_EMAIL, setSettings } from "../helpers/workbook-env";

export const USER = STAFF_EMAIL;

export interface MailLoaded {
  env: FakeEnv;
  bundle: LoadedBundle;
}

export { setSettings };

export function loadWorkbook(
  source: string,
  workbook: RawWorkbook,
  settings: Record<string, string> = {},
): MailLoaded {
  const { env, bundle } = loadWorkbookEnv(source, workbook, {
    htmlFiles: { Dialog: "<p>dialog</p>" },
    settings,
  });
  return { env, bundle };
}
