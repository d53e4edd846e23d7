/**
 * The first step's way straight to management: when the month's deck exists and was made from the
 * data as it is now, "Buka presentasi" and "Kirim ke pimpinan" without making it again (Buat
 * Laporan steps back to grey); and a note when Penerima Laporan cannot be used yet, before any
 * deck is made. Built from text nodes only.
 */
import type { PeriksaResult } from "../../rpc/report";
import { mountSendStep, type ServerCall } from "./step";

export const EXISTING_ID = "existing";
export const EXISTING_LINK_ID = "existing-link";
export const MAIL_PROBLEM_ID = "mail-problem";

function primary(element: Element | null, on: boolean): void {
  element?.classList.toggle("primary", on);
  element?.classList.toggle("secondary", !on);
}

/**
 * Fills `host` for the checked month; returns whether the deck can be sent as it is. `buat` is the
 * Buat Laporan button, grey while the existing deck is the way forward.
 */
export function renderExisting(
  host: HTMLElement,
  result: PeriksaResult,
  call: ServerCall,
  buat: HTMLElement,
  onRegenerate: () => void,
  /** A period's deck is shared by its link: no e-mail step. */
  canSend = true,
): boolean {
  host.replaceChildren();
  const previous = result.previous;
  const ready = previous?.unchanged === true;
  host.hidden = !ready;
  primary(buat, !ready);
  if (!previous || !ready) return false;

  const text = document.createElement("p");
  text.className = "note";
  text.textContent = `Presentasi ${result.monthLabel} sudah dibuat (${previous.when}) dari data yang sama dengan sekarang: ${canSend ? "buka atau kirim" : "buka"} tanpa membuatnya lagi. Buat Laporan memperbaruinya di file yang sama.`;
  const actions = document.createElement("div");
  actions.className = "actions";
  const link = document.createElement("a");
  link.id = EXISTING_LINK_ID;
  link.className = "primary";
  link.href = previous.url;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.textContent = "Buka presentasi";
  actions.appendChild(link);
  host.append(text, actions);
  // While the e-mail preview is open its Kirim is the one primary action.
  if (canSend) mountSendStep(host, result, call, (open) => primary(link, !open), onRegenerate);
  return true;
}

/** The note on Penerima Laporan (or Pesan Pengantar) in the first step; hidden when all is well. */
export function renderMailProblem(note: HTMLElement, result: PeriksaResult): void {
  note.textContent = result.mailProblem
    ? `Kirim ke pimpinan belum dapat dipakai: ${result.mailProblem} Laporan tetap dapat dibuat.`
    : "";
  note.hidden = !result.mailProblem;
}
