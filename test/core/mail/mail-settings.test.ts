import { describe, expect, it } from "vitest";
import {
  MAX_RECIPIENTS_PER_MESSAGE,
  readMailSettings,
  recipientsProblem,
  reportMailProblem,
} from "../../../src/core/mail/mail-settings";
import { SETTINGS_HEADERS, SETTINGS_TAB } from "../../../src/core/workbook/settings";
import type { CellValue, RawWorkbook } from "../../../src/core/workbook/types";

function workbook(rows: CellValue[][]): RawWorkbook {
  return { [SETTINGS_TAB]: { name: SETTINGS_TAB, header: [...SETTINGS_HEADERS], rows, firstRow: 2 } };
}

describe("readMailSettings", () => {
  it("reads recipients, message, day and reminder recipients by label", () => {
    const settings = readMailSettings(
      workbook([
        ["Nama Unit", "DJPK", ""],
        ["Penerima Laporan", "a@b.id\nc@d.id", ""],
        ["Pesan Pengantar", "  Yth. Bapak/Ibu,  ", ""],
        ["Tanggal Pengingat", 5, ""],
        ["Penerima Pengingat", "staf@b.id", ""],
      ]),
    );
    expect(settings).toEqual({
      recipients: ["a@b.id", "c@d.id"],
      message: "Yth. Bapak/Ibu,",
      reminderDay: 5,
      reminderRecipients: ["staf@b.id"],
      problems: {},
    });
  });

  it("names tab, row and column of a bad address", () => {
    const settings = readMailSettings(
      workbook([
        ["Nama Unit", "DJPK", ""],
        ["Penerima Laporan", "a@b.id, budi@", ""],
      ]),
    );
    expect(settings.problems.penerimaLaporan).toBe(
      'Tab "Pengaturan", baris 3, kolom B (Nilai): "Penerima Laporan" berisi alamat e-mail yang tidak sah: "budi@". Tulis satu alamat per baris atau pisahkan dengan koma, misalnya pimpinan@kemenkeu.go.id.',
    );
  });

  it("defaults the reminder day to 3 and refuses days that are not in every month", () => {
    expect(readMailSettings(workbook([])).reminderDay).toBe(3);
    for (const bad of [0, 29, 31, "2,5", "besok"]) {
      const settings = readMailSettings(workbook([["Tanggal Pengingat", bad, ""]]));
      expect(settings.reminderDay).toBe(3);
      expect(settings.problems.tanggalPengingat).toContain('Tab "Pengaturan", baris 2, kolom B (Nilai)');
      expect(settings.problems.tanggalPengingat).toContain(`tertulis "${bad}"`);
    }
    expect(readMailSettings(workbook([["Tanggal Pengingat", "28", ""]])).reminderDay).toBe(28);
  });

  it("says when the recipients are empty, or when the row is missing altogether", () => {
    const empty = workbook([["Penerima Laporan", "", ""]]);
    expect(recipientsProblem(empty, readMailSettings(empty), "penerimaLaporan")).toBe(
      'Tab "Pengaturan", baris 2, kolom B (Nilai): "Penerima Laporan" masih kosong. Isi alamat e-mail, satu per baris atau dipisah koma.',
    );
    const none = workbook([]);
    expect(recipientsProblem(none, readMailSettings(none), "penerimaPengingat")).toContain(
      'belum punya baris "Penerima Pengingat". Jalankan menu Ekstensi > Laporan Layanan > Siapkan Workbook',
    );
    const good = workbook([["Penerima Laporan", "a@b.id", ""]]);
    expect(recipientsProblem(good, readMailSettings(good), "penerimaLaporan")).toBeUndefined();
  });

  it("refuses more recipients than Google sends one message to (50), naming the row", () => {
    const addresses = (n: number) => Array.from({ length: n }, (_, i) => `pimpinan${i + 1}@kemenkeu.go.id`);
    expect(MAX_RECIPIENTS_PER_MESSAGE).toBe(50);
    const fifty = workbook([["Penerima Laporan", addresses(50).join("\n"), ""]]);
    expect(reportMailProblem(fifty, readMailSettings(fifty))).toBeUndefined();
    const many = workbook([
      ["Nama Unit", "DJPK", ""],
      ["Penerima Laporan", addresses(51).join(", "), ""],
    ]);
    expect(reportMailProblem(many, readMailSettings(many))).toBe(
      'Tab "Pengaturan", baris 3, kolom B (Nilai): "Penerima Laporan" berisi 51 alamat, sedangkan Google mengirim satu e-mail ke paling banyak 50 penerima. Kurangi daftarnya, atau pakai satu alamat grup (milis) untuk pimpinan.',
    );
    const reminder = workbook([["Penerima Pengingat", addresses(60).join(","), ""]]);
    expect(recipientsProblem(reminder, readMailSettings(reminder), "penerimaPengingat")).toContain(
      "berisi 60 alamat",
    );
  });

  it("refuses each e-mail setting past its length, naming the row, and does not use its value", () => {
    const long = workbook([
      ["Penerima Laporan", "a@b.id", ""],
      ["Pesan Pengantar", "x".repeat(30_000), ""],
    ]);
    const settings = readMailSettings(long);
    expect(settings.message).toBe("");
    expect(reportMailProblem(long, settings)).toBe(
      'Tab "Pengaturan", baris 3, kolom B (Nilai): "Pesan Pengantar" berisi 30.000 karakter, melebihi batas 2.000 karakter. Persingkat isinya.',
    );
    const list = workbook([["Penerima Laporan", "a@b.id,".repeat(400), ""]]);
    expect(reportMailProblem(list, readMailSettings(list))).toContain(
      '"Penerima Laporan" berisi 2.800 karakter, melebihi batas 2.000 karakter.',
    );
    const day = workbook([["Tanggal Pengingat", `${"0".repeat(11)}3`, ""]]);
    expect(readMailSettings(day).problems.tanggalPengingat).toContain("melebihi batas 10 karakter");
    const atLimit = workbook([
      ["Penerima Laporan", "a@b.id", ""],
      ["Pesan Pengantar", "y".repeat(2000), ""],
    ]);
    expect(reportMailProblem(atLimit, readMailSettings(atLimit))).toBeUndefined();
    expect(readMailSettings(atLimit).message).toHaveLength(2000);
  });
});
