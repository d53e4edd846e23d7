/** A period judged before its deck: every month inside it without data, per tab; errors as for a month. */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../../examples/sample-workbook";
import { checkPeriod, monthsText, periodVerdict } from "../../../src/core/judgement/period-check";
import { CHANNELS } from "../../../src/core/workbook/channels";
import { toMonth } from "../../../src/core/workbook/period";
import { toPeriod } from "../../../src/core/workbook/periods";
import { MONTH_NEEDS } from "../../../src/report/layout";

const YEAR = toPeriod("2023");

describe("checkPeriod on the sample's 2023 rows", () => {
  const check = checkPeriod(sampleWorkbook(), YEAR);

  it("has no error, and lists December as missing for every tab the report needs", () => {
    expect(check.errors).toEqual([]);
    const required = CHANNELS.filter((c) => MONTH_NEEDS.some((need) => need.key === c.key));
    expect(check.missing.map((f) => f.tab)).toEqual(required.map((c) => c.tab));
    for (const def of required) {
      expect(check.missingMonths.get(def.key)?.at(-1)).toBe("2023-12");
      const finding = check.missing.find((f) => f.tab === def.tab);
      expect(finding?.message).toMatch(
        new RegExp(`^Tab "${def.tab}" belum diisi untuk .*Desember 2023 \\(Tahun 2023\\)\\.$`),
      );
    }
    // A tab with every month but December filled names December alone.
    expect(check.missing.find((f) => f.tab === "PPID")?.message).toBe(
      'Tab "PPID" belum diisi untuk Desember 2023 (Tahun 2023).',
    );
  });

  it("is refused without consent to the missing months, made with it (and the warnings' consent)", () => {
    const refused = periodVerdict(check, YEAR, {});
    expect(refused).toMatchObject({ ok: false, reason: "missing" });
    if (!refused.ok) expect(refused.message).toContain("Laporan Tahun 2023 tidak dibuat");
    expect(periodVerdict(check, YEAR, { allowMissing: true, acceptWarnings: true })).toEqual({ ok: true });
  });
});

describe("errors", () => {
  it("a mistake inside the quarter blocks it; the same mistake in 2019 does not", () => {
    const inside = sampleWorkbook();
    inside.PPID?.rows.push(["2023-08", "tiga"]);
    const outside = sampleWorkbook();
    outside.PPID?.rows.push(["2019-08", "tiga"]);
    const q3 = toPeriod("2023-Q3");
    const blocked = checkPeriod(inside, q3);
    expect(blocked.errors.some((f) => f.tab === "PPID" && f.message.includes('"tiga"'))).toBe(true);
    expect(periodVerdict(blocked, q3, { allowMissing: true, acceptWarnings: true })).toMatchObject({
      ok: false,
      reason: "errors",
    });
    expect(checkPeriod(outside, q3).errors).toEqual([]);
  });
});

describe("monthsText", () => {
  it("runs of three months or more as a span", () => {
    const months = ["2023-01", "2023-02", "2023-03", "2023-05", "2023-06", "2023-12"].map(toMonth);
    expect(monthsText(months)).toBe("Januari–Maret, Mei, Juni, dan Desember 2023");
    expect(monthsText([toMonth("2023-12")])).toBe("Desember 2023");
  });
});
