import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult, PeriksaResult } from "../../src/rpc/report";
import type { FakeEnv } from "../fakes/env";
import { useBundleSource } from "../helpers/bundle-source";
import { chartBooks, generated, reportEnv } from "../helpers/report-env";
import { validateRequests } from "../helpers/slides-validator";

const REMOTE = ["Sheets", "Slides", "Drive", "DriveApp"];

const source = useBundleSource();

const remote = (env: FakeEnv): number =>
  Object.entries(env.calls.summary())
    .filter(([key]) => REMOTE.includes(key.split(".")[0] ?? ""))
    .reduce((sum, [, n]) => sum + n, 0);

const history = (env: FakeEnv) => (env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? []).slice(1);

describe("periksaLaporan for a period", () => {
  it("lists every month of the year without data, per tab, and names the period", () => {
    const { bundle } = reportEnv(sampleWorkbook(), source());
    const result = bundle.call("periksaLaporan", "2023") as PeriksaResult;
    expect(result.month).toBe("2023");
    expect(result.monthLabel).toBe("Tahun 2023");
    expect(result.errors).toEqual([]);
    expect(result.missing.map((m) => m.message)).toContain(
      'Tab "PPID" belum diisi untuk Desember 2023 (Tahun 2023).',
    );
  });

  it("refuses a period that does not exist, in Indonesian", () => {
    const { bundle } = reportEnv(sampleWorkbook(), source());
    expect(bundle.call("buatLaporanBulan", { month: "2023-Q5" })).toMatchObject({
      ok: false,
      reason: "invalid",
      message: expect.stringContaining("Q1 sampai Q4"),
    });
  });
});

describe("buatLaporanBulan for a period", () => {
  it("empty months need allowMissing, as a month's empty sections do", () => {
    const { bundle } = reportEnv(sampleWorkbook(), source());
    const refused = bundle.call("buatLaporanBulan", {
      month: "2023",
      acceptWarnings: true,
    }) as BuatLaporanResult;
    expect(refused).toMatchObject({ ok: false, reason: "missing" });
    if (!refused.ok) expect(refused.message).toContain("Laporan Tahun 2023 tidak dibuat");
  });

  it("makes the year's deck within the month's round trips; Riwayat's Bulan holds the period's key", () => {
    const { env, buat } = reportEnv(sampleWorkbook(), source());
    env.calls.reset();
    const result = generated(buat("2023"));
    expect(result).toMatchObject({ month: "2023", monthLabel: "Tahun 2023", updated: false });
    expect(result.name).toBe("Laporan Layanan Informasi - Tahun 2023");
    expect(remote(env)).toBeLessThanOrEqual(8);
    expect(env.calls.count("Slides", "Presentations.batchUpdate")).toBe(1);
    for (const batch of env.Slides.Presentations.sent) {
      expect(validateRequests(batch.requests, { existingObjectIds: batch.existingObjectIds })).toEqual([]);
    }
    const deck = env.drive.presentations.get(result.presentationId);
    const text = deck?.allText() ?? "";
    expect(text).toContain("Tahun 2023");
    expect(text).toContain("Pada Tahun 2023 terdapat 111 publikasi pada Website DJPK.");
    const rows = history(env);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe("2023");
  });

  it("a quarter made again is rebuilt in place (same file, same link), Riwayat says so, within 8 round trips", () => {
    const { env, buat } = reportEnv(sampleWorkbook(), source());
    const first = generated(buat("2023-Q3"));
    expect(first.monthLabel).toBe("Triwulan III 2023");
    env.calls.reset();
    const again = generated(buat("2023-Q3"));
    expect(again).toMatchObject({ updated: true, presentationId: first.presentationId, url: first.url });
    expect(remote(env)).toBeLessThanOrEqual(8);
    expect(env.calls.count("Drive", "Files.create")).toBe(0);
    const rows = history(env);
    expect(rows.map((r) => r[0])).toEqual(["2023-Q3", "2023-Q3"]);
    expect(rows[1]).toContain("Diperbarui");
  });

  it("a month, its quarter and its year are three decks, none rebuilding another", () => {
    const { buat } = reportEnv(sampleWorkbook(), source());
    const ids = ["2023-11", "2023-Q4", "2023-S2", "2023"].map((key) => generated(buat(key)));
    expect(new Set(ids.map((r) => r.presentationId)).size).toBe(4);
    expect(ids.every((r) => !r.updated)).toBe(true);
  });

  it("a period's charts live beside the months' in the year's chart spreadsheet; remaking either moves nothing", () => {
    const { env, buat, folderId } = reportEnv(sampleWorkbook(), source());
    const book = () => chartBooks(env, folderId).get("Data Grafik Laporan Layanan 2023");
    const chartIds = (id: string) =>
      (env.drive.presentations.get(id)?.charts ?? []).map((c) => c.chartId).sort();
    const month = generated(buat("2023-11"));
    const year = generated(buat("2023"));
    const count = book()?.charts.length ?? 0;
    expect(count).toBe(chartIds(month.presentationId).length + chartIds(year.presentationId).length);
    const before = { month: chartIds(month.presentationId), year: chartIds(year.presentationId) };
    // The year's block keys read back as blocks: made again, each report updates its own charts.
    expect(generated(buat("2023"))).toMatchObject({ updated: true, presentationId: year.presentationId });
    expect(generated(buat("2023-11"))).toMatchObject({ updated: true, presentationId: month.presentationId });
    expect(book()?.charts.length).toBe(count);
    expect({ month: chartIds(month.presentationId), year: chartIds(year.presentationId) }).toEqual(before);
    const keys = (book()?.sheet("Data Grafik")?.snapshot() ?? [])
      .map((r) => String(r[0] ?? ""))
      .filter((k) => k !== "");
    expect(keys.filter((k) => k.startsWith("2023 "))).toHaveLength(before.year.length);
    expect(keys.filter((k) => k.startsWith("2023-11 "))).toHaveLength(before.month.length);
  });
});
