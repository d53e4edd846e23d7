/**
 * Malformed cells and rows across the tabs: each gets its own clear Indonesian message naming
 * tab, row and column, nothing throws, and the bad row is left out of the data.
 */
import { describe, expect, it } from "vitest";
import { type ChannelKey, channel, headersOf } from "../../../src/core/workbook/channels";
import { parseWorkbook } from "../../../src/core/workbook/parse";
import type { CellValue, RawWorkbook } from "../../../src/core/workbook/types";

/** A correct row per tab; each case puts it in sheet row 2 and its bad row in row 3. */
const GOOD: Partial<Record<ChannelKey, CellValue[]>> = {
  emailLaporan: ["2023-10", 800, 100, 50, 158, "1.108"],
  ppid: ["2023-10", 14],
  kepuasan: ["2023-10", "4,9", 120],
  amplifikasi: ["2023-10", "12.000", null, null, null, null, "4.167", "78.754", null, null],
  webinar: ["2023-11", "2023-11-07", "RKP Dana Bagi Hasil", null],
  publikasiWebsite: ["2023-11", "2023-11-06", "Peraturan", "KMK Nomor 400 Tahun 2023", null],
  tatapMuka: ["2023-11", "2023-11-01", "Kab. Asahan", 7, "DAU", null],
  pengaduanKeluhan: ["2023-11", "Pengaduan", "Surat palsu undangan Simposium", "Kab. Cianjur", null],
  topikKonsultasi: ["2023-11", "Teknis", "DBH", "DBH Perkebunan Sawit", null],
  kunjunganWebsite: ["2023-10", "111.000", "Ya", null, null, null],
  tiketKonsultasi: ["2023-10", 1134, 106, 175, 18, 17, null],
  chatbot: ["2023-11", "Informasi Fungsional AKPD", 20],
  mediaSosial: ["2023-10", 51],
  evaluasi: ["2023-11", "Manajemen Informasi", "Koordinasi perlu ditingkatkan"],
  pemdaTeratas: ["2023-11", "Kab. Ogan Ilir", 17, "JF AKPD"],
};

interface Case {
  name: string;
  tab: ChannelKey;
  bad: CellValue[];
  code: string;
  /** Sheet column letter and header the message must name. */
  letter: string;
  column: string;
  says: string;
  /** Rows other than GOOD before the bad one (default: just GOOD). */
  before?: CellValue[][];
}

const CASES: Case[] = [
  // Email Laporan: Bulan | DAU | DBH | Insentif Fiskal | Lainnya | Total Email
  {
    name: "the seed's 1.1108",
    tab: "emailLaporan",
    bad: ["2023-11", 314, 52, 14, 29, "1.1108"],
    code: "bad-number",
    letter: "F",
    column: "Total Email",
    says: '"1.1108" bukan angka yang sah; titik harus memisahkan tiap 3 angka (contoh: 1.108).',
  },
  {
    name: "letters after digits",
    tab: "emailLaporan",
    bad: ["2023-11", 314, 52, 14, "12abc", null],
    code: "bad-number",
    letter: "E",
    column: "Lainnya",
    says: '"12abc" bukan angka yang sah.',
  },
  {
    name: "two decimal commas",
    tab: "emailLaporan",
    bad: ["2023-11", "1,2,3", 52, 14, 29, null],
    code: "bad-number",
    letter: "B",
    column: "Laporan Syarat Salur DAU",
    says: "koma desimal hanya boleh satu",
  },
  {
    name: "a negative count",
    tab: "emailLaporan",
    bad: ["2023-11", 314, "-5", 14, 29, null],
    code: "bad-number",
    letter: "C",
    column: "Laporan Syarat Salur DBH",
    says: '"-5" tidak boleh negatif',
  },
  {
    name: "a fraction for a count",
    tab: "emailLaporan",
    bad: ["2023-11", 314, 52, "1,5", 29, null],
    code: "bad-number",
    letter: "D",
    column: "Laporan Insentif Fiskal",
    says: '"1,5" harus bilangan bulat',
  },
  {
    name: "Infinity",
    tab: "emailLaporan",
    bad: ["2023-11", null, null, null, null, "Infinity"],
    code: "bad-number",
    letter: "F",
    column: "Total Email",
    says: '"Infinity" bukan angka yang sah',
  },
  {
    name: "NaN",
    tab: "emailLaporan",
    bad: ["2023-11", "NaN", 52, 14, 29, 409],
    code: "bad-number",
    letter: "B",
    column: "Laporan Syarat Salur DAU",
    says: '"NaN" bukan angka yang sah',
  },
  {
    name: "neither total nor all parts",
    tab: "emailLaporan",
    bad: ["2023-11", 314, null, 14, null, null],
    code: "required",
    letter: "F",
    column: "Total Email",
    says: "(Laporan Syarat Salur DBH, Lainnya kosong). Isi kolom Total Email atau semua rinciannya.",
  },
  {
    name: "a percent sign on a count",
    tab: "emailLaporan",
    bad: ["2023-11", "77%", 52, 14, 29, null],
    code: "bad-number",
    letter: "B",
    column: "Laporan Syarat Salur DAU",
    says: "tidak boleh berisi tanda persen",
  },
  {
    name: "a checkbox in a number column",
    tab: "emailLaporan",
    bad: ["2023-11", true, 52, 14, 29, null],
    code: "bad-number",
    letter: "B",
    column: "Laporan Syarat Salur DAU",
    says: "centang (TRUE/FALSE), bukan angka",
  },
  {
    name: "a formula error",
    tab: "emailLaporan",
    bad: ["2023-11", 314, 52, 14, 29, "#REF!"],
    code: "bad-number",
    letter: "F",
    column: "Total Email",
    says: '"#REF!" adalah galat rumus',
  },
  {
    name: "a date in a number column",
    tab: "emailLaporan",
    bad: ["2023-11", new Date(2023, 10, 6), 52, 14, 29, null],
    code: "bad-number",
    letter: "B",
    column: "Laporan Syarat Salur DAU",
    says: "berupa tanggal, bukan angka",
  },
  // PPID: Bulan | Permohonan
  {
    name: "month 13",
    tab: "ppid",
    bad: ["2023-13", 21],
    code: "bad-month",
    letter: "A",
    column: "Bulan",
    says: 'bulan "2023-13" tidak ada: angka bulan harus 01 sampai 12.',
  },
  {
    name: "a two-digit year",
    tab: "ppid",
    bad: ["23-11", 21],
    code: "bad-month",
    letter: "A",
    column: "Bulan",
    says: 'bulan "23-11" tidak sesuai format TTTT-BB',
  },
  {
    name: "an empty Bulan",
    tab: "ppid",
    bad: ["", 21],
    code: "bad-month",
    letter: "A",
    column: "Bulan",
    says: "bulan kosong; isi dengan format TTTT-BB",
  },
  {
    name: "a one-digit month",
    tab: "ppid",
    bad: ["2023-1", 21],
    code: "bad-month",
    letter: "A",
    column: "Bulan",
    says: 'bulan "2023-1" tidak sesuai format',
  },
  {
    name: "a month written as a number",
    tab: "ppid",
    bad: [202311, 21],
    code: "bad-month",
    letter: "A",
    column: "Bulan",
    says: 'bulan "202311" tidak sesuai format',
  },
  {
    name: "a required figure left empty",
    tab: "ppid",
    bad: ["2023-11", "  "],
    code: "required",
    letter: "B",
    column: "Permohonan",
    says: "wajib diisi.",
  },
  {
    name: "a month entered twice",
    tab: "ppid",
    before: [["2023-11", 21]],
    bad: ["2023-11", 22],
    code: "duplicate-month",
    letter: "A",
    column: "Bulan",
    says: "bulan 2023-11 (November 2023) sudah diisi di baris 3; setiap bulan hanya boleh satu baris.",
  },
  // Kepuasan: Bulan | Rata-rata Nilai (1-5) | Jumlah Penilaian
  {
    name: "a score above the scale",
    tab: "kepuasan",
    bad: ["2023-11", "5,5", null],
    code: "out-of-range",
    letter: "B",
    column: "Rata-rata Nilai",
    says: "5,5 melebihi batas maksimal 5.",
  },
  {
    name: "a score below the scale",
    tab: "kepuasan",
    bad: ["2023-11", "0,5", null],
    code: "out-of-range",
    letter: "B",
    column: "Rata-rata Nilai",
    says: "0,5 kurang dari batas minimal 1.",
  },
  {
    name: "an English decimal point",
    tab: "kepuasan",
    bad: ["2023-11", "4.5", null],
    code: "bad-number",
    letter: "B",
    column: "Rata-rata Nilai",
    says: "desimal ditulis dengan koma (contoh: 41,2)",
  },
  // Amplifikasi Pegawai: ... | Target Pegawai (G, min 1) | Total Pegawai | % Target (I) | % Total Pegawai (J, <= 100)
  {
    name: "a zero target",
    tab: "amplifikasi",
    bad: ["2023-11", "12.637", null, null, null, null, "0", "78.754", null, null],
    code: "out-of-range",
    letter: "G",
    column: "Target Pegawai",
    says: "0 kurang dari batas minimal 1.",
  },
  {
    name: "a share above 100%",
    tab: "amplifikasi",
    bad: ["2023-11", "12.637", null, null, null, null, "4.167", "78.754", null, "116,05%"],
    code: "out-of-range",
    letter: "J",
    column: "Persen terhadap Total Pegawai",
    says: "116,05% melebihi batas maksimal 100%.",
  },
  {
    name: "words in a percent",
    tab: "amplifikasi",
    bad: ["2023-11", "12.637", null, null, null, null, "4.167", "78.754", "tiga ratus%", null],
    code: "bad-number",
    letter: "I",
    column: "Persen terhadap Target",
    says: '"tiga ratus%" bukan angka yang sah',
  },
  // Webinar: Bulan | Tanggal | Judul | Jumlah
  {
    name: "a date outside the row's month",
    tab: "webinar",
    bad: ["2023-11", "2023-10-30", "Bincang Pagi DJPK", null],
    code: "date-outside-month",
    letter: "B",
    column: "Tanggal",
    says: "tanggal 30 Oktober 2023 tidak berada di bulan November 2023",
  },
  {
    name: "a day that does not exist",
    tab: "webinar",
    bad: ["2023-11", "31/11/2023", "Bincang Pagi DJPK", null],
    code: "bad-date",
    letter: "B",
    column: "Tanggal",
    says: "bulan itu hanya sampai tanggal 30",
  },
  {
    name: "a word for a date",
    tab: "webinar",
    bad: ["2023-11", "kemarin", "Bincang Pagi DJPK", null],
    code: "bad-date",
    letter: "B",
    column: "Tanggal",
    says: '"kemarin" bukan tanggal yang dikenali; tulis tanggal seperti 2023-11-06',
  },
  {
    name: "a date without a year",
    tab: "webinar",
    bad: ["2023-11", "6 November", "Bincang Pagi DJPK", null],
    code: "bad-date",
    letter: "B",
    column: "Tanggal",
    says: '"6 November" bukan tanggal yang dikenali',
  },
  {
    name: "a date as a plain number",
    tab: "webinar",
    bad: ["2023-11", 45236, "Bincang Pagi DJPK", null],
    code: "bad-date",
    letter: "B",
    column: "Tanggal",
    says: '"45236" bukan tanggal',
  },
  {
    name: "an item without its date",
    tab: "webinar",
    bad: ["2023-11", null, "Bincang Pagi DJPK", null],
    code: "required",
    letter: "B",
    column: "Tanggal",
    says: "wajib diisi.",
  },
  {
    name: "an item without its title",
    tab: "webinar",
    bad: ["2023-11", "2023-11-28", "", null],
    code: "required",
    letter: "C",
    column: "Judul",
    says: "wajib diisi.",
  },
  // Publikasi Website: Bulan | Tanggal | Kategori | Judul | Jumlah
  {
    name: "a category not in the list",
    tab: "publikasiWebsite",
    bad: ["2023-11", "2023-11-10", "Artikel", "KEP-58/PK/2023", null],
    code: "bad-choice",
    letter: "C",
    column: "Kategori",
    says: '"Artikel" bukan pilihan yang tersedia; pilih salah satu: Peraturan, Pemberitahuan ke Daerah, Data',
  },
  {
    name: "a bad stated total on a total row",
    tab: "publikasiWebsite",
    bad: ["2023-10", null, null, null, "tujuh belas"],
    code: "bad-number",
    letter: "E",
    column: "Jumlah",
    says: '"tujuh belas" bukan angka yang sah',
  },
  // Tatap Muka: Bulan | Tanggal | Pengguna Layanan | Jumlah Tamu (min 1) | Topik | Jumlah
  {
    name: "a visit of zero guests",
    tab: "tatapMuka",
    bad: ["2023-11", "2023-11-02", "Kab. Gorontalo", "0", "PDRD", null],
    code: "out-of-range",
    letter: "D",
    column: "Jumlah Tamu",
    says: "0 kurang dari batas minimal 1.",
  },
  {
    name: "an invalid JS date",
    tab: "tatapMuka",
    bad: ["2023-11", new Date(Number.NaN), "Kab. Gorontalo", 1, "PDRD", null],
    code: "bad-date",
    letter: "B",
    column: "Tanggal",
    says: "isian bukan tanggal yang sah",
  },
  // Pengaduan & Keluhan: Bulan | Jenis | Uraian | Daerah | Jumlah
  {
    name: "a kind that is neither complaint type",
    tab: "pengaduanKeluhan",
    bad: ["2023-11", "Saran", "Keterlambatan informasi penyaluran TKD", null, 12],
    code: "bad-choice",
    letter: "B",
    column: "Jenis",
    says: "pilih salah satu: Pengaduan, Keluhan.",
  },
  // Topik Konsultasi: Bulan | Bagian | Kelompok | Topik | Jumlah Tiket
  {
    name: "an unknown section",
    tab: "topikKonsultasi",
    bad: ["2023-11", "Email", null, "Surat Masuk", null],
    code: "bad-choice",
    letter: "B",
    column: "Bagian",
    says: '"Email" bukan pilihan yang tersedia',
  },
  {
    name: "a topic left empty",
    tab: "topikKonsultasi",
    bad: ["2023-11", "Telepon", null, null, 26],
    code: "required",
    letter: "D",
    column: "Topik",
    says: "wajib diisi.",
  },
  // Kunjungan Website: Bulan | Pengunjung | Angka Dibulatkan (Ya/Tidak) | ...
  {
    name: "a yes/no answered otherwise",
    tab: "kunjunganWebsite",
    bad: ["2023-11", "107.000", "Mungkin", null, null, null],
    code: "bad-choice",
    letter: "C",
    column: "Angka Dibulatkan",
    says: "pilih salah satu: Ya, Tidak.",
  },
  {
    name: "a fraction of a visitor",
    tab: "kunjunganWebsite",
    bad: ["2023-11", "107.000,5", null, null, null, null],
    code: "bad-number",
    letter: "B",
    column: "Pengunjung",
    says: '"107.000,5" harus bilangan bulat',
  },
  // Tiket Konsultasi: Bulan | WhatsApp | Telepon | Email Call Center | HAI Kemenkeu | Live Chat | Total Tiket (G)
  {
    name: "a ticket channel missing while the total is empty",
    tab: "tiketKonsultasi",
    bad: ["2023-11", 988, 103, 143, 14, null, null],
    code: "required",
    letter: "G",
    column: "Total Tiket",
    says: "(Live Chat kosong). Isi kolom Total Tiket atau semua rinciannya.",
  },
  {
    name: "spaces that do not group thousands",
    tab: "tiketKonsultasi",
    bad: ["2023-11", "9 88", 103, 143, 14, 23, null],
    code: "bad-number",
    letter: "B",
    column: "WhatsApp",
    says: "spasi hanya boleh memisahkan tiap 3 angka",
  },
  // Chatbot: Bulan | Menu | Jumlah (required)
  {
    name: "a menu without its users",
    tab: "chatbot",
    bad: ["2023-11", "Tidak Dilanjutkan", null],
    code: "required",
    letter: "C",
    column: "Jumlah",
    says: "wajib diisi.",
  },
  // Media Sosial: Bulan | Rata-rata Publikasi (decimal, min 0) | ...
  {
    name: "a negative average",
    tab: "mediaSosial",
    bad: ["2023-11", "-51"],
    code: "out-of-range",
    letter: "B",
    column: "Rata-rata Publikasi",
    says: "-51 kurang dari batas minimal 0.",
  },
  // Evaluasi: Bulan | Judul | Uraian
  {
    name: "an evaluation without its text",
    tab: "evaluasi",
    bad: ["2023-11", "Tim Contact Center", null],
    code: "required",
    letter: "C",
    column: "Uraian",
    says: "wajib diisi.",
  },
  // Pemda Teratas: Bulan | Pemda | Jumlah Tiket | Topik
  {
    name: "a unit after the number",
    tab: "pemdaTeratas",
    bad: ["2023-11", "Prov. Riau", "15 tiket", "JF AKPD"],
    code: "bad-number",
    letter: "C",
    column: "Jumlah Tiket",
    says: '"15 tiket" bukan angka yang sah',
  },
  {
    name: "a short row (cells missing at the end)",
    tab: "pemdaTeratas",
    bad: ["2023-11", "Prov. Riau"],
    code: "required",
    letter: "C",
    column: "Jumlah Tiket",
    says: "wajib diisi.",
  },
];

function run(c: Case) {
  const def = channel(c.tab);
  const good = GOOD[c.tab];
  if (!good) throw new Error(`no good row for ${c.tab}`);
  const rows = [good, ...(c.before ?? []), c.bad];
  const raw: RawWorkbook = { [def.tab]: { name: def.tab, header: headersOf(def), rows, firstRow: 2 } };
  return { def, rows, result: parseWorkbook(raw) };
}

describe("bad input: one clear message per malformed cell or row", () => {
  it("has a broad table", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(35);
    expect(new Set(CASES.map((c) => c.tab)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES)("$tab: $name", (c) => {
    let outcome: ReturnType<typeof run> | undefined;
    expect(() => {
      outcome = run(c);
    }).not.toThrow();
    if (!outcome) return;
    const { def, rows, result } = outcome;
    const badRow = 1 + rows.length;
    const onRow = result.findings.filter((f) => f.tab === def.tab && f.row === badRow);
    expect(onRow).toHaveLength(1);
    const [found] = onRow;
    expect(found).toMatchObject({
      severity: "error",
      code: c.code,
      tab: def.tab,
      row: badRow,
      column: c.column,
    });
    expect(found?.message).toContain(`Tab "${def.tab}", baris ${badRow}, kolom ${c.letter} (${c.column}): `);
    expect(found?.message).toContain(c.says);
    // The good row before it is still read; the bad one is left out.
    const kept = result.data.rows[c.tab].map((r) => r.row);
    expect(kept).toContain(2);
    expect(kept).not.toContain(badRow);
    // Every other finding is about other tabs (missing here), never this tab's good rows.
    expect(result.findings.filter((f) => f.tab === def.tab && f.row !== badRow)).toEqual([]);
  });
});
