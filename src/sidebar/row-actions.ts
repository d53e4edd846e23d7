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
import { pastedRowsText, removedRowText, undoneText } from "./messages";
import { notify } from "./notice";
import { isTable, pastePlan } from "./paste";
import {
  type AddedPaste,
  CONFIRM_ID,
  lastPaste,
  pendingPaste,
  setLastPaste,
  setPendingPaste,
} from "./paste-preview";
import { currentForm } from "./state";

function focusControl(rowId: number, columnKey: string | undefined): void {
  if (columnKey === undefined) return;
  document.getElementById(controlId(rowId, columnKey))?.focus();
}

/**
 * Shows where a paste's columns would go, adding nothing yet: staff add the rows (or cancel)
 * from the preview.
 */
function previewPaste(page: Sidebar, form: FormState, text: string, intoRowId?: number): void {
  const plan = pastePlan(form.def, text);
  if (plan.rows.length === 0) {
    notify(page.el.saveNotice, "info", pastedRowsText(0));
    return;
  }
  setPendingPaste(form, { text, plan, ...(intoRowId === undefined ? {} : { intoRowId }) });
  renderFields(page);
  document.getElementById(CONFIRM_ID)?.focus();
}

/**
 * Adds the waiting paste's rows; the row pasted into, when still blank, takes the first one.
 * Every pasted row is touched, so its messages show at once. Urungkan takes them all out again.
 */
function addPasted(page: Sidebar, form: FormState): number {
  const waiting = pendingPaste(form);
  if (!waiting) return -1;
  const { rows } = waiting.plan;
  const into = form.rows.find((r) => r.id === waiting.intoRowId && r.cells.every((c) => c.trim() === ""));
  const ids: number[] = [];
  const undo: AddedPaste = { ids, ...(into ? { into: { id: into.id, cells: [...into.cells] } } : {}) };
  rows.forEach((cells, i) => {
    if (i === 0 && into) {
      into.cells = form.def.columns.map((_, c) => cells[c] ?? "");
      ids.push(into.id);
    } else ids.push(addRow(form, cells).id);
  });
  for (const id of ids) for (const c of form.def.columns) form.touched.add(`${id}:${c.key}`);
  setPendingPaste(form, undefined);
  setLastPaste(form, undo);
  form.expanded.clear();
  renderFields(page);
  notify(page.el.saveNotice, "info", pastedRowsText(rows.length), {
    label: "Urungkan",
    run: () => undoPaste(page, form),
  });
  return ids[0] ?? -1;
}

/** Takes the last paste out in one step: its rows removed, the row pasted into as it was. */
function undoPaste(page: Sidebar, form: FormState): void {
  const last = lastPaste(form);
  if (!last) return;
  const kept = new Set(last.into ? [last.into.id] : []);
  for (const id of last.ids) if (!kept.has(id)) removeRow(form, id);
  const into = last.into && form.rows.find((r) => r.id === last.into?.id);
  if (into && last.into) into.cells = [...last.into.cells];
  setLastPaste(form, undefined);
  renderFields(page);
  notify(page.el.saveNotice, "info", undoneText(last.ids.length));
  page.el.fields.querySelector<HTMLElement>("[data-action=add]")?.focus();
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
    previewPaste(page, form, box.value);
    return;
  }
  if (action === "paste-confirm") {
    const firstId = addPasted(page, form);
    document.getElementById(rowLineId(firstId))?.focus();
    return;
  }
  if (action === "paste-cancel") {
    setPendingPaste(form, undefined);
    renderFields(page);
    document.getElementById(PASTE_ID)?.focus();
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
    previewPaste(page, form, text, Number(target.dataset.row));
  });
}
