/**
 * The growth benchmark's workbooks: every data tab holds every month of the range, the sample's
 * own rows are kept, the report month's lists hold the asked number of items, and the result
 * still passes the report's checks (so the benchmark measures a deck that would be generated).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { growWorkbook, LIST_CHANNELS, monthsUpTo, seededRandom } from "../../bench/history-data";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { checkMonth } from "../../src/core/judgement/report-check";
import { CHANNELS, channel } from "../../src/core/workbook/channels";
import { toMonth } from "../../src/core/workbook/period";
import type { RawWorkbook } from "../../src/core/workbook/types";

const ref = JSON.parse(readFileSync(new URL("../fixtures/2023-11-figures.json", import.meta.url), "utf8"));
const MONTH = toMonth("2023-11");

const monthsOf = (workbook: RawWorkbook, tab: string) =>
  new Set((workbook[tab]?.rows ?? []).map((r) => String(r[0])));

const rowsOf = (workbook: RawWorkbook, tab: string, month: string) =>
  (workbook[tab]?.rows ?? []).filter((r) => r[0] === month);

describe("monthsUpTo", () => {
  it("gives the years of months before the month, oldest first, then the month", () => {
    const months = monthsUpTo(MONTH, 1);
    expect(months).toHaveLength(13);
    expect(months[0]).toBe("2022-11");
    expect(months[1]).toBe("2022-12");
    expect(months[2]).toBe("2023-01");
    expect(months.at(-1)).toBe("2023-11");
    expect(monthsUpTo(MONTH, 10)[0]).toBe("2013-11");
  });
});

describe("growWorkbook: history", () => {
  const sample = sampleWorkbook();
  const grown = growWorkbook(sample, { month: MONTH, years: 5 });

  it("fills every month of the range in every data tab", () => {
    const range = new Set<string>(monthsUpTo(MONTH, 5));
    for (const def of CHANNELS) expect(monthsOf(grown, def.tab), def.tab).toEqual(range);
  });

  it("keeps the sample's own rows of every month it has, in their order", () => {
    for (const def of CHANNELS) {
      for (const month of monthsOf(sample, def.tab)) {
        expect(rowsOf(grown, def.tab, month), `${def.tab} ${month}`).toEqual(rowsOf(sample, def.tab, month));
      }
    }
  });

  it("copies the tabs that are not data tabs unchanged", () => {
    for (const name of Object.keys(sample).filter((n) => !CHANNELS.some((c) => c.tab === n))) {
      expect(grown[name]).toEqual(sample[name]);
    }
  });

  it("passes the report's checks, and November's PPID figure is still the seed's", () => {
    const check = checkMonth(grown, MONTH);
    expect(check.errors).toEqual([]);
    const ppid = rowsOf(grown, "PPID", "2023-11");
    expect(ppid).toEqual([["2023-11", ref.series.permohonanPpid.month]]);
  });

  it("keeps typed totals equal to their parts in the months it makes up", () => {
    const def = channel("amplifikasi");
    const header = ["Bulan", ...def.columns.map((c) => c.header)];
    const at = (name: string) => header.indexOf(name);
    const made = (grown[def.tab]?.rows ?? []).filter((r) => r[0] !== "2023-11");
    expect(made.length).toBeGreaterThan(50);
    for (const row of made) {
      const parts = ["Konten Tersedia", "Like/Comment/Share", "Kreasi Konten Mandiri"].map((h) =>
        Number(row[at(h)]),
      );
      expect(row[at("Aktivasi")]).toBe(parts.reduce((a, b) => a + b, 0));
    }
  });

  it("is the same on every run and leaves the sample alone", () => {
    const before = sampleWorkbook();
    const base = sampleWorkbook();
    expect(growWorkbook(base, { month: MONTH, years: 2 })).toEqual(
      growWorkbook(base, { month: MONTH, years: 2 }),
    );
    expect(base).toEqual(before);
  });

  it("fills a made-up month of a list with 60% to 100% of the report month's items", () => {
    const sampleMonths = monthsOf(sample, "Webinar");
    const november = rowsOf(sample, "Webinar", "2023-11").length;
    const made = monthsUpTo(MONTH, 5).filter((m) => !sampleMonths.has(m));
    expect(made.length).toBeGreaterThan(40);
    for (const month of made) {
      const rows = rowsOf(grown, "Webinar", month);
      expect(rows.length, month).toBeGreaterThanOrEqual(Math.round(november * 0.6));
      expect(rows.length, month).toBeLessThanOrEqual(november);
      for (const row of rows) expect(String(row[1]).slice(0, 7), month).toBe(month);
    }
  });
});

describe("growWorkbook: items", () => {
  const sample = sampleWorkbook();

  it.each([10, 100])("puts exactly %i items, distinct and dated in the month, in each list", (count) => {
    const grown = growWorkbook(sample, { month: MONTH, years: 1, items: count });
    for (const key of LIST_CHANNELS) {
      const def = channel(key);
      const rows = rowsOf(grown, def.tab, "2023-11");
      expect(rows, def.tab).toHaveLength(count);
      const label = 1 + def.columns.findIndex((c) => c.key === (def.kind === "items" ? def.label : ""));
      expect(new Set(rows.map((r) => r[label])).size, def.tab).toBe(count);
      for (const row of rows) expect(String(row[1])).toMatch(/^2023-11-(0[1-9]|1\d|2[0-8])$/);
    }
    expect(checkMonth(grown, MONTH).errors).toEqual([]);
  });

  it("leaves the other tabs' report month as in the sample", () => {
    const grown = growWorkbook(sample, { month: MONTH, years: 1, items: 100 });
    for (const def of CHANNELS.filter((c) => !LIST_CHANNELS.includes(c.key))) {
      expect(rowsOf(grown, def.tab, "2023-11"), def.tab).toEqual(rowsOf(sample, def.tab, "2023-11"));
    }
  });
});

describe("seededRandom", () => {
  it("repeats for a seed, differs between seeds, stays in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
