/** The dialog's own sentences, from the check's result: no "0 bagian belum diisi" counts. */
import type { PeriksaResult } from "../rpc/report";

type Counts = Pick<PeriksaResult, "errors" | "warnings" | "missing" | "monthLabel">;

/** `2 peringatan dan 1 bagian belum diisi`; only what is there. */
function listed(parts: readonly [number, string][]): string {
  const named = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return named.length <= 1 ? (named[0] ?? "") : `${named.slice(0, -1).join(", ")} dan ${named.at(-1)}`;
}

export function checkSummary(result: Counts): string {
  const { errors, warnings, missing, monthLabel } = result;
  if (errors.length > 0) {
    return `Data ${monthLabel} belum dapat dibuat laporannya: ada ${errors.length} kesalahan. Perbaiki di sidebar Isi Data atau di tab yang disebut, lalu klik Periksa.`;
  }
  const doubts = listed([
    [warnings.length, "peringatan"],
    [missing.length, "bagian belum diisi"],
  ]);
  if (doubts === "") return `Data ${monthLabel} lengkap dan konsisten: laporan siap dibuat.`;
  return `Data ${monthLabel} dapat dibuat laporannya, dengan ${doubts}. Periksa daftarnya, lalu beri persetujuan di bawah.`;
}

/** Beside Buat Laporan while it cannot be clicked: what it waits for. */
export function buatHint(result: Counts, consent: { warnings: boolean; missing: boolean }): string {
  if (result.errors.length > 0) return "Perbaiki kesalahannya dulu.";
  const needs: string[] = [];
  if (result.warnings.length > 0 && !consent.warnings) needs.push('"Lanjutkan meski ada peringatan"');
  if (result.missing.length > 0 && !consent.missing) needs.push('"Buat tanpa bagian yang kosong"');
  return needs.length === 0 ? "" : `Centang ${needs.join(" dan ")} untuk melanjutkan.`;
}

/** `Sudah berjalan 1 menit 5 detik; ...` */
export function elapsedText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const time = minutes > 0 ? `${minutes} menit ${rest} detik` : `${rest} detik`;
  return `Sudah berjalan ${time}; biasanya kurang dari satu menit.`;
}
