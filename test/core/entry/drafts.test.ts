/**
 * Drafts: a monthly channel saved half-filled is kept, shows "Sebagian" (never "Lengkap", never
 * "Ada kesalahan" for empty figures alone), and the report's check still names what is missing.
 */
import { describe, expect, it } from "vitest";
import { planSave } from "../../../src/core/entry/save-plan";
import { buildMonthView } from "../../../src/core/judgement/month-view";
import { checkMonth, verdict } from "../../../src/core/judgement/report-check";
import { channel, headersOf } from "../../../src/core/workbook/channels";
import { monthVersion } from "../../../src/core/workbook/month-rows";
import { newWorkbook } from "../../../src/core/workbook/new-workbook";
import { toMonth } from "../../../src/core/workbook/period";
import type { RawTab } from "../../../src/core/workbook/types";

const tickets = channel("tiketKonsultasi");
const empty = (): RawTab => ({ name: tickets.tab, header: headersOf(tickets), rows: [], firstRow: 2 });
/** Only WhatsApp typed so far: Total Tiket empty and the other channels too. */
const halfFilled = tickets.columns.map((c) => (c.key === "whatsapp" ? "988" : null));

describe("a half-filled monthly channel", () => {
  it("is saved as a draft", () => {
    const tab = empty();
    const plan = planSave(tickets, tab, {
      month: "2023-11",
      channel: "tiketKonsultasi",
      rows: [halfFilled],
      version: monthVersion(tab, tickets, "2023-11"),
    });
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.rows[0]?.slice(0, 2)).toEqual(["2023-11", 988]);
  });

  it("shows Sebagian while the report's check names the empty total, which blocks the deck", () => {
    const row = ["2023-11", ...halfFilled.map((cell) => cell ?? "")];
    const workbook = { ...newWorkbook(), [tickets.tab]: { ...empty(), rows: [row] } };
    const view = buildMonthView(workbook, toMonth("2023-11"));
    const shown = view.channels.find((c) => c.key === "tiketKonsultasi");
    expect(shown?.status).toBe("sebagian");
    expect(shown?.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/Total Tiket\): kosong, dan rinciannya belum lengkap \(Telepon, /),
    ]);
    const check = checkMonth(workbook, toMonth("2023-11"));
    expect(check.errors.map((f) => f.message)).toEqual(
      view.findings.filter((f) => f.severity === "error").map((f) => f.message),
    );
    expect(check.errors.map((f) => f.message)).toEqual(shown?.findings.map((f) => f.message));
    expect(check.summary.channels.find((c) => c.key === "tiketKonsultasi")?.status).toBe("sebagian");
    expect(verdict(check, toMonth("2023-11"), { allowMissing: true, acceptWarnings: true })).toMatchObject({
      ok: false,
      reason: "errors",
    });
  });

  it("a typo is no draft: refused on save", () => {
    const tab = empty();
    const typo = tickets.columns.map((c) => (c.key === "whatsapp" ? "98l" : null));
    const plan = planSave(tickets, tab, {
      month: "2023-11",
      channel: "tiketKonsultasi",
      rows: [typo],
      version: monthVersion(tab, tickets, "2023-11"),
    });
    expect(plan).toMatchObject({ ok: false, reason: "invalid" });
  });
});
