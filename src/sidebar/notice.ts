/** The page's messages (a notice box per place) and its progress line. */
import { h } from "./dom";
import type { Elements } from "./elements";

export type NoticeKind = "ok" | "error" | "info";

export interface NoticeAction {
  label: string;
  run: () => void;
}

/** Shows `text` in `box` (hidden when empty); returns the action's button, if one was asked for. */
export function notify(
  box: HTMLElement,
  kind: NoticeKind,
  text: string,
  action?: NoticeAction,
): HTMLButtonElement | undefined {
  box.hidden = text === "";
  box.className = `notice ${kind}`;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  box.replaceChildren(h("span", {}, text));
  if (!action) return undefined;
  const button = h("button", { type: "button", class: "secondary" }, action.label);
  button.addEventListener("click", action.run);
  box.append(" ", button);
  return button;
}

export function clearNotice(box: HTMLElement): void {
  notify(box, "info", "");
}

/** What the page is waiting for (`Menyimpan...`); empty when it waits for nothing. */
export function setProgress(el: Pick<Elements, "progress" | "main">, text: string): void {
  el.progress.textContent = text;
  el.progress.classList.toggle("active", text !== "");
  el.main.setAttribute("aria-busy", text === "" ? "false" : "true");
}
