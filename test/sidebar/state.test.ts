import { describe, expect, it } from "vitest";
import { CHANNELS, type ChannelKey, channel } from "../../src/core/workbook/channels";
import type { ChannelView, MonthView } from "../../src/rpc/sidebar";
import { isDirty, setCell } from "../../src/sidebar/form-state";
import {
  applySaved,
  channelDefOf,
  channelViewOf,
  createState,
  currentForm,
  draftOf,
  initialMonth,
  type SidebarState,
  unsavedKeys,
} from "../../src/sidebar/state";

function channelView(key: ChannelKey, rows: string[][] = [], version = "v1"): ChannelView {
  return {
    key,
    tab: channel(key).tab,
    status: rows.length > 0 ? "lengkap" : "kosong",
    statusLabel: rows.length > 0 ? "Lengkap" : "Kosong",
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
    references: {},
    version,
    findings: [],
  };
}

function loaded(month = "2023-11", rows: Partial<Record<ChannelKey, string[][]>> = {}): SidebarState {
  const view: MonthView = {
    month,
    monthLabel: month,
    channels: CHANNELS.map((c) => channelView(c.key, rows[c.key])),
    findings: [],
  };
  return { ...createState(), month, view };
}

describe("initialMonth", () => {
  it("opens on the last completed month, across the turn of the year", () => {
    // The browser tests' 5 December 2023 reports November 2023, the seed report's month.
    expect(initialMonth(new Date(2023, 11, 5))).toBe("2023-11");
    expect(initialMonth(new Date(2024, 0, 31))).toBe("2023-12");
  });
});

describe("drafts", () => {
  it("keeps a form's edits while staff move between channels", () => {
    const state = loaded();
    const form = draftOf(state, "ppid");
    expect(form?.def.key).toBe("ppid");
    if (!form) throw new Error("form expected");
    setCell(form, 1, "permohonan", "21");
    draftOf(state, "webinar");
    expect(draftOf(state, "ppid")).toBe(form);
    expect(form.rows[0]?.cells).toEqual(["21"]);
  });

  it("has no form for a channel the month's view lacks, for an unknown key, or before a load", () => {
    const state = loaded();
    if (state.view) state.view.channels = state.view.channels.filter((c) => c.key !== "ppid");
    expect(draftOf(state, "ppid")).toBeUndefined();
    expect(draftOf(state, "nope" as ChannelKey)).toBeUndefined();
    expect(draftOf(createState(), "ppid")).toBeUndefined();
    expect(channelDefOf("nope")).toBeUndefined();
    expect(channelDefOf("ppid")?.tab).toBe("PPID");
  });

  it("names the channels with changes not yet saved, and only those", () => {
    const state = loaded("2023-11", { ppid: [["14"]] });
    const ppid = draftOf(state, "ppid");
    const webinar = draftOf(state, "webinar");
    if (!ppid || !webinar) throw new Error("forms expected");
    expect(unsavedKeys(state)).toEqual(new Set());
    setCell(ppid, 1, "permohonan", "21");
    expect(unsavedKeys(state)).toEqual(new Set(["ppid"]));
    // Typed back to what was loaded: nothing left to save.
    setCell(ppid, 1, "permohonan", "14");
    expect(unsavedKeys(state)).toEqual(new Set());
  });

  it("knows the open channel's form", () => {
    const state = loaded();
    expect(currentForm(state)).toBeUndefined();
    const form = draftOf(state, "ppid");
    state.channel = "ppid";
    expect(currentForm(state)).toBe(form);
  });
});

describe("applySaved", () => {
  it("takes the saved channel into the month and restarts its form from what was saved", () => {
    const state = loaded();
    const form = draftOf(state, "ppid");
    if (!form) throw new Error("form expected");
    setCell(form, 1, "permohonan", "21");
    const saved = channelView("ppid", [["21"]], "v2");
    applySaved(state, form, saved);
    expect(channelViewOf(state, "ppid")).toBe(saved);
    expect(channelViewOf(state, "webinar")?.version).toBe("v1");
    const fresh = draftOf(state, "ppid");
    expect(fresh).not.toBe(form);
    expect(fresh?.version).toBe("v2");
    expect(fresh && isDirty(fresh)).toBe(false);
    expect(unsavedKeys(state)).toEqual(new Set());
  });

  it("changes nothing when staff moved to another month before the save answered", () => {
    const state = loaded("2023-11");
    const form = draftOf(state, "ppid");
    if (!form) throw new Error("form expected");
    const october = loaded("2023-10");
    applySaved(october, form, channelView("ppid", [["21"]], "v2"));
    expect(channelViewOf(october, "ppid")?.version).toBe("v1");
    expect(october.drafts.size).toBe(0);
  });
});
