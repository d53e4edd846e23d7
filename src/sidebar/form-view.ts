/**
 * The fields of a channel's form: a monthly tab as labelled fields with last month's and last
 * year's figures beside each, an item tab as an editable list of rows; plus the messages.
 */
import type { ColumnDef } from "../core/workbook/channels";
import { parseMonth, previousMonth, sameMonthLastYear } from "../core/workbook/period";
import { readCell } from "../core/workbook/schema";
import { type ColumnReference, MEASURE_REFERENCE } from "../rpc/sidebar";
import { changeNote, figureText, shortMonthLabel } from "./change";
import { h } from "./dom";
import { type Control, isNumberColumn, messageId, referenceId, renderField } from "./field";
import { type FormState, fieldKey, isShown, type Validation } from "./form-state";

export type References = Record<string, ColumnReference>;

export function renderMonthly(state: FormState): HTMLElement {
  const row = state.rows[0];
  const root = h("div", { class: "fields" });
  if (!row) return root;
  state.def.columns.forEach((column, i) => {
    const aside = isNumberColumn(column)
      ? h("div", { class: "refs", id: referenceId(row.id, column.key) })
      : undefined;
    root.append(renderField(column, row.id, row.cells[i] ?? "", { aside }));
  });
  return root;
}

function setDescribedBy(control: Control, ids: (string | null)[]): void {
  const value = ids.filter((id): id is string => id !== null).join(" ");
  if (value === "") control.removeAttribute("aria-describedby");
  else control.setAttribute("aria-describedby", value);
}

/** Messages under the fields, `aria-invalid` and `aria-describedby`, from a validation. */
export function showValidation(root: HTMLElement, state: FormState, validation: Validation): void {
  for (const control of root.querySelectorAll<Control>("[data-col]")) {
    if (!(control instanceof HTMLElement) || control.tagName === "FIELDSET") continue;
    const rowId = Number(control.dataset.row);
    const column = control.dataset.col ?? "";
    const key = fieldKey(rowId, column);
    const issue = validation.fields.get(key);
    const shown = issue !== undefined && isShown(state, key);
    const message = root.querySelector<HTMLElement>(`#${messageId(rowId, column)}`);
    const help = control.dataset.help ?? null;
    if (message) {
      message.hidden = !shown;
      message.textContent = shown ? issue.message : "";
      message.className = `msg ${issue?.severity ?? ""}`;
    }
    if (shown && issue.severity === "error") control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
    setDescribedBy(control, [help, shown ? messageId(rowId, column) : null]);
  }
}

function referenceLine(
  month: string,
  value: number | null,
  current: number | undefined,
  column: ColumnDef | undefined,
): HTMLElement {
  const note = changeNote(current, value);
  const change = note
    ? h(
        "span",
        {
          class: note.large ? "chg large" : "chg",
          title: note.large ? "Perubahan besar: periksa lagi angkanya." : undefined,
        },
        note.text,
        note.large ? h("span", { class: "sr" }, " (perubahan besar, periksa lagi)") : null,
      )
    : null;
  return h(
    "div",
    { class: "ref" },
    h("span", { class: "ref-month" }, month),
    " ",
    h("span", { class: "ref-value" }, figureText(value, column?.type)),
    change ? " " : null,
    change,
  );
}

/** A figure against last month and against a year before, one line each. */
function referenceLines(
  months: [string, string],
  reference: ColumnReference,
  current: number | undefined,
  column: ColumnDef | undefined,
): HTMLElement[] {
  return [
    referenceLine(months[0], reference.previous, current, column),
    referenceLine(months[1], reference.lastYear, current, column),
  ];
}

function referenceMonths(month: string): [string, string] | undefined {
  const parsed = parseMonth(month);
  if (!parsed.ok) return undefined;
  return [shortMonthLabel(previousMonth(parsed.month)), shortMonthLabel(sameMonthLastYear(parsed.month))];
}

/** Beside each figure of a monthly tab: last month, a year before, and the change from each. */
export function showReferences(root: HTMLElement, state: FormState, references: References): void {
  const months = referenceMonths(state.month);
  const row = state.rows[0];
  if (!months || !row || state.def.kind !== "monthly") return;
  state.def.columns.forEach((column, i) => {
    const box = root.querySelector<HTMLElement>(`#${referenceId(row.id, column.key)}`);
    if (!box) return;
    const reference = references[column.key] ?? { previous: null, lastYear: null };
    box.hidden = reference.previous === null && reference.lastYear === null;
    const read = readCell(column, row.cells[i] ?? "", false);
    const current = read.ok && typeof read.value === "number" ? read.value : undefined;
    box.replaceChildren(...referenceLines(months, reference, current, column));
    const large = [reference.previous, reference.lastYear].some((r) => changeNote(current, r)?.large);
    box.closest(".field")?.classList.toggle("large-change", large);
  });
}

/** The channel's headline figure as typed, with the same figure last month and a year before. */
export function showMeasure(
  box: HTMLElement,
  state: FormState,
  validation: Validation,
  references: References,
): void {
  const months = referenceMonths(state.month);
  const reference = references[MEASURE_REFERENCE];
  const def = state.def;
  const column =
    def.kind === "monthly" && def.measure
      ? def.columns.find((c) => c.key === def.measure?.column)
      : undefined;
  // A monthly figure without parts already has its references beside its own field.
  box.hidden = def.kind === "monthly" && !def.measure?.parts;
  const label = def.kind === "items" ? "Jumlah bulan ini" : `Angka utama (${column?.header ?? def.tab})`;
  box.replaceChildren(
    h(
      "div",
      { class: "measure-now" },
      `${label}: `,
      h("strong", {}, figureText(validation.measure, column?.type)),
    ),
  );
  if (!months || !reference) return;
  box.append(...referenceLines(months, reference, validation.measure, column));
}
