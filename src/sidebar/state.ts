/**
 * What the page holds between events, without the DOM: the month shown, its view from the
 * server, the channel open, and the forms staff have started.
 */
import { CHANNELS, type ChannelKey, type RegisteredChannel } from "../core/workbook/channels";
import { lastCompletedMonth, type Month } from "../core/workbook/period";
import type { ChannelView, MonthView } from "../rpc/sidebar";
import { type FormState, formFromView, isDirty } from "./form-state";

export interface SidebarState {
  month: string;
  /** The spreadsheet's ID, from the last month loaded: unsaved figures are kept per workbook. */
  workbook: string;
  view?: MonthView;
  channel?: ChannelKey;
  /** Forms opened this month, kept while staff move between channels. */
  drafts: Map<ChannelKey, FormState>;
  /** Numbers month loads, so that only the latest one's answer is shown. */
  loadSeq: number;
  saving: boolean;
  /** The last save of each channel this month: when (`09:31`) and how many fields it changed. */
  saved: Map<ChannelKey, LastSave>;
}

export interface LastSave {
  time: string;
  changed: number;
}

export function createState(): SidebarState {
  return { month: "", workbook: "", drafts: new Map(), loadSeq: 0, saving: false, saved: new Map() };
}

/** The month the page opens on: the last completed one, as staff report it. */
export function initialMonth(now: Date): Month {
  return lastCompletedMonth({ year: now.getFullYear(), month: now.getMonth() + 1 });
}

/** A registered channel by key; undefined for anything else (keys come back from the DOM). */
export function channelDefOf(key: string): RegisteredChannel | undefined {
  return CHANNELS.find((c) => c.key === key);
}

/** The channels whose form holds changes not yet saved. */
export function unsavedKeys(state: SidebarState): Set<ChannelKey> {
  return new Set([...state.drafts].filter(([, form]) => isDirty(form)).map(([key]) => key));
}

export function channelViewOf(state: SidebarState, key: ChannelKey): ChannelView | undefined {
  return state.view?.channels.find((c) => c.key === key);
}

export function currentForm(state: SidebarState): FormState | undefined {
  return state.channel ? state.drafts.get(state.channel) : undefined;
}

/** The channel's form as staff left it, or a fresh one from the loaded view. */
export function draftOf(state: SidebarState, key: ChannelKey): FormState | undefined {
  const def = channelDefOf(key);
  const view = channelViewOf(state, key);
  if (!def || !view || !state.view) return undefined;
  let form = state.drafts.get(key);
  if (!form) {
    form = formFromView(def, state.view.month, view);
    state.drafts.set(key, form);
  }
  return form;
}

/**
 * Takes a saved channel's new view into the month shown and restarts its form from it; with the
 * month judged again (`month`), every channel's status and findings are refreshed too, and forms
 * without changes restart from their new view. A save that answers after staff moved to another
 * month changes nothing here.
 */
export function applySaved(
  state: SidebarState,
  form: FormState,
  saved: ChannelView,
  month?: MonthView,
): void {
  const view = state.view;
  if (!view || view.month !== form.month) return;
  const key = form.def.key as ChannelKey;
  if (month && month.month === view.month) {
    state.view = month;
    for (const [other, draft] of state.drafts) if (!isDirty(draft)) state.drafts.delete(other);
  } else {
    view.channels = view.channels.map((c) => (c.key === key ? saved : c));
  }
  state.drafts.set(key, formFromView(form.def, form.month, saved));
}

/**
 * The channel to fill next: the first after `from` (in registry order, wrapping) that is Kosong or
 * Sebagian for the month; undefined when every other channel is filled.
 */
export function nextToFill(state: SidebarState, from: ChannelKey): ChannelKey | undefined {
  const channels = state.view?.channels ?? [];
  const start = channels.findIndex((c) => c.key === from);
  const ordered = [...channels.slice(start + 1), ...channels.slice(0, Math.max(start, 0))];
  return ordered.find((c) => c.status === "kosong" || c.status === "sebagian")?.key;
}
