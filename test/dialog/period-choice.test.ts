import { describe, expect, it } from "vitest";
import { periodKey } from "../../src/core/workbook/periods";
import { kindOptions, lastCompleted, periodOptions } from "../../src/dialog/period-choice";

/** 5 December 2023, as the dialog's tests open it. */
const TODAY = { year: 2023, month: 12 };

describe("the dialog's period chooser", () => {
  it("offers Bulan, Triwulan, Semester and Tahun", () => {
    expect(kindOptions().map((o) => o.label)).toEqual(["Bulan", "Triwulan", "Semester", "Tahun"]);
  });

  it("chooses the last completed period of each kind", () => {
    expect(periodKey(lastCompleted("month", TODAY))).toBe("2023-11");
    expect(periodKey(lastCompleted("quarter", TODAY))).toBe("2023-Q3");
    expect(periodKey(lastCompleted("semester", TODAY))).toBe("2023-S1");
    expect(periodKey(lastCompleted("year", TODAY))).toBe("2022");
    // In January the last quarter, semester and year are last year's.
    const january = { year: 2024, month: 1 };
    expect(periodKey(lastCompleted("quarter", january))).toBe("2023-Q4");
    expect(periodKey(lastCompleted("semester", january))).toBe("2023-S2");
    expect(periodKey(lastCompleted("year", january))).toBe("2023");
  });

  it("lists the period under way first, then the last completed and those before, by their names", () => {
    const quarters = periodOptions("quarter", TODAY);
    expect(quarters.slice(0, 3)).toEqual([
      { value: "2023-Q4", label: "Triwulan IV 2023" },
      { value: "2023-Q3", label: "Triwulan III 2023" },
      { value: "2023-Q2", label: "Triwulan II 2023" },
    ]);
    expect(periodOptions("year", TODAY).map((o) => o.value)).toEqual(["2023", "2022", "2021", "2020"]);
    expect(periodOptions("semester", TODAY)[1]).toEqual({ value: "2023-S1", label: "Semester I 2023" });
  });
});
