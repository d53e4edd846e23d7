/**
 * An item tab's row actions: open or close a row's line, add, move up or down, remove, and rows
 * pasted from Excel or Sheets (into the paste box, or straight into a field); and where the focus
 * goes after each.
 */
import { renderFields } from "./channel-form";
import type { Sidebar } from "./elements";
import { controlId } from "./field";
import { addRow, type FormState, moveRow, removeRow, rowAfterRemoval } from "./form-state";
import { PASTE_ID, rowLineId } from "./items-view";
import { pastedRowsText, removedRowText } from "./messages";
import { notify } from "./notice";
import { isTable, pastedRows } from "./paste";
import { currentForm } from "./state";

function focusControl(rowId: number, columnKey: string | undefined): void {
  if (columnKey === undefined) return;
  document.getElementById(controlId(rowId, columnKey))?.focus();
}

/**
 * Adds pasted rows; the row pasted into (`intoRowId`), when still blank, takes the first one.
 * Every pasted row is touched, so its messages show at once.
 */
function addPasted(page: Sidebar, form: FormState, text: string, intoRowId?: number): number {
  const { rows } = pastedRows(form.def, text);
  const into = form.rows.find((r) => r.id === intoRowId && r.cells.every((c) => c.trim() === ""));
  const ids: number[] = [];
  rows.forEach((cells, i) => {
    if (i === 0 && into) {
      into.cells = form.def.columns.map((_, c) => cells[c] ?? "");
      ids.push(into.id);
    } else ids.push(addRow(form, cells).id);
  });
  for (const id of ids) for (const c of form.def.columns) form.touched.add(`${id}:${c.key}`);
  form.expanded.clear();
  renderFields(page);
  notify(page.el.saveNotice, "info", pastedRowsText(rows.length));
  return ids[0] ?? -1;
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
  if (action === "paste") {
    const box = document.getElementById(PASTE_ID) as HTMLTextAreaElement | null;
    if (!box || box.value.trim() === "") {
      notify(
        el.saveNotice,
        "info",
        "Kotak tempel masih kosong: salin baris dari Excel atau Sheets, lalu tempel.",
      );
      box?.focus();
      return;
    }
    const firstId = addPasted(page, form, box.value);
    document.getElementById(rowLineId(firstId))?.focus();
    return;
  }
  const position = form.rows.findIndex((r) => r.id === rowId);
  if (action === "remove") {
    removeRow(form, rowId);
    renderFields(page);
    const next = rowAfterRemoval(form, position);
    if (next) document.getElementById(rowLineId(next.id))?.focus();
    else el.fields.querySelector<HTMLElement>("[data-action=add]")?.focus();
    notify(el.saveNotice, "info", removedRowText(position));
    return;
  }
  const delta = action === "up" ? -1 : 1;
  if (!moveRow(form, rowId, delta)) return;
  renderFields(page);
  // The same button again, unless the row reached that end: then the row's first enabled button.
  const buttons = el.fields.querySelectorAll<HTMLButtonElement>(`button[data-row="${rowId}"][data-action]`);
  const same = [...buttons].find((b) => b.dataset.action === action && !b.disabled);
  (same ?? [...buttons].find((b) => !b.disabled))?.focus();
}

/** Opens or closes a row's fields; opening puts the focus in its first field. */
function toggleRow(page: Sidebar, rowId: number): void {
  const form = currentForm(page.state);
  if (!form) return;
  const open = !form.expanded.has(rowId);
  if (open) form.expanded.add(rowId);
  else form.expanded.delete(rowId);
  renderFields(page);
  if (open) focusControl(rowId, form.def.columns[0]?.key);
  else document.getElementById(rowLineId(rowId))?.focus();
}

export function wireRowActions(page: Sidebar): void {
  page.el.fields.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const toggle = target.closest<HTMLButtonElement>("button[data-toggle]");
    if (toggle) {
      toggleRow(page, Number(toggle.dataset.toggle));
      return;
    }
    const button = target.closest<HTMLButtonElement>("button[data-action]");
    if (button) rowAction(page, button.dataset.action ?? "", Number(button.dataset.row));
  });
  // A table pasted into a field of an item row becomes rows, as in a spreadsheet.
  page.el.fields.addEventListener("paste", (event) => {
    const form = currentForm(page.state);
    const target = event.target as HTMLElement;
    if (form?.def.kind !== "items" || target.dataset.col === undefined) return;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (!isTable(text) || Number(target.dataset.row) === 0) return;
    event.preventDefault();
    const firstId = addPasted(page, form, text, Number(target.dataset.row));
    document.getElementById(rowLineId(firstId))?.focus();
  });
}
