import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../src/core/words/format";
import { CHANNELS, channel, headersOf } from "../../../src/core/workbook/channels";
import { parseNumberText } from "../../../src/core/workbook/numbers";
import { parseChannelRows, parseWorkbook } from "../../../src/core/workbook/parse";
import { parseMonth } from "../../../src/core/workbook/period";
import type { Finding, RawWorkbook } from "../../../src/core/workbook/types";

/** Cells of every kind a sheet (or a confused caller) could hand over, plus near-valid text. */
const cell = fc.oneof(
  fc.constantFrom(
    null,
    "",
    " ",
    "2023-11",
    "2023-13",
    "1.271",
    "1.1108",
    "41,2%",
    "6 November 2023",
    "Peraturan",
    "Ya",
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withMap: true,
    withSet: true,
    withBoxedValues: true,
  }),
);
const matrix = fc.array(fc.oneof(fc.array(cell, { maxLength: 20 }), fc.anything()), { maxLength: 8 });

const numberish = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(..."0123456789.,% -\u00a0\u202f+eE#") }),
  fc.string({ unit: "binary" }),
);

describe("properties", () => {
  it("reads back any formatted count", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseNumberText(formatNumber(n), "count")).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("reads back any formatted one-decimal number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (tenths) => {
        const x = tenths / 10 + 0; // + 0: no minus zero
        expect(parseNumberText(formatNumber(x, 1), "decimal")).toEqual({ ok: true, value: x });
      }),
    );
  });

  it("never reads a dotted thousands group as a fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), (n) => {
        const read = parseNumberText(formatNumber(n), "decimal");
        expect(read.ok && Number.isInteger(read.value)).toBe(true);
      }),
    );
  });

  it("never throws on arbitrary text, and always explains a rejection", () => {
    fc.assert(
      fc.property(
        numberish,
        fc.constantFrom("count", "decimal", "percent") as fc.Arbitrary<"count">,
        (t, type) => {
          const read = parseNumberText(t, type);
          if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
          else expect(read.reason.length).toBeGreaterThan(5);
        },
      ),
    );
  });

  it("never throws on arbitrary cell matrices; every finding names its tab", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: CHANNELS.length, maxLength: CHANNELS.length }),
        fc.array(matrix, { minLength: CHANNELS.length, maxLength: CHANNELS.length }),
        matrix,
        (rightHeaders, bodies, settingsRows) => {
          const raw: RawWorkbook = {};
          CHANNELS.forEach((def, i) => {
            const header = rightHeaders[i] ? headersOf(def) : ["Bulan", "?"];
            raw[def.tab] = { name: def.tab, header, rows: bodies[i] as never, firstRow: 2 };
          });
          raw.Pengaturan = { name: "Pengaturan", header: [], rows: settingsRows as never, firstRow: 2 };
          const { data, findings } = parseWorkbook(raw);
          expectWellFormed(findings);
          for (const def of CHANNELS) {
            for (const row of data.rows[def.key]) expect(parseMonth(row.month).ok).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on a workbook of garbage", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (raw) => {
        expectWellFormed(parseWorkbook(raw as RawWorkbook).findings);
      }),
    );
  });

  it("never throws on the sidebar's save path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS.map((c) => c.key)), fc.string(), matrix, (key, month, rows) => {
        expectWellFormed(parseChannelRows(channel(key), month, rows as never).findings);
      }),
    );
  });
});

const PLACE = /^Tab ".+"(, baris \d+)?(, kolom [A-Z]+( \(.*\))?)?: \S/s;

/** Checked in one go: an `expect` per finding would dominate the run time. */
function expectWellFormed(findings: Finding[]): void {
  const bad = findings.filter(
    (f) =>
      typeof f.tab !== "string" ||
      f.tab.length === 0 ||
      !PLACE.test(f.message) ||
      (f.severity !== "error" && f.severity !== "warning"),
  );
  expect(bad).toEqual([]);
}
