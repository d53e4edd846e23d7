/**
 * Issue 19, item 10: a tab of ~150.000 rows (months not reported, each with a finding) made the
 * parse spread an unbounded array into push() and overflow the stack. 200.000 rows here.
 */
import { describe, expect, it } from "vitest";
import { buildMonthView } from "../../../src/core/judgement/month-view";
import { checkMonth } from "../../../src/core/judgement/report-check";
import { append } from "../../../src/core/workbook/append";
import { CHANNELS, channel, headersOf } from "../../../src/core/workbook/channels";
import { parseChannelRows, parseWorkbook } from "../../../src/core/workbook/parse";
import { toMonth } from "../../../src/core/workbook/period";
import type { CellValue, RawWorkbook } from "../../../src/core/workbook/types";

const ROWS = 200_000;

/** Every registry tab empty but Webinar: one good November row, then 200.000 old rows, each wrong. */
function hugeWorkbook(): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const def of CHANNELS) raw[def.tab] = { name: def.tab, header: headersOf(def), rows: [], firstRow: 2 };
  const rows: CellValue[][] = [["2023-11", "2023-11-06", "Webinar November", 2]];
  for (let i = 0; i < ROWS; i++) rows.push(["2019-01", "2019-01-05", `Webinar ${i}`, "banyak"]);
  const webinar = channel("webinar");
  raw[webinar.tab] = { name: webinar.tab, header: headersOf(webinar), rows, firstRow: 2 };
  return raw;
}

// Each parse of 200.000 rows takes seconds (zod, row by row); the machine may be shared.
describe("a tab of 200.000 rows", { timeout: 180_000 }, () => {
  const raw = hugeWorkbook();

  it("is parsed: every wrong row is a finding, nothing overflows the stack", () => {
    const { data, findings } = parseWorkbook(raw);
    const webinar = findings.filter((f) => f.tab === "Webinar" && f.code === "bad-number");
    expect(webinar).toHaveLength(ROWS);
    expect(webinar[ROWS - 1]?.row).toBe(ROWS + 2);
    expect(data.rows.webinar.map((r) => r.month)).toEqual(["2023-11"]);
  });

  it("is checked for a month and loaded into the sidebar: the old rows' findings stay out", () => {
    const check = checkMonth(raw, toMonth("2023-11"));
    expect(check.errors.filter((f) => f.tab === "Webinar")).toEqual([]);
    const view = buildMonthView(raw, toMonth("2023-11"));
    const webinar = view.channels.find((c) => c.key === "webinar");
    expect(webinar?.rows).toHaveLength(1);
  });

  it("of valid rows, each with a warning, is checked in linear time (no lookup per finding per row)", () => {
    const webinar = channel("webinar");
    const rows: CellValue[][] = [["2023-11", "2023-11-06", "Webinar November", 2]];
    for (let i = 0; i < ROWS; i++) rows.push(["2019-01", "2019-01-05", `Webinar ${i}`, 5_000]);
    const many = {
      ...raw,
      [webinar.tab]: { name: webinar.tab, header: headersOf(webinar), rows, firstRow: 2 },
    };
    const check = checkMonth(many, toMonth("2023-11"));
    expect(check.data.rows.webinar).toHaveLength(ROWS + 1);
    expect(check.warnings.filter((f) => f.tab === "Webinar")).toEqual([]);
  });

  it("is parsed as one channel-month too (what a save validates)", () => {
    const rows: CellValue[][] = Array.from({ length: ROWS }, (_, i) => ["2023-11-06", `W ${i}`, "x"]);
    const read = parseChannelRows(channel("webinar"), "2023-11", rows);
    expect(read.findings).toHaveLength(ROWS);
  });

  it("append() adds more items than a spread could", () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(append([-1], many)).toHaveLength(1_000_001);
  });
});
