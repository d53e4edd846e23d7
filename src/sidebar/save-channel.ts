/** Saving a channel's form: one `simpanKanal` call, its outcome shown, the focus put back. */
import type { ChannelKey } from "../core/workbook/channels";
import type { SaveResult } from "../rpc/sidebar";
import { failureMessage } from "../ui/failure";
import { focusFirstInvalid, openChannel, refresh, renderFields } from "./channel-form";
import { renderList, showList } from "./channel-list";
import type { Elements, Sidebar } from "./elements";
import { applyServerFindings, type FormState, sentRows, validate } from "./form-state";
import { statusPill } from "./list-view";
import { loadMonth } from "./load-month";
import { ALL_FILLED_TEXT, clockTime } from "./messages";
import { clearNotice, notify, setProgress } from "./notice";
import { forgetForm } from "./restore-drafts";
import { wireSaveHint } from "./save-bar";
import { server } from "./server";
import { applySaved, currentForm, nextToFill } from "./state";

/**
 * Whether Enter in an element of the form saves: in a field yes; in a long text it starts a new
 * line, and Ctrl (or Cmd) + Enter saves.
 */
export function savesOnEnter(tagName: string, withModifier: boolean): boolean {
  const tag = tagName.toUpperCase();
  return tag === "INPUT" || tag === "SELECT" || (tag === "TEXTAREA" && withModifier);
}

/**
 * Saves the open form, or shows every message and goes to the first error that stops the save.
 * Errors of the report's check (a total that does not add up) do not stop a draft being saved.
 * `next`: Simpan & lanjut, which then opens the next channel still Kosong or Sebagian.
 */
function trySave(page: Sidebar, next = false): void {
  const form = currentForm(page.state);
  if (!form || page.state.saving) return;
  if (validate(form).blocking > 0) {
    form.revealAll = true;
    refresh(page);
    focusFirstInvalid(page);
    return;
  }
  void save(page, form, next);
}

/** After Simpan & lanjut: the next channel to fill, or the list when none is left. */
function goNext(page: Sidebar, from: ChannelKey): void {
  const next = nextToFill(page.state, from);
  if (next) {
    openChannel(page, next);
    return;
  }
  showList(page, from);
  notify(page.el.notice, "ok", ALL_FILLED_TEXT);
}

/** While a save is under way nothing that would change what is being saved can be used. */
function lockForSave(el: Elements, locked: boolean): void {
  el.formFields.disabled = locked;
  el.month.disabled = locked;
  el.back.disabled = locked;
}

async function save(page: Sidebar, form: FormState, next: boolean): Promise<void> {
  const { el, state } = page;
  const key = form.def.key as ChannelKey;
  const sent = sentRows(form);
  const focused = document.activeElement?.id;
  state.saving = true;
  lockForSave(el, true);
  el.save.disabled = true;
  clearNotice(el.saveNotice);
  setProgress(el, "Menyimpan...");
  let focusAfter: (() => void) | undefined;
  let ok = false;
  refresh(page);
  try {
    const result = await server.simpanKanal({
      month: form.month,
      channel: key,
      rows: sent.cells,
      origins: sent.origins,
      version: form.version,
    });
    ok = result.ok;
    if (result.ok) state.saved.set(key, { time: clockTime(new Date()), changed: result.changedCells });
    focusAfter = showSaveResult(page, form, result, sent.ids);
  } catch (error) {
    const retry = notify(el.saveNotice, "error", failureMessage(error, "menyimpan"), {
      label: "Coba lagi",
      run: () => trySave(page, next),
    });
    focusAfter = () => retry?.focus();
  } finally {
    state.saving = false;
    lockForSave(el, false);
    setProgress(el, "");
    refresh(page);
  }
  if (state.channel !== key) return;
  if (ok && next) {
    goNext(page, key);
    return;
  }
  if (focusAfter) focusAfter();
  else if (document.activeElement === document.body || document.activeElement === null) {
    // Disabling the fieldset took the focus away: give it back where it was.
    ((focused ? document.getElementById(focused) : null) ?? el.save).focus();
  }
}

/** Shows a save's outcome; returns where the focus should go, if somewhere particular. */
function showSaveResult(
  page: Sidebar,
  form: FormState,
  result: SaveResult,
  ids: number[],
): (() => void) | undefined {
  const { el, state } = page;
  const key = form.def.key as ChannelKey;
  if (result.ok) {
    forgetForm(page, form.month, key);
    applySaved(state, form, result.view, result.month);
    if (state.channel === key) {
      el.formStatus.replaceChildren(statusPill(result.view));
      renderFields(page);
    }
    renderList(page);
    // The sticky status beside Save says it (`Tersimpan 09:31, ...`); the notice is for problems.
    clearNotice(el.saveNotice);
    return undefined;
  }
  if (result.reason === "invalid") {
    applyServerFindings(form, result.findings, ids);
    refresh(page);
    // Findings placed at their fields are counted on the bar's one line; a refusal naming no
    // field (a tab to set up, a month held twice) is said here.
    if (result.findings.length === 0 || form.serverGeneral.length > 0)
      notify(el.saveNotice, "error", result.message);
    return () => focusFirstInvalid(page);
  }
  if (result.reason === "conflict") {
    const reload = notify(el.saveNotice, "error", result.message, {
      label: "Muat ulang",
      // Reloading shows the other change; the figures typed here are to be filled again.
      run: () => {
        forgetForm(page, form.month, key);
        void loadMonth(page, form.month, key);
      },
    });
    return () => reload?.focus();
  }
  // Busy: the server's message already says to wait and save again.
  notify(el.saveNotice, "error", result.message);
  return undefined;
}

export function wireSave(page: Sidebar): void {
  page.el.form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    const target = event.target as HTMLElement;
    if (!savesOnEnter(target.tagName, event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    trySave(page);
  });
  page.el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    trySave(page);
  });
  page.el.saveNext.addEventListener("click", () => trySave(page, true));
  wireSaveHint(
    page,
    (rowId) => {
      const form = currentForm(page.state);
      if (form?.def.kind !== "items" || rowId === 0 || form.expanded.has(rowId)) return;
      form.expanded.add(rowId);
      renderFields(page);
    },
    () => {
      const form = currentForm(page.state);
      return form ? validate(form) : undefined;
    },
  );
}
