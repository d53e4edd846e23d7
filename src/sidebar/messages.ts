/** The sidebar's own sentences, built from what the page holds. */
import { type FormState, isDirty, problemText, type Validation } from "./form-state";
import type { LastSave } from "./state";

/** Beside Save: what holds it back, or that the form holds changes not yet saved. */
export function saveHint(form: FormState, validation: Validation): string {
  if (validation.errorCount > 0) return problemText(form, validation);
  return isDirty(form) ? "Belum disimpan." : "";
}

/** The save bar's one line: how many fields hold the save (or the report) back. */
export function problemCount(validation: Validation, fields: number): string {
  // The count first: on a narrow sidebar the end of the sentence is what gets cut.
  if (validation.blocking > 0) return `${fields} isian salah; belum bisa disimpan.`;
  return `${fields} isian perlu diperbaiki; bisa disimpan, tetapi laporan belum dapat dibuat.`;
}

/** The save status that stays beside Save: `Tersimpan 09:31, 3 isian berubah`. */
export function saveStatusText(form: FormState, saving: boolean, last: LastSave | undefined): string {
  if (saving) return "Menyimpan...";
  const dirty = isDirty(form);
  if (!last) return dirty ? "Ada perubahan yang belum disimpan." : "";
  const done =
    last.changed === 0
      ? `Tersimpan ${last.time}, tidak ada perubahan`
      : `Tersimpan ${last.time}, ${last.changed} isian berubah`;
  return dirty ? `${done}; ada perubahan baru yang belum disimpan.` : `${done}.`;
}

/** `09:31` on the staff member's clock. */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

/** After Simpan & lanjut when nothing is left to fill. */
export const ALL_FILLED_TEXT = "Semua kanal bulan ini sudah terisi. Periksa temuan, lalu buat laporan.";

/**
 * A monthly tab holds one row a month; more than one is said with their sheet rows, as the save
 * refuses until one is removed in Sheets (it never deletes a row staff did not remove).
 */
export function extraRowsText(tab: string, rowCount: number, rowNumbers: readonly number[] = []): string {
  if (rowCount <= 1) return "";
  const rows =
    rowNumbers.length > 1 ? ` (baris ${rowNumbers.slice(0, -1).join(", ")} dan ${rowNumbers.at(-1)})` : "";
  return `Tab "${tab}" berisi ${rowCount} baris untuk bulan ini${rows}. Hapus baris yang salah di Sheets, lalu muat ulang: data ini tidak dapat disimpan selama bulannya tercatat lebih dari sekali.`;
}

/** Before the report dialog opens while changes are unsaved: the question, in the sidebar. */
export function unsavedAskText(tabs: readonly string[]): string {
  return `Perubahan di ${tabs.join(", ")} belum disimpan. Laporan dibuat dari data yang tersimpan: simpan dulu, atau buka Buat Laporan tanpa perubahan itu?`;
}

/** `position` is 0-based. */
export function removedRowText(position: number): string {
  return `Baris ${position + 1} dihapus (belum disimpan).`;
}

/** After Urungkan on a paste. */
export function undoneText(count: number): string {
  return `Tempelan diurungkan: ${count} baris dikeluarkan lagi.`;
}

/** After a paste: how many rows were added, and that they still need a save. */
export function pastedRowsText(count: number): string {
  if (count === 0) return "Tidak ada baris yang dapat dibaca dari teks yang ditempel.";
  return `${count} baris ditempel (belum disimpan). Baris yang perlu diperbaiki ditandai.`;
}
