/**
 * The report dialog's contract with the server (`periksaLaporan`, `buatLaporanBulan`): plain
 * JSON both ways, as google.script.run requires. Types only, shared by src/dialog and src/gas.
 */

export interface FindingLine {
  message: string;
  tab?: string;
}

export interface PeriksaResult {
  /** The report's key as checked: a month `2023-11`, or a period `2023-Q3`, `2023-S2`, `2023`. */
  month: string;
  /** `November 2023`, `Triwulan III 2023`, `Semester II 2023`, `Tahun 2023`. */
  monthLabel: string;
  /** Block generation until fixed. */
  errors: FindingLine[];
  /** Generation needs `acceptWarnings`. */
  warnings: FindingLine[];
  /**
   * Tabs with no rows for the month (for a period: one line per tab naming its months without
   * data); generation needs `allowMissing` (the deck then says so).
   */
  missing: FindingLine[];
  /** The month's deck from Riwayat: generating again updates it in place. */
  previous?: { url: string; when: string };
  /** Stages this call went through (`Membaca data`, `Memeriksa`). */
  stages: string[];
}

export interface BuatLaporanRequest {
  /** A month `2023-11`, or a period: quarter `2023-Q3`, semester `2023-S2`, year `2023`. */
  month: string;
  allowMissing?: boolean;
  acceptWarnings?: boolean;
}

export type BuatLaporanResult =
  | {
      ok: true;
      /** The month's or the period's key, as requested (Riwayat's `Bulan`). */
      month: string;
      monthLabel: string;
      name: string;
      url: string;
      presentationId: string;
      /** True: the month's existing deck was rebuilt in place (same file, same link). */
      updated: boolean;
      sharing: string;
      pdfUrl?: string;
      /** Things that did not stop the deck (sharing or PDF failed ...). */
      notes: string[];
      stages: string[];
    }
  | {
      ok: false;
      reason: "invalid" | "errors" | "warnings" | "missing" | "busy" | "failed";
      message: string;
      /** The stage that failed, when reason is "failed". */
      stage?: string;
      stages: string[];
    };
