/**
 * Layout edge cases seen on other months: one rule for the followers charts, natural Indonesian
 * for zero, a category continued on the next slide repeats its heading.
 */
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/core/words/text";
import { toMonth } from "../../src/core/workbook/period";
import type { Slide } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import { buildData } from "../helpers/data-builder";
import { deckText } from "../helpers/deck-text";

function slidesOf(data: ReturnType<typeof buildData>, month: string, prefix: string): Slide[] {
  return buildDeck(data, toMonth(month)).slides.filter((s) => s.id.startsWith(prefix));
}

const textOf = deckText;

describe("followers charts", () => {
  it("January (one month of data): no chart on Instagram, Twitter or Facebook alike", () => {
    const data = buildData({
      mediaSosial: [
        {
          month: "2024-01",
          rataRataPublikasi: 50,
          igFollowers: 120_000,
          twFollowers: 9_000,
          fbFollowers: 14_000,
        },
      ],
    });
    for (const prefix of ["s31-instagram", "s32-twitter", "s33-facebook"]) {
      const [slide] = slidesOf(data, "2024-01", prefix);
      expect(
        slide?.elements.filter((e) => e.type === "chart"),
        prefix,
      ).toEqual([]);
    }
  });

  it("February: all three draw their line", () => {
    const row = { rataRataPublikasi: 50, igFollowers: 120_000, twFollowers: 9_000, fbFollowers: 14_000 };
    const data = buildData({
      mediaSosial: [
        { month: "2024-01", ...row },
        { month: "2024-02", ...row },
      ],
    });
    for (const prefix of ["s31-instagram", "s32-twitter", "s33-facebook"]) {
      const [slide] = slidesOf(data, "2024-02", prefix);
      expect(
        slide?.elements.filter((e) => e.type === "chart"),
        prefix,
      ).toHaveLength(1);
    }
  });
});

describe("zero, in natural Indonesian", () => {
  it("no new village accounts", () => {
    const data = buildData({ mediaSosial: [{ month: "2023-11", rataRataPublikasi: 50, igAkunDesaBaru: 0 }] });
    const text = textOf(slidesOf(data, "2023-11", "s31-instagram"));
    expect(text).toContain(
      "Di bulan November 2023, tidak ada akun Pemerintah Desa baru yang mengikuti DJPK.",
    );
    expect(text).not.toContain("terdapat 0");
  });

  it("no Live Chat users", () => {
    const data = buildData({
      tiketKonsultasi: [
        { month: "2023-11", whatsapp: 10, telepon: 5, emailCallCenter: 3, haiKemenkeu: 2, liveChat: 0 },
      ],
    });
    const text = textOf(slidesOf(data, "2023-11", "s24-live-chat"));
    expect(text).toContain("Pada bulan November 2023, tidak ada pengguna yang menggunakan layanan Live Chat");
    expect(text).not.toMatch(/\b0% \(0 pengguna\)/);
  });

  it("every ticket's time zone identified: 'seluruh', not 'sedangkan 0 tiket sisanya'", () => {
    const data = buildData({
      tiketKonsultasi: [
        {
          month: "2023-11",
          whatsapp: 10,
          telepon: 5,
          emailCallCenter: 3,
          haiKemenkeu: 2,
          liveChat: 1,
          zonaTeridentifikasi: 21,
          zonaTidakTeridentifikasi: 0,
        },
      ],
    });
    const text = textOf(slidesOf(data, "2023-11", "s18-rincian-tiket"));
    expect(text).toContain("seluruh 21 tiket konsultasi dapat diidentifikasi asal zona waktunya.");
    expect(text).not.toContain("0 tiket sisanya");
  });
});

describe("a category continued on the next slide", () => {
  it("repeats its heading with '(lanjutan)'", () => {
    const items = Array.from({ length: 45 }, (_, i) => ({
      month: "2023-11",
      tanggal: "2023-11-06",
      kategori: "Berita",
      judul: `Berita nomor ${i + 1} tentang penyaluran dana transfer ke daerah`,
    }));
    const slides = slidesOf(buildData({ publikasiWebsite: items }), "2023-11", "s05-rincian-website");
    expect(slides.length).toBeGreaterThan(1);
    const firstTexts = slides.map((s) => {
      const first = s.elements.find((e) => e.type === "text");
      return first?.type === "text" ? plainText(first.paragraphs[0]?.runs ?? []) : "";
    });
    expect(firstTexts[0]).toBe("Berita");
    for (const text of firstTexts.slice(1)) expect(text).toBe("Berita (lanjutan)");
  });
});
