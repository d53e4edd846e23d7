import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { change, share, sumDefined } from "../../../src/core/words/compare";

/** Workbook figures: counts and decimals with at most two decimals (an average, a rating). */
const figure = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((n) => n / 100);
const count = fc.integer({ min: 0, max: 10_000_000 });

describe("change (properties)", () => {
  it("direction follows the sign of current - base", () => {
    fc.assert(
      fc.property(figure, figure, (current, base) => {
        const c = change(current, base);
        if (c.kind !== "change") return;
        const expected = current > base ? "naik" : current < base ? "turun" : "sama";
        expect(c.direction).toBe(expected);
      }),
    );
  });

  it("the percent is finite, and its sign matches the direction, for any base other than 0", () => {
    fc.assert(
      fc.property(
        figure,
        figure.filter((b) => b !== 0),
        (current, base) => {
          const c = change(current, base);
          expect(c.kind).toBe("change");
          if (c.kind !== "change") return;
          expect(Number.isFinite(c.percent)).toBe(true);
          if (c.direction === "naik") expect(c.percent).toBeGreaterThan(0);
          if (c.direction === "turun") expect(c.percent).toBeLessThan(0);
          if (c.direction === "sama") expect(c.percent).toBe(0);
        },
      ),
    );
  });

  it("is fromZero exactly when the base is 0 and the current is not", () => {
    fc.assert(
      fc.property(figure, fc.oneof(fc.constant(0), figure), (current, base) => {
        const c = change(current, base);
        expect(c.kind === "fromZero").toBe(base === 0 && current !== 0);
      }),
    );
  });

  it("for counts, percent is (current - base) / base * 100", () => {
    fc.assert(
      fc.property(
        count,
        count.filter((b) => b > 0),
        (current, base) => {
          const c = change(current, base);
          if (c.kind !== "change") throw new Error("expected a change");
          expect(c.percent).toBeCloseTo(((current - base) / base) * 100, 9);
        },
      ),
    );
  });

  it("a missing base is missing, whatever the current figure", () => {
    fc.assert(
      fc.property(figure, (current) => {
        expect(change(current, undefined).kind).toBe("missing");
      }),
    );
  });
});

describe("share and sumDefined", () => {
  it("share of a part within its total stays within 0..100%", () => {
    fc.assert(
      fc.property(
        count.filter((t) => t > 0),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (total, fraction) => {
          const part = Math.floor(total * fraction);
          const value = share(part, total);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it("share of a zero or missing total is undefined", () => {
    expect(share(5, 0)).toBeUndefined();
    expect(share(5, undefined)).toBeUndefined();
  });

  it("sumDefined skips missing values and is undefined when nothing is defined", () => {
    expect(sumDefined([988, 103, undefined, 14, 23, 143])).toBe(1271);
    expect(sumDefined([undefined, undefined])).toBeUndefined();
    expect(sumDefined([])).toBeUndefined();
  });
});
