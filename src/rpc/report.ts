/**
 * The report dialog's contract with the server (`periksaLaporan`, `buatLaporanBulan`): plain
 * JSON both ways, as google.script.run requires. Shared by src/dialog (types) and src/gas, which
 * checks what arrives against the request's schema (src/rpc/args.ts).
 */
import * as z from "zod/mini";

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
   * What the layout's sections read and the month lacks (tabs, parts of tabs; for a period: one
   * line per tab naming its months without data); generation needs `allowMissing` (the deck then says so).
   */
  missing: FindingLine[];
  /**
   * The month's deck from Riwayat: generating again updates it in place. `unchanged`: it was made
   * from exactly the data as it is now, so it can be opened and sent without making it again.
   */
  previous?: { url: string; when: string; unchanged: boolean };
  /** Why Kirim ke pimpinan could not send with Pengaturan as it is (Penerima Laporan empty or invalid ...). */
  mailProblem?: string;
  /** Stages this call went through (`Membaca data`, `Memeriksa`). */
  stages: string[];
}

/** Booleans are booleans: `"no"` is refused, not read as yes. */
export const buatLaporanRequestSchema = z.strictObject({
  /** A month `2023-11`, or a period: quarter `2023-Q3`, semester `2023-S2`, year `2023`. */
  month: z.string(),
  allowMissing: z.optional(z.boolean()),
  acceptWarnings: z.optional(z.boolean()),
});
export type BuatLaporanRequest = z.infer<typeof buatLaporanRequestSchema>;

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
