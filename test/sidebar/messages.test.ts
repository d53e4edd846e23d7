import { describe, expect, it } from "vitest";
import { channel } from "../../src/core/workbook/channels";
import type { ChannelView } from "../../src/rpc/sidebar";
import { formFromView, problemText, setCell, validate } from "../../src/sidebar/form-state";
import { extraRowsText, removedRowText, saveHint, unsavedAskText } from "../../src/sidebar/messages";

const ppidView = (rows: string[][]): ChannelView => ({
  key: "ppid",
  tab: "PPID",
  status: "lengkap",
  statusLabel: "Lengkap",
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
  references: {},
  version: "v1",
  findings: [],
});

describe("saveHint", () => {
  it("is empty for a form as loaded, says an edit is not saved, and names what blocks Save", () => {
    const form = formFromView(channel("ppid"), "2023-11", ppidView([["14"]]));
    expect(saveHint(form, validate(form))).toBe("");
    setCell(form, 1, "permohonan", "21");
    expect(saveHint(form, validate(form))).toBe("Belum disimpan.");
    setCell(form, 1, "permohonan", "2l");
    const validation = validate(form);
    expect(saveHint(form, validation)).toBe(problemText(form, validation));
    expect(saveHint(form, validation)).toContain("Permohonan");
  });
});

describe("extraRowsText", () => {
  it("says nothing for one row and names the tab and the count for more", () => {
    expect(extraRowsText("PPID", 0)).toBe("");
    expect(extraRowsText("PPID", 1)).toBe("");
    const text = extraRowsText("PPID", 3);
    expect(text).toContain('Tab "PPID"');
    expect(text).toContain("3 baris");
    expect(extraRowsText("PPID", 2, [5, 9])).toContain("(baris 5 dan 9)");
  });
});

describe("unsavedAskText", () => {
  it("names every unsaved tab and asks before the report is made from what is saved", () => {
    const text = unsavedAskText(["PPID", "Webinar"]);
    expect(text).toMatch(/^Perubahan di PPID, Webinar belum disimpan\./);
    expect(text).toContain("tanpa perubahan itu?");
  });
});

describe("removedRowText", () => {
  it("counts rows from 1, as the rows' legends do", () => {
    expect(removedRowText(0)).toMatch(/^Baris 1 dihapus/);
    expect(removedRowText(2)).toMatch(/^Baris 3 dihapus/);
  });
});
