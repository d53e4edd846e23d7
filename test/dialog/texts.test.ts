import { describe, expect, it } from "vitest";
import { buatHint, checkSummary, elapsedText } from "../../src/dialog/texts";

const line = (message: string) => ({ message });
const result = (errors: number, warnings: number, missing: number) => ({
  monthLabel: "November 2023",
  errors: Array.from({ length: errors }, (_, i) => line(`e${i}`)),
  warnings: Array.from({ length: warnings }, (_, i) => line(`w${i}`)),
  missing: Array.from({ length: missing }, (_, i) => line(`m${i}`)),
});

describe("the dialog's check sentence", () => {
  it("names only what there is: never a count of 0", () => {
    expect(checkSummary(result(0, 0, 0))).toBe(
      "Data November 2023 lengkap dan konsisten: laporan siap dibuat.",
    );
    expect(checkSummary(result(0, 1, 0))).toBe(
      "Data November 2023 dapat dibuat laporannya, dengan 1 peringatan. Periksa daftarnya, lalu beri persetujuan di bawah.",
    );
    expect(checkSummary(result(0, 2, 3))).toContain("dengan 2 peringatan dan 3 bagian belum diisi.");
    expect(checkSummary(result(0, 0, 1))).toContain("dengan 1 bagian belum diisi.");
    expect(checkSummary(result(2, 1, 0))).toMatch(
      /^Data November 2023 belum dapat dibuat laporannya: ada 2 kesalahan\./,
    );
    for (const counts of [result(0, 0, 0), result(0, 1, 0), result(0, 0, 2), result(1, 0, 0)]) {
      expect(checkSummary(counts)).not.toMatch(/\b0 /);
    }
  });

  it("says beside Buat Laporan what it waits for", () => {
    expect(buatHint(result(1, 1, 1), { warnings: true, missing: true })).toBe("Perbaiki kesalahannya dulu.");
    expect(buatHint(result(0, 1, 1), { warnings: false, missing: false })).toBe(
      'Centang "Lanjutkan meski ada peringatan" dan "Buat tanpa bagian yang kosong" untuk melanjutkan.',
    );
    expect(buatHint(result(0, 1, 1), { warnings: true, missing: false })).toBe(
      'Centang "Buat tanpa bagian yang kosong" untuk melanjutkan.',
    );
    expect(buatHint(result(0, 1, 0), { warnings: true, missing: false })).toBe("");
  });

  it("counts the time in seconds, then minutes", () => {
    expect(elapsedText(0)).toBe("Sudah berjalan 0 detik; biasanya kurang dari satu menit.");
    expect(elapsedText(12.7)).toMatch(/^Sudah berjalan 12 detik;/);
    expect(elapsedText(65)).toMatch(/^Sudah berjalan 1 menit 5 detik;/);
  });
});
