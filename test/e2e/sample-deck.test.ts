/**
 * The main job end to end, as `npm start` runs it: the sample .xlsx in, the .pptx out, read back.
 * Expected figures come from the seed's reference file, not from the code under test.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../src/core/words/format";
import { run } from "../../src/node/cli-commands";
import reference from "../fixtures/2023-11-figures.json";
import { readPptx, type SlideContent } from "../helpers/pptx-text";

const WORKBOOK = "examples/contoh-workbook.xlsx";
let dir: string;

async function generate(month: string, ...flags: string[]): Promise<SlideContent[]> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), progress: () => {} };
  const code = await run(["generate", "--workbook", WORKBOOK, "--month", month, "--out", dir, ...flags], io);
  expect(code, lines.join("\n")).toBe(0);
  return readPptx(await readFile(join(dir, `Laporan-Layanan-Informasi-${month}.pptx`)));
}

/** The slides whose title (first shape) starts with `title`, in order. */
function slidesTitled(slides: SlideContent[], title: string): SlideContent[] {
  const found = slides.filter((s) => (s.shapes[0] ?? "").startsWith(title));
  expect(found.length, `slide "${title}"`).toBeGreaterThan(0);
  return found;
}

const flat = (s: SlideContent[]): string => s.map((x) => x.text.replace(/\s+/g, " ")).join(" ");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laporan-e2e-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the November 2023 deck from the sample workbook", () => {
  let slides: SlideContent[];
  beforeAll(async () => {
    slides = await generate("2023-11");
  }, 60_000);

  it("has every section of the report layout, in the seed's order", () => {
    const order = [
      "Ringkasan Publikasi dan Layanan Informasi",
      "Media Layanan Informasi",
      "Publikasi Website",
      "Rincian Publikasi Website",
      "Publikasi Webinar",
      "Rincian Publikasi Webinar",
      "Layanan WhatsApp Blast",
      "Rincian Layanan WhatsApp Blast",
      "Kunjungan Website",
      "Tiket Konsultasi",
      "Perkembangan Jumlah Konsultasi",
      "Topik Konsultasi Teknis",
      "Topik Konsultasi Lainnya",
      "Pengaduan dan Keluhan",
      "Pengguna Layanan",
      "Rincian Tiket Konsultasi",
      "Layanan WhatsApp DJPK",
      "Layanan Chatbot",
      "Layanan Telepon",
      "Layanan HAI Kemenkeu",
      "Layanan Live Chat",
      "Layanan Email DJPK",
      "Layanan Email Call Center",
      "Layanan Email Laporan",
      "Layanan Video Conference",
      "Layanan Konsultasi Tatap Muka",
      "Publikasi Konten Media Sosial",
      "Performa Instagram",
      "Performa Twitter",
      "Performa Facebook",
      "Layanan PPID",
      "Amplifikasi Media Sosial Pegawai",
      "Kepuasan Pengguna",
      "Evaluasi dan Saran",
    ];
    const positions = order.map((title) => slides.findIndex((s) => (s.shapes[0] ?? "").startsWith(title)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(flat(slides.slice(0, 1))).toContain("November 2023");
  });

  it("shows the summary tiles with the seed's figures in Indonesian format", () => {
    const text = flat(slidesTitled(slides, "Ringkasan"));
    for (const value of Object.values(reference.summaryTiles)) expect(text).toContain(formatNumber(value));
    expect(text).toContain("1.271");
  });

  it("computes the seed's sentences on the right slides", () => {
    expect(flat(slidesTitled(slides, "Publikasi Website"))).toContain(
      "turun 41,2% dibandingkan bulan sebelumnya (17) dan bulan November 2022 (17)",
    );
    expect(flat(slidesTitled(slides, "Publikasi Website"))).toContain(
      String(reference.series.publikasiWebsite.ytd),
    );
    const whatsapp = flat(slidesTitled(slides, "Layanan WhatsApp DJPK"));
    expect(whatsapp).toContain("turun 12,9%");
    expect(whatsapp).toContain("1.134");
    expect(flat(slidesTitled(slides, "Layanan Live Chat"))).toContain("naik 283,3%");
    expect(flat(slidesTitled(slides, "Publikasi Konten Media Sosial"))).toContain(
      "sama dengan bulan sebelumnya (51)",
    );
    expect(flat(slidesTitled(slides, "Layanan PPID"))).toContain("naik 162,5%");
    expect(flat(slidesTitled(slides, "Perkembangan Jumlah Konsultasi"))).toContain(
      formatNumber(reference.series.tiketKonsultasi.ytd),
    );
  });

  it("gets right what the seed got wrong", () => {
    const webinar = flat(slidesTitled(slides, "Publikasi Webinar"));
    expect(webinar).toContain("naik 100%");
    expect(webinar).not.toContain("naik 50%");
    expect(flat(slidesTitled(slides, "Layanan Email Laporan"))).toContain("(1.108");
    const faceToFace = flat(slidesTitled(slides, "Tiket Konsultasi").slice(0, 1));
    expect(faceToFace).toContain("30");
    expect(faceToFace).not.toMatch(/\b29\b/);
    expect(flat(slidesTitled(slides, "Amplifikasi"))).toContain("303,3%");
  });

  it("lists all 30 face-to-face visits across the continued table", () => {
    const rows = slidesTitled(slides, "Layanan Konsultasi Tatap Muka")
      .flatMap((s) => s.tables)
      .flatMap((t) => t.slice(1));
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  });

  it("draws the charts with the year's months", () => {
    const chart = slidesTitled(slides, "Layanan PPID").flatMap((s) => s.charts)[0];
    expect(chart?.categories).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "Mei",
      "Jun",
      "Jul",
      "Agu",
      "Sep",
      "Okt",
      "Nov",
    ]);
    const values = chart?.series[0]?.values ?? [];
    expect(values.at(-1)).toBe(reference.series.permohonanPpid.month);
    expect(values.reduce((a, b) => a + b, 0)).toBe(reference.series.permohonanPpid.ytd);
  });
});

describe("another month from the same workbook", () => {
  it("gives October 2023's own figures, and says which sections have no data", async () => {
    // The sample records some October tabs only for November (see examples/README.md).
    const slides = await generate("2023-10", "--allow-missing");
    expect(flat(slides.slice(0, 4))).toMatch(/Chatbot/);
    expect(flat(slides.slice(0, 1))).toContain("Oktober 2023");
    const summary = flat(slidesTitled(slides, "Ringkasan"));
    expect(summary).toContain(formatNumber(reference.series.tiketKonsultasi.prev));
    const whatsapp = slidesTitled(slides, "Layanan WhatsApp DJPK");
    const monthly = whatsapp.flatMap((s) => s.charts)[0]?.series[0]?.values ?? [];
    expect(monthly).toHaveLength(10);
    expect(monthly.at(-1)).toBe(reference.series.tiketWhatsapp.prev);
    expect(flat(whatsapp)).not.toContain("turun 12,9%");
    const ppid = reference.series.permohonanPpid;
    expect(flat(slidesTitled(slides, "Layanan PPID"))).toContain(`${ppid.ytd - ppid.month} permohonan`);
  }, 60_000);
});
