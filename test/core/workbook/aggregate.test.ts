import { describe, expect, it } from "vitest";
import { aggregate, measureRule, monthsWithData, periodFigure } from "../../../src/core/workbook/aggregate";
import { CHANNELS, type ChannelKey } from "../../../src/core/workbook/channels";
import { toPeriod } from "../../../src/core/workbook/periods";
import { buildData } from "../../helpers/data-builder";

const Q3 = toPeriod("2023-Q3");

describe("aggregate: the three rules", () => {
  it("sum adds the months with data", () => {
    expect(aggregate("sum", [3, undefined, 4])).toBe(7);
    expect(aggregate("sum", [0, 0, 0])).toBe(0);
  });
  it("last takes the last month with data, not the last month", () => {
    expect(aggregate("last", [100, 120, undefined])).toBe(120);
    expect(aggregate("last", [100, undefined, 90])).toBe(90);
  });
  it("mean averages over the months with data only", () => {
    expect(aggregate("mean", [4, undefined, 5])).toBe(4.5);
    expect(aggregate("mean", [51, 52, 56])).toBeCloseTo(53, 10);
  });
  it("no month with data is no figure, for every rule", () => {
    for (const rule of ["sum", "last", "mean"] as const)
      expect(aggregate(rule, [undefined, undefined])).toBeUndefined();
  });
});

describe("the registry: one rule per number column", () => {
  it("every number column of every tab chooses its rule", () => {
    const without = CHANNELS.flatMap((c) =>
      c.columns
        .filter((col) => ["count", "decimal", "percent"].includes(col.type) && col.period === undefined)
        .map((col) => `${c.tab} / ${col.header}`),
    );
    expect(without).toEqual([]);
  });

  it("stocks are never summed: followers and the cumulative village accounts take the last month", () => {
    const social = CHANNELS.find((c) => c.key === "mediaSosial");
    const rule = (key: string) => social?.columns.find((c) => c.key === key)?.period;
    for (const key of ["igFollowers", "twFollowers", "fbFollowers", "igAkunDesaTotal"])
      expect(rule(key)).toBe("last");
    expect(rule("igAkunDesaBaru")).toBe("sum");
    expect(rule("rataRataPublikasi")).toBe("mean");
  });

  it("counts are summed, the rating and the monthly average are means", () => {
    expect(measureRule("tiketKonsultasi")).toBe("sum");
    expect(measureRule("publikasiWebsite")).toBe("sum");
    expect(measureRule("ppid")).toBe("sum");
    expect(measureRule("kepuasan")).toBe("mean");
    expect(measureRule("mediaSosial")).toBe("mean");
  });
});

describe("periodFigure", () => {
  const data = buildData({
    ppid: [
      { month: "2023-07", permohonan: 10 },
      { month: "2023-08", permohonan: 12 },
      { month: "2023-09", permohonan: 8 },
      { month: "2023-10", permohonan: 99 },
    ],
    mediaSosial: [
      { month: "2023-07", rataRataPublikasi: 50, igFollowers: 1000, igAkunDesaTotal: 300, igAkunDesaBaru: 4 },
      {
        month: "2023-08",
        rataRataPublikasi: 53,
        igFollowers: 1100,
        igAkunDesaTotal: 310,
        igAkunDesaBaru: 10,
      },
    ],
    kepuasan: [
      { month: "2023-07", rataRata: 4.8, jumlahPenilaian: 100 },
      { month: "2023-09", rataRata: 5, jumlahPenilaian: 10 },
    ],
    webinar: [
      { month: "2023-07", judul: "A", tanggal: "2023-07-03", jumlah: null },
      { month: "2023-07", judul: "B", tanggal: "2023-07-10", jumlah: 2 },
      { month: "2023-09", judul: null, tanggal: null, jumlah: 5 },
    ],
  });

  it("sums a count over the quarter's months (October is outside it)", () => {
    expect(periodFigure(data, "ppid", Q3)).toBe(30);
  });
  it("takes followers and village accounts at the last month with data (August), never their sum", () => {
    expect(periodFigure(data, "mediaSosial", Q3, "igFollowers")).toBe(1100);
    expect(periodFigure(data, "mediaSosial", Q3, "igAkunDesaTotal")).toBe(310);
    expect(periodFigure(data, "mediaSosial", Q3, "igAkunDesaBaru")).toBe(14);
  });
  it("averages the monthly average and the rating over the months with data, unweighted", () => {
    expect(periodFigure(data, "mediaSosial", Q3)).toBe(51.5);
    // (4,8 + 5) / 2, not weighted by the 100 and 10 ratings.
    expect(periodFigure(data, "kepuasan", Q3, "rataRata")).toBeCloseTo(4.9, 10);
    expect(periodFigure(data, "kepuasan", Q3, "jumlahPenilaian")).toBe(110);
    expect(monthsWithData(data, "kepuasan", Q3, "rataRata")).toBe(2);
  });
  it("an item tab's figure: each month's items (weights) or stated total, summed", () => {
    // July: A counts 1, B counts 2; September: a total row of 5.
    expect(periodFigure(data, "webinar", Q3)).toBe(8);
  });
  it("a tab without data in the period has no figure", () => {
    expect(periodFigure(data, "chatbot" as ChannelKey, Q3)).toBeUndefined();
  });
});
