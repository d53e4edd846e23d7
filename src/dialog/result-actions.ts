/**
 * The hook for more actions on the result step (after "Buka presentasi", "Salin tautan",
 * "Tutup"): a module calls `addResultAction` when the page loads (imported once from main.ts);
 * each time a deck is made its `render` gets the result and the actions container
 * (#result-actions) to append its own buttons to. Nothing else of the dialog needs to change.
 */
import type { BuatLaporanResult } from "../rpc/report";

export type DeckResult = Extract<BuatLaporanResult, { ok: true }>;
export type ResultAction = (result: DeckResult, actions: HTMLElement) => void;

const actions: ResultAction[] = [];

export function addResultAction(render: ResultAction): void {
  actions.push(render);
}

/** Runs every registered action for a new result; elements they added before are removed first. */
export function renderResultActions(result: DeckResult, container: HTMLElement): void {
  for (const added of container.querySelectorAll("[data-extension]")) added.remove();
  for (const render of actions) {
    const before = new Set(container.children);
    render(result, container);
    for (const child of container.children) if (!before.has(child)) child.setAttribute("data-extension", "");
  }
}
