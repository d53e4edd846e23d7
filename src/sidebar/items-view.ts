/**
 * An item tab's form: the month's stated total as its own labelled field, then one compact line
 * per row (date, title, figure) that opens the row's fields on click, so 30 rows fit on a few
 * screens; the row buttons come after the fields; rows can be pasted from Excel or Sheets.
 */
import type { ColumnDef } from "../core/workbook/channels";
import { monthLabel, parseMonth } from "../core/workbook/period";
import { h } from "./dom";
import { renderField } from "./field";
import { type FormState, fieldKey, isShown, TOTAL_LABEL, TOTAL_ROW, type Validation } from "./form-state";
import { pendingPaste, previewView } from "./paste-preview";

export const columnHelpId = (columnKey: string): string => `h-col-${columnKey}`;
export const rowBodyId = (rowId: number): string => `row-${rowId}`;
export const rowLineId = (rowId: number): string => `line-${rowId}`;
export const PASTE_ID = "tempel";

/** The weight column's help without the sheet's "row without a title" rule: here it is a field. */
const itemHelp = (form: FormState, column: ColumnDef): string | undefined =>
  form.def.kind === "items" && column.key === form.def.weight
    ? column.help?.split(". Baris tanpa")[0]?.replace(/\.?$/, ".")
    : column.help;

function rowTools(rowId: number, position: number, count: number): HTMLElement {
  const n = position + 1;
  const button = (action: string, text: string, label: string, disabled: boolean) =>
    h(
      "button",
      {
        type: "button",
        class: "icon",
        "data-action": action,
        "data-row": rowId,
        "aria-label": label,
        title: label,
        disabled,
      },
      text,
    );
  return h(
    "div",
    { class: "row-tools" },
    button("up", "\u2191", `Pindahkan baris ${n} ke atas`, position === 0),
    button("down", "\u2193", `Pindahkan baris ${n} ke bawah`, position === count - 1),
    button("remove", "Hapus", `Hapus baris ${n}`, false),
  );
}

function totalField(form: FormState): HTMLElement | null {
  const def = form.def;
  if (def.kind !== "items" || !def.weight) return null;
  const weight = def.columns.find((c) => c.key === def.weight);
  if (!weight) return null;
  const column: ColumnDef = {
    ...weight,
    header: TOTAL_LABEL,
    required: false,
    help: `Isi hanya bila total bulan ini tidak sama dengan jumlah baris di bawah (misalnya data lama yang dicatat sebagai total). Kosong: total dihitung dari baris.`,
  };
  return h("div", { class: "stated-total" }, renderField(column, TOTAL_ROW, form.total));
}

export function renderItems(form: FormState): HTMLElement {
  const root = h("div", { class: "fields items" });
  const helped = form.def.columns.filter((c) => itemHelp(form, c));
  if (helped.length > 0) {
    root.append(
      h(
        "div",
        { class: "col-help" },
        ...helped.map((c) =>
          h("p", { id: columnHelpId(c.key) }, h("strong", {}, `${c.header}: `), itemHelp(form, c) ?? ""),
        ),
      ),
    );
  }
  const total = totalField(form);
  if (total) root.append(total);
  const count = form.rows.length;
  if (count === 0) {
    const month = parseMonth(form.month);
    root.append(
      h("p", { class: "empty" }, `Belum ada baris untuk ${month.ok ? monthLabel(month.month) : form.month}.`),
    );
  }
  const list = h("ol", { class: "item-list" });
  form.rows.forEach((row, position) => {
    const body = h(
      "fieldset",
      { class: "item-body", id: rowBodyId(row.id), "data-row": row.id },
      h("legend", {}, `Baris ${position + 1}`),
    );
    form.def.columns.forEach((column, i) => {
      body.append(renderField(column, row.id, row.cells[i] ?? "", { sharedHelp: columnHelpId(column.key) }));
    });
    body.append(rowTools(row.id, position, count));
    const line = h(
      "button",
      {
        type: "button",
        class: "item-line",
        id: rowLineId(row.id),
        "data-toggle": row.id,
        "aria-controls": rowBodyId(row.id),
        "aria-expanded": "false",
      },
      h("span", { class: "item-n" }, String(position + 1)),
      h("span", { class: "item-text" }),
      h("span", { class: "item-flag" }),
    );
    list.append(h("li", { class: "item", "data-row": row.id }, line, body));
  });
  root.append(list);
  root.append(
    h("button", { type: "button", class: "add secondary", "data-action": "add" }, "+ Tambah baris"),
  );
  root.append(pasteBox(form));
  return root;
}

/** The paste box; with a paste waiting, open, its text kept and the preview under it. */
function pasteBox(form: FormState): HTMLElement {
  const waiting = pendingPaste(form);
  const box = h("textarea", { id: PASTE_ID, rows: 3, spellcheck: "false" }) as HTMLTextAreaElement;
  if (waiting && waiting.intoRowId === undefined) box.value = waiting.text;
  return h(
    "details",
    { class: "paste", ...(waiting ? { open: "" } : {}) },
    h("summary", {}, "Tempel baris dari Excel atau Google Sheets"),
    h(
      "label",
      { for: PASTE_ID },
      "Salin baris dari tabel (boleh beberapa sekaligus, dengan atau tanpa baris judul kolom), tempel di sini:",
    ),
    box,
    h("button", { type: "button", class: "secondary", "data-action": "paste" }, "Lihat pembagian kolom"),
    waiting ? previewView(form.def, waiting) : null,
  );
}

/** `6/11/2023 · Webinar Dana Desa · 12`: the row's filled cells, as one line. */
export function lineText(cells: readonly string[]): string {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length === 0 ? "(baris kosong)" : filled.join(" \u00b7 ");
}

function rowProblem(form: FormState, validation: Validation, rowId: number): "error" | "warning" | undefined {
  const shown = form.def.columns
    .map((c) => fieldKey(rowId, c.key))
    .filter((key) => isShown(form, key))
    .map((key) => validation.fields.get(key)?.severity);
  if (shown.includes("error")) return "error";
  return shown.includes("warning") ? "warning" : undefined;
}

/** Opens the rows whose errors are shown (when the form is drawn: after opening, saving, Simpan). */
export function openProblemRows(form: FormState, validation: Validation): void {
  for (const row of form.rows)
    if (rowProblem(form, validation, row.id) === "error") form.expanded.add(row.id);
}

/** Compact lines from the rows as typed, each flagged when its row has a shown message. */
export function showItemLines(root: HTMLElement, form: FormState, validation: Validation): void {
  for (const row of form.rows) {
    const line = root.querySelector<HTMLButtonElement>(`#${rowLineId(row.id)}`);
    const body = root.querySelector<HTMLElement>(`#${rowBodyId(row.id)}`);
    if (!line || !body) continue;
    const problem = rowProblem(form, validation, row.id);
    const open = form.expanded.has(row.id);
    body.hidden = !open;
    line.setAttribute("aria-expanded", String(open));
    const text = line.querySelector(".item-text");
    if (text) text.textContent = lineText(row.cells);
    const flag = line.querySelector(".item-flag");
    if (flag) {
      flag.textContent = problem === "error" ? "perlu diperbaiki" : problem === "warning" ? "periksa" : "";
      flag.className = `item-flag ${problem ?? ""}`;
    }
  }
}
