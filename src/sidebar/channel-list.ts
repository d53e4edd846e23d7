/** The list view: the month's channels with their status and findings; a channel opens its form. */
import type { ChannelKey } from "../core/workbook/channels";
import { openChannel } from "./channel-form";
import type { Sidebar } from "./elements";
import { channelButtonId, completeText, renderChannelList, renderFindings } from "./list-view";
import { unsavedKeys } from "./state";

export function renderList({ el, state }: Sidebar): void {
  const view = state.view;
  if (!view) return;
  el.listTitle.textContent = `Kanal \u2013 ${view.monthLabel}`;
  el.listSummary.textContent = completeText(view);
  renderChannelList(el.channelList, view, unsavedKeys(state));
  renderFindings(el.findings, view.findings);
}

/** Back to the list; `focusKey` is the channel whose button takes the focus. */
export function showList(page: Sidebar, focusKey?: string): void {
  page.el.formView.hidden = true;
  page.el.listView.hidden = false;
  page.state.channel = undefined;
  renderList(page);
  const target = focusKey ? document.getElementById(channelButtonId(focusKey)) : null;
  target?.focus();
}

export function wireChannelList(page: Sidebar): void {
  page.el.channelList.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-channel]");
    if (button?.dataset.channel) openChannel(page, button.dataset.channel as ChannelKey);
  });
  page.el.back.addEventListener("click", () => showList(page, page.state.channel));
}
