/** Loading a month: one `muatBulan` call; only the latest load's answer is shown. */
import type { ChannelKey } from "../core/workbook/channels";
import { monthLabel, parseMonth } from "../core/workbook/period";
import { failureMessage } from "../ui/failure";
import { openChannel } from "./channel-form";
import { renderList, showList } from "./channel-list";
import type { Sidebar } from "./elements";
import { clearNotice, notify, setProgress } from "./notice";
import { restoreDrafts } from "./restore-drafts";
import { server } from "./server";

/** Loads `month` and shows its list, or reopens the `reopen` channel's form (after Muat ulang). */
export async function loadMonth(page: Sidebar, month: string, reopen?: ChannelKey): Promise<void> {
  const { el, state } = page;
  const parsed = parseMonth(month);
  if (!parsed.ok) {
    notify(el.notice, "error", parsed.message);
    return;
  }
  const seq = ++state.loadSeq;
  state.month = parsed.month;
  clearNotice(el.notice);
  setProgress(el, `Memuat data ${monthLabel(parsed.month)}...`);
  try {
    const view = await server.muatBulan(parsed.month);
    if (seq !== state.loadSeq) return;
    state.view = view;
    state.workbook = view.workbook ?? "";
    state.drafts.clear();
    // Figures typed and not saved before the sidebar was closed come back first.
    restoreDrafts(page, () => {
      if (state.channel) openChannel(page, state.channel);
      else renderList(page);
    });
    renderList(page);
    if (reopen) openChannel(page, reopen);
    else showList(page);
  } catch (error) {
    if (seq !== state.loadSeq) return;
    const retry = notify(el.notice, "error", failureMessage(error, "memuat"), {
      label: "Coba lagi",
      run: () => void loadMonth(page, parsed.month, reopen),
    });
    retry?.focus();
  } finally {
    if (seq === state.loadSeq) setProgress(el, "");
  }
}
