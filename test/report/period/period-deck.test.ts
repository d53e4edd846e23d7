/**
 * The period deck from rows: its sentences, its cover and titles, its month-by-month charts, its
 * lists summarised, the months without data; and (fast-check) a quarter's summed counts are the
 * sum of its three monthly reports' figures. Expected figures are computed here from the rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missingMonthsOf } from "../../../src/core/judgement/period-check";
import type { ChannelKey } from "../../../src/core/workbook/channels";
import type { WorkbookData } from "../../../src/core/workbook/data";
import { toMonth } from "../../../src/core/workbook/period";
import { type Period, toPeriod } from "../../../src/core/workbook/periods";
import type { LayoutContext } from "../../../src/report/context";
import type { ChartElement, Deck, KpiElement, Slide } from "../../../src/report/deck";
import { buildPeriodDeck } from "../../../src/report/period/layout";
import { periodSummarySection } from "../../../src/report/period/overview";
import { SUMMARY_TILES, summarySection } from "../../../src/report/sections/summary";
import { buildData, type RowSpec } from "../../helpers/data-builder";
import { deckText } from "../../helpers/deck-text";

function deckOf(data: WorkbookData, key: string): Deck {
  const period = toPeriod(key);
  return buildPeriodDeck(data, period, { missingMonths: missingMonthsOf(data, period) });
}

function slideOf(deck: Deck, id: string): Slide {
  const found = deck.slides.find((s) => s.id === id);
  if (!found) throw new Error(`no slide ${id} in ${deck.slides.map((s) => s.id).join(", ")}`);
  return found;
}

const charts = (slide: Slide) => slide.elements.filter((e): e is ChartElement => e.type === "chart");

const ppid = (entries: Record<string, number>): RowSpec[] =>
  Object.entries(entries).map(([month, permohonan]) => ({ month, permohonan }));

describe("the period's comparison sentences", () => {
  const data = buildData({
    ppid: ppid({
      "2022-07": 2,
      "2022-08": 2,
      "2022-09": 2,
      "2023-04": 2,
      "2023-05": 3,
      "2023-06": 3,
      "2023-07": 3,
      "2023-08": 3,
      "2023-09": 3,
      "2023-10": 4,
      "2023-11": 4,
    }),
  });

  it("a quarter against the previous quarter and the same quarter a year earlier", () => {
    const text = deckText([slideOf(deckOf(data, "2023-Q3"), "s34-ppid")]);
    expect(text).toContain("Pada Triwulan III 2023 terdapat 9 permohonan data melalui PPID DJPK.");
    expect(text).toContain(
      "Permohonan data melalui PPID Triwulan III 2023 naik 12,5% dibandingkan triwulan sebelumnya (8 permohonan) dan naik 50% dibandingkan Triwulan III 2022 (6 permohonan).",
    );
  });

  it("a quarter with a month missing compares the same months of each base, and says which", () => {
    const text = deckText([slideOf(deckOf(data, "2023-Q4"), "s34-ppid")]);
    // October + November 2023 = 8 against July + August 2023 = 6; no October/November 2022.
    expect(text).toContain(
      "Permohonan data melalui PPID Triwulan IV 2023 (Oktober dan November) naik 33,3% dibandingkan Triwulan III 2023 (Juli dan Agustus) (6 permohonan).",
    );
    expect(text).toContain(
      "Data PPID Desember 2023 belum diisi; angka Triwulan IV 2023 dihitung dari bulan yang terisi.",
    );
  });

  it("a year has one base, the year before, named once", () => {
    const full = buildData({
      ppid: [
        ...Array.from({ length: 12 }, (_, i) => ({
          month: `2022-${String(i + 1).padStart(2, "0")}`,
          permohonan: 1,
        })),
        ...Array.from({ length: 12 }, (_, i) => ({
          month: `2023-${String(i + 1).padStart(2, "0")}`,
          permohonan: 2,
        })),
      ],
    });
    const text = deckText([slideOf(deckOf(full, "2023"), "s34-ppid")]);
    expect(text).toContain(
      "Permohonan data melalui PPID Tahun 2023 naik 100% dibandingkan tahun sebelumnya (12 permohonan).",
    );
    const alone = deckText([
      slideOf(deckOf(buildData({ ppid: ppid({ "2023-01": 5 }) }), "2023"), "s34-ppid"),
    ]);
    expect(alone).toContain("belum ada data pembanding untuk Tahun 2022 (Januari).");
  });

  it("a semester: its label and the previous semester's words", () => {
    const text = deckText([slideOf(deckOf(data, "2023-S2"), "s34-ppid")]);
    expect(text).toContain("Semester II 2023 (Juli–November)");
    expect(text).toContain("Semester I 2023 (Januari–Mei)");
  });
});

describe("cover, titles and charts name the period", () => {
  const data = buildData({ ppid: ppid({ "2023-07": 3, "2023-08": 4, "2023-09": 5 }) });

  it.each([
    ["2023-Q3", "Triwulan III 2023"],
    ["2023-S2", "Semester II 2023"],
    ["2023", "Tahun 2023"],
  ])("%s: %s", (key, label) => {
    const deck = deckOf(data, key);
    expect(deck.title).toBe(`Laporan Layanan Informasi - ${label}`);
    expect(deck.monthLabel).toBe(label);
    expect(deck.slides[0]?.kind).toBe("cover");
  });

  it("the chart is month by month inside the period", () => {
    const [chart] = charts(slideOf(deckOf(data, "2023-Q3"), "s34-ppid"));
    expect(chart?.categories).toEqual(["Jul", "Agu", "Sep"]);
    expect(chart?.series[0]?.values).toEqual([3, 4, 5]);
    expect(chart?.title).toContain("Triwulan III 2023");
    // The year's other months have no PPID rows: left out, never drawn as 0.
    const [year] = charts(slideOf(deckOf(data, "2023"), "s34-ppid"));
    expect(year?.categories).toEqual(["Jul", "Agu", "Sep"]);
    expect(year?.series[0]?.values).toEqual([3, 4, 5]);
  });
});

describe("lists summarised", () => {
  it("counts per category over the months, items and stated totals, and the top entries", () => {
    const data = buildData({
      publikasiWebsite: [
        { month: "2023-07", tanggal: "2023-07-01", kategori: "Berita", judul: "a" },
        { month: "2023-08", tanggal: "2023-08-01", kategori: "Berita", judul: "b" },
        { month: "2023-08", tanggal: "2023-08-02", kategori: "Peraturan", judul: "c", jumlah: 3 },
        { month: "2023-09", tanggal: null, kategori: null, judul: null, jumlah: 4 },
      ],
      videoConference: [
        { month: "2023-07", tanggal: "2023-07-01", daerah: "Kab. A" },
        { month: "2023-08", tanggal: "2023-08-01", daerah: "Kab. B" },
        { month: "2023-09", tanggal: "2023-09-01", daerah: "kab.  a" },
      ],
    });
    const deck = deckOf(data, "2023-Q3");
    const details = deckText([slideOf(deck, "s05-rincian-website")]);
    // Registry order (Peraturan before Berita); September's 4 recorded only as a total.
    expect(details).toContain(
      "Peraturan | 3\nBerita | 2\nTanpa rincian (bulan yang dicatat hanya jumlahnya) | 4\nTotal | 9",
    );
    const top = deckText([slideOf(deck, "s28-video-conference-teratas")]);
    expect(top).toContain("Kab. A | 2\nKab. B | 1");
  });
});

describe("topics over the period", () => {
  it("summed by their Jumlah Tiket, most first; named only when no row has a count", () => {
    const data = buildData({
      topikKonsultasi: [
        { month: "2023-07", bagian: "Teknis", kelompok: "DBH", topik: "Alokasi", jumlah: 5 },
        { month: "2023-08", bagian: "Teknis", kelompok: "DBH", topik: "Penyaluran", jumlah: 7 },
        { month: "2023-09", bagian: "Teknis", kelompok: "DBH", topik: "Alokasi", jumlah: 4 },
        { month: "2023-07", bagian: "WhatsApp", kelompok: null, topik: "Reservasi", jumlah: null },
        { month: "2023-08", bagian: "WhatsApp", kelompok: null, topik: "Surat Masuk", jumlah: null },
      ],
      tiketKonsultasi: [
        { month: "2023-07", whatsapp: 3, telepon: 1, emailCallCenter: 0, haiKemenkeu: 0, liveChat: 0 },
      ],
    });
    const deck = deckOf(data, "2023-Q3");
    expect(deckText([slideOf(deck, "s14-topik-teknis")])).toContain("DBH\nAlokasi: 9\nPenyaluran: 7");
    const whatsapp = deckText([slideOf(deck, "s19-whatsapp")]);
    expect(whatsapp).toContain("Topik terbanyak:\nReservasi\nSurat Masuk");
  });
});

describe("the months without data", () => {
  it("each section lists its months inside the period that have no data", () => {
    const data = buildData({ ppid: ppid({ "2023-10": 1, "2023-11": 2 }) });
    const deck = deckOf(data, "2023-Q4");
    const text = deckText([slideOf(deck, "s38-data-belum-diisi")]);
    expect(text).toContain("PPID: Desember 2023");
    expect(text).toContain("Webinar: Oktober–Desember 2023");
  });
});

/** `1.271` -> 1271, `53,3` -> 53.3 */
const number = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));

function tiles(slides: readonly Slide[]): number[] {
  return slides[0]?.elements
    .filter((e): e is KpiElement => e.type === "kpi")
    .map((e) => (e.value === "-" ? Number.NaN : number(e.value))) as number[];
}

function monthContext(data: WorkbookData, month: string): LayoutContext {
  return {
    data,
    month: toMonth(month),
    settings: data.settings,
    unit: "DJPK",
    missing: new Set<ChannelKey>(),
  };
}

describe("property: a quarter's summed counts are the sum of its three monthly reports' figures", () => {
  const count = fc.integer({ min: 0, max: 5_000 });
  const titles = fc.array(
    fc.record({
      judul: fc.string({ minLength: 1, maxLength: 8 }),
      jumlah: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 4 },
  );
  const month = fc.record({
    ppid: count,
    tickets: fc.tuple(count, count, count, count, count),
    webinars: titles,
    posts: fc.integer({ min: 0, max: 300 }),
  });

  it("for every tile the monthly report sums (the social-media tile is the mean of the months)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.tuple(month, month, month), (quarter, months) => {
        const period: Period = { kind: "quarter", year: 2023, index: quarter };
        const keys = [0, 1, 2].map((i) => `2023-${String((quarter - 1) * 3 + i + 1).padStart(2, "0")}`);
        const rows = (f: (m: (typeof months)[number], key: string) => RowSpec[]) =>
          months.flatMap((m, i) => f(m, keys[i] as string));
        const data = buildData({
          ppid: rows((m, key) => [{ month: key, permohonan: m.ppid }]),
          tiketKonsultasi: rows((m, key) => [
            {
              month: key,
              whatsapp: m.tickets[0],
              telepon: m.tickets[1],
              emailCallCenter: m.tickets[2],
              haiKemenkeu: m.tickets[3],
              liveChat: m.tickets[4],
            },
          ]),
          webinar: rows((m, key) => m.webinars.map((w) => ({ month: key, tanggal: `${key}-01`, ...w }))),
          mediaSosial: rows((m, key) => [{ month: key, rataRataPublikasi: m.posts }]),
        });
        const monthly = keys.map((k) => tiles(summarySection(monthContext(data, k))));
        const quarterTiles = tiles(
          periodSummarySection({
            data,
            period,
            settings: data.settings,
            unit: "DJPK",
            missingMonths: new Map(),
          }),
        );
        for (const [i, tile] of SUMMARY_TILES.entries()) {
          const values = monthly.map((m) => m[i] as number).filter((v) => !Number.isNaN(v));
          if (values.length === 0) expect(quarterTiles[i]).toBeNaN();
          else if (tile.key === "mediaSosial") {
            expect(quarterTiles[i]).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 1);
          } else expect(quarterTiles[i]).toBe(values.reduce((a, b) => a + b, 0));
        }
      }),
      { numRuns: 60 },
    );
  });
});
