/**
 * Buat Laporan: opens the report dialog over the sheet. With changes not yet saved it first asks,
 * inside the sidebar (the dialog is modal and would hide the forms): the report is made from
 * what is saved.
 */

import { failureMessage } from "../ui/failure";
import { h } from "./dom";
import type { Sidebar } from "./elements";
import { unsavedAskText } from "./messages";
import { clearNotice, notify, setProgress } from "./notice";
import { server } from "./server";
import { channelDefOf, unsavedKeys } from "./state";

async function openReportDialog({ el }: Sidebar): Promise<void> {
  el.report.disabled = true;
  clearNotice(el.reportNotice);
  setProgress(el, "Membuka jendela Buat Laporan...");
  try {
    await server.bukaDialogLaporan();
  } catch (error) {
    notify(el.reportNotice, "error", failureMessage(error, "membuka-laporan"));
  } finally {
    el.report.disabled = false;
    setProgress(el, "");
  }
}

/** The question before the dialog: open it without the unsaved changes, or go back to them. */
function askFirst(page: Sidebar, tabs: readonly string[]): void {
  const { el } = page;
  const open = h("button", { type: "button", class: "secondary" }, "Buka tanpa perubahan itu");
  const cancel = h("button", { type: "button", class: "secondary" }, "Batal");
  open.addEventListener("click", () => void openReportDialog(page));
  cancel.addEventListener("click", () => {
    clearNotice(el.reportNotice);
    el.report.focus();
  });
  el.reportNotice.hidden = false;
  el.reportNotice.className = "notice warning ask";
  el.reportNotice.setAttribute("role", "alert");
  el.reportNotice.replaceChildren(
    h("p", {}, unsavedAskText(tabs)),
    h("div", { class: "actions" }, open, cancel),
  );
  open.focus();
}

function onReport(page: Sidebar): void {
  if (page.el.report.disabled) return;
  const unsaved = [...unsavedKeys(page.state)].map((key) => channelDefOf(key)?.tab ?? key);
  if (unsaved.length > 0) askFirst(page, unsaved);
  else void openReportDialog(page);
}

export function wireReportButton(page: Sidebar): void {
  page.el.report.addEventListener("click", () => onReport(page));
}
