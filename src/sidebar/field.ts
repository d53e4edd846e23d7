/** One labelled form field generated from a registry column: label, control, help, message. */
import type { ColumnDef } from "../core/workbook/channels";
import { h } from "./dom";

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export const controlId = (rowId: number, columnKey: string): string => `f-${rowId}-${columnKey}`;
export const messageId = (rowId: number, columnKey: string): string => `m-${rowId}-${columnKey}`;
export const helpId = (rowId: number, columnKey: string): string => `h-${rowId}-${columnKey}`;
export const referenceId = (rowId: number, columnKey: string): string => `r-${rowId}-${columnKey}`;

export const isNumberColumn = (column: ColumnDef): boolean =>
  column.type === "count" || column.type === "decimal" || column.type === "percent";

// No placeholder in number fields: a grey "0" reads like a value that is already there.
const PLACEHOLDERS: Partial<Record<ColumnDef["type"], string>> = { date: "6/11/2023" };

function select(column: ColumnDef, value: string): HTMLSelectElement {
  const control = h("select");
  const choices = column.choices ?? [];
  control.append(h("option", { value: "" }, "\u2014 pilih \u2014"));
  // A value in the sheet that is not one of the choices stays visible (and gets its message).
  const known = value === "" || choices.some((c) => c.toLowerCase() === value.trim().toLowerCase());
  const options = known ? choices : [...choices, value];
  for (const choice of options) control.append(h("option", { value: choice }, choice));
  const match = options.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  control.value = match ?? "";
  return control;
}

function control(column: ColumnDef, value: string): Control {
  if (column.type === "choice") return select(column, value);
  if (column.type === "text" && column.long) {
    const area = h("textarea", { rows: 3 });
    area.value = value;
    return area;
  }
  const input = h("input", {
    type: "text",
    autocomplete: "off",
    spellcheck: column.type === "text" ? undefined : "false",
    inputmode: isNumberColumn(column) ? "decimal" : undefined,
    placeholder: PLACEHOLDERS[column.type],
    class: isNumberColumn(column) ? "num" : undefined,
  });
  input.value = value;
  return input;
}

/**
 * A field; `aside` (references beside a figure) sits next to the control. `sharedHelp` is the
 * id of the column's help shown once for all rows (item tabs); otherwise the help is under the field.
 */
export function renderField(
  column: ColumnDef,
  rowId: number,
  value: string,
  options: { aside?: HTMLElement; sharedHelp?: string } = {},
): HTMLElement {
  const { aside, sharedHelp } = options;
  const id = controlId(rowId, column.key);
  const input = control(column, value);
  input.id = id;
  input.name = column.key;
  input.dataset.row = String(rowId);
  input.dataset.col = column.key;
  if (column.required) input.setAttribute("aria-required", "true");
  const help =
    column.help && !sharedHelp ? h("p", { class: "help", id: helpId(rowId, column.key) }, column.help) : null;
  const helpRef = help?.id ?? (column.help ? sharedHelp : undefined);
  if (helpRef) {
    input.dataset.help = helpRef;
    input.setAttribute("aria-describedby", helpRef);
  }
  const label = h(
    "label",
    { for: id },
    column.header,
    column.required ? h("span", { class: "req", title: "wajib diisi" }, " *") : null,
  );
  const line = h("div", { class: aside ? "control-line" : "control-line single" }, input, aside);
  const message = h("p", { class: "msg", id: messageId(rowId, column.key), hidden: true });
  return h("div", { class: `field field-${column.type}` }, label, line, help, message);
}
