/** Saving one channel-month as a pure plan: what the tab becomes, what the Log records, what is refused. */
import { describe, expect, it } from "vitest";
import { planSave } from "../../../src/core/entry/save-plan";
import { type ChannelKey, channel, headersOf } from "../../../src/core/workbook/channels";
import { monthVersion } from "../../../src/core/workbook/month-rows";
import type { CellValue, RawTab } from "../../../src/core/workbook/types";
import type { SaveRequest } from "../../../src/rpc/sidebar";

function tab(key: ChannelKey, rows: CellValue[][], header = headersOf(channel(key))): RawTab {
  return { name: channel(key).tab, header, rows: rows.map((r) => [...r]), firstRow: 2 };
}

function request(key: ChannelKey, raw: RawTab, month: string, rows: SaveRequest["rows"]): SaveRequest {
  return { month, channel: key, rows, version: monthVersion(raw, channel(key), month) };
}

function planned(key: ChannelKey, raw: RawTab, req: SaveRequest) {
  const plan = planSave(channel(key), raw, req);
  if (!plan.ok) throw new Error(`expected a plan, got ${plan.reason}: ${plan.message}`);
  return plan;
}

// Webinar: Bulan, Tanggal, Judul, Jumlah.
const october: CellValue[] = ["2023-10", "", "", 16];
const december: CellValue[] = ["2023-12", "2023-12-05", "Rapat Desember", ""];
const webinarTab = () =>
  tab("webinar", [
    october,
    ["2023-11", "2023-11-06", "Lama satu", ""],
    ["2023-11", "2023-11-07", "Lama dua", ""],
    december,
  ]);

describe("planSave: item tabs", () => {
  it("replaces the month's rows as a whole and leaves other months' rows in place and in order", () => {
    const raw = webinarTab();
    const plan = planned(
      "webinar",
      raw,
      request("webinar", raw, "2023-11", [
        ["6/11/2023", "Penyerahan Insentif Fiskal", ""],
        ["2023-11-07", "RKP Dana Bagi Hasil", ""],
        ["30 November 2023", " Rapat Kerja DJPK 2023 ", "2"],
      ]),
    );
    expect(plan.rows).toEqual([
      october,
      ["2023-11", "2023-11-06", "Penyerahan Insentif Fiskal", ""],
      ["2023-11", "2023-11-07", "RKP Dana Bagi Hasil", ""],
      ["2023-11", "2023-11-30", "Rapat Kerja DJPK 2023", 2],
      december,
    ]);
    // One item more: one row inserted after November's last, before December; the two stored
    // rows keep their place and only their changed cells are written.
    expect(plan.edits).toEqual([{ kind: "insert", index: 3, count: 1 }]);
    expect(plan.cells).toEqual([
      { row: 1, column: 2, value: "Penyerahan Insentif Fiskal" },
      { row: 2, column: 2, value: "RKP Dana Bagi Hasil" },
      { row: 3, column: 0, value: "2023-11" },
      { row: 3, column: 1, value: "2023-11-30" },
      { row: 3, column: 2, value: "Rapat Kerja DJPK 2023" },
      { row: 3, column: 3, value: 2 },
    ]);
  });

  it("inserts a new month after the last earlier month, so the tab stays in month order", () => {
    const raw = tab("webinar", [["2023-09", "", "", 4], october, december, ["2024-01", "", "", 2]]);
    const plan = planned("webinar", raw, request("webinar", raw, "2023-11", [["2023-11-06", "Baru", ""]]));
    expect(plan.rows.map((r) => r[0])).toEqual(["2023-09", "2023-10", "2023-11", "2023-12", "2024-01"]);
    expect(plan.edits).toEqual([{ kind: "insert", index: 2, count: 1 }]);

    const earliest = planned(
      "webinar",
      raw,
      request("webinar", raw, "2020-01", [["2020-01-02", "Awal", ""]]),
    );
    expect(earliest.rows.map((r) => r[0])).toEqual(["2020-01", "2023-09", "2023-10", "2023-12", "2024-01"]);
    expect(earliest.edits).toEqual([{ kind: "insert", index: 0, count: 1 }]);

    const latest = planned("webinar", raw, request("webinar", raw, "2024-02", [["2024-02-01", "Akhir", ""]]));
    expect(latest.rows.map((r) => r[0])).toEqual(["2023-09", "2023-10", "2023-12", "2024-01", "2024-02"]);
    // After the last row: written into the empty rows below, nothing inserted.
    expect(latest.edits).toEqual([]);
    expect(latest.cells.map((c) => c.row)).toEqual([4, 4, 4]);
  });

  it("records each changed cell in the Log, by item, with old and new text", () => {
    const raw = webinarTab();
    const plan = planned(
      "webinar",
      raw,
      request("webinar", raw, "2023-11", [
        ["2023-11-06", "Lama satu", ""],
        ["2023-11-08", "Diganti", "1.271"],
      ]),
    );
    expect(plan.log).toEqual([
      {
        tab: "Webinar",
        month: "2023-11",
        column: "Tanggal (item 2)",
        before: "7/11/2023",
        after: "8/11/2023",
      },
      { tab: "Webinar", month: "2023-11", column: "Judul (item 2)", before: "Lama dua", after: "Diganti" },
      { tab: "Webinar", month: "2023-11", column: "Jumlah (item 2)", before: "", after: "1.271" },
    ]);
  });

  it("removing items logs their old cells and empties them", () => {
    const raw = webinarTab();
    const plan = planned(
      "webinar",
      raw,
      request("webinar", raw, "2023-11", [["2023-11-06", "Lama satu", ""]]),
    );
    expect(plan.rows).toEqual([october, ["2023-11", "2023-11-06", "Lama satu", ""], december]);
    expect(plan.log.map((e) => [e.column, e.before, e.after])).toEqual([
      ["Tanggal (item 2)", "7/11/2023", ""],
      ["Judul (item 2)", "Lama dua", ""],
    ]);
  });

  it("keeps text that looks like a formula or a number as the text typed", () => {
    const raw = tab("webinar", []);
    const plan = planned(
      "webinar",
      raw,
      request("webinar", raw, "2023-11", [
        ["2023-11-06", '=IMPORTXML("http://x")', ""],
        ["2023-11-07", "1.271", ""],
      ]),
    );
    expect(plan.rows.map((r) => r[2])).toEqual(['=IMPORTXML("http://x")', "1.271"]);
  });

  it("keeps the cells of a column staff added to the right of the registry's columns", () => {
    const header = [...headersOf(channel("webinar")), "Catatan"];
    const raw = tab("webinar", [["2023-11", "2023-11-06", "Lama", "", "catatan pribadi"]], header);
    const plan = planned("webinar", raw, request("webinar", raw, "2023-11", [["2023-11-06", "Baru", ""]]));
    expect(plan.rows).toEqual([["2023-11", "2023-11-06", "Baru", "", "catatan pribadi"]]);
  });
});

describe("planSave: monthly tabs", () => {
  const ppid = () =>
    tab("ppid", [
      ["2023-10", 14],
      ["2023-11", 20],
      ["2023-12", 30],
    ]);

  it("replaces the month's one row and logs the change", () => {
    const raw = ppid();
    const plan = planned("ppid", raw, request("ppid", raw, "2023-11", [["21"]]));
    expect(plan.rows).toEqual([
      ["2023-10", 14],
      ["2023-11", 21],
      ["2023-12", 30],
    ]);
    expect(plan.log).toEqual([
      { tab: "PPID", month: "2023-11", column: "Permohonan", before: "20", after: "21" },
    ]);
  });

  it("reads 1.271 as one thousand two hundred seventy-one", () => {
    const raw = ppid();
    const plan = planned("ppid", raw, request("ppid", raw, "2023-11", [["1.271"]]));
    expect(plan.rows[1]).toEqual(["2023-11", 1271]);
  });

  it("an unchanged row plans no Log entry", () => {
    const raw = ppid();
    expect(planned("ppid", raw, request("ppid", raw, "2023-11", [["20"]])).log).toEqual([]);
  });

  it("refuses two rows for one month, planning nothing", () => {
    const raw = ppid();
    const plan = planSave(channel("ppid"), raw, request("ppid", raw, "2023-11", [["21"], ["22"]]));
    expect(plan).toMatchObject({ ok: false, reason: "invalid" });
    expect(plan.ok ? "" : plan.message).toContain("satu baris per bulan");
    expect(plan).not.toHaveProperty("rows");
  });
});

describe("planSave: refusals", () => {
  it("a stale version is a conflict, and nothing is planned", () => {
    const raw = webinarTab();
    const stale = request("webinar", raw, "2023-11", [["2023-11-06", "Saya", ""]]);
    // Someone else changed November after the form was loaded.
    const changed: RawTab = {
      ...raw,
      rows: raw.rows.map((r, i) => (i === 1 ? [...r.slice(0, 2), "Orang lain", ""] : r)),
    };
    const plan = planSave(channel("webinar"), changed, stale);
    expect(plan).toMatchObject({ ok: false, reason: "conflict", findings: [] });
    expect(plan.ok ? "" : plan.message).toContain("diubah orang lain");
    expect(plan).not.toHaveProperty("rows");
  });

  it("a change to another month does not make a conflict", () => {
    const raw = webinarTab();
    const req = request("webinar", raw, "2023-11", [["2023-11-06", "Saya", ""]]);
    const moved: RawTab = { ...raw, rows: [...raw.rows, ["2024-01", "2024-01-02", "Januari", ""]] };
    expect(planSave(channel("webinar"), moved, req).ok).toBe(true);
  });

  it("invalid rows give findings with row and column, and nothing is planned", () => {
    const raw = webinarTab();
    const plan = planSave(
      channel("webinar"),
      raw,
      request("webinar", raw, "2023-11", [
        ["2023-11-06", "Baik", ""],
        ["31/11/2023", "", ""],
        ["2023-11-08", "Tiga", "dua"],
      ]),
    );
    if (plan.ok) throw new Error("expected a refusal");
    expect(plan.reason).toBe("invalid");
    expect(plan).not.toHaveProperty("rows");
    const places = plan.findings.map((f) => [f.row, f.column, f.severity]);
    expect(places).toEqual([
      [2, "Tanggal", "error"],
      [2, "Judul", "error"],
      [3, "Jumlah", "error"],
    ]);
    expect(plan.message).toContain("3 isian");
  });

  it("a date outside the month is refused", () => {
    const raw = webinarTab();
    const plan = planSave(
      channel("webinar"),
      raw,
      request("webinar", raw, "2023-11", [["2023-12-01", "Salah", ""]]),
    );
    expect(plan.ok ? [] : plan.findings.map((f) => f.code)).toEqual(["date-outside-month"]);
  });

  it("a missing tab or a changed header asks to run Siapkan Workbook", () => {
    const raw = webinarTab();
    const req = request("webinar", raw, "2023-11", []);
    for (const broken of [undefined, { ...raw, header: ["Bulan", "Tanggal", "Judul Webinar", "Jumlah"] }]) {
      const plan = planSave(channel("webinar"), broken, req);
      expect(plan).toMatchObject({ ok: false, reason: "invalid" });
      expect(plan.ok ? "" : plan.message).toContain("Siapkan Workbook");
    }
  });

  it("saves into a tab whose headers differ only in case and spacing, as the parser reads it", () => {
    const header = ["bulan ", "Tanggal", "Pengguna  Layanan", "JUMLAH TAMU", "Topik", "Jumlah"];
    const raw = tab("tatapMuka", [], header);
    const plan = planSave(
      channel("tatapMuka"),
      raw,
      request("tatapMuka", raw, "2023-11", [["6/11/2023", "Kab. Bima", "7", "PDRD", ""]]),
    );
    expect(plan.ok).toBe(true);
  });

  it("a month that is not YYYY-MM is refused", () => {
    const raw = webinarTab();
    const plan = planSave(channel("webinar"), raw, {
      ...request("webinar", raw, "2023-11", []),
      month: "Nov 2023",
    });
    expect(plan).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("planSave: rows as rows (issue 19 items 7 and 8)", () => {
  it("removing the first item removes its row, and the item after it keeps its own row untouched", () => {
    const raw = webinarTab();
    const plan = planned("webinar", raw, {
      ...request("webinar", raw, "2023-11", [["2023-11-07", "Lama dua", ""]]),
      origins: [1],
    });
    expect(plan.edits).toEqual([{ kind: "delete", index: 1 }]);
    expect(plan.cells).toEqual([]);
    expect(plan.rows).toEqual([october, ["2023-11", "2023-11-07", "Lama dua", ""], december]);
    expect(plan.log.map((e) => [e.column, e.before, e.after])).toEqual([
      ["Tanggal (item 1)", "6/11/2023", ""],
      ["Judul (item 1)", "Lama satu", ""],
    ]);
  });

  it("an item added between two stored items is inserted between their rows", () => {
    const raw = webinarTab();
    const plan = planned("webinar", raw, {
      ...request("webinar", raw, "2023-11", [
        ["2023-11-06", "Lama satu", ""],
        ["2023-11-06", "Sisipan", ""],
        ["2023-11-07", "Lama dua", ""],
      ]),
      origins: [0, null, 1],
    });
    expect(plan.edits).toEqual([{ kind: "insert", index: 2, count: 1 }]);
    expect(plan.cells.map((c) => [c.row, c.column])).toEqual([
      [2, 0],
      [2, 1],
      [2, 2],
    ]);
    expect(plan.rows.map((r) => r[2])).toEqual(["", "Lama satu", "Sisipan", "Lama dua", "Rapat Desember"]);
  });

  it("an item moved down is removed from its place and inserted in the new one, with its own extra cells", () => {
    const header = [...headersOf(channel("webinar")), "Catatan"];
    const raw = tab(
      "webinar",
      [
        ["2023-11", "2023-11-06", "Satu", "", "catatan satu"],
        ["2023-11", "2023-11-07", "Dua", "", "catatan dua"],
      ],
      header,
    );
    const plan = planned("webinar", raw, {
      ...request("webinar", raw, "2023-11", [
        ["2023-11-07", "Dua", ""],
        ["2023-11-06", "Satu", ""],
      ]),
      origins: [1, 0],
    });
    expect(plan.rows).toEqual([
      ["2023-11", "2023-11-07", "Dua", "", "catatan dua"],
      ["2023-11", "2023-11-06", "Satu", "", "catatan satu"],
    ]);
  });

  it("origins that do not fit the stored rows fall back to matching by position", () => {
    const raw = webinarTab();
    const plan = planned("webinar", raw, {
      ...request("webinar", raw, "2023-11", [["2023-11-06", "Lama satu", ""]]),
      origins: [7],
    });
    expect(plan.edits).toEqual([{ kind: "delete", index: 2 }]);
  });

  it("a monthly tab holding the month twice is refused, naming both rows, and nothing is deleted", () => {
    const raw = tab("ppid", [
      ["2023-10", 14],
      ["2023-11", 21],
      ["2023-12", 30],
      ["2023-11", 30],
    ]);
    const plan = planSave(channel("ppid"), raw, request("ppid", raw, "2023-11", [["21"]]));
    expect(plan).toMatchObject({ ok: false, reason: "invalid" });
    expect(plan.ok ? "" : plan.message).toContain("(baris 3 dan 5)");
    expect(plan.ok ? "" : plan.message).toContain("November 2023 lebih dari sekali");
  });

  it("a monthly row changed in one figure writes that one cell", () => {
    const raw = tab("kepuasan", [["2023-11", 4.8, 100]]);
    const plan = planned("kepuasan", raw, request("kepuasan", raw, "2023-11", [["4,8", "120"]]));
    expect(plan.edits).toEqual([]);
    expect(plan.cells).toEqual([{ row: 0, column: 2, value: 120 }]);
  });

  it("every stored item removed and new ones typed: new rows go where the month was, the rest in place", () => {
    const raw = webinarTab();
    const plan = planned("webinar", raw, {
      ...request("webinar", raw, "2023-11", [
        ["2023-11-20", "Baru satu", ""],
        ["2023-11-21", "Baru dua", ""],
      ]),
      origins: [null, null],
    });
    expect(plan.edits).toEqual([
      { kind: "insert", index: 3, count: 2 },
      { kind: "delete", index: 2 },
      { kind: "delete", index: 1 },
    ]);
    expect(plan.rows.map((r) => r[2])).toEqual(["", "Baru satu", "Baru dua", "Rapat Desember"]);
    expect([...new Set(plan.cells.map((c) => c.row))]).toEqual([1, 2]);
  });
});
