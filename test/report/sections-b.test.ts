/**
 * Slides 19-37 (Layanan WhatsApp .. Evaluasi dan Saran) built from the parsed sample workbook.
 * Expected figures come from the reference JSON transcribed from the seed report, from the seed's
 * own sentences, or are computed here from first principles (plain arithmetic on the data).
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { listText } from "../../src/core/words/narrative";
import { plainText } from "../../src/core/words/text";
import type { ChannelKey } from "../../src/core/workbook/channels";
import type { WorkbookData } from "../../src/core/workbook/data";
import { figure, itemsOf, measureOf, numberOf } from "../../src/core/workbook/dataset";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { type Month, previousMonth, toMonth, yearToDate } from "../../src/core/workbook/period";
import type { Settings } from "../../src/core/workbook/settings";
import { boldList } from "../../src/report/blocks";
import type { LayoutContext, SectionBuilder } from "../../src/report/context";
import { type Element, PAGE, type Slide, type TableElement } from "../../src/report/deck";
import { SECTIONS } from "../../src/report/layout";
import { estimateLines, linesHeight } from "../../src/report/measure";
import { tatapMukaSection } from "../../src/report/sections/face-to-face";
import { missingDataSection } from "../../src/report/sections/missing";
import { satisfactionSection } from "../../src/report/sections/satisfaction";
import { whatsappSection } from "../../src/report/sections/whatsapp";
import ref from "../fixtures/2023-11-figures.json";
import { buildData } from "../helpers/data-builder";

/** The slides 19..37 in deck order, as layout.ts calls them. */
const BUILDERS: SectionBuilder[] = [...SECTIONS.slice(SECTIONS.indexOf(whatsappSection)), missingDataSection];

const sample = parseWorkbook(sampleWorkbook()).data;

function contextOf(
  data: WorkbookData,
  month: string,
  settings: Partial<Settings> = {},
  missing: ChannelKey[] = [],
): LayoutContext {
  return {
    data: { ...data, settings: { ...data.settings, ...settings } },
    month: toMonth(month),
    settings: { ...data.settings, ...settings },
    unit: "DJPK",
    missing: new Set(missing),
  };
}

const build = (ctx: LayoutContext): Slide[] => BUILDERS.flatMap((b) => b(ctx));

function textOfElement(e: Element): string {
  if (e.type === "text") return e.paragraphs.map((p) => plainText(p.runs)).join("\n");
  if (e.type === "kpi") return `${e.value} ${e.label}`;
  if (e.type === "table") return [e.header, ...e.rows].map((r) => r.join(" | ")).join("\n");
  return e.title;
}
const slideText = (s: Slide) => s.elements.map(textOfElement).join("\n");

function only(slides: Slide[], id: string): Slide {
  const found = slides.filter((s) => s.id === id);
  expect(found, id).toHaveLength(1);
  return found[0] as Slide;
}

/** One decimal, `,` as the mark, trailing `,0` dropped: written out here, not via format.ts. */
function pct(value: number): string {
  const text = (Math.round(Math.abs(value) * 10) / 10).toFixed(1).replace(".", ",").replace(/,0$/, "");
  return `${text}%`;
}
const changeOf = (current: number, base: number) => {
  const p = ((current - base) / base) * 100;
  return `${p > 0 ? "naik" : "turun"} ${pct(p)}`;
};
const shortName = (m: Month) =>
  ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"][
    Number(m.slice(5)) - 1
  ];
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** Layout invariants every build must keep, whatever the data. */
function expectWellFormed(slides: Slide[]): void {
  const ids = slides.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of slides) {
    expect(s.title.length).toBeGreaterThan(0);
    expect(s.elements.length, s.id).toBeGreaterThan(0);
    for (const e of s.elements) {
      const { x, y, w, h } = e.box;
      expect(w > 0 && h > 0, `${s.id} ${e.type} has a size`).toBe(true);
      expect(x >= 0 && y >= 0, `${s.id} ${e.type} starts on the page`).toBe(true);
      expect(
        x + w <= PAGE.width + 1e-9 && y + h <= PAGE.height + 1e-9,
        `${s.id} ${e.type} ends on the page`,
      ).toBe(true);
      if (e.type === "table") {
        expect(e.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
        for (const row of e.rows) expect(row).toHaveLength(e.header.length);
      }
      if (e.type === "text") {
        // The box holds at least the lines its text needs (no insets counted: a lower bound).
        const lines = e.paragraphs.reduce(
          (n, p) => n + estimateLines(plainText(p.runs), e.box.w, e.fontSize),
          0,
        );
        expect(linesHeight(lines, e.fontSize), `${s.id} text fits`).toBeLessThanOrEqual(e.box.h + 1e-9);
      }
    }
    // No two elements of a slide overlap.
    s.elements.forEach((a, i) => {
      for (const b of s.elements.slice(i + 1)) {
        const dx = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
        const dy = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
        expect(dx <= 1e-6 || dy <= 1e-6, `${s.id}: ${a.type} and ${b.type} overlap`).toBe(true);
      }
    });
  }
}

describe("slides 19-37 for November 2023 (the seed's month)", () => {
  const slides = build(contextOf(sample, "2023-11"));

  it("are well formed: unique ids, every box inside the page, no overlaps, text that fits", () => {
    expectWellFormed(slides);
    expect(slides[0]?.id).toBe("s19-whatsapp");
  });

  it("WhatsApp: the seed's comparison (988 vs 1.134 and 1.099), topics and the Jan..Nov chart", () => {
    const s = only(slides, "s19-whatsapp");
    const text = slideText(s);
    const r = ref.series.tiketWhatsapp as { month: number; prev: number; lastYear: number };
    expect(text).toContain(`turun 12,9% dibandingkan bulan sebelumnya (${thousands(r.prev)} layanan)`);
    expect(text).toContain(`turun 10,1% dibandingkan bulan November 2022 (${thousands(r.lastYear)} layanan)`);
    expect(text).toContain("Top 3 Topik Konsultasi");
    const chart = s.elements.find((e) => e.type === "chart");
    expect(chart?.type === "chart" && chart.categories).toEqual(
      yearToDate(toMonth("2023-11")).map(shortName),
    );
    expect(chart?.type === "chart" && chart.series[0]?.values.at(-1)).toBe(r.month);
    // WhatsApp carries most tickets: 988 of 1.271.
    expect(text).toContain(pct((988 / 1271) * 100));
  });

  it("Telepon: top 3 topics with their counts and the comparison", () => {
    const text = slideText(only(slides, "s22-telepon"));
    for (const [topic, count] of ref.teleponTopTopics) expect(text).toContain(`${topic}: ${count} tiket`);
    expect(text).toContain("turun 2,8%");
    expect(text).toContain("naik 45,1%");
  });

  it("Telepon: the agents' tools from Pengaturan, as the seed names them; none when the setting is empty", () => {
    const text = slideText(only(slides, "s22-telepon"));
    expect(text).toContain(
      "Agen Contact Center menggunakan aplikasi Avaya Agent Desktop dan Avaya One-X Communicator.",
    );
    const three = slideText(
      only(build(contextOf(sample, "2023-11", { aplikasiAgenTelepon: "A, B,\nC" })), "s22-telepon"),
    );
    expect(three).toContain("menggunakan aplikasi A, B, dan C.");
    const none = slideText(
      only(build(contextOf(sample, "2023-11", { aplikasiAgenTelepon: " " })), "s22-telepon"),
    );
    expect(none).not.toContain("Agen Contact Center");
    expect(none).toContain("turun 2,8%");
  });

  it("Telepon: an empty service name in Pengaturan falls back to the unit, leaving no gap", () => {
    const s = only(build(contextOf(sample, "2023-11", { namaLayananTelepon: " " })), "s22-telepon");
    expect(s.title).toBe("Layanan Telepon DJPK");
    expect(slideText(s)).toContain("Jumlah konsultasi melalui telepon DJPK bulan November 2023");
  });

  it("HAI Kemenkeu, Live Chat and Email Call Center: share of all tickets with one decimal", () => {
    const hai = slideText(only(slides, "s23-hai-kemenkeu"));
    expect(hai).toContain("1,1% (14 pengguna)");
    expect(hai).toContain("turun 70,8%");
    expect(hai).toContain("Permintaan Data dan Surat Masuk");
    const live = slideText(only(slides, "s24-live-chat"));
    expect(live).toContain("1,8% (23 pengguna)");
    expect(live).toContain("naik 35,3%");
    expect(live).toContain("naik 283,3%");
    expect(live).toContain("Surat Masuk, Permintaan Data, dan Reservasi");
    const email = slideText(only(slides, "s26-email-call-center"));
    expect(email).toContain("11,3% (143 pengguna)");
    expect(email).toContain("turun 18,3%");
    expect(email).toContain("naik 45,9%");
  });

  it("Chatbot: the WhatsApp number from settings, users without agent and the menu table", () => {
    expect(slideText(only(slides, "s20-chatbot"))).toContain("0811-150420-7");
    const s = only(slides, "s21-chatbot-2");
    expect(slideText(s)).toContain("sebanyak 583 pengguna");
    const table = s.elements.find((e): e is TableElement => e.type === "table");
    expect(table?.header).toEqual(["Menu yang Dipilih", "Total"]);
    expect(table?.rows).toEqual([...ref.chatbotMenu.map(([m, n]) => [m, String(n)]), ["Total", "583"]]);
    expect(table?.totalRow).toBe(true);
  });

  it("Email: both mailboxes from settings; Email Laporan shares, YTD and comparison", () => {
    const mailboxes = slideText(only(slides, "s25-email"));
    expect(mailboxes).toContain("callcenter.djpk@kemenkeu.go.id");
    expect(mailboxes).toContain("lapor.djpk@kemenkeu.go.id");
    const s = only(slides, "s27-email-laporan");
    const text = slideText(s);
    const r = ref.series.emailLaporan as { month: number; prev: number; lastYear: number; ytd: number };
    expect(text).toContain(`${thousands(r.month)} Total Email`);
    for (const [type, count] of Object.entries(ref.emailLaporanByType)) {
      expect(text).toContain(`${pct((count / r.month) * 100)} ${type} (${count} email)`);
    }
    expect(text).toContain("76,8%");
    expect(text).toContain(`sebanyak ${thousands(r.ytd)} email`);
    expect(text).toContain(`turun 63,1% dibandingkan bulan sebelumnya (${thousands(r.prev)} email)`);
    expect(text).toContain(`${changeOf(r.month, r.lastYear)} dibandingkan bulan November 2022 (820 email)`);
  });

  it("Video Conference: count, YTD (84) and the table of the month", () => {
    const pages = slides.filter((s) => s.id.startsWith("s28-video-conference"));
    expect(pages.map((p) => p.id)).toEqual(["s28-video-conference-1"]);
    const text = slideText(pages[0] as Slide);
    expect(text).toContain("sebanyak 10 kali");
    expect(text).toContain(`melaksanakan ${ref.series.videoConference?.ytd} layanan video conference`);
    const table = (pages[0] as Slide).elements.find((e): e is TableElement => e.type === "table");
    expect(table?.header).toEqual(["Tanggal", "Daerah", "Topik"]);
    expect(table?.rows[0]).toEqual(["3 November", "Kab. Kep. Sitaro", "IF"]);
    expect(table?.rows).toHaveLength(10);
  });

  it("Tatap Muka: 30 and 194, the guests over the limit, rows 1..30 continued over slides", () => {
    const pages = slides.filter((s) => s.id.startsWith("s29-tatap-muka"));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.id)).toEqual(pages.map((_, i) => `s29-tatap-muka-${i + 1}`));
    expect(pages.slice(1).every((p) => p.title.endsWith("(lanjutan)"))).toBe(true);
    const first = slideText(pages[0] as Slide);
    expect(first).toContain("dilaksanakan 30 kali konsultasi tatap muka");
    expect(first).toContain(`sebanyak ${ref.series.konsultasiTatapMuka?.ytd}.`);
    const over = itemsOf(sample, "tatapMuka", toMonth("2023-11")).filter(
      (r) => (numberOf(r.values.tamu) ?? 0) > 5,
    );
    expect(first).toContain(`${over.length} kunjungan dengan jumlah tamu melebihi ketentuan`);
    const numbers = pages.flatMap((p) =>
      p.elements.filter((e): e is TableElement => e.type === "table").flatMap((t) => t.rows.map((r) => r[0])),
    );
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  });

  it("Tatap Muka: the guest limit comes from Pengaturan", () => {
    const slides8 = tatapMukaSection(contextOf(sample, "2023-11", { batasTamuTatapMuka: 8 }));
    // Over 8 guests: Kab. Mojokerto (Bapenda) 12, Kab Nias 9, Prov. Aceh 9.
    expect(slideText(slides8[0] as Slide)).toContain("3 kunjungan dengan jumlah tamu melebihi ketentuan");
    expect(slideText(slides8[0] as Slide)).toContain("paling banyak 8 orang");
    const slides20 = tatapMukaSection(contextOf(sample, "2023-11", { batasTamuTatapMuka: 20 }));
    expect(slideText(slides20[0] as Slide)).toContain("Seluruh kunjungan memenuhi ketentuan jumlah tamu");
  });

  it("Tatap Muka: the letter that sets the rules (S-38/PK/2023) from Pengaturan, beside the guest limit", () => {
    expect(slideText(only(slides, "s29-tatap-muka-1"))).toContain(
      "(paling banyak 5 orang per kunjungan, sesuai surat nomor S-38/PK/2023).",
    );
    const other = slideText(
      tatapMukaSection(contextOf(sample, "2023-11", { suratTatapMuka: "S-1/PK/2024" }))[0] as Slide,
    );
    expect(other).toContain("sesuai surat nomor S-1/PK/2024");
    const none = slideText(
      tatapMukaSection(contextOf(sample, "2023-11", { suratTatapMuka: "" }))[0] as Slide,
    );
    expect(none).toContain("(paling banyak 5 orang per kunjungan).");
  });

  it("Media sosial: average posts `sama dengan bulan sebelumnya (51)`", () => {
    const text = slideText(only(slides, "s30-media-sosial"));
    expect(text).toContain("sama dengan bulan sebelumnya (51)");
    expect(text).toContain(`${changeOf(51, 62)} dibandingkan bulan November 2022 (62)`);
    expect(text).toContain("@ditjenpk");
  });

  it("Instagram, Twitter, Facebook: the seed's figures and the followers charts", () => {
    const ig = only(slides, "s31-instagram");
    const igText = slideText(ig);
    const i = ref.instagram;
    expect(igText).toContain(`${i.villageAccountsNew} akun Pemerintah Desa`);
    expect(igText).toContain(`${thousands(i.villageAccountsTotal)} akun`);
    for (const v of [
      i.followersByMonth2023.at(-1) as number,
      i.reachTotal,
      i.reachAverage,
      i.feeds,
      i.stories,
    ]) {
      expect(igText).toContain(thousands(v));
    }
    expect(igText).toContain("Followers (per 30 November)");
    const chart = ig.elements.find((e) => e.type === "chart");
    expect(chart?.type === "chart" && chart.series[0]?.values).toEqual(i.followersByMonth2023);

    const tw = slideText(only(slides, "s32-twitter"));
    for (const v of Object.values(ref.twitter)) expect(tw).toContain(thousands(v));
    const fb = only(slides, "s33-facebook");
    for (const v of Object.values(ref.facebook)) expect(slideText(fb)).toContain(thousands(v));
    expect(fb.elements.some((e) => e.type === "chart")).toBe(true);
  });

  it("PPID: YTD 145 and `naik 50%` / `naik 162,5%`", () => {
    const text = slideText(only(slides, "s34-ppid"));
    expect(text).toContain(`${ref.series.permohonanPpid?.ytd} permohonan`);
    expect(text).toContain("naik 50% dibandingkan bulan sebelumnya (14 permohonan)");
    expect(text).toContain("naik 162,5% dibandingkan bulan November 2022 (8 permohonan)");
  });

  it("Amplifikasi: percentages computed (303,3% of target, not the seed's 290.84%)", () => {
    const text = slideText(only(slides, "s35-amplifikasi"));
    const a = ref.amplifikasiPegawai;
    expect(text).toContain("303,3%");
    expect(text).not.toContain("290");
    expect(text).toContain(pct((a.pegawai / a.totalPegawai) * 100));
    for (const part of [a.kontenTersedia, a.likeCommentShare, a.kreasiMandiri]) {
      expect(text).toContain(`${thousands(part)} (${pct((part / a.aktivasi) * 100)} dari aktivasi)`);
    }
    expect(text).toContain("(18% dari aktivasi)");
    expect(text).toContain("(81,3% dari aktivasi)");
    expect(text).toContain("(0,6% dari aktivasi)");
  });

  it("Amplifikasi: the target's quarter (Q3) and the count per platform, largest first, on a zero-based chart", () => {
    const slide = only(slides, "s35-amplifikasi");
    expect(slideText(slide)).toContain("terhadap target jumlah pegawai Q3 (4.167)");
    const chart = slide.elements.find((e) => e.type === "chart");
    expect(chart?.type === "chart" && chart.title).toBe("Jumlah Media Sosial");
    const values = chart?.type === "chart" ? chart.series[0]?.values : [];
    // The seed's "Jumlah Media Sosial", in its order.
    expect(values).toEqual([14241, 8389, 2281, 1656, 1379, 429, 80, 27]);
    expect(chart?.type === "chart" && chart.categories).toHaveLength(8);
    expect(chart?.type === "chart" && chart.kind).toBe("bar");
    // Sorted by count, not by the registry's order: a larger last platform comes first.
    const row = sample.rows.amplifikasi.find((r) => r.month === "2023-11");
    if (!row) throw new Error("sample has no November amplification");
    const data: WorkbookData = {
      ...sample,
      rows: { ...sample.rows, amplifikasi: [{ ...row, values: { ...row.values, ampWhatsapp: 20000 } }] },
    };
    const resorted = only(build(contextOf(data, "2023-11")), "s35-amplifikasi").elements.find(
      (e) => e.type === "chart",
    );
    expect(resorted?.type === "chart" && resorted.categories[0]).toBe("WhatsApp");
    expect(resorted?.type === "chart" && resorted.series[0]?.values[0]).toBe(20000);
  });

  it("Amplifikasi: without the counts per platform the slide says so; without a quarter the label has none", () => {
    const row = sample.rows.amplifikasi.find((r) => r.month === "2023-11");
    if (!row) throw new Error("sample has no November amplification");
    const platforms = Object.keys(row.values).filter((k) => k.startsWith("amp"));
    expect(platforms).toHaveLength(8);
    const emptied = Object.fromEntries([...platforms, "triwulanTarget"].map((k) => [k, null]));
    const data: WorkbookData = {
      ...sample,
      rows: { ...sample.rows, amplifikasi: [{ ...row, values: { ...row.values, ...emptied } }] },
    };
    const slide = only(build(contextOf(data, "2023-11")), "s35-amplifikasi");
    const text = slideText(slide);
    expect(text).toContain(
      "Data Amplifikasi Pegawai (jumlah per media sosial) untuk November 2023 belum diisi.",
    );
    expect(text).toContain("terhadap target jumlah pegawai (4.167)");
    expect(slide.elements.some((e) => e.type === "chart")).toBe(false);
    expectWellFormed([slide]);
  });

  it("Kepuasan: the average with one decimal kept and the rule from settings", () => {
    const text = slideText(only(slides, "s36-kepuasan"));
    expect(text).toContain("5,0");
    expect(text).toContain("Setiap agen minimal memiliki 5 penilaian dari minimal 5 pengguna");
    const three = slideText(
      satisfactionSection(contextOf(sample, "2023-11", { minPenilaianPerAgen: 3 }))[0] as Slide,
    );
    expect(three).toContain("minimal memiliki 3 penilaian dari minimal 3 pengguna");
  });

  it("Evaluasi: titles bold, `- ` lines as bullets, nothing lost across continued slides", () => {
    const pages = slides.filter((s) => s.id.startsWith("s37-evaluasi"));
    expect(pages.map((p) => p.id)).toEqual(pages.map((_, i) => `s37-evaluasi-${i + 1}`));
    const paragraphs = pages.flatMap((p) =>
      p.elements.flatMap((e) => (e.type === "text" ? e.paragraphs : [])),
    );
    const titles = paragraphs.filter((p) => p.runs.every((r) => r.bold)).map((p) => plainText(p.runs));
    expect(titles).toEqual(["Portal Data Penyaluran TKD", "Manajemen Informasi", "Tim Contact Center"]);
    const bullets = paragraphs.filter((p) => p.bullet === "bullet").map((p) => plainText(p.runs));
    expect(bullets).toHaveLength(11);
    expect(bullets[0]).toBe("Penanggung Jawab Pusat Kontak Layanan;");
    expect(bullets.at(-1)).toBe("Agen Tingkat II");
    expect(paragraphs.some((p) => plainText(p.runs).startsWith("- "))).toBe(false);
  });

  it("has no missing-data slide when nothing is missing", () => {
    expect(slides.some((s) => s.id.startsWith("s38"))).toBe(false);
  });
});

describe("slides 19-37 for October 2023", () => {
  const month = toMonth("2023-10");
  const ctx = contextOf(sample, "2023-10");
  const slides = build(ctx);
  const tickets = (column: string, m: Month) => figure(sample, "tiketKonsultasi", column, m) as number;

  it("are well formed", () => expectWellFormed(slides));

  it("compare October with September, computed from the data", () => {
    const sep = previousMonth(month);
    const wa = slideText(only(slides, "s19-whatsapp"));
    expect(wa).toContain(
      `${changeOf(tickets("whatsapp", month), tickets("whatsapp", sep))} dibandingkan bulan sebelumnya (${thousands(tickets("whatsapp", sep))} layanan)`,
    );
    expect(wa).toContain("bulan Oktober 2023");
    expect(wa).not.toContain("988");
    const live = slideText(only(slides, "s24-live-chat"));
    const total = measureOf(sample, "tiketKonsultasi", month) as number;
    expect(live).toContain(
      `${pct((tickets("liveChat", month) / total) * 100)} (${tickets("liveChat", month)} pengguna)`,
    );
    const ppid = slideText(only(slides, "s34-ppid"));
    const ytd = yearToDate(month).reduce((s, m) => s + (measureOf(sample, "ppid", m) ?? 0), 0);
    expect(ppid).toContain(`terdapat ${ytd} permohonan`);
    const email = slideText(only(slides, "s27-email-laporan"));
    const ytdEmail = yearToDate(month).reduce((s, m) => s + (measureOf(sample, "emailLaporan", m) ?? 0), 0);
    expect(email).toContain(`sebanyak ${thousands(ytdEmail)} email`);
    expect(email).toContain("1.108 Total Email");
  });

  it("say which data is not filled instead of inventing it", () => {
    expect(slideText(only(slides, "s36-kepuasan"))).toContain(
      "Data Kepuasan untuk Oktober 2023 belum diisi.",
    );
    expect(slideText(only(slides, "s35-amplifikasi"))).toContain(
      "Data Amplifikasi Pegawai untuk Oktober 2023 belum diisi.",
    );
    expect(slideText(only(slides, "s21-chatbot-2"))).toContain(
      "Data Chatbot untuk Oktober 2023 belum diisi.",
    );
    expect(slideText(only(slides, "s19-whatsapp"))).toContain("Data Topik Konsultasi (bagian WhatsApp)");
  });

  it("Instagram followers chart runs January..October", () => {
    const chart = only(slides, "s31-instagram").elements.find((e) => e.type === "chart");
    expect(chart?.type === "chart" && chart.series[0]?.values).toEqual(
      ref.instagram.followersByMonth2023.slice(0, 10),
    );
  });
});

describe("missing data and long data", () => {
  it("an empty workbook degrades to `belum diisi` notes without throwing", () => {
    const ctx = contextOf(buildData(), "2023-11");
    const slides = build(ctx);
    expectWellFormed(slides);
    const withData = new Set(["s20-chatbot", "s25-email"]);
    for (const s of slides.filter((x) => !withData.has(x.id))) {
      expect(slideText(s), s.id).toMatch(/belum diisi\./);
    }
    expect(slideText(only(slides, "s19-whatsapp"))).toContain(
      "Data Tiket Konsultasi (kolom WhatsApp) untuk November 2023 belum diisi.",
    );
  });

  it("an emptied Tiket Konsultasi tab leaves the other slides intact", () => {
    const data: WorkbookData = { ...sample, rows: { ...sample.rows, tiketKonsultasi: [] } };
    const slides = build(contextOf(data, "2023-11"));
    expectWellFormed(slides);
    expect(slideText(only(slides, "s22-telepon"))).toContain("belum diisi");
    expect(slideText(only(slides, "s22-telepon"))).toContain("Reservasi: 26 tiket");
    expect(slideText(only(slides, "s34-ppid"))).toContain("naik 162,5%");
  });

  it("the missing-data slide lists the tabs named in ctx.missing", () => {
    const none = missingDataSection(contextOf(sample, "2023-11"));
    expect(none).toEqual([]);
    const [s] = missingDataSection(contextOf(sample, "2023-11", {}, ["ppid", "videoConference"]));
    const text = slideText(s as Slide);
    expect(text).toContain("Bagian berikut belum memiliki data untuk November 2023:");
    expect(text).toContain("Video Conference");
    expect(text).toContain("PPID");
  });

  it("long tables continue on further slides, every row once, every box on the page", () => {
    const nov = "2023-11";
    const data = buildData({
      videoConference: Array.from({ length: 45 }, (_, i) => ({
        month: nov,
        tanggal: `2023-11-${String((i % 28) + 1).padStart(2, "0")}`,
        daerah: `Kabupaten Contoh Nomor ${i + 1} dengan nama panjang`,
        topik: "PDRD",
      })),
      chatbot: Array.from({ length: 40 }, (_, i) => ({ month: nov, menu: `Menu ${i + 1}`, jumlah: i + 1 })),
      evaluasi: Array.from({ length: 6 }, (_, i) => ({
        month: nov,
        judul: `Judul ${i + 1}`,
        uraian: [
          "Uraian yang cukup panjang untuk memenuhi beberapa baris. ".repeat(4),
          "- butir satu",
          "- butir dua",
        ].join("\n"),
      })),
    });
    const slides = build(contextOf(data, nov));
    expectWellFormed(slides);
    const rowsOf = (prefix: string) =>
      slides
        .filter((s) => s.id.startsWith(prefix))
        .flatMap((s) =>
          s.elements.filter((e): e is TableElement => e.type === "table").flatMap((t) => t.rows),
        );
    expect(slides.filter((s) => s.id.startsWith("s28-")).length).toBeGreaterThan(1);
    expect(rowsOf("s28-").map((r) => r[1])).toEqual(
      Array.from({ length: 45 }, (_, i) => `Kabupaten Contoh Nomor ${i + 1} dengan nama panjang`),
    );
    const chatbot = slides.filter((s) => s.id.startsWith("s21-chatbot-"));
    expect(chatbot.length).toBeGreaterThan(1);
    // Continuation titles one way across the deck: "(lanjutan)".
    expect(chatbot.map((s) => s.title)).toEqual(
      chatbot.map((_, i) => (i === 0 ? "Layanan Chatbot DJPK (2)" : "Layanan Chatbot DJPK (2) (lanjutan)")),
    );
    const menuRows = rowsOf("s21-");
    expect(menuRows.at(-1)).toEqual(["Total", "820"]);
    expect(menuRows).toHaveLength(41);
    expect(slides.filter((s) => s.id.startsWith("s37-evaluasi")).length).toBeGreaterThan(1);
  });
});

describe("boldList", () => {
  it("joins like listText", () => {
    for (const items of [["a"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c", "d"]]) {
      expect(plainText(boldList(items))).toBe(listText(items));
    }
  });
});
