import { describe, expect, it } from "vitest";
import { cleanMessage, failureMessage } from "../../src/ui/failure";

describe("failureMessage", () => {
  it("shows our server's Indonesian message without the runtime's prefixes", () => {
    const error = new Error(
      'ScriptError: Exception: Bulan "2023-13" tidak ada: angka bulan harus 01 sampai 12.',
    );
    expect(cleanMessage(error)).toBe('Bulan "2023-13" tidak ada: angka bulan harus 01 sampai 12.');
    expect(failureMessage(error, "memuat")).toBe(
      'Gagal memuat data: Bulan "2023-13" tidak ada: angka bulan harus 01 sampai 12.',
    );
  });

  it("says what failed once when the server already says it", () => {
    const wrapped = new Error('Exception: Gagal memuat data: Tab "PPID" tidak ditemukan.');
    expect(failureMessage(wrapped, "memuat")).toBe('Gagal memuat data: Tab "PPID" tidak ditemukan.');
    const english = new Error(
      "Exception: Gagal menyimpan data: Cannot read properties of undefined (reading 'x')",
    );
    expect(failureMessage(english, "menyimpan")).toBe(
      "Gagal menyimpan data. Coba lagi; bila terus terjadi, hubungi pengelola workbook.",
    );
  });

  it("translates Apps Script's own errors", () => {
    expect(
      failureMessage(new Error("Exception: Authorization is required to perform that action."), "memuat"),
    ).toMatch(/^Akses ditolak/);
    expect(failureMessage(new Error("Exceeded maximum execution time"), "menyimpan")).toMatch(/terlalu lama/);
    expect(failureMessage(new Error("NetworkError: Connection failure due to HTTP 0"), "memuat")).toMatch(
      /Koneksi/,
    );
  });

  it("names the dialog when opening Buat Laporan fails", () => {
    expect(
      failureMessage(new Error("Exception: No HTML file named Dialog was found."), "membuka-laporan"),
    ).toBe("Gagal membuka dialog Buat Laporan. Coba lagi; bila terus terjadi, hubungi pengelola workbook.");
    expect(failureMessage(new Error("Exception: Authorization is required."), "membuka-laporan")).toMatch(
      /^Akses ditolak/,
    );
  });

  it("names the dialog's steps, saying what failed once", () => {
    expect(
      failureMessage(new Error('Exception: Gagal memeriksa data: Tab "Riwayat" tidak ada.'), "memeriksa"),
    ).toBe('Gagal memeriksa data: Tab "Riwayat" tidak ada.');
    expect(
      failureMessage(
        new Error("Error: Gagal membuat laporan: Layanan lanjutan Google Slides API belum aktif."),
        "membuat-laporan",
      ),
    ).toBe("Gagal membuat laporan: Layanan lanjutan Google Slides API belum aktif.");
    expect(failureMessage(new Error("Exception: Gagal membuat laporan: Bad value"), "membuat-laporan")).toBe(
      "Gagal membuat laporan. Coba lagi; bila terus terjadi, hubungi pengelola workbook.",
    );
  });

  it("never shows an English dump, whatever is thrown", () => {
    for (const thrown of [
      new TypeError("Cannot read properties of undefined (reading 'getRange')"),
      "ScriptError: We're sorry, a server error occurred.",
      new Error("Exception: The data you entered in cell A1 is invalid."),
      { message: 42 },
      undefined,
    ]) {
      const shown = failureMessage(thrown, "menyimpan");
      expect(shown).toBe("Gagal menyimpan data. Coba lagi; bila terus terjadi, hubungi pengelola workbook.");
    }
  });
});
