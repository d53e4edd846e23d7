/** The sidebar's own sentences, built from what the page holds. */
import { type FormState, isDirty, problemText, type Validation } from "./form-state";

/** Beside Save: what holds it back, or that the form holds changes not yet saved. */
export function saveHint(form: FormState, validation: Validation): string {
  if (validation.errorCount > 0) return problemText(form, validation);
  return isDirty(form) ? "Belum disimpan." : "";
}

/** A monthly tab holds one row a month; more than one is said, as the form shows only the first. */
export function extraRowsText(tab: string, rowCount: number): string {
  if (rowCount <= 1) return "";
  return `Tab "${tab}" berisi ${rowCount} baris untuk bulan ini; hanya baris pertama yang ditampilkan dan disimpan.`;
}

/** After the report dialog opens: the tabs whose changes it will not see. */
export function unsavedReportText(tabs: readonly string[]): string {
  if (tabs.length === 0) return "";
  return `Perubahan di ${tabs.join(", ")} belum disimpan, sehingga tidak ikut dalam laporan.`;
}

/** `position` is 0-based. */
export function removedRowText(position: number): string {
  return `Baris ${position + 1} dihapus (belum disimpan).`;
}
