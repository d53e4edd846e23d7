/**
 * The bar under a form that stays in view on a long form: Simpan, Simpan & lanjut, the save
 * status (`Tersimpan 09:31, 3 isian berubah`), and what holds the save or the report back, each
 * field named as a link that takes the focus to it. Simpan is never disabled silently.
 */
import type { ChannelKey } from "../core/workbook/channels";
import { h } from "./dom";
import type { Sidebar } from "./elements";
import { controlId } from "./field";
import { errorFields, type FormState, isDirty, type Validation } from "./form-state";
import { problemLead, saveHint, saveStatusText } from "./messages";

const LINK_LIMIT = 5;

export function showSaveBar(page: Sidebar, form: FormState, validation: Validation): void {
  const { el, state } = page;
  el.save.disabled = state.saving;
  el.saveNext.disabled = state.saving;
  el.saveStatus.textContent = saveStatusText(form, state.saving, state.saved.get(form.def.key as ChannelKey));
  el.saveStatus.classList.toggle("pending", state.saving || isDirty(form));
  const fields = errorFields(form, validation);
  // Redrawn only when it changes: a link being clicked must not be replaced under the pointer
  // (leaving a field redraws the form's messages).
  const drawn = JSON.stringify([validation.blocking > 0, validation.errorCount, fields]);
  if (el.saveHint.dataset.drawn === drawn) return;
  el.saveHint.dataset.drawn = drawn;
  if (validation.errorCount === 0 || fields.length === 0) {
    const text = validation.errorCount > 0 ? saveHint(form, validation) : "";
    el.saveHint.replaceChildren(...(text ? [h("p", { class: "hint" }, text)] : []));
    el.saveHint.className = "save-hint";
    return;
  }
  const links = fields
    .slice(0, LINK_LIMIT)
    .map((f) =>
      h(
        "li",
        {},
        h(
          "a",
          { href: `#${controlId(f.rowId, f.column)}`, "data-row": f.rowId, "data-col": f.column },
          f.name,
        ),
      ),
    );
  const more = fields.length - links.length;
  el.saveHint.className = `save-hint ${validation.blocking > 0 ? "error" : "warning"}`;
  el.saveHint.replaceChildren(
    h("p", {}, problemLead(validation)),
    h("ul", {}, ...links, more > 0 ? h("li", {}, `dan ${more} isian lainnya`) : null),
  );
}

/** A link in the hint opens the field's row (item tabs) and puts the focus in the field. */
export function wireSaveHint(page: Sidebar, open: (rowId: number) => void): void {
  page.el.saveHint.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a[data-col]");
    if (!link) return;
    event.preventDefault();
    open(Number(link.dataset.row));
    document.getElementById(controlId(Number(link.dataset.row), link.dataset.col ?? ""))?.focus();
  });
}
