/**
 * Unsaved figures across closing the sidebar: each change is kept in the browser as it is typed,
 * and when the month is loaded again the forms show it again, with a notice naming the channels
 * and a button to discard it. Saving (or discarding) forgets it.
 */
import type { ChannelKey } from "../core/workbook/channels";
import { renderList } from "./channel-list";
import { h } from "./dom";
import { forgetDraft, keepDraft, readDraft, restoreInto } from "./draft-store";
import type { Sidebar } from "./elements";
import type { FormState } from "./form-state";
import { clockTime } from "./messages";
import { draftOf } from "./state";

/** Called after every change of a form: keeps it while unsaved, forgets it once saved. */
export function keepForm(page: Sidebar, form: FormState): void {
  keepDraft(page.state.workbook, form);
}

export function forgetForm(page: Sidebar, month: string, key: ChannelKey): void {
  forgetDraft(page.state.workbook, month, key);
}

/** The sentence of the notice: which channels were restored, since when, and what changed meanwhile. */
export function restoredText(
  tabs: readonly string[],
  changed: readonly string[],
  since: Date,
  now = new Date(),
): string {
  const sameDay = since.toDateString() === now.toDateString();
  const when = sameDay
    ? `pukul ${clockTime(since)}`
    : `${since.getDate()}/${since.getMonth() + 1}/${since.getFullYear()} pukul ${clockTime(since)}`;
  const lead = `Isian yang belum disimpan (diketik ${when}) dipulihkan untuk ${tabs.join(", ")}. Periksa, lalu simpan atau buang.`;
  if (changed.length === 0) return lead;
  return `${lead} Data ${changed.join(", ")} telah diubah di Sheets sejak itu: menyimpan isian ini akan ditolak; muat ulang untuk melihat perubahan itu.`;
}

/** Puts back every channel's kept figures for the month just loaded; shows the notice when any. */
export function restoreDrafts(page: Sidebar, onChange: () => void): void {
  const { el, state } = page;
  const view = state.view;
  if (!view) return;
  const restored: { key: ChannelKey; tab: string }[] = [];
  const changed: string[] = [];
  let since = 0;
  for (const channel of view.channels) {
    const draft = readDraft(state.workbook, view.month, channel.key);
    const form = draft ? draftOf(state, channel.key) : undefined;
    if (!draft || !form) continue;
    // The save carries the version the figures were typed against: if Sheets changed meanwhile,
    // the save is refused as a conflict rather than overwriting that change.
    restoreInto(form, draft, draft.version);
    restored.push({ key: channel.key, tab: channel.tab });
    if (draft.version !== channel.version) changed.push(channel.tab);
    since = Math.max(since, draft.at);
  }
  if (restored.length === 0) return;
  const discard = h("button", { type: "button", class: "secondary" }, "Buang isian ini");
  discard.addEventListener("click", () => {
    for (const { key } of restored) {
      forgetDraft(state.workbook, view.month, key);
      state.drafts.delete(key);
    }
    el.notice.hidden = true;
    el.notice.replaceChildren();
    onChange();
  });
  el.notice.hidden = false;
  el.notice.className = "notice info";
  el.notice.setAttribute("role", "status");
  el.notice.replaceChildren(
    h(
      "span",
      {},
      restoredText(
        restored.map((r) => r.tab),
        changed,
        new Date(since),
      ),
    ),
    " ",
    discard,
  );
  renderList(page);
}
