import { describe, expect, it } from "vitest";
import {
  addMonths,
  dateLabel,
  lastCompletedMonth,
  monthLabel,
  monthName,
  monthShort,
  parseMonth,
  previousMonth,
  sameMonthLastYear,
  toMonth,
  yearToDate,
} from "../../../src/core/workbook/period";

describe("parseMonth", () => {
  it.each(["2023-11", " 2023-11 ", "2023-01", "2024-12"])("accepts %j", (text) => {
    const result = parseMonth(text);
    expect(result).toEqual({ ok: true, month: text.trim() });
  });

  it.each([
    ["2023-13", "angka bulan harus 01 sampai 12"],
    ["2023-00", "angka bulan harus 01 sampai 12"],
    ["23-11", "tidak sesuai format TTTT-BB"],
    ["2023-1", "tidak sesuai format TTTT-BB"],
    ["11-2023", "tidak sesuai format TTTT-BB"],
    ["November 2023", "tidak sesuai format TTTT-BB"],
    ["", "Bulan kosong"],
    ["   ", "Bulan kosong"],
    ["1999-11", "di luar rentang 2000-2100"],
  ])("rejects %j: %s", (text, part) => {
    const result = parseMonth(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain(part);
  });

  it("rejects a value that is not text without throwing", () => {
    expect(parseMonth(202311).ok).toBe(false);
    expect(parseMonth(null).ok).toBe(false);
    expect(() => toMonth("2023-13")).toThrow(/01 sampai 12/);
  });
});

describe("month arithmetic", () => {
  it("goes back one month across a year", () => {
    expect(previousMonth(toMonth("2024-01"))).toBe("2023-12");
    expect(previousMonth(toMonth("2023-11"))).toBe("2023-10");
  });

  it("finds the same month last year", () => {
    expect(sameMonthLastYear(toMonth("2023-11"))).toBe("2022-11");
    expect(sameMonthLastYear(toMonth("2024-01"))).toBe("2023-01");
  });

  it("adds months in both directions across years", () => {
    expect(addMonths(toMonth("2023-11"), 2)).toBe("2024-01");
    expect(addMonths(toMonth("2023-02"), -14)).toBe("2021-12");
  });

  it("lists January up to the month for the year-to-date figure", () => {
    const months = yearToDate(toMonth("2023-11"));
    expect(months).toHaveLength(11);
    expect(months[0]).toBe("2023-01");
    expect(months.at(-1)).toBe("2023-11");
    expect(yearToDate(toMonth("2024-01"))).toEqual(["2024-01"]);
  });

  it("reports on the last completed month", () => {
    expect(lastCompletedMonth({ year: 2023, month: 12 })).toBe("2023-11");
    expect(lastCompletedMonth({ year: 2024, month: 1 })).toBe("2023-12");
  });
});

describe("Indonesian labels", () => {
  it("names months as the seed report does", () => {
    expect(monthLabel(toMonth("2023-11"))).toBe("November 2023");
    expect(monthName(toMonth("2023-10"))).toBe("Oktober");
    expect(monthShort(toMonth("2023-11"))).toBe("Nov");
    expect(monthShort(toMonth("2023-08"))).toBe("Agu");
  });

  it("writes dates as the seed's tables do", () => {
    expect(dateLabel("2023-11-06")).toBe("6 November");
    expect(dateLabel("2023-11-29", true)).toBe("29 November 2023");
  });
});
