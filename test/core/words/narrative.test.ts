import { describe, expect, it } from "vitest";
import {
  type ComparisonInput,
  changePhrase,
  comparisonSentence,
  listText,
  shareText,
  yearToDateSentence,
} from "../../../src/core/words/narrative";
import { plainText, type Run } from "../../../src/core/words/text";
import { toMonth } from "../../../src/core/workbook/period";
import figures from "../../fixtures/2023-11-figures.json";

const NOV = toMonth("2023-11");
const s = figures.series;

/** Runs as the seed's markup: bold parts between `**`. */
function markup(runs: readonly Run[]): string {
  return runs.map((r) => (r.bold ? `**${r.text}**` : r.text)).join("");
}

function sentence(
  subject: string,
  series: { month: number; prev: number | null; lastYear: number | null },
  extra: Partial<ComparisonInput> = {},
) {
  return comparisonSentence({
    subject,
    month: NOV,
    current: series.month,
    previous: series.prev ?? undefined,
    lastYear: series.lastYear ?? undefined,
    ...extra,
  });
}

describe("comparisonSentence on the seed's November 2023 figures", () => {
  it("merges website publications: down 41,2% against both 17s, bolded like the seed", () => {
    expect(markup(sentence("Jumlah publikasi website", s.publikasiWebsite))).toBe(
      "Jumlah publikasi website bulan November 2023 **turun 41,2%** dibandingkan bulan sebelumnya (17) dan bulan November 2022 (17).",
    );
  });

  it("computes the webinar year-on-year change the seed got wrong (+100%, not 50%)", () => {
    const text = plainText(sentence("Publikasi webinar", s.webinarFgd));
    expect(text).toBe(
      "Publikasi webinar bulan November 2023 turun 37,5% dibandingkan bulan sebelumnya (16) dan naik 100% dibandingkan bulan November 2022 (5).",
    );
    expect(text).not.toContain(s.webinarFgd.seedSays);
    expect(text).not.toContain("naik 50%");
  });

  it("WhatsApp tickets: down 12,9% vs 1.134 and down 10,1% vs 1.099, with the unit", () => {
    const text = markup(sentence("Jumlah konsultasi melalui WhatsApp", s.tiketWhatsapp, { unit: "layanan" }));
    expect(text).toBe(
      "Jumlah konsultasi melalui WhatsApp bulan November 2023 **turun 12,9%** dibandingkan bulan sebelumnya (1.134 layanan)" +
        " dan **turun 10,1%** dibandingkan bulan November 2022 (1.099 layanan).",
    );
  });

  it("Live Chat: up 35,3% vs 17 and up 283,3% vs 6", () => {
    const text = plainText(sentence("Layanan Live Chat", s.tiketLiveChat));
    expect(text).toContain("naik 35,3% dibandingkan bulan sebelumnya (17)");
    expect(text).toContain("naik 283,3% dibandingkan bulan November 2022 (6)");
  });

  it("social media average: the same as last month (51), without 'dibandingkan'", () => {
    const runs = sentence("Rata-rata publikasi konten media sosial", s.mediaSosialRataRataPublikasi);
    const text = markup(runs);
    expect(text).toContain("**sama dengan** bulan sebelumnya (51) dan ");
    // 51 vs 62 is -17,74%: one decimal everywhere (the seed rounded to 18%).
    expect(text).toContain("**turun 17,7%** dibandingkan bulan November 2022 (62).");
  });

  it("PPID: up 50% vs 14 and up 162,5% vs 8", () => {
    const text = plainText(sentence("Permohonan", s.permohonanPpid, { unit: "permohonan" }));
    expect(text).toContain("naik 50% dibandingkan bulan sebelumnya (14 permohonan)");
    expect(text).toContain("naik 162,5% dibandingkan bulan November 2022 (8 permohonan)");
  });

  it.each([
    ["whatsappBlast", "turun 62,5%", "turun 40%"],
    ["tiketTelepon", "turun 2,8%", "naik 45,1%"],
    ["tiketEmailCallCenter", "turun 18,3%", "naik 45,9%"],
    ["tiketHaiKemenkeu", "turun 22,2%", "turun 70,8%"],
    ["tiketKonsultasi", "turun 12,3%", "turun 3,9%"],
    ["emailLaporan", "turun 63,1%", "turun 50,1%"],
  ] as const)("%s: %s vs M-1, %s vs M-12", (key, vsPrev, vsYear) => {
    const text = plainText(sentence("Jumlah", s[key]));
    expect(text).toContain(`${vsPrev} dibandingkan bulan sebelumnya`);
    expect(text).toContain(`${vsYear} dibandingkan bulan November 2022`);
  });

  it("website visitors are approximate: 'turun sekitar' with a whole percent, so the seed's halves merge", () => {
    const text = markup(
      sentence("Jumlah pengunjung Website DJPK", s.pengunjungWebsite, { approximate: true }),
    );
    // -3,6% and -4,2% both round to 4%: the seed's own sentence.
    expect(text).toBe(
      "Jumlah pengunjung Website DJPK bulan November 2023 **turun sekitar 4%** dibandingkan bulan sebelumnya (111.000)" +
        " dan bulan November 2022 (111.715).",
    );
  });

  it("a figure just stated is not restated when there is nothing to compare it with", () => {
    const said = plainText(
      comparisonSentence({
        subject: "Jumlah pengunjung",
        month: NOV,
        current: 111_000,
        approximate: true,
        stated: true,
      }),
    );
    expect(said).toBe("Belum ada data pembanding untuk bulan sebelumnya maupun bulan November 2022.");
    const unsaid = plainText(
      comparisonSentence({ subject: "Jumlah pengunjung", month: NOV, current: 111_000, approximate: true }),
    );
    expect(unsaid).toContain("sebanyak sekitar 111.000");
  });
});

describe("comparisonSentence edge cases", () => {
  const base = { subject: "Layanan X", month: NOV };

  it("a zero base says it rose from 0, never Infinity or NaN", () => {
    const text = plainText(comparisonSentence({ ...base, current: 5, previous: 0, lastYear: 4 }));
    expect(text).toBe(
      "Layanan X bulan November 2023 naik dari 0 pada bulan sebelumnya menjadi 5 dan naik 25% dibandingkan bulan November 2022 (4).",
    );
    expect(text).not.toMatch(/Infinity|NaN/);
  });

  it("zero bases on both sides merge", () => {
    const text = plainText(
      comparisonSentence({ ...base, current: 3, previous: 0, lastYear: 0, unit: "tiket" }),
    );
    expect(text).toBe(
      "Layanan X bulan November 2023 naik dari 0 pada bulan sebelumnya dan bulan November 2022 menjadi 3 tiket.",
    );
  });

  it("zero against zero is 'sama dengan'", () => {
    const text = plainText(comparisonSentence({ ...base, current: 0, previous: 0, lastYear: 2 }));
    expect(text).toBe(
      "Layanan X bulan November 2023 sama dengan bulan sebelumnya (0) dan turun 100% dibandingkan bulan November 2022 (2).",
    );
  });

  it("equal on both sides merges the 'sama dengan'", () => {
    const text = plainText(comparisonSentence({ ...base, current: 51, previous: 51, lastYear: 51 }));
    expect(text).toBe(
      "Layanan X bulan November 2023 sama dengan bulan sebelumnya (51) dan bulan November 2022 (51).",
    );
  });

  it("a missing previous month drops that half", () => {
    const text = plainText(comparisonSentence({ ...base, current: 10, lastYear: 8 }));
    expect(text).toBe("Layanan X bulan November 2023 naik 25% dibandingkan bulan November 2022 (8).");
  });

  it("a missing last year drops that half", () => {
    const text = plainText(comparisonSentence({ ...base, current: 10, previous: 16 }));
    expect(text).toBe("Layanan X bulan November 2023 turun 37,5% dibandingkan bulan sebelumnya (16).");
  });

  it("no base at all says there is no comparison data and gives the figure", () => {
    const runs = comparisonSentence({ ...base, current: 1271, unit: "tiket" });
    expect(plainText(runs)).toContain("belum ada data pembanding");
    expect(markup(runs)).toContain("**1.271** tiket");
  });

  it("the same direction but a different percent does not merge", () => {
    const text = plainText(comparisonSentence({ ...base, current: 90, previous: 100, lastYear: 101 }));
    expect(text).toBe(
      "Layanan X bulan November 2023 turun 10% dibandingkan bulan sebelumnya (100) dan turun 10,9% dibandingkan bulan November 2022 (101).",
    );
  });

  it("a tiny change is not printed as 0%", () => {
    const text = plainText(comparisonSentence({ ...base, current: 100_001, previous: 100_000 }));
    expect(text).toContain("naik kurang dari 0,1%");
    expect(text).not.toMatch(/ 0%/);
  });

  it("a tiny change of a rounded figure does not say 'sekitar kurang dari'", () => {
    const text = plainText(
      comparisonSentence({ ...base, current: 107_050, previous: 107_000, approximate: true }),
    );
    expect(text).toContain("naik kurang dari 1% dibandingkan bulan sebelumnya (107.000)");
    expect(text).not.toContain("sekitar");
  });

  it("prints decimal figures with the given decimals", () => {
    const text = plainText(comparisonSentence({ ...base, current: 50.5, previous: 50.25, decimals: 2 }));
    expect(text).toContain("naik 0,5% dibandingkan bulan sebelumnya (50,25)");
  });

  it("January compares with January of the year before", () => {
    const text = plainText(
      comparisonSentence({ ...base, month: toMonth("2024-01"), current: 2, previous: 1, lastYear: 4 }),
    );
    expect(text).toContain("bulan Januari 2024 naik 100% dibandingkan bulan sebelumnya (1)");
    expect(text).toContain("turun 50% dibandingkan bulan Januari 2023 (4)");
  });
});

describe("changePhrase", () => {
  it("bolds the direction and magnitude", () => {
    expect(changePhrase(10, 17)).toEqual([{ text: "turun 41,2%", bold: true }]);
    expect(changePhrase(23, 6)).toEqual([{ text: "naik 283,3%", bold: true }]);
  });

  it("says 'sama dengan', 'naik dari 0', 'sekitar', and nothing without a base", () => {
    expect(plainText(changePhrase(51, 51))).toBe("sama dengan");
    expect(plainText(changePhrase(4, 0))).toBe("naik dari 0");
    expect(plainText(changePhrase(107_000, 111_000, { approximate: true }))).toBe("turun sekitar 4%");
    expect(changePhrase(4, undefined)).toEqual([]);
  });
});

describe("yearToDateSentence", () => {
  it("reproduces the seed's website sentence with the total in bold", () => {
    const runs = yearToDateSentence({
      month: NOV,
      total: s.publikasiWebsite.ytd,
      what: "publikasi pada Website DJPK yang terdiri atas peraturan, pemberitahuan ke daerah, berita, laporan, video tutorial, serta data",
    });
    expect(markup(runs)).toBe(
      "Sampai dengan bulan November 2023, terdapat **111** publikasi pada Website DJPK yang terdiri atas peraturan, pemberitahuan ke daerah, berita, laporan, video tutorial, serta data.",
    );
  });

  it("takes a prefix instead of 'terdapat' (the seed's webinar sentence)", () => {
    const runs = yearToDateSentence({
      month: NOV,
      total: s.webinarFgd.ytd,
      prefix: "DJPK telah melaksanakan",
      what: "webinar/FGD",
    });
    expect(markup(runs)).toBe(
      "Sampai dengan bulan November 2023, DJPK telah melaksanakan **79** webinar/FGD.",
    );
  });

  it("groups thousands and keeps a closing punctuation mark given by the caller", () => {
    const text = plainText(
      yearToDateSentence({
        month: NOV,
        total: s.tiketKonsultasi.ytd,
        what: "konsultasi melalui lima kanal.",
      }),
    );
    expect(text).toBe("Sampai dengan bulan November 2023, terdapat 16.534 konsultasi melalui lima kanal.");
  });
});

describe("shareText", () => {
  const total = figures.summaryTiles.tiketKonsultasi;

  it("gives the seed's shares of all tickets with one decimal", () => {
    expect(shareText(s.tiketHaiKemenkeu.month, total)).toBe("1,1%");
    expect(shareText(s.tiketLiveChat.month, total)).toBe("1,8%");
    expect(shareText(s.tiketEmailCallCenter.month, total)).toBe("11,3%");
    expect(shareText(figures.checks.escalated.count, total)).toBe("15,6%");
  });

  it("is 0% of a zero total and drops a trailing ,0", () => {
    expect(shareText(5, 0)).toBe("0%");
    expect(shareText(1, 4)).toBe("25%");
  });
});

describe("listText", () => {
  it("joins Indonesian style", () => {
    expect(listText([])).toBe("");
    expect(listText(["DBH"])).toBe("DBH");
    expect(listText(["PDRD", "DBH"])).toBe("PDRD dan DBH");
    expect(listText(figures.checks.escalated.topics)).toBe("PDRD, DBH, dan upaya konsultasi tatap muka");
  });
});
