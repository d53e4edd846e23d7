import { describe, expect, it } from "vitest";
import { checkMonth } from "../../../src/core/judgement/report-check";
import {
  CHANNELS,
  type ChannelKey,
  type ColumnDef,
  channel,
  columnOf,
  headersOf,
} from "../../../src/core/workbook/channels";
import { itemsOf, measureOf, monthlyRow, statedTotal } from "../../../src/core/workbook/dataset";
import {
  columnLetter,
  parseChannelRows,
  parseSettings,
  parseWorkbook,
} from "../../../src/core/workbook/parse";
import { toMonth } from "../../../src/core/workbook/period";
import { cellSchema, issueCode, monthSchema, rowSchema } from "../../../src/core/workbook/schema";
import { SETTINGS_HEADERS, SETTINGS_TAB } from "../../../src/core/workbook/settings";
import type { CellValue, RawTab, RawWorkbook } from "../../../src/core/workbook/types";

const NOV = toMonth("2023-11");
const OCT = toMonth("2023-10");
const NOV22 = toMonth("2022-11");

function tab(key: ChannelKey, rows: CellValue[][], header: string[] = headersOf(channel(key))): RawTab {
  return { name: channel(key).tab, header, rows, firstRow: 2 };
}
const workbook = (...tabs: RawTab[]): RawWorkbook => Object.fromEntries(tabs.map((t) => [t.name, t]));

/** Every registry tab, with the rows given (empty tabs otherwise). */
function fullWorkbook(rows: Partial<Record<ChannelKey, CellValue[][]>>, extra: RawTab[] = []): RawWorkbook {
  return workbook(...CHANNELS.map((c) => tab(c.key, rows[c.key] ?? [])), ...extra);
}

// The seed report (shared/seed, November 2023), typed as staff would type it.
const SEED: Partial<Record<ChannelKey, CellValue[][]>> = {
  publikasiWebsite: [
    ["2023-11", "6 November 2023", "Peraturan", "KMK Nomor 400 Tahun 2023", null],
    ["2023-11", "10/11/2023", "peraturan", "KEP-58/PK/2023", null],
    ["2023-11", "2023-11-03", "Pemberitahuan ke Daerah", "S-146/PK/2023", null],
    ["2023-11", "30 Nov 2023", "Pemberitahuan ke Daerah", "S-157/PK/2023", null],
    ["2023-11", "02-11-2023", "Data", "Data Realisasi Belanja Fungsi 2022", null],
    ["2023-11", new Date(2023, 10, 6), "Siaran Pers", "Kemenkeu Berikan Insentif Fiskal", null],
    ["2023-11", "2023-11-20", "Profil Pejabat", "Profil Pejabat DJPK Setelah Mutasi", null],
    ["2023-11", "2023-11-20", "Laporan", "LHKPN Pejabat DJPK", null],
    ["2023-11", "2023-11-29", "Buku", "Buku Alokasi TKD (38 Provinsi)", null],
    ["2023-11", "2023-11-29", "Berita", "Penyerahan Daftar Alokasi TKD TA 2024", null],
    ["2023-10", null, null, null, 17],
    ["2022-11", null, null, null, "17"],
  ],
  webinar: [
    ["2023-11", "2023-11-06", "Penyerahan Insentif Fiskal", null],
    ["2023-11", "2023-11-07", "RKP Dana Bagi Hasil", null],
    ["2023-11", "2023-11-16", "Capacity Building Pengelolaan BMD", null],
    ["2023-11", "2023-11-17", "Lomba Cerdas Cermat (Hakordia)", null],
    ["2023-11", "2023-11-21", "Ceramah Agama DWP", null],
    ["2023-11", "2023-11-22", "Acara Bulanan DWP", null],
    ["2023-11", "2023-11-23", "Hakordia DJPK", null],
    ["2023-11", "2023-11-23", "Talkshow Anti Korupsi 2023", null],
    ["2023-11", "2023-11-28", "Bincang Pagi DJPK", null],
    ["2023-11", "2023-11-30", "Rapat Kerja DJPK 2023", null],
    ["2023-10", null, null, 16],
    ["2022-11", null, null, 5],
  ],
  whatsappBlast: [
    ["2023-11", "2023-11-01", "Monitoring dan Evaluasi Implementasi JF AKPD", null],
    ["2023-11", "2023-11-21", "Sosialisasi Pembiayaan Kreatif Daerah", null],
    ["2023-11", "2023-11-24", "Kemenkeu Corpu Open Class", null],
    ["2023-10", null, null, 8],
    ["2022-11", null, null, 5],
  ],
  kunjunganWebsite: [
    ["2023-11", "107.000", "ya", "Portal Data SIKD", "Rincian alokasi TKD TA 2024", null],
    ["2023-10", "111.000", "Ya", null, null, null],
    ["2022-11", 111715, null, null, null, null],
  ],
  tiketKonsultasi: [
    // WhatsApp, Telepon, Email CC, HAI, Live Chat, Total, zona id/unid, dalam WIB/WITA/WIT, luar WIB/WITA/WIT, eskalasi, topik
    ["2023-11", 988, 103, 143, 14, 23, null, "1.222", 49, null, null, null, 42, 12, 3, 198, "PDRD, DBH"],
    ["2023-10", "1.134", "106", "175", "18", "17", "1.450"],
    ["2022-11", "1 099", 71, 98, 48, 6, null],
  ],
  chatbot: [
    ["2023-11", "Informasi Anggaran Transfer ke Daerah", 161],
    ["2023-11", "Informasi Fungsional AKPD", 20],
    ["2023-11", "Informasi Kunjungan ke DJPK", 16],
    ["2023-11", "Informasi Permohonan Data", 15],
    ["2023-11", "Informasi Pembiayaan Daerah", 8],
    ["2023-11", "Informasi Standar Harga Satuan Regional (SHSR)", 7],
    ["2023-11", "Informasi Pajak Daerah dan Retribusi Daerah", 4],
    ["2023-11", "Informasi Aplikasi SIKD-Core", 1],
    ["2023-11", "Tidak Dilanjutkan", 351],
  ],
  emailLaporan: [
    ["2023-11", 314, 52, 14, 29, null],
    ["2023-10", null, null, null, null, "1.108"],
    ["2022-11", null, null, null, null, 820],
  ],
  ppid: [
    ["2023-11", 21],
    ["2023-10", 14],
    ["2022-11", 8],
  ],
  tatapMuka: [
    ["2023-11", "1 November 2023", "Kab. Asahan", 7, "DAU", null],
    ["2023-11", "2 November 2023", "Kab. Gorontalo", "1", "PDRD", null],
    ["2023-11", "30 November 2023", "Kab. Lampung Tengah", 4, "IF", null],
  ],
  mediaSosial: [
    ["2023-11", 51, "116.890", "119.939", "4.442", 27, 29, 5, "1.870", 49, "16.726", "1.160", 49, "13.953"],
  ],
  amplifikasi: [["2023-11", "12.637", "13.201", "2.378", "10.738", 85, "4.167", "78.754", null, "16,05%"]],
  kepuasan: [["2023-11", "5,0", null]],
  evaluasi: [
    ["2023-11", "Manajemen Informasi", "=Koordinasi antara unit teknis dan agen\n- perlu ditingkatkan"],
  ],
};

describe("parseWorkbook on the seed's figures", () => {
  const { data, findings } = parseWorkbook(fullWorkbook(SEED));

  it("reads a well-filled workbook without a single finding", () => {
    expect(findings).toEqual([]);
  });

  it("gives the seed's headline counts through measureOf (reference figures, November 2023)", () => {
    // shared/reference/2023-11-figures.json, series.*.month / prev / lastYear
    expect(measureOf(data, "publikasiWebsite", NOV)).toBe(10);
    expect(measureOf(data, "publikasiWebsite", OCT)).toBe(17);
    expect(measureOf(data, "publikasiWebsite", NOV22)).toBe(17);
    expect(measureOf(data, "webinar", NOV)).toBe(10);
    expect(measureOf(data, "webinar", OCT)).toBe(16);
    expect(measureOf(data, "whatsappBlast", NOV)).toBe(3);
    expect(measureOf(data, "whatsappBlast", OCT)).toBe(8);
    expect(measureOf(data, "tiketKonsultasi", NOV)).toBe(1271);
    expect(measureOf(data, "tiketKonsultasi", OCT)).toBe(1450);
    expect(measureOf(data, "tiketKonsultasi", NOV22)).toBe(1322);
    expect(measureOf(data, "emailLaporan", NOV)).toBe(409);
    expect(measureOf(data, "emailLaporan", OCT)).toBe(1108);
    expect(measureOf(data, "emailLaporan", NOV22)).toBe(820);
    expect(measureOf(data, "chatbot", NOV)).toBe(583);
    expect(measureOf(data, "ppid", NOV)).toBe(21);
    expect(measureOf(data, "kunjunganWebsite", NOV)).toBe(107000);
    expect(measureOf(data, "kunjunganWebsite", NOV22)).toBe(111715);
    expect(measureOf(data, "mediaSosial", NOV)).toBe(51);
    expect(measureOf(data, "amplifikasi", NOV)).toBe(12637);
    expect(measureOf(data, "kepuasan", NOV)).toBe(5);
  });

  it("keeps total rows apart from items", () => {
    expect(itemsOf(data, "publikasiWebsite", NOV)).toHaveLength(10);
    expect(itemsOf(data, "publikasiWebsite", OCT)).toHaveLength(0);
    expect(statedTotal(data, "publikasiWebsite", OCT)).toBe(17);
    expect(statedTotal(data, "publikasiWebsite", NOV)).toBeUndefined();
  });

  it("reads every date form to YYYY-MM-DD and choices to the registry's spelling", () => {
    const items = itemsOf(data, "publikasiWebsite", NOV).map((r) => [r.values.tanggal, r.values.kategori]);
    expect(items.slice(0, 6)).toEqual([
      ["2023-11-06", "Peraturan"],
      ["2023-11-10", "Peraturan"],
      ["2023-11-03", "Pemberitahuan ke Daerah"],
      ["2023-11-30", "Pemberitahuan ke Daerah"],
      ["2023-11-02", "Data"],
      ["2023-11-06", "Siaran Pers"],
    ]);
    expect(monthlyRow(data, "kunjunganWebsite", NOV)?.values.pembulatan).toBe("Ya");
  });

  it("reads figures typed with dots, spaces and commas", () => {
    const tiket = monthlyRow(data, "tiketKonsultasi", NOV)?.values;
    expect(tiket?.zonaTeridentifikasi).toBe(1222);
    expect(tiket?.total).toBeNull();
    expect(monthlyRow(data, "tiketKonsultasi", NOV22)?.values.whatsapp).toBe(1099);
    expect(monthlyRow(data, "amplifikasi", NOV)?.values.persenPegawai).toBe(16.05);
    expect(monthlyRow(data, "mediaSosial", NOV)?.values.igFollowers).toBe(116890);
  });

  it("keeps text verbatim: a leading = is text, line breaks stay", () => {
    expect(itemsOf(data, "evaluasi", NOV)[0]?.values.uraian).toBe(
      "=Koordinasi antara unit teknis dan agen\n- perlu ditingkatkan",
    );
  });

  it("records the sheet row of each data row, in sheet order", () => {
    expect(data.rows.ppid.map((r) => [r.month, r.row])).toEqual([
      ["2023-11", 2],
      ["2023-10", 3],
      ["2022-11", 4],
    ]);
  });

  it("catches the seed's printed 1.1108 e-mails and leaves that row out", () => {
    const rows = structuredClone(SEED);
    rows.emailLaporan = [
      ["2023-11", 314, 52, 14, 29, null],
      ["2023-10", null, null, null, null, "1.1108"],
    ];
    const result = parseWorkbook(fullWorkbook(rows));
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "bad-number",
        tab: "Email Laporan",
        row: 3,
        column: "Total Email",
        message:
          'Tab "Email Laporan", baris 3, kolom F (Total Email): "1.1108" bukan angka yang sah; titik harus memisahkan tiap 3 angka (contoh: 1.108).',
      },
    ]);
    expect(measureOf(result.data, "emailLaporan", OCT)).toBeUndefined();
    expect(measureOf(result.data, "emailLaporan", NOV)).toBe(409);
  });
});

describe("header row", () => {
  const rowsOf = (header: string[]) =>
    parseWorkbook(workbook(tab("webinar", [["2023-11", "2023-11-06", "RKP", null]], header)));
  const webinarFindings = (header: string[]) => rowsOf(header).findings.filter((f) => f.tab === "Webinar");

  it("names the missing header's column and the expected header", () => {
    const findings = webinarFindings(["Bulan", "Tanggal", "", "Jumlah"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", code: "header-mismatch", column: "Judul" });
    expect(findings[0]?.message).toBe(
      'Tab "Webinar", kolom C (Judul): judul kolom kosong; seharusnya "Judul". Data tab ini tidak dibaca sampai judul kolom diperbaiki.',
    );
  });

  it("names a renamed header", () => {
    const [found] = webinarFindings(["Bulan", "Tanggal", "Judul Acara", "Jumlah"]);
    expect(found?.message).toContain('kolom C (Judul): judul kolom "Judul Acara" seharusnya "Judul"');
  });

  it("says when headers were moved, and reads no row of that tab", () => {
    const result = rowsOf(["Bulan", "Judul", "Tanggal", "Jumlah"]);
    const findings = result.findings.filter((f) => f.tab === "Webinar");
    expect(findings.map((f) => f.column)).toEqual(["Tanggal", "Judul"]);
    expect(findings[0]?.message).toContain("urutan kolom tidak boleh diubah");
    expect(result.data.rows.webinar).toEqual([]);
  });

  it("treats a short header row as missing headers", () => {
    const findings = webinarFindings(["Bulan", "Tanggal"]);
    expect(findings.map((f) => [f.code, f.column])).toEqual([
      ["header-mismatch", "Judul"],
      ["header-mismatch", "Jumlah"],
    ]);
  });

  it("warns about extra columns to the right and still reads the rows", () => {
    const result = rowsOf(["Bulan", "Tanggal", "Judul", "Jumlah", "Catatan"]);
    const findings = result.findings.filter((f) => f.tab === "Webinar");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", code: "header-extra", column: "Catatan" });
    expect(findings[0]?.message).toContain('Tab "Webinar", kolom E (Catatan): kolom "Catatan" tidak dikenal');
    expect(result.data.rows.webinar).toHaveLength(1);
  });

  it("accepts a header differing only in case or spacing", () => {
    expect(webinarFindings([" bulan", "TANGGAL", "Judul ", "Jumlah"])).toEqual([]);
  });

  it("reports a missing tab by name, and a near name", () => {
    const result = parseWorkbook({ " ppid": { ...tab("ppid", []), name: " ppid" } });
    const ppid = result.findings.find((f) => f.tab === "PPID");
    expect(ppid).toMatchObject({ severity: "error", code: "missing-tab" });
    expect(ppid?.message).toContain('ada tab " ppid", ubah namanya menjadi persis "PPID"');
    const webinar = result.findings.find((f) => f.tab === "Webinar");
    expect(webinar?.message).toBe(
      'Tab "Webinar": tab tidak ditemukan; buat tab bernama persis "Webinar" dengan judul kolom: Bulan, Tanggal, Judul, Jumlah.',
    );
  });
});

describe("rows", () => {
  it("skips completely blank rows but counts them in row numbers", () => {
    const result = parseWorkbook(
      workbook(tab("ppid", [["2023-10", 14], [null, "  "], [], ["2023-11", "x"]])),
    );
    const ppid = result.findings.filter((f) => f.tab === "PPID");
    expect(ppid.map((f) => f.row)).toEqual([5]);
    expect(result.data.rows.ppid.map((r) => r.row)).toEqual([2]);
  });

  it("accepts a date in the Bulan cell as its month (Sheets turns a typed 2023-11 into a date)", () => {
    const result = parseWorkbook(
      workbook(
        tab("ppid", [
          [new Date(2023, 10, 1), 21],
          ["2023-10-01T00:00:00.000Z", 14],
        ]),
      ),
    );
    expect(result.data.rows.ppid.map((r) => r.month)).toEqual(["2023-11", "2023-10"]);
  });

  it("leaves out both rows of a month entered twice in a monthly tab", () => {
    const result = parseWorkbook(
      workbook(
        tab("ppid", [
          ["2023-11", 21],
          ["2023-10", 14],
          ["2023-11", 12],
        ]),
      ),
    );
    const dup = result.findings.filter((f) => f.code === "duplicate-month");
    expect(dup).toHaveLength(1);
    expect(dup[0]?.message).toContain(
      "baris 4, kolom A (Bulan): bulan 2023-11 (November 2023) sudah diisi di baris 2",
    );
    expect(result.data.rows.ppid.map((r) => r.month)).toEqual(["2023-10"]);
  });

  it("lets an item tab hold many rows per month", () => {
    const result = parseWorkbook(fullWorkbook(SEED));
    expect(result.data.rows.chatbot).toHaveLength(9);
  });

  it("does not require item columns on a month's total row", () => {
    const result = parseWorkbook(workbook(tab("tatapMuka", [["2023-09", null, null, null, null, "29"]])));
    expect(result.findings.filter((f) => f.tab === "Tatap Muka")).toEqual([]);
    expect(measureOf(result.data, "tatapMuka", toMonth("2023-09"))).toBe(29);
  });

  it("warns when a total row carries item details (a forgotten label, most likely)", () => {
    const result = parseWorkbook(workbook(tab("webinar", [["2023-11", "2023-11-06", null, 2]])));
    const found = result.findings.filter((f) => f.tab === "Webinar");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", code: "total-row", row: 2, column: "Judul" });
    expect(found[0]?.message).toBe(
      'Tab "Webinar", baris 2, kolom C (Judul): kolom ini kosong, sehingga Jumlah 2 dibaca sebagai total bulan itu, bukan satu item; isi Judul bila baris ini satu item.',
    );
    expect(statedTotal(result.data, "webinar", NOV)).toBe(2);
  });

  it("does not treat an empty label as a total row in a tab without a weight column", () => {
    const result = parseWorkbook(workbook(tab("pemdaTeratas", [["2023-11", null, 17, "DBH"]])));
    const found = result.findings.filter((f) => f.tab === "Pemda Teratas");
    expect(found.map((f) => [f.code, f.column])).toEqual([["required", "Pemda"]]);
  });

  it("accepts a monthly row with the total and no parts, or all parts and no total", () => {
    const result = parseWorkbook(
      workbook(
        tab("tiketKonsultasi", [
          ["2023-10", null, null, null, null, null, "1.450"],
          ["2023-11", 988, 103, 143, 14, 23],
        ]),
      ),
    );
    expect(result.findings.filter((f) => f.tab === "Tiket Konsultasi")).toEqual([]);
    expect(result.data.rows.tiketKonsultasi).toHaveLength(2);
  });

  it("reports every problem of a row at once", () => {
    const result = parseWorkbook(workbook(tab("webinar", [["2023-13", "kemarin", null, null]])));
    const found = result.findings.filter((f) => f.tab === "Webinar");
    expect(found.map((f) => [f.code, f.column])).toEqual([
      ["bad-month", "Bulan"],
      ["bad-date", "Tanggal"],
      ["required", "Judul"],
    ]);
  });

  it("reads each registry channel from its own tab (round trip of a row per channel)", () => {
    for (const def of CHANNELS) {
      const columns: readonly ColumnDef[] = def.columns;
      const cells = columns.map((c) =>
        c.type === "date" ? "2023-11-15" : c.type === "text" ? "x" : (c.choices?.[0] ?? "3"),
      );
      const result = parseWorkbook(workbook(tab(def.key, [["2023-11", ...cells]])));
      expect(
        result.findings.filter((f) => f.tab === def.tab),
        def.tab,
      ).toEqual([]);
      expect(result.data.rows[def.key], def.tab).toHaveLength(1);
    }
  });
});

describe("Pengaturan", () => {
  const settingsTab = (rows: CellValue[][]): RawTab => ({
    name: SETTINGS_TAB,
    header: [...SETTINGS_HEADERS],
    rows,
    firstRow: 2,
  });

  it("gives every default when the tab is missing", () => {
    const { settings, findings } = parseSettings({});
    expect(findings).toEqual([]);
    expect(settings.singkatanUnit).toBe("DJPK");
    expect(settings.batasTamuTatapMuka).toBe(5);
    expect(settings.whatsapp).toBe("0811-150420-7");
  });

  it("takes overrides by label, case-insensitively, and defaults for missing rows", () => {
    const { settings, findings } = parseSettings(
      workbook(
        settingsTab([
          ["Nama Unit", "Badan Pemeriksa Keuangan"],
          ["Singkatan Unit", "BPK", "keterangan"],
          ["batas tamu tatap muka", "7"],
          ["Berbagi Laporan", "tidak dibagikan"],
          ["Telepon", 150420],
          ["Label tak dikenal", "abc"],
        ]),
      ),
    );
    expect(findings).toEqual([]);
    expect(settings.singkatanUnit).toBe("BPK");
    expect(settings.batasTamuTatapMuka).toBe(7);
    expect(settings.berbagi).toBe("Tidak dibagikan");
    expect(settings.telepon).toBe("150420");
    expect(settings.whatsapp).toBe("0811-150420-7");
  });

  it("uses the default for a blank value", () => {
    const { settings, findings } = parseSettings(
      workbook(
        settingsTab([
          ["Nama Unit", "Unit"],
          ["Singkatan Unit", "U"],
          ["Telepon", "  "],
        ]),
      ),
    );
    expect(findings).toEqual([]);
    expect(settings.telepon).toBe("150420");
  });

  // Issue 19, item 6: the default unit name is DJPK's; another unit's deck must never carry it unsaid.
  it("never puts the default unit name in place of a bad, empty or deleted one", () => {
    const tooLong = parseSettings(
      workbook(
        settingsTab([
          ["Nama Unit", "N".repeat(81)],
          ["Singkatan Unit", "BPK"],
        ]),
      ),
    );
    expect(tooLong.findings.map((f) => [f.severity, f.code, f.row])).toEqual([["error", "too-long", 2]]);
    expect(tooLong.findings[0]?.message).toBe(
      'Tab "Pengaturan", baris 2, kolom B (Nilai): nilai "Nama Unit" tidak sah: teks 81 karakter, melebihi batas 80 karakter; ' +
        "persingkat isinya (teks yang lebih panjang tidak muat di slide). Perbaiki nilainya; laporan tidak dibuat tanpa nilai ini.",
    );
    const empty = parseSettings(
      workbook(
        settingsTab([
          ["Nama Unit", " "],
          ["Singkatan Unit", "BPK"],
        ]),
      ),
    );
    expect(empty.findings.map((f) => [f.severity, f.code, f.row])).toEqual([["error", "required", 2]]);
    expect(empty.findings[0]?.message).toMatch(
      /^Tab "Pengaturan", baris 2, kolom B \(Nilai\): "Nama Unit" kosong\./,
    );
    const deleted = parseSettings(
      workbook(
        settingsTab([
          ["Singkatan Unit", "BPK"],
          ["Telepon", "1500"],
        ]),
      ),
    );
    expect(deleted.findings.map((f) => [f.severity, f.code, f.tab])).toEqual([
      ["error", "missing-setting", SETTINGS_TAB],
    ]);
    expect(deleted.findings[0]?.message).toMatch(/^Tab "Pengaturan": baris "Nama Unit" tidak ada\./);
    // Each is an error of the month's check, so Buat Laporan and the CLI refuse the deck.
    const check = checkMonth(fullWorkbook(SEED, [settingsTab([["Singkatan Unit", "BPK"]])]), NOV);
    expect(check.errors.map((f) => f.code)).toContain("missing-setting");
  });

  it("reports a bad value and uses the default", () => {
    const { data, findings } = parseWorkbook(
      fullWorkbook(SEED, [
        settingsTab([
          ["Nama Unit", "Unit"],
          ["Singkatan Unit", "U"],
          ["Batas Tamu Tatap Muka", "lima"],
          ["Ekspor PDF", "mungkin"],
        ]),
      ]),
    );
    expect(findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ["bad-number", 4, "Nilai"],
      ["bad-choice", 5, "Nilai"],
    ]);
    expect(findings[0]?.message).toBe(
      'Tab "Pengaturan", baris 4, kolom B (Nilai): nilai "Batas Tamu Tatap Muka" tidak sah: "lima" bukan angka yang sah. Perbaiki nilainya, atau kosongkan sel agar nilai bawaan 5 dipakai.',
    );
    expect(findings[1]?.message).toContain("pilih salah satu: Ya, Tidak");
    expect(data.settings.batasTamuTatapMuka).toBe(5);
    expect(data.settings.eksporPdf).toBe("Tidak");
    expect(data.settings.namaUnit).toBe("Unit");
  });

  it("warns about a setting given twice and keeps the first", () => {
    const { settings, findings } = parseSettings(
      workbook(
        settingsTab([
          ["Nama Unit", "Unit A"],
          ["Singkatan Unit", "A"],
          ["Singkatan Unit", "B"],
        ]),
      ),
    );
    expect(settings.singkatanUnit).toBe("A");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", code: "duplicate-setting", row: 4 });
  });
});

describe("parseChannelRows (the sidebar's save path)", () => {
  const webinar = channel("webinar");

  it("reads a channel-month's rows given without Bulan", () => {
    const result = parseChannelRows(webinar, "2023-11", [
      ["2023-11-06", "RKP Dana Bagi Hasil", null],
      [null, null, null],
      ["7 November 2023", "Hakordia DJPK", "2"],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.rows).toEqual([
      {
        month: "2023-11",
        row: 2,
        values: { tanggal: "2023-11-06", judul: "RKP Dana Bagi Hasil", jumlah: null },
      },
      { month: "2023-11", row: 4, values: { tanggal: "2023-11-07", judul: "Hakordia DJPK", jumlah: 2 } },
    ]);
  });

  it("checks dates against the month and numbers the rows from firstRow", () => {
    const result = parseChannelRows(webinar, "2023-11", [["2023-10-30", "X", null]], 10);
    expect(result.rows).toEqual([]);
    expect(result.findings[0]?.message).toBe(
      'Tab "Webinar", baris 10, kolom B (Tanggal): tanggal 30 Oktober 2023 tidak berada di bulan November 2023 (kolom Bulan).',
    );
  });

  it("takes at most one row for a monthly channel", () => {
    const result = parseChannelRows(channel("ppid"), "2023-11", [["21"], ["22"]]);
    expect(result.rows).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["duplicate-month"]);
  });

  it("rejects a bad month", () => {
    const result = parseChannelRows(channel("ppid"), "2023-13", [["21"]]);
    expect(result.rows).toEqual([]);
    expect(result.findings[0]).toMatchObject({ code: "bad-month", tab: "PPID" });
  });
});

describe("schemas derived from the registry", () => {
  const tanggal = columnOf(channel("webinar"), "tanggal");

  it("reads a JS Date with local getters", () => {
    expect(cellSchema(tanggal).parse(new Date(2023, 10, 6, 0, 0))).toBe("2023-11-06");
    expect(cellSchema(tanggal).parse(new Date(2023, 10, 6, 23, 59))).toBe("2023-11-06");
  });

  it.each([
    ["2023-11-06"],
    ["6/11/2023"],
    ["06-11-2023"],
    ["6 November 2023"],
    ["6 Nov 2023"],
    ["6 nov. 2023"],
    ["2023-11-06T00:00:00.000Z"],
  ])("reads the date %j", (text) => {
    expect(cellSchema(tanggal).parse(text)).toBe("2023-11-06");
  });

  it("gives Indonesian issues with a stable code", () => {
    const result = cellSchema(tanggal).safeParse("31/11/2023");
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue && issueCode(issue)).toBe("bad-date");
    expect(issue?.message).toContain("bulan itu hanya sampai tanggal 30");
    expect(cellSchema(tanggal).safeParse(null).error?.issues[0]?.message).toBe("wajib diisi.");
    expect(cellSchema(tanggal, { required: false }).parse(null)).toBeNull();
  });

  it("keeps text verbatim apart from trimming", () => {
    const judul = columnOf(channel("webinar"), "judul");
    for (const text of ["=SUM(A1)", "+62 811", "-catatan", "@ditjenpk"]) {
      expect(cellSchema(judul).parse(`  ${text} `)).toBe(text);
    }
  });

  it("builds a row object keyed by column key", () => {
    const schema = rowSchema(channel("kepuasan"));
    expect(schema.parse({ rataRata: "4,8", jumlahPenilaian: "1.020" })).toEqual({
      rataRata: 4.8,
      jumlahPenilaian: 1020,
    });
    const bad = schema.safeParse({ rataRata: "6" });
    expect(bad.error?.issues.map((i) => [i.path[0], issueCode(i)])).toEqual([["rataRata", "out-of-range"]]);
  });

  it("reads Bulan", () => {
    expect(monthSchema.parse(" 2023-11 ")).toBe("2023-11");
    expect(monthSchema.safeParse("2023-13").error?.issues[0]?.message).toContain("01 sampai 12");
  });

  it("maps column indexes to sheet letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
  });
});
