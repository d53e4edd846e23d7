/** An item tab's row buttons (add, move up or down, remove), and where the focus goes after each. */
import { renderFields } from "./channel-form";
import type { Sidebar } from "./elements";
import { controlId } from "./field";
import { addRow, moveRow, removeRow, rowAfterRemoval } from "./form-state";
import { removedRowText } from "./messages";
import { notify } from "./notice";
import { currentForm } from "./state";

function focusControl(rowId: number, columnKey: string | undefined): void {
  if (columnKey === undefined) return;
  document.getElementById(controlId(rowId, columnKey))?.focus();
}

function rowAction(page: Sidebar, action: string, rowId: number): void {
  const { el } = page;
  const form = currentForm(page.state);
  if (!form) return;
  const first = form.def.columns[0]?.key;
  if (action === "add") {
    const row = addRow(form);
    renderFields(page);
    focusControl(row.id, first);
    return;
  }
  const position = form.rows.findIndex((r) => r.id === rowId);
  if (action === "remove") {
    removeRow(form, rowId);
    renderFields(page);
    const next = rowAfterRemoval(form, position);
    if (next) focusControl(next.id, first);
    else el.fields.querySelector<HTMLElement>("[data-action=add]")?.focus();
    notify(el.saveNotice, "info", removedRowText(position));
    return;
  }
  const delta = action === "up" ? -1 : 1;
  if (!moveRow(form, rowId, delta)) return;
  renderFields(page);
  // The same button again, unless the row reached that end: then the row's first enabled button.
  const buttons = el.fields.querySelectorAll<HTMLButtonElement>(`button[data-row="${rowId}"]`);
  const same = [...buttons].find((b) => b.dataset.action === action && !b.disabled);
  (same ?? [...buttons].find((b) => !b.disabled))?.focus();
}

export function wireRowActions(page: Sidebar): void {
  page.el.fields.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
    if (button) rowAction(page, button.dataset.action ?? "", Number(button.dataset.row));
  });
}
