/**
 * What the report dialog's first step and Periksa Data say about Kirim ke pimpinan before any
 * deck is made: whether Penerima Laporan (and Pesan Pengantar) can be used, and whether the
 * month's deck in Riwayat still shows the data, so it can be opened and sent without making it again.
 */
import { readMailSettings, reportMailProblem } from "../../core/mail/mail-settings";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { RawWorkbook } from "../../core/workbook/types";
import { deckState } from "./deck-state";

export interface SendReadiness {
  /** Why the e-mail could not be sent with Pengaturan as it is (names tab, row and column). */
  mailProblem?: string;
  /** The month's deck in Riwayat was made from exactly this data. */
  unchanged: boolean;
}

/**
 * `raw` holds Pengaturan and Riwayat; `key` is the month or period (`2023-11`, `2023-Q3`) and
 * `fingerprint` its data's fingerprint as Buat Laporan would record it now.
 */
export function sendReadiness(raw: RawWorkbook, key: string, fingerprint: string): SendReadiness {
  const mailProblem = reportMailProblem(raw, readMailSettings(raw));
  const unchanged = deckState(raw[HISTORY_TAB], key, fingerprint)?.unchanged === true;
  return { ...(mailProblem ? { mailProblem } : {}), unchanged };
}

/** Periksa Data's paragraph on the e-mail, or "" when it can be sent. */
export function mailCheckText(raw: RawWorkbook): string {
  const problem = reportMailProblem(raw, readMailSettings(raw));
  return problem ? `Kirim ke pimpinan belum dapat dipakai: ${problem}` : "";
}
