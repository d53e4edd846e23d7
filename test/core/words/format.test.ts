import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, formatPercentAbs } from "../../../src/core/words/format";

const percentChange = (current: number, base: number) => ((current - base) / base) * 100;

describe("formatNumber", () => {
  it("groups thousands with dots as the seed prints them", () => {
    expect(formatNumber(1271)).toBe("1.271");
    expect(formatNumber(16534)).toBe("16.534");
    expect(formatNumber(116890)).toBe("116.890");
    expect(formatNumber(1000000)).toBe("1.000.000");
    expect(formatNumber(583)).toBe("583");
    expect(formatNumber(0)).toBe("0");
  });

  it("writes decimals with a comma, trailing zeros dropped unless fixed", () => {
    expect(formatNumber(4.5, 1)).toBe("4,5");
    expect(formatNumber(5, 1)).toBe("5");
    expect(formatNumber(5, 1, true)).toBe("5,0");
    expect(formatNumber(1271.25, 2)).toBe("1.271,25");
  });

  it("keeps the sign of negatives and never prints minus zero", () => {
    expect(formatNumber(-1271)).toBe("-1.271");
    expect(formatNumber(-4.5, 1)).toBe("-4,5");
    expect(formatNumber(-0.04, 1)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  it.each([
    [0.05, "0,1"],
    [0.15, "0,2"],
    [0.25, "0,3"],
    [1.45, "1,5"],
    [2.45, "2,5"],
    [4.35, "4,4"],
    [41.25, "41,3"],
    [99.95, "100"],
    [-0.05, "-0,1"],
    [-1.25, "-1,3"],
  ])("rounds the half case %d to %j (half away from zero)", (input, expected) => {
    expect(formatNumber(input, 1)).toBe(expected);
  });

  it("rounds a ratio whose exact value is a half case up, though its float lands a hair below", () => {
    // 23 / 80 = 0,2875 exactly, so 28,75% is 28,8%; in floating point it is 28.749999999999996.
    expect(formatPercent((23 / 80) * 100)).toBe("28,8%");
    // (57 - 80) / 80 = -28,75%
    expect(formatPercentAbs(percentChange(57, 80))).toBe("28,8%");
    expect(formatNumber(1.005, 2)).toBe("1,01");
  });

  it("rounds every exact two-decimal percent of small counts half up, as integer arithmetic does", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (let total = 1; total <= 400; total++) {
      for (let part = 0; part <= 2000; part++) {
        // Only ratios whose percent has at most two decimals: integers decide their rounding.
        if ((10000 * part) % total !== 0) continue;
        checked++;
        const hundredths = (10000 * part) / total;
        const tenths = Math.floor(hundredths / 10) + (hundredths % 10 >= 5 ? 1 : 0);
        const expected = `${Math.floor(tenths / 10)}${tenths % 10 === 0 ? "" : `,${tenths % 10}`}%`;
        const got = formatPercent((part / total) * 100).replace(/\./g, "");
        if (got !== expected) wrong.push(`${part}/${total}: ${got}, not ${expected}`);
      }
    }
    expect(checked).toBeGreaterThan(10000);
    expect(wrong).toEqual([]);
  });

  it("prints a dash for a value that is not a number", () => {
    expect(formatNumber(Number.NaN)).toBe("-");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("-");
  });

  it("matches Intl id-ID for whole numbers (our formatter is the hand-written fallback)", () => {
    const hasIndonesian = Intl.NumberFormat.supportedLocalesOf(["id-ID"]).length > 0;
    const intl = new Intl.NumberFormat("id-ID");
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        // Without id-ID data Intl falls back to another locale; then only our own output is checked.
        if (hasIndonesian) expect(formatNumber(n)).toBe(intl.format(n));
        else expect(formatNumber(n).replace(/[.-]/g, "")).toBe(String(Math.abs(n)));
      }),
    );
  });

  it("matches Intl id-ID's one-decimal rounding on the seed's half cases", () => {
    const intl = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
    if (Intl.NumberFormat.supportedLocalesOf(["id-ID"]).length === 0) return;
    for (const x of [0.05, 0.15, 1.45, 2.45, 41.25, 162.5, 283.35, -1.25]) {
      expect(formatNumber(x, 1)).toBe(intl.format(x));
    }
  });
});

describe("formatPercent: the seed report's percentages, from its own figures", () => {
  it.each([
    // [current, base, printed in the seed]
    [10, 17, "41,2%"], // Publikasi Website vs October
    [3, 5, "40%"], // WhatsApp Blast vs November 2022
    [23, 6, "283,3%"], // Live Chat vs November 2022
    [23, 17, "35,3%"], // Live Chat vs October
    [988, 1134, "12,9%"], // WhatsApp vs October
    [988, 1099, "10,1%"], // WhatsApp vs November 2022
    [103, 71, "45,1%"], // Telepon vs November 2022
    [21, 8, "162,5%"], // PPID vs November 2022
    [21, 14, "50%"], // PPID vs October
    [143, 175, "18,3%"], // Email Call Center vs October
    [409, 1108, "63,1%"], // Email Laporan vs October (reference note: -63,1%)
  ])("%d against %d is %s", (current, base, printed) => {
    expect(formatPercentAbs(percentChange(current, base))).toBe(printed);
  });

  it("keeps the sign when asked for a signed percent", () => {
    expect(formatPercent(percentChange(10, 17))).toBe("-41,2%");
    expect(formatPercent(percentChange(23, 6))).toBe("283,3%");
  });

  it("shows shares such as HAI Kemenkeu's 14 of 1.271 tickets", () => {
    expect(formatPercent((14 / 1271) * 100)).toBe("1,1%");
    expect(formatPercent((198 / 1271) * 100, 0)).toBe("16%");
  });
});
