/** The dialog's elements; data enters the page as text only (textContent, value, href). */
import { findingParts } from "../core/judgement/finding-parts";
import type { FindingLine } from "../rpc/report";

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Elemen #${id} tidak ada.`);
  return found as T;
};

export function show(id: string, visible: boolean): void {
  byId(id).hidden = !visible;
}

/** A titled list of findings, built from text nodes only. */
export function fillList(id: string, title: string, items: readonly FindingLine[]): void {
  const box = byId(id);
  box.replaceChildren();
  show(id, items.length > 0);
  if (items.length === 0) return;
  // A box that may scroll: reachable with the keyboard, named by its title.
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", title);
  const heading = document.createElement("strong");
  heading.textContent = title;
  const list = document.createElement("ul");
  for (const item of items) {
    const li = document.createElement("li");
    const { head, items: cases } = findingParts(item.message);
    li.textContent = head;
    if (cases.length > 0) {
      const sub = document.createElement("ul");
      for (const text of cases) {
        const entry = document.createElement("li");
        entry.textContent = text;
        sub.appendChild(entry);
      }
      li.appendChild(sub);
    }
    list.appendChild(li);
  }
  box.append(heading, list);
}

export type Step = "check" | "generate" | "result";

const ORDER: readonly Step[] = ["check", "generate", "result"];

/** Marks the step the dialog is at (aria-current) and the ones before it as done. */
export function markStep(step: Step): void {
  const at = ORDER.indexOf(step);
  for (const li of byId("steps").querySelectorAll<HTMLElement>("li[data-step]")) {
    const index = ORDER.indexOf(li.dataset.step as Step);
    li.classList.toggle("done", index < at);
    if (index === at) li.setAttribute("aria-current", "step");
    else li.removeAttribute("aria-current");
  }
}
