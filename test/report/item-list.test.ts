/**
 * Huge lists stay readable (the first DECK_LIST_ROWS rows, then "dan X lainnya", and a warning
 * saying how many rows the month has); an item whose Jumlah is more than 1 says so.
 */
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/judgement/checks";
import { DECK_LIST_ROWS } from "../../src/core/judgement/list-limit";
import { toMonth } from "../../src/core/workbook/period";
import { buildDeck } from "../../src/report/layout";
import { buildData, type RowSpec } from "../helpers/data-builder";
import { deckText } from "../helpers/deck-text";

const NOV = toMonth("2023-11");

const textOf = deckText;

const webinars = (n: number): RowSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    month: "2023-11",
    tanggal: "2023-11-07",
    judul: `Webinar ${i + 1}`,
  }));

describe("a month of 20.000 webinars", () => {
  const data = buildData({ webinar: webinars(20_000) });

  it("shows the first rows and 'dan X lainnya' on a few slides, not a thousand", () => {
    const slides = buildDeck(data, NOV).slides.filter((s) => s.id.startsWith("s08-rincian-webinar"));
    expect(slides.length).toBeLessThanOrEqual(4);
    const text = textOf(slides);
    expect(text).toContain(`| Webinar ${DECK_LIST_ROWS}\n`);
    expect(text).not.toContain(`Webinar ${DECK_LIST_ROWS + 1}`);
    expect(text).toContain(
      `dan ${(20_000 - DECK_LIST_ROWS).toLocaleString("id-ID")} lainnya (daftar lengkap di workbook)`,
    );
  });

  it("warns, saying how many rows the month has and what the deck shows", () => {
    const found = runChecks(data, NOV).filter((f) => f.code === "long-list");
    expect(found).toEqual([
      {
        severity: "warning",
        code: "long-list",
        tab: "Webinar",
        message:
          'Tab "Webinar" (November 2023): 20.000 baris untuk bulan ini; laporan menampilkan 60 baris pertama ' +
          'lalu "dan 19.940 lainnya". Daftar lengkap tetap ada di workbook.',
      },
    ]);
  });

  it("a list at the limit is shown whole, without a warning", () => {
    const exact = buildData({ webinar: webinars(DECK_LIST_ROWS) });
    expect(runChecks(exact, NOV).filter((f) => f.code === "long-list")).toEqual([]);
    expect(textOf(buildDeck(exact, NOV).slides)).not.toContain("lainnya (daftar lengkap");
  });
});

describe("items that count for more than one", () => {
  it("say how many, so the listed rows add up to the sentence", () => {
    const data = buildData({
      webinar: [
        { month: "2023-11", tanggal: "2023-11-07", judul: "RKP DBH", jumlah: 3 },
        { month: "2023-11", tanggal: "2023-11-08", judul: "Sosialisasi DAU" },
      ],
      publikasiWebsite: [
        { month: "2023-11", tanggal: "2023-11-06", kategori: "Berita", judul: "Rilis APBD", jumlah: 4 },
      ],
    });
    const text = textOf(buildDeck(data, NOV).slides);
    expect(text).toContain("RKP DBH (3 webinar/FGD)");
    expect(text).toContain("| Sosialisasi DAU");
    expect(text).not.toContain("Sosialisasi DAU (");
    expect(text).toContain("Rilis APBD (4 publikasi)");
  });
});

describe("long complaint and topic lists", () => {
  const complaints = (n: number): RowSpec[] =>
    Array.from({ length: n }, (_, i) => ({ month: "2023-11", jenis: "Pengaduan", uraian: `Aduan ${i + 1}` }));
  const topics = (n: number): RowSpec[] =>
    Array.from({ length: n }, (_, i) => ({
      month: "2023-11",
      bagian: "Lainnya",
      kelompok: "Surat Masuk",
      topik: `Topik ${i + 1}`,
    }));

  it("are cut as the warning says: the first rows, then 'dan X lainnya'", () => {
    const data = buildData({ pengaduanKeluhan: complaints(500), topikKonsultasi: topics(500) });
    const deck = buildDeck(data, NOV).slides;
    for (const prefix of ["s16-pengaduan-keluhan", "s15-topik-lainnya"]) {
      const text = textOf(deck.filter((s) => s.id.startsWith(prefix)));
      expect(text).toMatch(new RegExp(`(Aduan|Topik) ${DECK_LIST_ROWS}\\n`));
      expect(text).not.toMatch(new RegExp(`(Aduan|Topik) ${DECK_LIST_ROWS + 1}\\n`));
      expect(text).toContain("dan 440 lainnya (daftar lengkap di workbook)");
    }
    const warned = runChecks(data, NOV).filter((f) => f.code === "long-list");
    expect(warned.map((f) => f.tab)).toEqual(["Topik Konsultasi", "Pengaduan & Keluhan"]);
  });

  it("the top governments list warns of nothing: the deck shows its top four whatever its length", () => {
    const pemdaTeratas: RowSpec[] = Array.from({ length: 200 }, (_, i) => ({
      month: "2023-11",
      pemda: `Kab. ${i + 1}`,
      jumlahTiket: 200 - i,
      topik: "DBH",
    }));
    expect(runChecks(buildData({ pemdaTeratas }), NOV).filter((f) => f.code === "long-list")).toEqual([]);
  });
});
