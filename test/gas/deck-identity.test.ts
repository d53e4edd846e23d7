import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult } from "../../src/rpc/report";
import { PRESENTATION_MIME } from "../fakes/drive-api";
import { useBundleSource } from "../helpers/bundle-source";
import { generated, type ReportEnv, reportEnv, roundTrips, setSetting } from "../helpers/report-env";

const source = useBundleSource();

function refused(result: BuatLaporanResult): string {
  if (result.ok) throw new Error("generation was not refused");
  return result.message;
}

const EVIL = "x/../../../url?q=https://evil.example/login#";

const presentations = (r: ReportEnv): string[] =>
  [...r.env.drive.files.values()]
    .filter((f) => f.mimeType === PRESENTATION_MIME && !f.trashed)
    .map((f) => f.id);

/** Sets the "ID Presentasi" of the month's last deck row in Riwayat, as staff would type it; its sheet row. */
function editHistoryId(r: ReportEnv, month: string, id: string): number {
  const sheet = r.env.spreadsheet.sheet(HISTORY_TAB);
  const rows = sheet?.snapshot() ?? [];
  let index = -1;
  rows.forEach((row, i) => {
    if (row[0] === month && String(row[5] ?? "") !== "") index = i;
  });
  if (!sheet || index < 1) throw new Error(`no Riwayat row for ${month}`);
  sheet.setCell(index + 1, 6, id);
  return index + 1;
}

/** What the Slides fake holds of a deck, to show it was not touched. */
const state = (r: ReportEnv, id: string) => {
  const p = r.env.drive.presentations.get(id);
  return { slides: [...(p?.slides ?? [])], batches: p?.batches.length, title: p?.title };
};

const markers = (r: ReportEnv, id: string): string[] =>
  [...(r.env.drive.presentations.get(id)?.elements.keys() ?? [])].filter((e) => e.startsWith("lm_"));

describe("the deck's marker", () => {
  it("every deck the tool fills carries one marker, on its cover, replaced by each rebuild", () => {
    const r = reportEnv(sampleWorkbook(), source());
    const made = generated(r.buat("2023-11"));
    const deck = r.env.drive.presentations.get(made.presentationId);
    const first = markers(r, made.presentationId);
    expect(first).toHaveLength(1);
    expect(deck?.elements.get(first[0] ?? "")).toBe(deck?.slides[0]);
    expect(first[0]).toMatch(/^lm_[0-9a-f]{8}_[0-9a-f]{8}_2023-11_r[0-9a-f]{8}$/);
    generated(r.buat("2023-11"));
    const second = markers(r, made.presentationId);
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    expect(deck?.texts.has(second[0] ?? "")).toBe(false);
  }, 60_000);
});

describe("Riwayat's ID pointing at a file that is not the month's deck", () => {
  it("another month's deck: refused, naming Riwayat's row; October's deck untouched, no new file", () => {
    const r = reportEnv(sampleWorkbook(), source());
    const october = generated(r.buat("2023-10"));
    generated(r.buat("2023-11"));
    const row = editHistoryId(r, "2023-11", october.presentationId);
    const before = state(r, october.presentationId);
    const files = presentations(r);
    const message = refused(r.buat("2023-11"));
    expect(message).toContain(`tab "${HISTORY_TAB}", baris ${row}, kolom "ID Presentasi"`);
    expect(message).toContain("presentasi laporan Oktober 2023, bukan November 2023");
    expect(message).toContain("Presentasi itu tidak diubah.");
    expect(state(r, october.presentationId)).toEqual(before);
    expect(presentations(r)).toEqual(files);
  }, 60_000);

  it("the template: refused, the template untouched", () => {
    const r = reportEnv(sampleWorkbook(), source());
    const template = r.env.drive.addPresentation("Template Laporan", { parent: r.folderId });
    setSetting(r.env, "ID Presentasi Template", template.id);
    generated(r.buat("2023-11"));
    const row = editHistoryId(r, "2023-11", template.id);
    const before = state(r, template.id);
    const message = refused(r.buat("2023-11"));
    expect(message).toContain(`baris ${row}, kolom "ID Presentasi" menunjuk presentasi template`);
    expect(message).toContain("Template tidak diubah.");
    expect(state(r, template.id)).toEqual(before);
  }, 60_000);

  it("a copy of the month's deck (File > Make a copy): refused as not the tool's deck for this workbook", () => {
    const r = reportEnv(sampleWorkbook(), source());
    const made = generated(r.buat("2023-11"));
    const copy = r.env.Drive.Files.copy({ name: "Salinan" }, made.presentationId, {});
    const row = editHistoryId(r, "2023-11", copy.id ?? "");
    const before = state(r, copy.id ?? "");
    expect(refused(r.buat("2023-11"))).toContain(
      `baris ${row}, kolom "ID Presentasi" menunjuk presentasi yang dibuat alat ini untuk workbook lain atau salinannya`,
    );
    expect(state(r, copy.id ?? "")).toEqual(before);
  }, 60_000);

  it("a deck made before markers: rebuilt when it bears the month's name, refused when it does not or Riwayat gives it to another month", () => {
    const r = reportEnv(sampleWorkbook(), source());
    const october = generated(r.buat("2023-10"));
    const made = generated(r.buat("2023-11"));
    const strip = (id: string) => {
      const p = r.env.drive.presentations.get(id);
      for (const m of markers(r, id)) p?.elements.delete(m);
    };
    strip(made.presentationId);
    expect(generated(r.buat("2023-11")).presentationId).toBe(made.presentationId);
    expect(markers(r, made.presentationId)).toHaveLength(1);

    strip(made.presentationId);
    const deck = r.env.drive.presentations.get(made.presentationId);
    if (deck) deck.title = "Presentasi lain";
    const before = state(r, made.presentationId);
    const row = editHistoryId(r, "2023-11", made.presentationId);
    const message = refused(r.buat("2023-11"));
    expect(message).toContain(`baris ${row}, kolom "ID Presentasi" menunjuk presentasi "Presentasi lain"`);
    expect(message).toContain(`ubah namanya menjadi "${made.name}"`);
    expect(state(r, made.presentationId)).toEqual(before);

    strip(october.presentationId);
    editHistoryId(r, "2023-11", october.presentationId);
    expect(refused(r.buat("2023-11"))).toMatch(/di baris \d+ tercatat sebagai laporan Oktober 2023/);
  }, 60_000);
});

describe("a malformed ID in Riwayat", () => {
  it("never becomes a link: generation is refused naming the row; the dialog and the e-mail show no link from it", () => {
    const r = reportEnv(sampleWorkbook(), source());
    setSetting(r.env, "Penerima Laporan", "pimpinan@kemenkeu.go.id");
    generated(r.buat("2023-11"));
    const row = editHistoryId(r, "2023-11", EVIL);
    const files = presentations(r);
    const message = refused(r.buat("2023-11"));
    expect(message).toContain(
      `tab "${HISTORY_TAB}", baris ${row}, kolom "ID Presentasi" berisi "${EVIL}", yang bukan ID presentasi Google`,
    );
    expect(presentations(r)).toEqual(files);
    const periksa = r.bundle.call("periksaLaporan", "2023-11") as { previous?: unknown };
    expect(periksa.previous).toBeUndefined();
    const draft = r.bundle.call("siapkanKirim", "2023-11");
    expect(JSON.stringify(draft)).not.toContain("evil.example");
    expect(JSON.stringify(periksa)).not.toContain("evil.example");
  }, 60_000);
});

describe("a retry after a half-done generation", () => {
  it("Riwayat's write fails after a new deck was made: the retry reuses that deck, leaving one", () => {
    const r = reportEnv(sampleWorkbook(), source());
    const values = r.env.Sheets.Spreadsheets.Values as unknown as Record<string, unknown>;
    values.batchUpdate = () => {
      delete values.batchUpdate;
      throw new Error(
        "API call to sheets.spreadsheets.values.batchUpdate failed with error: Internal error encountered.",
      );
    };
    const failed = r.buat("2023-11");
    expect(refused(failed)).toMatch(/^Gagal pada tahap "Mencatat riwayat": .*belum tercatat di Riwayat\.$/);
    const made = presentations(r);
    expect(made).toHaveLength(1);

    r.env.calls.reset();
    const retry = generated(r.buat("2023-11"));
    expect(roundTrips(r.env)).toBeLessThanOrEqual(8);
    expect(retry.presentationId).toBe(made[0]);
    expect(retry.updated).toBe(false);
    expect(presentations(r)).toEqual(made);
    const rows = (r.env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? []).filter((x) => x[0] === "2023-11");
    expect(rows.map((x) => x[5])).toEqual([made[0]]);
    expect(r.env.PropertiesService.document.getProperty("laporan.presentasi.2023-11")).toBeNull();
    // The next regeneration finds it through Riwayat, as any month's deck.
    expect(generated(r.buat("2023-11")).presentationId).toBe(made[0]);
  }, 60_000);
});
