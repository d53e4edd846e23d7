/**
 * The period decks stay whole as the monthly one does: no text leaves its box or the slide, no
 * two elements overlap, slide ids are unique (test/helpers/layout-invariants.ts), for the sample's
 * quarter, semester and year and for the stress workbooks' long texts and largest counts summed.
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../../examples/sample-workbook";
import { missingMonthsOf } from "../../../src/core/judgement/period-check";
import { parseWorkbook } from "../../../src/core/workbook/parse";
import { toPeriod } from "../../../src/core/workbook/periods";
import type { RawWorkbook } from "../../../src/core/workbook/types";
import { buildPeriodDeck } from "../../../src/report/period/layout";
import { STRESS_WORKBOOKS } from "../../fixtures/stress-workbooks";
import { buildData } from "../../helpers/data-builder";
import { deckBreaches } from "../../helpers/layout-invariants";

function breaches(raw: RawWorkbook, key: string): string[] {
  const { data } = parseWorkbook(raw);
  const period = toPeriod(key);
  return deckBreaches(buildPeriodDeck(data, period, { missingMonths: missingMonthsOf(data, period) }));
}

describe("period decks lay out soundly", () => {
  for (const key of ["2023-Q3", "2023-Q4", "2023-S2", "2023"]) {
    it(`the sample, ${key}`, () => {
      expect(breaches(sampleWorkbook(), key).join("\n")).toBe("");
    });
  }
  for (const [name, make] of Object.entries(STRESS_WORKBOOKS)) {
    it(`${name}, the year`, () => {
      expect(breaches(make(), "2023").join("\n")).toBe("");
    });
  }

  it("a year of the largest counts every month: its sums (up to 6 billion tickets) fit tiles, tables and charts", () => {
    const months = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, "0")}`);
    const big = 99_999_999;
    const data = buildData({
      ppid: months.map((month) => ({ month, permohonan: big })),
      tiketKonsultasi: months.map((month) => ({
        month,
        whatsapp: big,
        telepon: big,
        emailCallCenter: big,
        haiKemenkeu: big,
        liveChat: big,
        eskalasi: big,
      })),
      mediaSosial: months.map((month) => ({
        month,
        rataRataPublikasi: big,
        igFollowers: big,
        igReachTotal: big,
      })),
      webinar: months.map((month) => ({ month, judul: null, tanggal: null, jumlah: big })),
    });
    expect(deckBreaches(buildPeriodDeck(data, toPeriod("2023"))).join("\n")).toBe("");
  });
});
