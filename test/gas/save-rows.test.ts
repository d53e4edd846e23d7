/**
 * Issue 19 items 7 and 8, through the built bundle over the fakes: a save writes only the cells it
 * changes, inserts and removes rows as rows (formulas, notes and columns staff added move with
 * their row), never overwrites a correction made in Sheets meanwhile, never deletes a row staff
 * did not remove, and takes 2 round trips (the read, then one write).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { CHANNELS, channel, headersOf } from "../../src/core/workbook/channels";
import { SETTINGS_HEADERS, SETTINGS_TAB } from "../../src/core/workbook/settings";
import { LOG_HEADERS, LOG_TAB } from "../../src/core/workbook/system-tabs";
import type { MonthView, SaveResult } from "../../src/rpc/sidebar";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle } from "../fakes/runtime";
import { FakeFormula, type FakeSheet } from "../fakes/sheet";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

function load(tabs: Record<string, unknown[][]>) {
  const env = createFakeEnv({ htmlFiles: { Sidebar: "<!doctype html><title>x</title>" } });
  const bundle = loadBundle(env, source);
  // Every tab the save reads, so that its one read finds them all.
  const all = {
    ...Object.fromEntries(CHANNELS.map((c) => [c.tab, [headersOf(c)]])),
    [SETTINGS_TAB]: [[...SETTINGS_HEADERS]],
    ...tabs,
    [LOG_TAB]: [[...LOG_HEADERS]],
  };
  for (const [name, rows] of Object.entries(all)) {
    env.spreadsheet.addSheet(name, rows);
  }
  const sheet = (name: string) => env.spreadsheet.sheet(name) as FakeSheet;
  const view = (month: string, key: string) =>
    (bundle.call("muatBulan", month) as MonthView).channels.find((c) => c.key === key);
  const save = (request: unknown) => bundle.call("simpanKanal", request) as SaveResult;
  env.calls.reset();
  return { env, sheet, view, save };
}

const roundTrips = (env: FakeEnv) =>
  Object.entries(env.calls.summary())
    .filter(([key]) => key.startsWith("Sheets."))
    .reduce((n, [, count]) => n + count, 0);

const PPID = [...headersOf(channel("ppid")), "Dua kali"];

describe("simpanKanal writes rows as rows", () => {
  it("backfilling October inserts one row: later rows keep their formulas (references follow), notes and extra columns", () => {
    const { env, sheet, view, save } = load({
      PPID: [
        PPID,
        ["2023-09", 9, new FakeFormula("=B2*2", 18)],
        ["2023-11", 21, new FakeFormula("=B3*2", 42)],
        ["2023-12", 30, new FakeFormula("=B4*2", 60)],
      ],
    });
    const ppid = sheet("PPID");
    ppid.notes.set("3,2", "angka dari laporan unit");
    const october = view("2023-10", "ppid");
    env.calls.reset();
    const result = save({ month: "2023-10", channel: "ppid", rows: [["14"]], version: october?.version });
    expect(result).toMatchObject({ ok: true, changedCells: 1 });
    expect(ppid.snapshot().map((r) => r.slice(0, 2))).toEqual([
      ["Bulan", "Permohonan"],
      ["2023-09", 9],
      ["2023-10", 14],
      ["2023-11", 21],
      ["2023-12", 30],
    ]);
    expect(ppid.formulas()).toEqual(
      new Map([
        ["C2", "=B2*2"],
        ["C4", "=B4*2"],
        ["C5", "=B5*2"],
      ]),
    );
    expect(ppid.notes.get("4,2")).toBe("angka dari laporan unit");
    expect(ppid.notes.has("3,2")).toBe(false);
    // The read (which brings the sheet IDs), one batch (insert + cells + Log).
    expect(roundTrips(env)).toBe(2);
    expect(env.calls.count("Sheets", "Spreadsheets.Values.batchUpdate")).toBe(0);
  });

  it("changing one figure writes that cell only: a formula beside it and the other months are not rewritten", () => {
    const { env, sheet, view, save } = load({
      Kepuasan: [
        [...headersOf(channel("kepuasan")), "Catatan"],
        ["2023-10", 4.7, 90, new FakeFormula('=IF(C2>100,"ramai","")', "")],
        ["2023-11", 4.8, 100, new FakeFormula('=IF(C3>100,"ramai","")', "")],
      ],
    });
    const november = view("2023-11", "kepuasan");
    env.calls.reset();
    const writes: unknown[] = [];
    const values = env.Sheets.Spreadsheets.Values;
    const original = values.batchUpdate.bind(values);
    values.batchUpdate = (resource, id) => {
      writes.push(resource.data?.map((d) => d.range));
      return original(resource, id);
    };
    const result = save({
      month: "2023-11",
      channel: "kepuasan",
      rows: [["4,8", "120"]],
      version: november?.version,
    });
    expect(result).toMatchObject({ ok: true, changedCells: 1 });
    expect(writes).toEqual([["'Kepuasan'!C3:C3", `'${LOG_TAB}'!A2:G2`]]);
    expect(sheet("Kepuasan").formulas().size).toBe(2);
    expect(sheet("Kepuasan").cell(3, 3)).toBe(120);
    expect(roundTrips(env)).toBe(2);
  });

  it("a correction typed in Sheets between the save's read and its write is kept", () => {
    const { env, sheet, view, save } = load({
      Webinar: [
        headersOf(channel("webinar")),
        ["2023-10", "", "", 16],
        ["2023-11", 45236, "Satu", ""],
        ["2023-12", 45265, "Desember", ""],
      ],
    });
    const webinar = sheet("Webinar");
    const november = view("2023-11", "webinar");
    const spreadsheets = env.Sheets.Spreadsheets;
    const read = spreadsheets.get.bind(spreadsheets);
    let reads = 0;
    spreadsheets.get = (id, options) => {
      const answer = read(id, options);
      // Someone corrects December's title in Sheets right after the save's read of the workbook.
      if (reads++ === 0) {
        webinar.setCell(4, 3, "Desember (diperbaiki)");
        webinar.setCell(2, 4, 17);
      }
      return answer;
    };
    const result = save({
      month: "2023-11",
      channel: "webinar",
      rows: [
        ["6/11/2023", "Satu", ""],
        ["7/11/2023", "=Dua", ""],
      ],
      origins: [0, null],
      version: november?.version,
    });
    expect(result.ok).toBe(true);
    expect(webinar.snapshot()).toEqual([
      ["Bulan", "Tanggal", "Judul", "Jumlah"],
      ["2023-10", "", "", 17],
      ["2023-11", 45236, "Satu", ""],
      ["2023-11", 45237, "=Dua", ""],
      ["2023-12", 45265, "Desember (diperbaiki)", ""],
    ]);
    // Text stays text in an inserted row.
    expect(webinar.formulas().size).toBe(0);
  });

  it("removing one item removes its row only; the item after it keeps its note", () => {
    const { sheet, view, save } = load({
      Webinar: [
        headersOf(channel("webinar")),
        ["2023-11", 45236, "Satu", ""],
        ["2023-11", 45237, "Dua", ""],
        ["2023-12", 45265, "Desember", ""],
      ],
    });
    const webinar = sheet("Webinar");
    webinar.notes.set("3,3", "narasumber: Dir. Dana Transfer");
    const november = view("2023-11", "webinar");
    const result = save({
      month: "2023-11",
      channel: "webinar",
      rows: [["7/11/2023", "Dua", ""]],
      origins: [1],
      version: november?.version,
    });
    expect(result).toMatchObject({ ok: true, changedCells: 2 });
    expect(webinar.snapshot().map((r) => r[2])).toEqual(["Judul", "Dua", "Desember"]);
    expect(webinar.notes.get("2,3")).toBe("narasumber: Dir. Dana Transfer");
  });

  it("a monthly tab holding the month twice: the save is refused naming both rows, and nothing is deleted", () => {
    const { env, sheet, view, save } = load({
      PPID: [headersOf(channel("ppid")), ["2023-11", 21], ["2023-12", 5], ["2023-11", 30]],
    });
    const before = sheet("PPID").snapshot();
    const november = view("2023-11", "ppid");
    env.calls.reset();
    const result = save({ month: "2023-11", channel: "ppid", rows: [["21"]], version: november?.version });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(result.ok ? "" : result.message).toContain("baris 2 dan 4");
    expect(sheet("PPID").snapshot()).toEqual(before);
    expect(env.calls.count("Sheets", "Spreadsheets.batchUpdate")).toBe(0);
    expect(env.calls.count("Sheets", "Spreadsheets.Values.batchUpdate")).toBe(0);
  });

  it("a save into a full grid that also inserts a row takes 2 round trips", () => {
    const rows = Array.from({ length: 998 }, (_, i) => [
      `19${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`,
      i,
    ]);
    const { env, sheet, view, save } = load({ PPID: [headersOf(channel("ppid")), ...rows, ["2100-01", 1]] });
    sheet("PPID").maxRows = 1000;
    sheet(LOG_TAB).maxRows = 1;
    const month = view("2099-12", "ppid");
    env.calls.reset();
    const result = save({ month: "2099-12", channel: "ppid", rows: [["5"]], version: month?.version });
    expect(result.ok).toBe(true);
    expect(sheet("PPID").cell(1000, 1)).toBe("2099-12");
    expect(sheet("PPID").cell(1001, 1)).toBe("2100-01");
    expect(sheet(LOG_TAB).cell(2, 3)).toBe("PPID");
    expect(roundTrips(env)).toBe(2);
  });
});
