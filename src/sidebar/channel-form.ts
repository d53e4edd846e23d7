/** A channel's form: opening it, drawing its fields, and keeping messages and Save in step with typing. */
import type { ChannelKey } from "../core/workbook/channels";
import { h } from "./dom";
import type { Sidebar } from "./elements";
import { setCell, touch, validate } from "./form-state";
import { renderMonthly, showMeasure, showReferences, showValidation } from "./form-view";
import { openProblemRows, renderItems, showItemLines } from "./items-view";
import { statusPill } from "./list-view";
import { extraRowsText } from "./messages";
import { notify } from "./notice";
import { keepForm } from "./restore-drafts";
import { showSaveBar } from "./save-bar";
import { channelViewOf, currentForm, draftOf } from "./state";

export function openChannel(page: Sidebar, key: ChannelKey): void {
  const { el, state } = page;
  const form = draftOf(state, key);
  const view = channelViewOf(state, key);
  if (!form || !view || !state.view) return;
  const def = form.def;
  state.channel = key;
  el.listView.hidden = true;
  el.formView.hidden = false;
  el.formName.textContent = view.tab;
  el.formLegend.textContent = `Data ${view.tab} ${state.view.monthLabel}`;
  el.formStatus.replaceChildren(statusPill(view));
  el.formHelp.textContent = def.help;
  notify(
    el.saveNotice,
    "info",
    def.kind === "monthly" ? extraRowsText(view.tab, view.rows.length, view.rowNumbers) : "",
  );
  renderFields(page);
  el.formTitle.focus();
}

export function renderFields(page: Sidebar): void {
  const form = currentForm(page.state);
  if (!form) return;
  if (form.def.kind === "items") openProblemRows(form, validate(form));
  page.el.fields.replaceChildren(form.def.kind === "monthly" ? renderMonthly(form) : renderItems(form));
  refresh(page);
}

/** Messages, references, live count, compact lines and the save bar, from the form as typed. */
export function refresh(page: Sidebar): void {
  const { el, state } = page;
  const form = currentForm(state);
  const view = state.channel ? channelViewOf(state, state.channel) : undefined;
  if (!form || !view) return;
  const validation = validate(form);
  showValidation(el.fields, form, validation);
  showReferences(el.fields, form, view.references);
  showMeasure(el.measure, form, validation, view.references);
  if (form.def.kind === "items") showItemLines(el.fields, form, validation);
  const general = [
    ...validation.general.map((m) => h("p", {}, m)),
    ...(validation.report.length > 0
      ? [
          h("p", { class: "report-lead" }, "Dari pemeriksaan laporan (data yang tersimpan):"),
          h("ul", {}, ...validation.report.map((f) => h("li", {}, f.message))),
        ]
      : []),
  ];
  const onlyWarnings =
    validation.general.length === 0 && validation.report.every((f) => f.severity === "warning");
  el.formGeneral.className = onlyWarnings ? "general warning" : "general";
  el.formGeneral.hidden = general.length === 0;
  el.formGeneral.replaceChildren(...general);
  showSaveBar(page, form, validation);
  keepForm(page, form);
}

export function focusFirstInvalid(page: Sidebar): void {
  const form = currentForm(page.state);
  if (form?.def.kind === "items") {
    openProblemRows(form, validate(form));
    refresh(page);
  }
  page.el.fields.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
}

function fieldOf(target: EventTarget | null): { rowId: number; column: string } | undefined {
  if (!(target instanceof HTMLElement) || target.dataset.col === undefined) return undefined;
  return { rowId: Number(target.dataset.row), column: target.dataset.col };
}

/** Typing re-checks the form; leaving a field shows its message. */
export function wireFields(page: Sidebar): void {
  page.el.fields.addEventListener("input", (event) => {
    const form = currentForm(page.state);
    const field = fieldOf(event.target);
    if (!form || !field) return;
    setCell(form, field.rowId, field.column, (event.target as HTMLInputElement).value);
    refresh(page);
  });
  page.el.fields.addEventListener("focusout", (event) => {
    const form = currentForm(page.state);
    const field = fieldOf(event.target);
    if (!form || !field || page.state.saving) return;
    touch(form, field.rowId, field.column);
    refresh(page);
  });
}
