/** Buat Laporan: opens the report dialog over the sheet and names the changes it will not see. */

import { failureMessage } from "../ui/failure";
import type { Sidebar } from "./elements";
import { unsavedReportText } from "./messages";
import { clearNotice, notify, setProgress } from "./notice";
import { server } from "./server";
import { channelDefOf, unsavedKeys } from "./state";

async function openReportDialog({ el, state }: Sidebar): Promise<void> {
  if (el.report.disabled) return;
  const unsaved = [...unsavedKeys(state)].map((key) => channelDefOf(key)?.tab ?? key);
  el.report.disabled = true;
  clearNotice(el.reportNotice);
  setProgress(el, "Membuka jendela Buat Laporan...");
  try {
    await server.bukaDialogLaporan();
    notify(el.reportNotice, "info", unsavedReportText(unsaved));
  } catch (error) {
    notify(el.reportNotice, "error", failureMessage(error, "membuka-laporan"));
  } finally {
    el.report.disabled = false;
    setProgress(el, "");
  }
}

export function wireReportButton(page: Sidebar): void {
  page.el.report.addEventListener("click", () => void openReportDialog(page));
}
