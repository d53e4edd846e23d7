/**
 * Slides 1-18 built from the sample workbook. Expected figures come from the seed report and
 * shared/reference/2023-11-figures.json (November 2023), from examples/README.md (the sample's
 * October 2023 and earlier months) or are computed here from first principles, never copied
 * from the builders' output.
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { missingFindings } from "../../src/core/judgement/needs";
import { missingKeys } from "../../src/core/judgement/report-check";
import { plainText } from "../../src/core/words/text";
import { type ChannelKey, WEBSITE_CATEGORIES } from "../../src/core/workbook/channels";
import type { WorkbookData } from "../../src/core/workbook/data";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import type { LayoutContext, SectionBuilder } from "../../src/report/context";
import { type ChartElement, type Element, PAGE, type Slide, type TableElement } from "../../src/report/deck";
import { buildDeck, MONTH_NEEDS, SECTIONS } from "../../src/report/layout";
import { textHeight } from "../../src/report/measure";
import { type Block, flow } from "../../src/report/paginate";
import { missingDataSection } from "../../src/report/sections/missing";
import { whatsappSection } from "../../src/report/sections/whatsapp";
import { buildData, type RowSpec } from "../helpers/data-builder";

/** Slides 1-18 in the report's order. */
const BUILDERS: SectionBuilder[] = SECTIONS.slice(0, SECTIONS.indexOf(whatsappSection)).filter(
  (section) => section !== missingDataSection,
);

const sample = parseWorkbook(sampleWorkbook()).data;

function contextFor(data: WorkbookData, month: string, missing?: ChannelKey[]): LayoutContext {
  const m = toMonth(month);
  return {
    data,
    month: m,
    settings: data.settings,
    unit: String(data.settings.singkatanUnit),
    missing: missing ? new Set<ChannelKey>(missing) : missingKeys(missingFindings(data, m, MONTH_NEEDS)),
  };
}

function deckFor(data: WorkbookData, month: string, missing?: ChannelKey[]): Slide[] {
  const ctx = contextFor(data, month, missing);
  return BUILDERS.flatMap((build) => build(ctx));
}

function byId(slides: Slide[], id: string): Slide {
  const found = slides.find((s) => s.id === id);
  if (!found) throw new Error(`no slide ${id} in ${slides.map((s) => s.id).join(", ")}`);
  return found;
}

/** Every text of a slide, one line per paragraph or table row. */
function textOf(slide: Slide): string {
  return slide.elements
    .flatMap((e) => {
      if (e.type === "text") return e.paragraphs.map((p) => plainText(p.runs));
      if (e.type === "kpi") return [`${e.value} ${e.label}`];
      if (e.type === "table") return [e.header, ...e.rows].map((r) => r.join(" | "));
      return [e.title];
    })
    .join("\n");
}

function tiles(slide: Slide): Record<string, string> {
  return Object.fromEntries(slide.elements.flatMap((e) => (e.type === "kpi" ? [[e.label, e.value]] : [])));
}

function charts(slide: Slide): ChartElement[] {
  return slide.elements.filter((e): e is ChartElement => e.type === "chart");
}

function tables(slides: Slide[]): TableElement[] {
  return slides.flatMap((s) => s.elements.filter((e): e is TableElement => e.type === "table"));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Layout invariants every built deck must meet. */
function expectSound(slides: Slide[]): void {
  const ids = slides.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const slide of slides) {
    for (const e of slide.elements) {
      const where = `${slide.id} ${e.type}`;
      expect(e.box.x, where).toBeGreaterThanOrEqual(0);
      expect(e.box.y, where).toBeGreaterThanOrEqual(0);
      expect(e.box.w, where).toBeGreaterThan(0);
      expect(e.box.h, where).toBeGreaterThan(0);
      expect(e.box.x + e.box.w, where).toBeLessThanOrEqual(PAGE.width + 1e-9);
      expect(e.box.y + e.box.h, where).toBeLessThanOrEqual(PAGE.height + 1e-9);
      if (e.type === "text") {
        // the text as estimated fits the box it was given
        expect(textHeight(e.paragraphs, e.box.w, e.fontSize), where).toBeLessThanOrEqual(e.box.h + 1e-9);
      }
      if (e.type === "table") expect(sum(e.columnWidths)).toBeCloseTo(1, 9);
    }
    expectNoOverlap(slide);
  }
}

function overlaps(a: Element, b: Element): boolean {
  const eps = 1e-9;
  return (
    a.box.x < b.box.x + b.box.w - eps &&
    b.box.x < a.box.x + a.box.w - eps &&
    a.box.y < b.box.y + b.box.h - eps &&
    b.box.y < a.box.y + a.box.h - eps
  );
}

function expectNoOverlap(slide: Slide): void {
  slide.elements.forEach((a, i) => {
    slide.elements.slice(i + 1).forEach((b) => {
      expect(overlaps(a, b), `${slide.id}: ${JSON.stringify(a.box)} and ${JSON.stringify(b.box)}`).toBe(
        false,
      );
    });
  });
}

describe("sections 1-18, November 2023 (the seed's month)", () => {
  const slides = deckFor(sample, "2023-11");

  it("lays every slide out inside the page, without overlaps, with unique ids", () => {
    expectSound(slides);
    expect(slides[0]?.id).toBe("s01-cover");
    expect(slides.at(-1)?.id).toBe("s18-rincian-tiket");
  });

  it("names the unit on the cover and gives the month to the deck, which the renderers draw", () => {
    const cover = byId(slides, "s01-cover");
    expect(cover.kind).toBe("cover");
    expect(cover.title).toBe("Laporan Layanan Informasi DJPK");
    // the renderers draw the month from Deck.monthLabel: a text element would repeat it
    expect(cover.elements).toEqual([]);
    const deck = buildDeck(sample, toMonth("2023-11"));
    expect(deck.monthLabel).toBe("November 2023");
    expect(deck.unit).toBe("Direktorat Jenderal Perimbangan Keuangan");
    expect(deck.unitShort).toBe("DJPK");
  });

  it("shows the eight summary tiles of the reference", () => {
    // reference summaryTiles
    expect(tiles(byId(slides, "s02-ringkasan"))).toEqual({
      "Publikasi Website": "10",
      "Publikasi Konten Media Sosial*": "51",
      "WhatsApp Blast": "3",
      "Layanan PPID": "21",
      "Tiket Konsultasi": "1.271",
      "Video Conference": "10",
      "Konsultasi Tatap Muka": "30",
      "Webinar/FGD": "10",
    });
    expect(textOf(byId(slides, "s02-ringkasan"))).toContain("*rata-rata publikasi media sosial");
  });

  it("lists the contact channels from Pengaturan", () => {
    const text = textOf(byId(slides, "s03-media-layanan"));
    for (const value of [
      "150420",
      "0811-150420-7",
      "contact-djpk.kemenkeu.go.id",
      "@ditjenpk",
      "@DitjenPK",
    ]) {
      expect(text).toContain(value);
    }
    expect(text).toContain("callcenter.djpk@kemenkeu.go.id");
    expect(text).toContain("lapor.djpk@kemenkeu.go.id");
  });

  it("states the website's year to date, its comparison and its chart", () => {
    const slide = byId(slides, "s04-publikasi-website");
    const text = textOf(slide);
    expect(text).toContain("Sampai dengan bulan November 2023, terdapat 111 publikasi pada Website DJPK");
    // the kinds are those of November's items, in the registry's order
    expect(text).toContain(
      "peraturan, pemberitahuan ke daerah, data, siaran pers, profil pejabat, laporan, buku, dan berita",
    );
    expect(text).toContain("turun 41,2% dibandingkan bulan sebelumnya (17) dan bulan November 2022 (17).");
    const [chart] = charts(slide);
    expect(chart?.categories).toHaveLength(11);
    expect(sum(chart?.series[0]?.values ?? [])).toBe(111);
    expect(chart?.series[0]?.values.slice(-2)).toEqual([17, 10]);
  });

  it("itemises the website publications by category over two slides", () => {
    const details = slides.filter((s) => s.id.startsWith("s05-rincian-website-"));
    expect(details.map((s) => s.id)).toEqual(["s05-rincian-website-1", "s05-rincian-website-2"]);
    const text = details.map(textOf).join("\n");
    const present = WEBSITE_CATEGORIES.filter((c) => text.split("\n").includes(c));
    expect(present).toEqual([
      "Peraturan",
      "Pemberitahuan ke Daerah",
      "Data",
      "Siaran Pers",
      "Profil Pejabat",
      "Laporan",
      "Buku",
      "Berita",
    ]);
    const order = present.map((c) => text.indexOf(`${c}\n`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("6 November\nKMK Nomor 400 Tahun 2023");
    expect(text).toContain("29 November\nBuku Alokasi TKD (38 Provinsi)");
  });

  it("computes the webinar's year-on-year change as +100% (the seed prints 50%)", () => {
    const text = textOf(byId(slides, "s07-webinar"));
    expect(text).toContain("DJPK telah melaksanakan 79 webinar/FGD");
    expect(text).toContain("turun 37,5% dibandingkan bulan sebelumnya (16)");
    expect(text).toContain("naik 100% dibandingkan bulan November 2022 (5)");
    expect(text).not.toContain("50%");
  });

  it("tables the month's webinars with their dates", () => {
    const [table] = tables(slides.filter((s) => s.id.startsWith("s08-rincian-webinar-")));
    expect(table?.header).toEqual(["Tanggal", "Judul"]);
    expect(table?.rows).toHaveLength(10);
    expect(table?.rows[0]).toEqual([
      "6 November",
      "Penyerahan Insentif Fiskal Kategori Kinerja Pengendalian Inflasi di Daerah Periode III Tahun 2023",
    ]);
    expect(table?.rows[9]).toEqual(["30 November", "Rapat Kerja DJPK 2023"]);
  });

  it("states the WhatsApp blasts and lists them", () => {
    const text = textOf(byId(slides, "s09-whatsapp-blast"));
    expect(text).toContain("telah dilaksanakan 50 penyampaian informasi");
    expect(text).toContain(
      "turun 62,5% dibandingkan bulan sebelumnya (8) dan turun 40% dibandingkan bulan November 2022 (5)",
    );
    // Three blasts: one card each, the date big over the title, as the seed draws them.
    const details = byId(slides, "s10-rincian-whatsapp-blast-1");
    const cards = details.elements.filter((e) => e.type === "kpi");
    expect(cards.map((c) => c.value)).toEqual(["1 November", "21 November", "24 November"]);
    expect(cards[0]?.label).toBe("Monitoring dan Evaluasi Implementasi JF AKPD");
    expect(new Set(cards.map((c) => c.box.y)).size).toBe(1);
    expect(tables([details])).toEqual([]);
  });

  it("says visitors approximately, compares them approximately and lists the top pages", () => {
    const text = textOf(byId(slides, "s11-kunjungan-website"));
    expect(text).toContain("sekitar 107.000 pengunjung");
    // 107.000 / 111.000 - 1 = -3,6%; 107.000 / 111.715 - 1 = -4,2%
    expect(text).toContain(
      "turun sekitar 4% dibandingkan bulan sebelumnya (111.000) dan bulan November 2022 (111.715)",
    );
    expect(text).toContain("Portal Data SIKD,");
    expect(text).toContain("Rincian alokasi TKD TA 2024, dan");
    expect(text).toContain("Rincian alokasi tambahan Dana Desa TA 2023.");
  });

  it("states an exact visitor count with 'sebanyak', as a sentence needs a verb without 'sekitar'", () => {
    const data = buildData({
      kunjunganWebsite: [{ month: "2023-11", pengunjung: 111715, pembulatan: "Tidak" }],
    });
    const text = textOf(byId(deckFor(data, "2023-11"), "s11-kunjungan-website"));
    expect(text).toContain(
      "Jumlah pengunjung Website DJPK selama bulan November 2023 sebanyak 111.715 pengunjung.",
    );
    expect(text).not.toContain("sekitar");
  });

  it("counts tickets by channel and the other services from their own tabs (30 face-to-face, not 29)", () => {
    expect(tiles(byId(slides, "s12-tiket-konsultasi"))).toEqual({
      WhatsApp: "988",
      Telepon: "103",
      "Email Call Center": "143",
      "HAI Kemenkeu": "14",
      "Live Chat": "23",
      "Total Tiket": "1.271",
      Chatbot: "583",
      "Email Laporan": "409",
      "Video Conference": "10",
      "Tatap Muka": "30",
    });
  });

  it("compares consultations with October and November 2022 and sums the year", () => {
    const slide = byId(slides, "s13-perkembangan-konsultasi");
    const text = textOf(slide);
    // 1.271 / 1.450 - 1 = -12,3%; 1.271 / 1.322 - 1 = -3,9%
    expect(text).toContain("turun 12,3% dibandingkan bulan sebelumnya (1.450 konsultasi)");
    expect(text).toContain("turun 3,9% dibandingkan bulan November 2022 (1.322 konsultasi)");
    expect(text).toContain("Selama Januari s.d. November 2023");
    expect(text).toContain("sebanyak 16.534 konsultasi");
    expect(sum(charts(slide)[0]?.series[0]?.values ?? [])).toBe(16534);
  });

  it("puts the top three technical topics of DBH, DAU and JF AKPD in numbered columns", () => {
    const slide = byId(slides, "s14-topik-teknis-1");
    const text = textOf(slide);
    for (const heading of ["Topik DBH", "Topik DAU", "Topik JF AKPD"]) expect(text).toContain(heading);
    const numbered = slide.elements.filter(
      (e) => e.type === "text" && e.paragraphs.every((p) => p.bullet === "number"),
    );
    expect(numbered).toHaveLength(3);
    expect(text).toContain("DBH Perkebunan Sawit");
    expect(text).toContain("Informasi penundaan dan/atau pemotongan DAU");
    expect(text).toContain("FGD Implementasi JF AKPD");
  });

  it("shows the other topics with their descriptions", () => {
    const text = textOf(byId(slides, "s15-topik-lainnya-1"));
    expect(text).toContain("Surat Masuk\nMencakup penyampaian surat dan konfirmasi proses surat masuk.");
    expect(text).toContain("Reservasi\nMencakup tiket yang terkait dengan rencana konsultasi tatap muka");
  });

  it("counts complaints by their Jumlah and names their regions", () => {
    const text = textOf(byId(slides, "s16-pengaduan-keluhan-1"));
    expect(text).toContain("3 Pengaduan");
    expect(text).toContain("12 Keluhan Layanan");
    // "3 Pengaduan" over two bullets: the bullet that counts two says so.
    expect(text).toContain("(2 pengaduan: Kab. Limapuluh Kota dan Kota Dumai)");
    expect(text).toContain("(Kab. Cianjur)");
    expect(text).not.toContain("(1 pengaduan");
    expect(text).toContain("(12 keluhan: Kab. Kediri, Kab. Lampung Utara");
  });

  it("lists the user groups and the top four regional governments", () => {
    const text = textOf(byId(slides, "s17-pengguna-layanan"));
    for (const group of ["Pemerintah Daerah", "Kementerian/Lembaga", "Akademisi", "Lainnya"]) {
      expect(text).toContain(group);
    }
    // reference pemdaTeratas
    expect(text).toMatch(/17\nKab\. Ogan Ilir\n\(JF AKPD, SHSR, surat masuk\)/);
    expect(text).toMatch(/15\nProv\. Riau/);
    expect(text).toMatch(/12\nKab\. Gorontalo Utara/);
    expect(text).toMatch(/12\nProv\. Sumatera Selatan/);
  });

  it("computes the ticket details: zones, service hours with shares, escalations", () => {
    const slide = byId(slides, "s18-rincian-tiket");
    const text = textOf(slide);
    // reference checks.timeZones and checks.escalated
    expect(text).toContain("dari total 1.271 tiket konsultasi, sebanyak 1.222 tiket");
    expect(text).toContain("sedangkan 49 tiket sisanya");
    expect(text).toContain("1.165 pengguna layanan");
    expect(text).toContain("sedangkan 57 sisanya");
    // 42 / 57, 12 / 57, 3 / 57 to one decimal
    expect(text).toContain("42 (73,7%) dari bagian barat (WIB)");
    expect(text).toContain("12 (21,1%) dari bagian tengah (WITA)");
    expect(text).toContain("3 (5,3%) dari bagian timur (WIT)");
    // 198 / 1.271 = 15,58%
    expect(text).toContain("terdapat 198 tiket atau 15,6% memerlukan eskalasi");
    expect(text).toContain("PDRD, DBH, dan upaya konsultasi tatap muka");
    // Two panels on their own scales, titled for what they count: the out-of-hours bars are
    // not crushed under the in-hours ones.
    const [inside, outside] = charts(slide);
    expect(inside?.kind).toBe("bar");
    expect(inside?.title).toBe("Jumlah Tiket Dalam Jam Layanan");
    expect(inside?.categories).toEqual(["WIB", "WITA", "WIT"]);
    expect(sum(inside?.series[0]?.values ?? [])).toBe(1165);
    expect(outside?.title).toBe("Jumlah Tiket Luar Jam Layanan");
    expect(outside?.series[0]?.values).toEqual([42, 12, 3]);
    expect(inside?.box.y).toBe(outside?.box.y);
    expect(inside?.box.h).toBe(outside?.box.h);
    // The escalation share as the text rounds it: one quantity, one number (not a pie's 16%).
    const tile = slide.elements.find((e) => e.type === "kpi");
    expect(tile?.type === "kpi" && tile.value).toBe("15,6%");
    expect(tile?.type === "kpi" && tile.label).toContain("198 dari 1.271");
  });
});

describe("sections 1-18, October 2023 (its own figures, not November's)", () => {
  const slides = deckFor(sample, "2023-10");

  it("lays out soundly", () => expectSound(slides));

  it("shows October's tiles", () => {
    // examples/README.md: October 2023 website 17, webinar 16, blast 8, PPID 14, social 51,
    // tickets 1.134 + 106 + 175 + 18 + 17; video conference 12 and face-to-face 20 (illustrative)
    expect(tiles(byId(slides, "s02-ringkasan"))).toEqual({
      "Publikasi Website": "17",
      "Publikasi Konten Media Sosial*": "51",
      "WhatsApp Blast": "8",
      "Layanan PPID": "14",
      "Tiket Konsultasi": "1.450",
      "Video Conference": "12",
      "Konsultasi Tatap Muka": "20",
      "Webinar/FGD": "16",
    });
  });

  it("sums the year to October and compares with September, leaving out the missing October 2022", () => {
    const website = textOf(byId(slides, "s04-publikasi-website"));
    expect(website).toContain("Sampai dengan bulan Oktober 2023, terdapat 101 publikasi"); // 111 - 10
    expect(website).toContain("naik 41,7% dibandingkan bulan sebelumnya (12)."); // 17 vs 12
    expect(website).not.toContain("Oktober 2022");
    const webinar = textOf(byId(slides, "s07-webinar"));
    expect(webinar).toContain("telah melaksanakan 69 webinar/FGD"); // 79 - 10
    expect(webinar).toContain("naik 77,8% dibandingkan bulan sebelumnya (9)"); // 16 vs 9
    const blast = textOf(byId(slides, "s09-whatsapp-blast"));
    expect(blast).toContain("telah dilaksanakan 47 penyampaian"); // 50 - 3
    expect(blast).toContain("naik 14,3% dibandingkan bulan sebelumnya (7)"); // 8 vs 7
  });

  it("compares October's consultations with September's and sums January..October", () => {
    const text = textOf(byId(slides, "s13-perkembangan-konsultasi"));
    // September: 1.226 + 115 + 192 + 20 + 16 = 1.569; 1.450 / 1.569 - 1 = -7,6%
    expect(text).toContain("turun 7,6% dibandingkan bulan sebelumnya (1.569 konsultasi)");
    expect(text).toContain("Selama Januari s.d. Oktober 2023");
    expect(text).toContain("sebanyak 15.263 konsultasi"); // 16.534 - 1.271
  });

  it("says which tabs October lacks instead of showing November's data", () => {
    expect(textOf(byId(slides, "s14-topik-teknis-1"))).toBe(
      "Data Topik Konsultasi untuk Oktober 2023 belum diisi.",
    );
    expect(textOf(byId(slides, "s16-pengaduan-keluhan-1"))).toBe(
      "Data Pengaduan & Keluhan untuk Oktober 2023 belum diisi.",
    );
    expect(textOf(byId(slides, "s17-pengguna-layanan"))).toContain(
      "Data Pemda Teratas untuk Oktober 2023 belum diisi.",
    );
    expect(textOf(byId(slides, "s12-tiket-konsultasi"))).toContain(
      "Data Chatbot untuk Oktober 2023 belum diisi.",
    );
    // months stored as a total have nothing to itemise
    expect(textOf(byId(slides, "s05-rincian-website-1"))).toContain("tidak dicatat per judul");
  });
});

describe("missing data", () => {
  it("degrades a section whose tab is empty for the month to a notice", () => {
    const data: WorkbookData = {
      ...sample,
      rows: { ...sample.rows, webinar: sample.rows.webinar.filter((r) => r.month !== "2023-11") },
    };
    const slides = deckFor(data, "2023-11");
    expectSound(slides);
    expect(textOf(byId(slides, "s07-webinar"))).toBe("Data Webinar untuk November 2023 belum diisi.");
    expect(textOf(byId(slides, "s08-rincian-webinar-1"))).toBe(
      "Data Webinar untuk November 2023 belum diisi.",
    );
    expect(tiles(byId(slides, "s02-ringkasan"))["Webinar/FGD"]).toBe("-");
    expect(textOf(byId(slides, "s02-ringkasan"))).toContain("Data Webinar untuk November 2023 belum diisi.");
    // the other sections are unaffected
    expect(textOf(byId(slides, "s04-publikasi-website"))).toContain("turun 41,2%");
  });

  it("builds every section for a month with no data at all", () => {
    const slides = deckFor(sample, "2024-03");
    expectSound(slides);
    expect(textOf(byId(slides, "s13-perkembangan-konsultasi"))).toBe(
      "Data Tiket Konsultasi untuk Maret 2024 belum diisi.",
    );
    expect(textOf(byId(slides, "s11-kunjungan-website"))).toBe(
      "Data Kunjungan Website untuk Maret 2024 belum diisi.",
    );
  });

  it("does not print '0 Pengaduan' for a month whose complaints are stated only as a total", () => {
    const data = buildData({ pengaduanKeluhan: [{ month: "2023-11", uraian: null, jumlah: 15 }] });
    const text = textOf(byId(deckFor(data, "2023-11"), "s16-pengaduan-keluhan-1"));
    expect(text).toContain("berjumlah 15");
    expect(text).not.toMatch(/\b0 (Pengaduan|Keluhan)/);
    expect(text).not.toContain("Tidak ada");
  });

  it("treats a channel the pre-generation check reported missing as missing", () => {
    const slides = deckFor(sample, "2023-11", ["topikKonsultasi"]);
    expect(textOf(byId(slides, "s15-topik-lainnya-1"))).toBe(
      "Data Topik Konsultasi untuk November 2023 belum diisi.",
    );
  });
});

describe("long lists continue on further slides", () => {
  const long = (i: number) =>
    `Judul panjang nomor ${i} tentang pelaksanaan penyaluran transfer ke daerah dan dana desa tahun anggaran berjalan`;

  it("continues a long webinar table, every row exactly once, the header on every page", () => {
    const webinar: RowSpec[] = Array.from({ length: 40 }, (_, i) => ({
      month: "2023-11",
      tanggal: `2023-11-${String((i % 28) + 1).padStart(2, "0")}`,
      judul: long(i + 1),
    }));
    const slides = deckFor(buildData({ webinar }), "2023-11");
    expectSound(slides);
    const details = slides.filter((s) => s.id.startsWith("s08-rincian-webinar-"));
    expect(details.length).toBeGreaterThan(1);
    expect(details.map((s) => s.id)).toEqual(details.map((_, i) => `s08-rincian-webinar-${i + 1}`));
    const pages = tables(details);
    expect(pages.every((t) => t.header.join() === "Tanggal,Judul")).toBe(true);
    expect(pages.flatMap((t) => t.rows.map((r) => r[1]))).toEqual(webinar.map((w) => w.judul));
  });

  it("continues the website items without leaving a category heading alone at a page's end", () => {
    const categories = ["Berita", "Peraturan", "Data"];
    const publikasiWebsite: RowSpec[] = Array.from({ length: 30 }, (_, i) => ({
      month: "2023-11",
      tanggal: "2023-11-06",
      kategori: categories[i % 3] ?? "Berita",
      judul: long(i + 1),
    }));
    const slides = deckFor(buildData({ publikasiWebsite }), "2023-11");
    expectSound(slides);
    const details = slides.filter((s) => s.id.startsWith("s05-rincian-website-"));
    expect(details.length).toBeGreaterThan(1);
    const text = details.map(textOf).join("\n");
    for (let i = 1; i <= 30; i++) expect(text).toContain(long(i));
    // registry order: Peraturan, then Data, then Berita
    expect(text.indexOf("Peraturan\n")).toBeLessThan(text.indexOf("Data\n"));
    expect(text.indexOf("Data\n")).toBeLessThan(text.indexOf("Berita\n"));
    for (const slide of details) {
      const last = slide.elements.at(-1);
      expect(last?.type === "text" && last.style === "heading").toBe(false);
    }
  });

  it("continues a long complaint list and cuts a single huge item instead of overflowing", () => {
    const regions = Array.from({ length: 400 }, (_, i) => `Kab. Contoh ${i + 1}`).join(", ");
    const pengaduanKeluhan: RowSpec[] = [
      ...Array.from({ length: 12 }, (_, i) => ({
        month: "2023-11",
        jenis: "Pengaduan",
        uraian: long(i),
        daerah: "Kab. A",
      })),
      { month: "2023-11", jenis: "Keluhan", uraian: "Keterlambatan informasi", daerah: regions, jumlah: 400 },
    ];
    const slides = deckFor(buildData({ pengaduanKeluhan }), "2023-11");
    expectSound(slides);
    const details = slides.filter((s) => s.id.startsWith("s16-pengaduan-keluhan-"));
    expect(details.length).toBeGreaterThan(2);
    const text = details.map(textOf).join("\n");
    expect(text).toContain("12 Pengaduan");
    expect(text).toContain("400 Keluhan Layanan");
    expect(text).toContain("Kab. Contoh 400)");
  });
});

describe("text far longer than its place", () => {
  it("is shrunk, continued or cut, never drawn past its box", () => {
    const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");
    const data = buildData(
      {
        webinar: [{ month: "2023-11", tanggal: "2023-11-02", judul: words(600, "webinar") }],
        topikKonsultasi: [
          { month: "2023-11", bagian: "Teknis", kelompok: "DBH", topik: words(400, "topik") },
          { month: "2023-11", bagian: "Lainnya", kelompok: "Surat Masuk", topik: words(900, "surat") },
        ],
        pemdaTeratas: [{ month: "2023-11", pemda: words(40, "Kab."), jumlahTiket: 5, topik: words(80, "t") }],
        kunjunganWebsite: [{ month: "2023-11", pengunjung: 5, halaman1: words(300, "halaman") }],
      },
      { facebook: words(200, "facebook") },
    );
    const slides = deckFor(data, "2023-11");
    expectSound(slides);
    expect(textOf(byId(slides, "s14-topik-teknis-1"))).toContain("…");
    expect(tables(slides.filter((s) => s.id.startsWith("s08-")))[0]?.rows[0]?.[1]).toMatch(/ …$/);
    expect(slides.filter((s) => s.id.startsWith("s15-topik-lainnya-")).length).toBeGreaterThan(1);
  });
});

describe("flow", () => {
  const block = (height: number, keepWithNext = false): Block => ({
    height,
    keepWithNext,
    place: (y) => [{ type: "kpi", box: { x: 0, y, w: 1, h: height }, value: String(height), label: "" }],
  });

  it("starts a new page when a block does not fit and keeps a heading with what follows", () => {
    const pages = flow([block(1), block(0.5, true), block(1)], { top: 0, bottom: 2, gap: 0 });
    expect(pages.map((p) => p.map((e) => (e.type === "kpi" ? e.value : "")))).toEqual([["1"], ["0.5", "1"]]);
  });

  it("gives one empty page for no blocks", () => {
    expect(flow([], { top: 0, bottom: 1, gap: 0 })).toEqual([[]]);
  });
});
