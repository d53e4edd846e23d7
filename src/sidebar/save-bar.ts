/**
 * The bar under a form that stays in view on a long form: Simpan, Simpan & lanjut, and ONE line
 * under them: what holds the save or the report back (`Belum bisa disimpan: 3 isian salah`) with
 * "ke isian berikutnya", which takes the focus to the next field with an error; else the save
 * status (`Tersimpan 09:31, 3 isian berubah`). The bar never grows over the fields it names.
 * Simpan is never disabled silently.
 */
import type { ChannelKey } from "../core/workbook/channels";
import { h } from "./dom";
import type { Sidebar } from "./elements";
import { controlId } from "./field";
import { type ErrorField, errorFields, type FormState, isDirty, type Validation } from "./form-state";
import { problemCount, saveHint, saveStatusText } from "./messages";
import { currentForm } from "./state";

export const NEXT_FIELD_TEXT = "ke isian berikutnya";

export function showSaveBar(page: Sidebar, form: FormState, validation: Validation): void {
  const { el, state } = page;
  el.save.disabled = state.saving;
  el.saveNext.disabled = state.saving;
  el.saveStatus.textContent = saveStatusText(form, state.saving, state.saved.get(form.def.key as ChannelKey));
  el.saveStatus.classList.toggle("pending", state.saving || isDirty(form));
  const fields = errorFields(form, validation);
  // While the save is held back the problems take the line (the status says nothing new then); a
  // draft saved with fields the report still needs keeps its `Tersimpan 09:31` above them.
  el.saveStatus.hidden = validation.blocking > 0 && !state.saving;
  // Redrawn only when it changes: a link being clicked must not be replaced under the pointer.
  const drawn = JSON.stringify([validation.blocking > 0, validation.errorCount, fields.length]);
  if (el.saveHint.dataset.drawn === drawn) return;
  el.saveHint.dataset.drawn = drawn;
  if (validation.errorCount === 0 || fields.length === 0) {
    const text = validation.errorCount > 0 ? saveHint(form, validation) : "";
    el.saveHint.replaceChildren(...(text ? [h("p", { class: "hint-line" }, text)] : []));
    el.saveHint.className = `save-hint${text ? (validation.blocking > 0 ? " error" : " warning") : ""}`;
    return;
  }
  const first = fields[0] as ErrorField;
  el.saveHint.className = `save-hint ${validation.blocking > 0 ? "error" : "warning"}`;
  el.saveHint.replaceChildren(
    h(
      "p",
      { class: "hint-line" },
      h(
        "span",
        { class: "count", title: problemCount(validation, fields.length) },
        problemCount(validation, fields.length),
      ),
      " ",
      h("a", { href: `#${controlId(first.rowId, first.column)}`, class: "next-field" }, NEXT_FIELD_TEXT),
    ),
  );
}

/** The error field after `lastKey` in the form's order, wrapping; the first when none was focused. */
export function nextErrorField(
  fields: readonly ErrorField[],
  lastKey: string | undefined,
): ErrorField | undefined {
  const at = fields.findIndex((f) => f.key === lastKey);
  return fields[(at + 1) % Math.max(fields.length, 1)];
}

/**
 * "ke isian berikutnya" opens the next field's row (item tabs) and puts the focus in it; each
 * click goes one further, from the field that had the focus last.
 */
export function wireSaveHint(
  page: Sidebar,
  open: (rowId: number) => void,
  validation: () => Validation | undefined,
): void {
  let lastKey: string | undefined;
  page.el.fields.addEventListener("focusin", (event) => {
    const target = event.target as HTMLElement;
    if (target.dataset.col !== undefined) lastKey = `${target.dataset.row}:${target.dataset.col}`;
  });
  page.el.saveHint.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a.next-field");
    const form = currentForm(page.state);
    const checked = validation();
    if (!link || !form || !checked) return;
    event.preventDefault();
    const next = nextErrorField(errorFields(form, checked), lastKey);
    if (!next) return;
    open(next.rowId);
    lastKey = next.key;
    document.getElementById(controlId(next.rowId, next.column))?.focus();
  });
}
