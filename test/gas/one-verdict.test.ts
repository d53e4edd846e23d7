/**
 * One verdict: the sidebar (muatBulan, simpanKanal), Periksa Data and the Buat Laporan dialog
 * (periksaLaporan) judge the same spoiled workbook alike, run from the built bundle.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { channel, headersOf } from "../../src/core/workbook/channels";
import type { PeriksaResult } from "../../src/rpc/report";
import type { MonthView, SaveResult } from "../../src/rpc/sidebar";
import { createFakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle } from "../fakes/runtime";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

const TICKETS = channel("tiketKonsultasi");
const TOTAL_COLUMN = headersOf(TICKETS).indexOf("Total Tiket");

/** The sample workbook with November's Total Tiket typed as 9.999 (its channels add up to 1.271). */
function spoiled() {
  const env = createFakeEnv({ htmlFiles: { Sidebar: "<p>sidebar</p>" } });
  const bundle = loadBundle(env, source);
  for (const tab of Object.values(sampleWorkbook())) {
    const rows = tab.rows.map((row) =>
      tab.name === TICKETS.tab && row[0] === "2023-11"
        ? row.map((cell, i) => (i === TOTAL_COLUMN ? 9999 : cell))
        : row,
    );
    env.spreadsheet.addSheet(tab.name, [tab.header, ...rows]);
  }
  return { env, bundle };
}

describe("one verdict on a spoiled Total Tiket", () => {
  it("the sidebar's status and field finding are the dialog's error, word for word", () => {
    const { env, bundle } = spoiled();
    const view = bundle.call("muatBulan", "2023-11") as MonthView;
    const dialog = bundle.call("periksaLaporan", "2023-11") as PeriksaResult;

    const tickets = view.channels.find((c) => c.key === "tiketKonsultasi");
    expect(tickets?.status).toBe("ada-kesalahan");
    expect(tickets?.statusLabel).toBe("Ada kesalahan");
    const sidebarErrors = (tickets?.findings ?? []).filter((f) => f.severity === "error");
    // Both sums of the row disagree: the channels (1.271) and the zones.
    expect(sidebarErrors).toHaveLength(2);
    for (const error of sidebarErrors) {
      expect(error).toMatchObject({ tab: "Tiket Konsultasi", column: "Total Tiket", code: "sum-mismatch" });
    }
    expect(sidebarErrors[0]?.message).toMatch(/Total Tiket tertulis 9\.999.*= 1\.271 /);
    expect(dialog.errors.map((e) => e.message)).toEqual(
      view.findings.filter((f) => f.severity === "error").map((f) => f.message),
    );
    expect(dialog.errors.map((e) => e.message)).toContain(sidebarErrors[0]?.message);
    // No channel the dialog names in an error shows "Lengkap" in the sidebar.
    for (const error of dialog.errors) {
      expect(view.channels.find((c) => c.tab === error.tab)?.status).toBe("ada-kesalahan");
    }

    env.ui.answerPrompts({ text: "2023-11" });
    bundle.call("periksaData");
    const alert = env.ui.alerts.at(-1)?.message ?? "";
    expect(alert).toContain("Tiket Konsultasi: Ada kesalahan");
    expect(alert).toContain(sidebarErrors[0]?.message);
  });

  it("the dialog's warnings (guests over the limit) are on their channel in the sidebar", () => {
    const { bundle } = spoiled();
    const view = bundle.call("muatBulan", "2023-11") as MonthView;
    const dialog = bundle.call("periksaLaporan", "2023-11") as PeriksaResult;
    const sidebarWarnings = view.channels.flatMap((c) =>
      c.findings.filter((f) => f.severity === "warning").map((f) => ({ tab: c.tab, message: f.message })),
    );
    expect(sidebarWarnings).toEqual(dialog.warnings.map((w) => ({ tab: w.tab, message: w.message })));
  });

  it("a save answers with the month judged again, so fixing the total clears the error", () => {
    const { bundle } = spoiled();
    const view = bundle.call("muatBulan", "2023-11") as MonthView;
    const tickets = view.channels.find((c) => c.key === "tiketKonsultasi");
    const row = [...(tickets?.rows[0] ?? [])];
    row[TOTAL_COLUMN - 1] = "1.271";
    const saved = bundle.call("simpanKanal", {
      month: "2023-11",
      channel: "tiketKonsultasi",
      rows: [row],
      version: tickets?.version,
    }) as SaveResult;
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.view.status).toBe("lengkap");
    expect(saved.month.channels.find((c) => c.key === "tiketKonsultasi")?.findings).toEqual([]);
    const dialog = bundle.call("periksaLaporan", "2023-11") as PeriksaResult;
    expect(dialog.errors).toEqual([]);
    expect(saved.month.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a half-filled month is saved as a draft: Sebagian in the sidebar, its empty total named by the dialog", () => {
    const { bundle } = spoiled();
    const view = bundle.call("muatBulan", "2023-11") as MonthView;
    const tickets = view.channels.find((c) => c.key === "tiketKonsultasi");
    const draft = TICKETS.columns.map((c) => (c.key === "whatsapp" ? "988" : null));
    const saved = bundle.call("simpanKanal", {
      month: "2023-11",
      channel: "tiketKonsultasi",
      rows: [draft],
      version: tickets?.version,
    }) as SaveResult;
    expect(saved).toMatchObject({ ok: true, view: { status: "sebagian", statusLabel: "Sebagian" } });
    const dialog = bundle.call("periksaLaporan", "2023-11") as PeriksaResult;
    expect(dialog.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^Tab "Tiket Konsultasi", baris \d+, kolom G \(Total Tiket\): kosong, dan rinciannya belum lengkap/,
      ),
    ]);
    if (saved.ok)
      expect(saved.view.findings.map((f) => f.message)).toEqual(dialog.errors.map((e) => e.message));
  });
});
