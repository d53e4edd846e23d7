/**
 * The report dialog's contract with the server (`periksaLaporan`, `buatLaporanBulan`): plain
 * JSON both ways, as google.script.run requires. Types only, shared by src/dialog and src/gas.
 */

export interface FindingLine {
  message: string;
  tab?: string;
}

export interface PeriksaResult {
  month: string;
  monthLabel: string;
  /** Block generation until fixed. */
  errors: FindingLine[];
  /** Generation needs `acceptWarnings`. */
  warnings: FindingLine[];
  /** What the layout's sections read and the month lacks (tabs, parts of tabs); generation needs `allowMissing` (the deck then says so). */
  missing: FindingLine[];
  /** The month's deck from Riwayat: generating again updates it in place. */
  previous?: { url: string; when: string };
  /** Stages this call went through (`Membaca data`, `Memeriksa`). */
  stages: string[];
}

export interface BuatLaporanRequest {
  month: string;
  allowMissing?: boolean;
  acceptWarnings?: boolean;
}

export type BuatLaporanResult =
  | {
      ok: true;
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
