/**
 * The sidebar page: pick a month, see each channel's status, fill a channel's form, save.
 * One `muatBulan` call per month; `simpanKanal` per save. Every value is shown as text.
 */
import { CHANNELS, type ChannelDef, type ChannelKey } from "../core/channels";
import { lastCompletedMonth, monthLabel, parseMonth } from "../core/period";
import type { ChannelView, MonthView, SaveResult } from "../core/rpc";
import { byId, h } from "./dom";
import { failureMessage } from "./failure";
import { controlId } from "./field";
import {
  addRow,
  applyServerFindings,
  type FormState,
  formFromView,
  isDirty,
  moveRow,
  problemText,
  removeRow,
  sentRows,
  setCell,
  touch,
  validate,
} from "./form-state";
import { renderItems, renderMonthly, showMeasure, showReferences, showValidation } from "./form-view";
import { channelButtonId, completeText, renderChannelList, renderFindings, statusPill } from "./list-view";
import { server } from "./server";

interface App {
  month: string;
  view?: MonthView;
  channel?: ChannelKey;
  /** Forms opened this month, kept while staff move between channels. */
  drafts: Map<ChannelKey, FormState>;
  loadSeq: number;
  saving: boolean;
}

const app: App = { month: "", drafts: new Map(), loadSeq: 0, saving: false };

const el = {
  month: byId<HTMLInputElement>("bulan"),
  main: byId("main"),
  progress: byId("progress"),
  notice: byId("notice"),
  listView: byId("list-view"),
  listTitle: byId("list-title"),
  listSummary: byId("list-summary"),
  channelList: byId("channel-list"),
  findings: byId<HTMLDetailsElement>("findings"),
  formView: byId("form-view"),
  back: byId<HTMLButtonElement>("back"),
  formTitle: byId("form-title"),
  formName: byId("form-name"),
  formStatus: byId("form-status"),
  formHelp: byId("form-help"),
  formGeneral: byId("form-general"),
  form: byId<HTMLFormElement>("channel-form"),
  formFields: byId<HTMLFieldSetElement>("form-fields"),
  formLegend: byId("form-legend"),
  fields: byId("fields"),
  measure: byId("measure"),
  save: byId<HTMLButtonElement>("save"),
  saveHint: byId("save-hint"),
  saveNotice: byId("save-notice"),
  report: byId<HTMLButtonElement>("buat-laporan"),
  reportNotice: byId("report-notice"),
};

const channelDefs = new Map<string, ChannelDef>(CHANNELS.map((c) => [c.key, c]));

// ---- messages ---------------------------------------------------------------------------

type NoticeKind = "ok" | "error" | "info";

function notify(
  box: HTMLElement,
  kind: NoticeKind,
  text: string,
  action?: { label: string; run: () => void },
) {
  box.hidden = text === "";
  box.className = `notice ${kind}`;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  box.replaceChildren(h("span", {}, text));
  if (action) {
    const button = h("button", { type: "button", class: "secondary" }, action.label);
    button.addEventListener("click", action.run);
    box.append(" ", button);
    return button;
  }
  return undefined;
}

function setProgress(text: string): void {
  el.progress.textContent = text;
  el.progress.classList.toggle("active", text !== "");
  el.main.setAttribute("aria-busy", text === "" ? "false" : "true");
}

// ---- loading a month --------------------------------------------------------------------

function unsavedKeys(): Set<string> {
  return new Set([...app.drafts].filter(([, form]) => isDirty(form)).map(([key]) => key));
}

async function loadMonth(month: string, reopen?: ChannelKey): Promise<void> {
  const parsed = parseMonth(month);
  if (!parsed.ok) {
    notify(el.notice, "error", parsed.message);
    return;
  }
  const seq = ++app.loadSeq;
  app.month = parsed.month;
  notify(el.notice, "info", "");
  setProgress(`Memuat data ${monthLabel(parsed.month)}...`);
  try {
    const view = await server.muatBulan(parsed.month);
    if (seq !== app.loadSeq) return;
    app.view = view;
    app.drafts.clear();
    renderList();
    if (reopen) openChannel(reopen);
    else showList();
  } catch (error) {
    if (seq !== app.loadSeq) return;
    notify(el.notice, "error", failureMessage(error, "memuat"));
  } finally {
    if (seq === app.loadSeq) setProgress("");
  }
}

function renderList(): void {
  const view = app.view;
  if (!view) return;
  el.listTitle.textContent = `Kanal \u2013 ${view.monthLabel}`;
  el.listSummary.textContent = completeText(view);
  renderChannelList(el.channelList, view, unsavedKeys());
  renderFindings(el.findings, view.findings);
}

function showList(focusKey?: string): void {
  el.formView.hidden = true;
  el.listView.hidden = false;
  app.channel = undefined;
  renderList();
  const target = focusKey ? document.getElementById(channelButtonId(focusKey)) : null;
  target?.focus();
}

// ---- a channel's form -------------------------------------------------------------------

function channelView(key: ChannelKey): ChannelView | undefined {
  return app.view?.channels.find((c) => c.key === key);
}

function openChannel(key: ChannelKey): void {
  const def = channelDefs.get(key);
  const view = channelView(key);
  if (!def || !view || !app.view) return;
  let form = app.drafts.get(key);
  if (!form) {
    form = formFromView(def, app.view.month, view);
    app.drafts.set(key, form);
  }
  app.channel = key;
  el.listView.hidden = true;
  el.formView.hidden = false;
  el.formName.textContent = view.tab;
  el.formLegend.textContent = `Data ${view.tab} ${app.view.monthLabel}`;
  el.formStatus.replaceChildren(statusPill(view.status, view.statusLabel));
  el.formHelp.textContent = def.help;
  notify(el.saveNotice, "info", "");
  if (def.kind === "monthly" && view.rows.length > 1) {
    notify(
      el.saveNotice,
      "info",
      `Tab "${view.tab}" berisi ${view.rows.length} baris untuk bulan ini; hanya baris pertama yang ditampilkan dan disimpan.`,
    );
  }
  renderFields();
  el.formTitle.focus();
}

function currentForm(): FormState | undefined {
  return app.channel ? app.drafts.get(app.channel) : undefined;
}

function renderFields(): void {
  const form = currentForm();
  if (!form) return;
  el.fields.replaceChildren(form.def.kind === "monthly" ? renderMonthly(form) : renderItems(form));
  refresh();
}

/** Messages, references, live count and the Save button, from the form as typed. */
function refresh(): void {
  const form = currentForm();
  const view = app.channel ? channelView(app.channel) : undefined;
  if (!form || !view) return;
  const validation = validate(form);
  showValidation(el.fields, form, validation);
  showReferences(el.fields, form, view.references);
  showMeasure(el.measure, form, validation, view.references);
  el.formGeneral.hidden = validation.general.length === 0;
  el.formGeneral.replaceChildren(...validation.general.map((m) => h("p", {}, m)));
  el.save.disabled = validation.errorCount > 0 || app.saving;
  el.saveHint.textContent =
    validation.errorCount > 0 ? problemText(form, validation) : isDirty(form) ? "Belum disimpan." : "";
}

function focusControl(rowId: number, columnKey: string | undefined): void {
  if (columnKey === undefined) return;
  document.getElementById(controlId(rowId, columnKey))?.focus();
}

function rowAction(action: string, rowId: number): void {
  const form = currentForm();
  if (!form) return;
  const first = form.def.columns[0]?.key;
  if (action === "add") {
    const row = addRow(form);
    renderFields();
    focusControl(row.id, first);
    return;
  }
  const position = form.rows.findIndex((r) => r.id === rowId);
  if (action === "remove") {
    removeRow(form, rowId);
    renderFields();
    const next = form.rows[position] ?? form.rows[position - 1];
    if (next) focusControl(next.id, first);
    else el.fields.querySelector<HTMLElement>("[data-action=add]")?.focus();
    notify(el.saveNotice, "info", `Baris ${position + 1} dihapus (belum disimpan).`);
    return;
  }
  const delta = action === "up" ? -1 : 1;
  if (!moveRow(form, rowId, delta)) return;
  renderFields();
  const buttons = el.fields.querySelectorAll<HTMLButtonElement>(`button[data-row="${rowId}"]`);
  const same = [...buttons].find((b) => b.dataset.action === action && !b.disabled);
  (same ?? [...buttons].find((b) => !b.disabled))?.focus();
}

// ---- saving -----------------------------------------------------------------------------

function focusFirstInvalid(): void {
  el.fields.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
}

function trySave(): void {
  const form = currentForm();
  if (!form || app.saving) return;
  if (validate(form).errorCount > 0) {
    form.revealAll = true;
    refresh();
    focusFirstInvalid();
    return;
  }
  void save(form);
}

async function save(form: FormState): Promise<void> {
  const key = form.def.key as ChannelKey;
  const sent = sentRows(form);
  const focused = document.activeElement?.id;
  app.saving = true;
  el.formFields.disabled = true;
  el.month.disabled = true;
  el.back.disabled = true;
  el.save.disabled = true;
  notify(el.saveNotice, "info", "");
  setProgress("Menyimpan...");
  let focusAfter: (() => void) | undefined;
  try {
    const result = await server.simpanKanal({
      month: form.month,
      channel: key,
      rows: sent.cells,
      version: form.version,
    });
    focusAfter = handleSaveResult(form, key, result, sent.ids);
  } catch (error) {
    notify(el.saveNotice, "error", failureMessage(error, "menyimpan"));
  } finally {
    app.saving = false;
    el.formFields.disabled = false;
    el.month.disabled = false;
    el.back.disabled = false;
    setProgress("");
    refresh();
  }
  if (app.channel !== key) return;
  if (focusAfter) focusAfter();
  else if (document.activeElement === document.body || document.activeElement === null) {
    // Disabling the fieldset took the focus away: give it back where it was.
    ((focused ? document.getElementById(focused) : null) ?? el.save).focus();
  }
}

/** Shows a save's outcome; returns where the focus should go, if somewhere particular. */
function handleSaveResult(
  form: FormState,
  key: ChannelKey,
  result: SaveResult,
  ids: number[],
): (() => void) | undefined {
  if (result.ok) {
    const view = app.view;
    if (view && view.month === form.month) {
      view.channels = view.channels.map((c) => (c.key === key ? result.view : c));
      app.drafts.set(key, formFromView(form.def, form.month, result.view));
    }
    if (app.channel === key) {
      el.formStatus.replaceChildren(statusPill(result.view.status, result.view.statusLabel));
      renderFields();
    }
    renderList();
    notify(el.saveNotice, "ok", result.message);
    return undefined;
  }
  if (result.reason === "invalid") {
    applyServerFindings(form, result.findings, ids);
    refresh();
    notify(el.saveNotice, "error", result.message);
    return focusFirstInvalid;
  }
  if (result.reason === "conflict") {
    const reload = notify(el.saveNotice, "error", result.message, {
      label: "Muat ulang",
      run: () => void loadMonth(form.month, key),
    });
    return () => reload?.focus();
  }
  // Busy: the server's message already says to wait and save again.
  notify(el.saveNotice, "error", result.message);
  return undefined;
}

// ---- the report dialog ------------------------------------------------------------------

async function openReportDialog(): Promise<void> {
  if (el.report.disabled) return;
  const unsaved = [...unsavedKeys()].map((key) => channelDefs.get(key)?.tab ?? key);
  el.report.disabled = true;
  notify(el.reportNotice, "info", "");
  setProgress("Membuka jendela Buat Laporan...");
  try {
    await server.bukaDialogLaporan();
    notify(
      el.reportNotice,
      "info",
      unsaved.length > 0
        ? `Perubahan di ${unsaved.join(", ")} belum disimpan, sehingga tidak ikut dalam laporan.`
        : "",
    );
  } catch (error) {
    notify(el.reportNotice, "error", failureMessage(error, "membuka-laporan"));
  } finally {
    el.report.disabled = false;
    setProgress("");
  }
}

// ---- events -----------------------------------------------------------------------------

function fieldOf(target: EventTarget | null): { rowId: number; column: string } | undefined {
  if (!(target instanceof HTMLElement) || target.dataset.col === undefined) return undefined;
  return { rowId: Number(target.dataset.row), column: target.dataset.col };
}

el.fields.addEventListener("input", (event) => {
  const form = currentForm();
  const field = fieldOf(event.target);
  if (!form || !field) return;
  setCell(form, field.rowId, field.column, (event.target as HTMLInputElement).value);
  refresh();
});

el.fields.addEventListener("focusout", (event) => {
  const form = currentForm();
  const field = fieldOf(event.target);
  if (!form || !field || app.saving) return;
  touch(form, field.rowId, field.column);
  refresh();
});

el.fields.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
  if (button) rowAction(button.dataset.action ?? "", Number(button.dataset.row));
});

el.form.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== "Enter" || event.isComposing) return;
  // Enter in a field saves; in a long text it starts a new line, Ctrl+Enter saves.
  const saveKey =
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey));
  if (!saveKey) return;
  event.preventDefault();
  trySave();
});

el.form.addEventListener("submit", (event) => {
  event.preventDefault();
  trySave();
});

el.channelList.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-channel]");
  if (button?.dataset.channel) openChannel(button.dataset.channel as ChannelKey);
});

el.back.addEventListener("click", () => showList(app.channel));

el.report.addEventListener("click", () => void openReportDialog());

let monthTimer: ReturnType<typeof setTimeout> | undefined;
el.month.addEventListener("change", () => {
  clearTimeout(monthTimer);
  // The month input fires a change per edited segment; wait until typing settles.
  monthTimer = setTimeout(() => {
    const month = el.month.value;
    if (month === "" || month === app.month) return;
    const unsaved = unsavedKeys();
    const leave =
      unsaved.size === 0 ||
      window.confirm("Ada perubahan yang belum disimpan. Pindah bulan dan buang perubahan itu?");
    if (leave) void loadMonth(month);
    else el.month.value = app.month;
  }, 350);
});

// ---- start ------------------------------------------------------------------------------

const now = new Date();
const initial = lastCompletedMonth({ year: now.getFullYear(), month: now.getMonth() + 1 });
el.month.value = initial;
void loadMonth(initial);
