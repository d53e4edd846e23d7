import { describe, expect, it } from "vitest";
import {
  isMonthKey,
  lastMonthOf,
  monthsOf,
  parsePeriod,
  periodKey,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
  toPeriod,
} from "../../../src/core/workbook/periods";

describe("parsePeriod", () => {
  it.each([
    ["2023-11", { kind: "month", year: 2023, index: 11 }],
    ["2023-Q3", { kind: "quarter", year: 2023, index: 3 }],
    ["2023-q1", { kind: "quarter", year: 2023, index: 1 }],
    ["2023-S2", { kind: "semester", year: 2023, index: 2 }],
    [" 2023 ", { kind: "year", year: 2023, index: 1 }],
  ])("reads %j", (text, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period });
  });

  it.each([
    ["2023-Q5", "Q1 sampai Q4"],
    ["2023-Q0", "Q1 sampai Q4"],
    ["2023-S3", "S1 atau S2"],
    ["2023-13", "angka bulan harus 01 sampai 12"],
    ["1999", "di luar rentang 2000-2100"],
    ["2101-Q1", "di luar rentang 2000-2100"],
    ["Triwulan III", 'Bulan "Triwulan III" tidak sesuai format TTTT-BB'],
    ["", "Bulan kosong"],
    ["November", "Untuk triwulan, semester, atau tahun tulis 2023-Q3, 2023-S2, atau 2023."],
  ])("refuses %j in Indonesian", (text, message) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it("keys round-trip", () => {
    for (const key of ["2023-11", "2023-Q3", "2023-S2", "2023", "2024-01", "2024-Q1"]) {
      expect(periodKey(toPeriod(key))).toBe(key);
    }
    expect(isMonthKey("2023-11")).toBe(true);
    expect(isMonthKey("2023-Q3")).toBe(false);
    expect(isMonthKey("2023")).toBe(false);
  });
});

describe("a period's months", () => {
  it("a quarter is three months, a semester six, a year twelve", () => {
    expect(monthsOf(toPeriod("2023-Q3"))).toEqual(["2023-07", "2023-08", "2023-09"]);
    expect(monthsOf(toPeriod("2023-Q1"))).toEqual(["2023-01", "2023-02", "2023-03"]);
    expect(monthsOf(toPeriod("2023-S2"))).toEqual([
      "2023-07",
      "2023-08",
      "2023-09",
      "2023-10",
      "2023-11",
      "2023-12",
    ]);
    const year = monthsOf(toPeriod("2023"));
    expect(year).toHaveLength(12);
    expect([year[0], year[11]]).toEqual(["2023-01", "2023-12"]);
    expect(monthsOf(toPeriod("2023-11"))).toEqual(["2023-11"]);
    expect(lastMonthOf(toPeriod("2023-S1"))).toBe("2023-06");
  });
});

describe("period arithmetic", () => {
  const key = (text: string, f: typeof previousPeriod) => periodKey(f(toPeriod(text)));

  it("the previous quarter of Q1 is last year's Q4", () => {
    expect(key("2024-Q1", previousPeriod)).toBe("2023-Q4");
    expect(key("2023-Q3", previousPeriod)).toBe("2023-Q2");
  });

  it("the previous semester of S1 is last year's S2; the previous year is the year before", () => {
    expect(key("2024-S1", previousPeriod)).toBe("2023-S2");
    expect(key("2023-S2", previousPeriod)).toBe("2023-S1");
    expect(key("2023", previousPeriod)).toBe("2022");
    expect(key("2024-01", previousPeriod)).toBe("2023-12");
  });

  it("the same period a year earlier", () => {
    expect(key("2023-S2", samePeriodLastYear)).toBe("2022-S2");
    expect(key("2023-Q1", samePeriodLastYear)).toBe("2022-Q1");
    expect(key("2023", samePeriodLastYear)).toBe("2022");
    expect(key("2023-11", samePeriodLastYear)).toBe("2022-11");
  });
});

describe("periodLabel", () => {
  it.each([
    ["2023-Q3", "Triwulan III 2023"],
    ["2023-Q4", "Triwulan IV 2023"],
    ["2023-S2", "Semester II 2023"],
    ["2023-S1", "Semester I 2023"],
    ["2023", "Tahun 2023"],
    ["2023-11", "November 2023"],
  ])("%s is %s", (text, label) => {
    expect(periodLabel(toPeriod(text))).toBe(label);
  });
});
