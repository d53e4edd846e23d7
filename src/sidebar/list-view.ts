/** The month's channels with their status, and the month's findings. */

import { findingParts } from "../core/judgement/finding-parts";
import type { Finding } from "../core/workbook/types";
import type { ChannelView, MonthView } from "../rpc/sidebar";
import { h } from "./dom";

export const channelButtonId = (key: string): string => `kanal-${key}`;

export function renderChannelList(list: HTMLElement, view: MonthView, unsaved: ReadonlySet<string>): void {
  list.replaceChildren(
    ...view.channels.map((channel) =>
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "channel", id: channelButtonId(channel.key), "data-channel": channel.key },
          h("span", { class: "name" }, channel.tab),
          unsaved.has(channel.key) ? h("span", { class: "unsaved" }, "belum disimpan") : null,
          warningNote(channel),
          statusPill(channel),
        ),
      ),
    ),
  );
}

/** A channel whose data the report's check doubts (a warning, no error): `1 peringatan`. */
function warningNote(channel: ChannelView): HTMLElement | null {
  if (channel.status === "ada-kesalahan") return null;
  const warnings = (channel.findings ?? []).filter((f) => f.severity === "warning").length;
  return warnings > 0 ? h("span", { class: "warn-note" }, `${warnings} peringatan`) : null;
}

export function statusPill(channel: Pick<ChannelView, "status" | "statusLabel">): HTMLElement {
  return h("span", { class: `pill status-${channel.status}` }, channel.statusLabel);
}

/** `5 dari 17 kanal lengkap` */
export function completeText(view: MonthView): string {
  const complete = view.channels.filter((c) => c.status === "lengkap").length;
  return `${complete} dari ${view.channels.length} kanal lengkap`;
}

export function renderFindings(box: HTMLDetailsElement, findings: readonly Finding[]): void {
  box.hidden = findings.length === 0;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  box.replaceChildren(
    h("summary", {}, `Temuan: ${errors} kesalahan, ${warnings} peringatan`),
    h("ul", { class: "findings" }, ...findings.map(findingItem)),
  );
}

/** The lead of a finding that lists cases, with their count (once: the lead may say it already). */
export function casesSummary(head: string, count: number): string {
  const lead = head.replace(/:$/, "");
  return new RegExp(`(^|\\D)${count}(\\D|$)`).test(lead) ? lead : `${lead} (${count})`;
}

/**
 * One finding; one that names many cases (twelve visits over the guest limit) reads as its lead
 * with the count, and opens to the list of cases.
 */
function findingItem(finding: Finding): HTMLElement {
  const { head, items } = findingParts(finding.message);
  if (items.length === 0) return h("li", { class: finding.severity }, finding.message);
  return h(
    "li",
    { class: finding.severity },
    h(
      "details",
      { class: "cases" },
      h("summary", {}, casesSummary(head, items.length)),
      h("ul", {}, ...items.map((item) => h("li", {}, item))),
    ),
  );
}
