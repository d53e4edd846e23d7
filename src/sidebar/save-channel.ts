/** Saving a channel's form: one `simpanKanal` call, its outcome shown, the focus put back. */
import type { ChannelKey } from "../core/channels";
import type { SaveResult } from "../core/rpc";
import { focusFirstInvalid, refresh, renderFields } from "./channel-form";
import { renderList } from "./channel-list";
import type { Elements, Sidebar } from "./elements";
import { failureMessage } from "./failure";
import { applyServerFindings, type FormState, sentRows, validate } from "./form-state";
import { statusPill } from "./list-view";
import { loadMonth } from "./load-month";
import { clearNotice, notify, setProgress } from "./notice";
import { server } from "./server";
import { applySaved, currentForm } from "./state";

/**
 * Whether Enter in an element of the form saves: in a field yes; in a long text it starts a new
 * line, and Ctrl (or Cmd) + Enter saves.
 */
export function savesOnEnter(tagName: string, withModifier: boolean): boolean {
  const tag = tagName.toUpperCase();
  return tag === "INPUT" || tag === "SELECT" || (tag === "TEXTAREA" && withModifier);
}

/** Saves the open form, or shows every message and goes to the first error when it has one. */
function trySave(page: Sidebar): void {
  const form = currentForm(page.state);
  if (!form || page.state.saving) return;
  if (validate(form).errorCount > 0) {
    form.revealAll = true;
    refresh(page);
    focusFirstInvalid(page);
    return;
  }
  void save(page, form);
}

/** While a save is under way nothing that would change what is being saved can be used. */
function lockForSave(el: Elements, locked: boolean): void {
  el.formFields.disabled = locked;
  el.month.disabled = locked;
  el.back.disabled = locked;
}

async function save(page: Sidebar, form: FormState): Promise<void> {
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
  try {
    const result = await server.simpanKanal({
      month: form.month,
      channel: key,
      rows: sent.cells,
      version: form.version,
    });
    focusAfter = showSaveResult(page, form, result, sent.ids);
  } catch (error) {
    notify(el.saveNotice, "error", failureMessage(error, "menyimpan"));
  } finally {
    state.saving = false;
    lockForSave(el, false);
    setProgress(el, "");
    refresh(page);
  }
  if (state.channel !== key) return;
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
    applySaved(state, form, result.view);
    if (state.channel === key) {
      el.formStatus.replaceChildren(statusPill(result.view));
      renderFields(page);
    }
    renderList(page);
    notify(el.saveNotice, "ok", result.message);
    return undefined;
  }
  if (result.reason === "invalid") {
    applyServerFindings(form, result.findings, ids);
    refresh(page);
    notify(el.saveNotice, "error", result.message);
    return () => focusFirstInvalid(page);
  }
  if (result.reason === "conflict") {
    const reload = notify(el.saveNotice, "error", result.message, {
      label: "Muat ulang",
      run: () => void loadMonth(page, form.month, key),
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
}
