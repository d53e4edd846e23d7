/** Tabs the tool itself writes: generated decks and the audit log of saved changes. */

export const HISTORY_TAB = "Riwayat";
export const HISTORY_HEADERS = [
  "Bulan",
  "Tautan",
  "Dibuat",
  "Oleh",
  "Sidik Data",
  "ID Presentasi",
  "Keterangan",
] as const;

export const LOG_TAB = "Log";
export const LOG_HEADERS = [
  "Waktu",
  "Pengguna",
  "Tab",
  "Bulan",
  "Kolom",
  "Nilai Lama",
  "Nilai Baru",
] as const;
