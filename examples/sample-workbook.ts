/**
 * The sample workbook: the figures of the seed report (Laporan Layanan Informasi DJPK, November
 * 2023) as the tabs a sheet would hold, plus the history its comparisons and charts need.
 * Which values are the seed's and which are illustrative fill-ins: examples/README.md.
 */
import { type ChannelKey, channel, headersOf } from "../src/core/workbook/channels";
import { newWorkbook } from "../src/core/workbook/new-workbook";
import type { CellValue, RawTab, RawWorkbook } from "../src/core/workbook/types";

type Row = CellValue[];

const NOV = "2023-11";

/** ISO date of a day in November 2023: nov(6) is "2023-11-06". */
const nov = (day: number): string => `2023-11-${String(day).padStart(2, "0")}`;

function dataTab(key: ChannelKey, rows: Row[]): RawTab {
  const def = channel(key);
  return { name: def.tab, header: headersOf(def), rows, firstRow: 2 };
}

/** A full row of the tab: `Bulan` = month, the named columns filled, every other cell empty. */
function rowOf(key: ChannelKey, month: string, values: Record<string, CellValue>): Row {
  const header = headersOf(channel(key));
  for (const name of Object.keys(values)) {
    if (!header.includes(name)) throw new Error(`No column "${name}" in ${channel(key).tab}`);
  }
  return header.map((h, i) => (i === 0 ? month : (values[h] ?? "")));
}

/** Item rows of November 2023: each entry lists the cells after `Bulan`, in header order. */
const items = (entries: Row[]): Row[] => entries.map((cells) => [NOV, ...cells]);

/** One row per month with a single column filled: [month, value] pairs. */
const byMonth = (key: ChannelKey, header: string, months: [string, number][]): Row[] =>
  months.map(([month, value]) => rowOf(key, month, { [header]: value }));

/** Months recorded only as their total (how months before the tool are stored): label empty, Jumlah set. */
const totals = (key: ChannelKey, months: [string, number][]): Row[] => byMonth(key, "Jumlah", months);

// ---------------------------------------------------------------------------------------------
// Publikasi Website: columns Tanggal, Kategori, Judul, Jumlah.

const publikasiWebsite: Row[] = [
  ...totals("publikasiWebsite", [
    ["2022-11", 17],
    ["2023-01", 7],
    ["2023-02", 9],
    ["2023-03", 11],
    ["2023-04", 6],
    ["2023-05", 8],
    ["2023-06", 10],
    ["2023-07", 9],
    ["2023-08", 12],
    ["2023-09", 12],
    ["2023-10", 17],
  ]),
  // biome-ignore format: one row per publication, as in the seed
  ...items([
    [nov(6),  "Peraturan", "KMK Nomor 400 Tahun 2023 tentang Rincian Alokasi Insentif Fiskal Kinerja Tahun Berjalan untuk Kelompok Kategori Kinerja dalam Rangka Pengendalian Inflasi Daerah pada Tahun Anggaran 2023 Periode Ketiga Menurut Provinsi/Kabupaten/Kota", ""],
    [nov(10), "Peraturan", "KEP-58/PK/2023 tentang Proporsi dan Estimasi Penerimaan Pajak Rokok untuk Masing-Masing Provinsi Tahun Anggaran 2024", ""],
    [nov(3),  "Pemberitahuan ke Daerah", "S-146/PK/2023 tentang Pedoman Pelaksanaan Penyaluran Transfer ke Daerah (TKD) pada Akhir Tahun Anggaran (TA) 2023", ""],
    [nov(30), "Pemberitahuan ke Daerah", "S-157/PK/2023 tentang Percepatan Penyampaian Rancangan Peraturan Daerah Mengenai Pajak Daerah dan Retribusi Daerah", ""],
    [nov(2),  "Data", "Data Realisasi Belanja Fungsi 2022", ""],
    [nov(6),  "Siaran Pers", "Kemenkeu Berikan Insentif Fiskal Periode Ketiga untuk Daerah Berkinerja Baik", ""],
    [nov(20), "Profil Pejabat", "Profil Pejabat DJPK Setelah Mutasi", ""],
    [nov(20), "Laporan", "LHKPN Pejabat DJPK", ""],
    [nov(29), "Buku", "Buku Alokasi TKD (38 Provinsi)", ""],
    [nov(29), "Berita", "Penyerahan Daftar Alokasi Transfer ke Daerah Tahun Anggaran 2024", ""],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Webinar: columns Tanggal, Judul, Jumlah.

const webinar: Row[] = [
  ...totals("webinar", [
    ["2022-11", 5],
    ["2023-01", 3],
    ["2023-02", 5],
    ["2023-03", 6],
    ["2023-04", 4],
    ["2023-05", 7],
    ["2023-06", 5],
    ["2023-07", 6],
    ["2023-08", 8],
    ["2023-09", 9],
    ["2023-10", 16],
  ]),
  // biome-ignore format: one row per webinar, as in the seed
  ...items([
    [nov(6),  "Penyerahan Insentif Fiskal Kategori Kinerja Pengendalian Inflasi di Daerah Periode III Tahun 2023", ""],
    [nov(7),  "RKP Dana Bagi Hasil", ""],
    [nov(16), "Capacity Building Pengelolaan BMD", ""],
    [nov(17), "Lomba Cerdas Cermat (Hakordia)", ""],
    [nov(21), "Ceramah Agama DWP", ""],
    [nov(22), "Acara Bulanan DWP", ""],
    [nov(23), "Hakordia DJPK", ""],
    [nov(23), "Talkshow Anti Korupsi 2023", ""],
    [nov(28), "Bincang Pagi DJPK", ""],
    [nov(30), "Rapat Kerja DJPK 2023", ""],
  ]),
];

// ---------------------------------------------------------------------------------------------
// WhatsApp Blast: columns Tanggal, Judul, Jumlah.

const whatsappBlast: Row[] = [
  ...totals("whatsappBlast", [
    ["2022-11", 5],
    ["2023-01", 4],
    ["2023-02", 3],
    ["2023-03", 5],
    ["2023-04", 2],
    ["2023-05", 6],
    ["2023-06", 4],
    ["2023-07", 5],
    ["2023-08", 3],
    ["2023-09", 7],
    ["2023-10", 8],
  ]),
  // biome-ignore format: one row per blast, as in the seed
  ...items([
    [nov(1),  "Monitoring dan Evaluasi Implementasi JF AKPD", ""],
    [nov(21), "Sosialisasi Pembiayaan Kreatif Daerah", ""],
    [nov(24), "Kemenkeu Corpu Open Class dengan tema “Implementasi PMK 91 Tahun 2023: Penggunaan DBH Sawit untuk Mendukung Pembangunan Daerah”", ""],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Kunjungan Website: one row per month.

const kunjunganWebsite: Row[] = [
  rowOf("kunjunganWebsite", "2022-11", { Pengunjung: 111715, "Angka Dibulatkan": "Tidak" }),
  rowOf("kunjunganWebsite", "2023-10", { Pengunjung: 111000, "Angka Dibulatkan": "Ya" }),
  rowOf("kunjunganWebsite", NOV, {
    Pengunjung: 107000,
    "Angka Dibulatkan": "Ya",
    "Halaman Terpopuler 1": "Portal Data SIKD",
    "Halaman Terpopuler 2": "Rincian alokasi TKD TA 2024",
    "Halaman Terpopuler 3": "Rincian alokasi tambahan Dana Desa TA 2023",
  }),
];

// ---------------------------------------------------------------------------------------------
// Tiket Konsultasi: one row per month. Earlier months hold the tickets per channel only.

const ticketsPerChannel = (rows: [string, number, number, number, number, number][]): Row[] =>
  rows.map(([month, whatsapp, telepon, email, hai, liveChat]) =>
    rowOf("tiketKonsultasi", month, {
      WhatsApp: whatsapp,
      Telepon: telepon,
      "Email Call Center": email,
      "HAI Kemenkeu": hai,
      "Live Chat": liveChat,
    }),
  );

const tiketKonsultasi: Row[] = [
  // biome-ignore format: a table: month, WhatsApp, Telepon, Email Call Center, HAI Kemenkeu, Live Chat
  ...ticketsPerChannel([
    ["2022-11", 1099,  71,  98, 48,  6],
    ["2023-01", 1179, 142, 231, 41, 19],
    ["2023-02", 1106, 128, 205, 37, 22],
    ["2023-03", 1247, 151, 248, 44, 15],
    ["2023-04",  953,  97, 176, 29, 12],
    ["2023-05", 1144, 133, 214, 33, 20],
    ["2023-06", 1169, 139, 226, 31, 24],
    ["2023-07", 1117, 118, 197, 26, 18],
    ["2023-08", 1177, 124, 209, 22, 21],
    ["2023-09", 1226, 115, 192, 20, 16],
    ["2023-10", 1134, 106, 175, 18, 17],
  ]),
  rowOf("tiketKonsultasi", NOV, {
    WhatsApp: 988,
    Telepon: 103,
    "Email Call Center": 143,
    "HAI Kemenkeu": 14,
    "Live Chat": 23,
    "Total Tiket": 1271,
    "Zona Waktu Teridentifikasi": 1222,
    "Zona Waktu Tidak Teridentifikasi": 49,
    // The seed states only the total inside service hours (1.165); this split is illustrative.
    "Dalam Jam Layanan WIB": 842,
    "Dalam Jam Layanan WITA": 231,
    "Dalam Jam Layanan WIT": 92,
    "Luar Jam Layanan WIB": 42,
    "Luar Jam Layanan WITA": 12,
    "Luar Jam Layanan WIT": 3,
    "Tiket Eskalasi": 198,
    "Topik Eskalasi": "PDRD, DBH, upaya konsultasi tatap muka",
  }),
];

// ---------------------------------------------------------------------------------------------
// Topik Konsultasi: columns Bagian, Kelompok, Topik, Jumlah Tiket; topics in the seed's order.

const topikKonsultasi: Row[] = [
  // biome-ignore format: a table, one row per topic
  ...items([
    ["Teknis", "DBH", "DBH Perkebunan Sawit", ""],
    ["Teknis", "DBH", "Informasi syarat salur dan penyaluran DBH tw III", ""],
    ["Teknis", "DBH", "Informasi rincian penyaluran remunerasi Dana TDF tw III", ""],
    ["Teknis", "DAU", "Penyaluran DAU", ""],
    ["Teknis", "DAU", "Penyampaian syarat penyaluran DAU Penggajian Formasi PPPK", ""],
    ["Teknis", "DAU", "Informasi penundaan dan/atau pemotongan DAU", ""],
    ["Teknis", "JF AKPD", "Jadwal pelaksanaan Uji Kompetensi JF AKPD", ""],
    ["Teknis", "JF AKPD", "Penilaian Kinerja JF AKPD", ""],
    ["Teknis", "JF AKPD", "FGD Implementasi JF AKPD", ""],
    ["Lainnya", "Surat Masuk", "Mencakup penyampaian surat dan konfirmasi proses surat masuk.", ""],
    ["Lainnya", "Lainnya", "Mencakup pertanyaan lainnya terkait dengan DJPK, tetapi tidak termasuk dalam kategori topik yang telah ada, seperti pembayaran komponen THR dan Gaji Ke-13 sebesar 50% TPG/Tamsil bagi ASN Guru.", ""],
    ["Lainnya", "Reservasi", "Mencakup tiket yang terkait dengan rencana konsultasi tatap muka Pengguna Layanan ke DJPK.", ""],
    // Illustrative: the seed's WhatsApp slide names "Top 3 Topik Konsultasi" but its text does not list them.
    ["WhatsApp", "", "DBH", ""],
    ["WhatsApp", "", "DAU", ""],
    ["WhatsApp", "", "JF AKPD", ""],
    ["Telepon", "", "Reservasi", 26],
    ["Telepon", "", "DBH", 13],
    ["Telepon", "", "Surat Masuk", 13],
    ["Email Call Center", "", "Penyampaian surat dan konfirmasi tindak lanjutnya", ""],
    ["Email Call Center", "", "Konsultasi", ""],
    ["HAI Kemenkeu", "", "Permintaan Data", ""],
    ["HAI Kemenkeu", "", "Surat Masuk", ""],
    ["Live Chat", "", "Surat Masuk", ""],
    ["Live Chat", "", "Permintaan Data", ""],
    ["Live Chat", "", "Reservasi", ""],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Chatbot: columns Menu, Jumlah (users without Chat Agent).

const chatbot: Row[] = [
  // biome-ignore format: the seed's "Selected Menu / Total" table
  ...items([
    ["Informasi Anggaran Transfer ke Daerah", 161],
    ["Informasi Fungsional AKPD", 20],
    ["Informasi Kunjungan ke DJPK", 16],
    ["Informasi Permohonan Data", 15],
    ["Informasi Pembiayaan Daerah", 8],
    ["Informasi Standar Harga Satuan Regional (SHSR)", 7],
    ["Informasi Pajak Daerah dan Retribusi Daerah", 4],
    ["Informasi Aplikasi SIKD-Core", 1],
    ["Tidak Dilanjutkan", 351],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Email Laporan: one row per month; months before November 2023 hold the total only.

const emailLaporan: Row[] = [
  ...byMonth("emailLaporan", "Total Email", [
    ["2022-11", 820],
    ["2023-01", 612],
    ["2023-02", 485],
    ["2023-03", 903],
    ["2023-04", 547],
    ["2023-05", 766],
    ["2023-06", 689],
    ["2023-07", 1012],
    ["2023-08", 874],
    ["2023-09", 782],
    ["2023-10", 1108],
  ]),
  rowOf("emailLaporan", NOV, {
    "Laporan Syarat Salur DAU": 314,
    "Laporan Syarat Salur DBH": 52,
    "Laporan Insentif Fiskal": 14,
    Lainnya: 29,
    "Total Email": 409,
  }),
];

// ---------------------------------------------------------------------------------------------
// Video Conference: columns Tanggal, Daerah, Topik, Jumlah.

const videoConference: Row[] = [
  ...totals("videoConference", [
    ["2023-01", 5],
    ["2023-02", 6],
    ["2023-03", 9],
    ["2023-04", 4],
    ["2023-05", 8],
    ["2023-06", 7],
    ["2023-07", 9],
    ["2023-08", 8],
    ["2023-09", 6],
    ["2023-10", 12],
  ]),
  // biome-ignore format: the seed's table
  ...items([
    [nov(3),  "Kab. Kep. Sitaro", "IF", ""],
    [nov(7),  "Kab. OKI", "PDRD", ""],
    [nov(8),  "Kab. Musi Banyuasin", "PDRD", ""],
    [nov(13), "Prov. Jawa Barat", "PDRD", ""],
    [nov(14), "Kab. Bintan", "IF", ""],
    [nov(17), "Kab. OKU", "PDRD", ""],
    [nov(23), "Kab. Boalemo", "IF dan DBH", ""],
    [nov(24), "Kota Semarang", "IF", ""],
    [nov(27), "PT Krakatau Posco", "PDRD", ""],
    [nov(28), "Prov. Sumatera Selatan", "PDRD", ""],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Tatap Muka: columns Tanggal, Pengguna Layanan, Jumlah Tamu, Topik, Jumlah.

const tatapMuka: Row[] = [
  ...totals("tatapMuka", [
    ["2023-01", 21],
    ["2023-02", 18],
    ["2023-03", 25],
    ["2023-04", 9],
    ["2023-05", 14],
    ["2023-06", 12],
    ["2023-07", 17],
    ["2023-08", 15],
    ["2023-09", 13],
    ["2023-10", 20],
  ]),
  // biome-ignore format: the seed's 30-row table (No 1..30)
  ...items([
    [nov(1),  "Kab. Asahan", 7, "DAU", ""],
    [nov(1),  "Kab. Bima", 7, "PDRD", ""],
    [nov(1),  "Kab. Buru", 5, "DAU", ""],
    [nov(2),  "Kab. Pangandaran", 8, "Pembiayaan Daerah", ""],
    [nov(2),  "Kab. Gorontalo", 1, "PDRD", ""],
    [nov(7),  "Kab. Ketapang", 2, "SHSR", ""],
    [nov(7),  "Kab. Mojokerto (Setda)", 6, "DBH", ""],
    [nov(7),  "Kab. Mojokerto (Bapenda)", 12, "PDRD", ""],
    [nov(7),  "Kab. Seluma", 1, "PDRD", ""],
    [nov(8),  "Kab. Tapin", 5, "PDRD", ""],
    [nov(9),  "Kota Samarinda", 2, "PDRD", ""],
    [nov(9),  "Kab Nias", 9, "PDRD", ""],
    [nov(10), "Kota Magelang", 2, "SHSR", ""],
    [nov(13), "Kab. Bondowoso", 8, "Keuangan Daerah", ""],
    [nov(14), "Kab. Lebak", 7, "DAU", ""],
    [nov(15), "Kota Palangka Raya", 2, "DAU", ""],
    [nov(16), "Kab. Bangka Barat", 3, "PDRD", ""],
    [nov(20), "Prov. Sulawesi Tengah (DPRD)", 7, "DBH", ""],
    [nov(20), "Prov. Sulawesi Tenggara", 1, "DBH", ""],
    [nov(20), "Forum Pendidikan dan Sosial Budaya Jakarta", 1, "DAK NF", ""],
    [nov(21), "Kab. Seruyan", 2, "DBH", ""],
    [nov(21), "Prov. Kalimantan Timur", 7, "PDRD", ""],
    [nov(23), "Kab. Bandung (DPMD)", 3, "Dana Desa", ""],
    [nov(24), "Kab. Bulungan", 2, "PDRD", ""],
    [nov(24), "Prov. Aceh", 9, "Dana Abadi Daerah", ""],
    [nov(28), "Prov. Riau", 5, "DBH dan IF", ""],
    [nov(29), "Prov. Sumatera Utara", 6, "PDRD", ""],
    [nov(30), "Kab. Majalengka", 4, "DAU", ""],
    [nov(30), "Kab. Jember (DPMD)", 2, "Dana Desa", ""],
    [nov(30), "Kab. Lampung Tengah", 4, "IF", ""],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Pengaduan & Keluhan: columns Jenis, Uraian, Daerah, Jumlah.

const pengaduanKeluhan: Row[] = [
  // biome-ignore format: the seed's "3 Pengaduan" and "12 Keluhan Layanan"
  ...items([
    ["Pengaduan", "Surat palsu undangan Simposium Nasional/Bimtek terkait UU HKPD", "Kab. Limapuluh Kota, Kota Dumai", 2],
    ["Pengaduan", "Dokumen palsu penyaluran dana pengelolaan infrastruktur desa", "Kab. Cianjur", 1],
    ["Keluhan", "Keterlambatan informasi penyaluran TKD pada aplikasi SIMTRAD4", "Kab. Kediri, Kab. Lampung Utara, Kota Kediri, Kota Kendari, Kab. Kotawaringin Barat, Kab. Seram Bagian Barat, Prov. Sumatera Utara, Kab. Minahasa, Kab. Barito Utara, Kab. Mamberamo Raya, Kab. Demak, Kab. Pasaman", 12],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Pemda Teratas: columns Pemda, Jumlah Tiket, Topik.

const pemdaTeratas: Row[] = [
  // biome-ignore format: the seed's "Pemda Pengguna Terbanyak"
  ...items([
    ["Kab. Ogan Ilir", 17, "JF AKPD, SHSR, surat masuk"],
    ["Prov. Riau", 15, "JF AKPD, Reservasi, DBH"],
    ["Kab. Gorontalo Utara", 12, "JF AKPD, DAU, PDRD"],
    ["Prov. Sumatera Selatan", 12, "DBH, Video Conference, surat masuk"],
  ]),
];

// ---------------------------------------------------------------------------------------------
// Media Sosial: one row per month. Before November 2023 only the chart figures are filled.

const socialHistory = (rows: [string, number, number, number][]): Row[] =>
  rows.map(([month, average, instagram, facebook]) =>
    rowOf("mediaSosial", month, {
      "Rata-rata Publikasi": average,
      "Instagram Followers": instagram,
      "Facebook Followers": facebook,
    }),
  );

const mediaSosial: Row[] = [
  rowOf("mediaSosial", "2022-11", { "Rata-rata Publikasi": 62 }),
  // biome-ignore format: a table: month, average posts, Instagram followers, Facebook followers
  ...socialHistory([
    ["2023-01", 58, 109441, 13412],
    ["2023-02", 55, 110632, 13468],
    ["2023-03", 60, 111598, 13519],
    ["2023-04", 47, 112179, 13561],
    ["2023-05", 53, 112556, 13610],
    ["2023-06", 56, 113469, 13664],
    ["2023-07", 52, 114183, 13712],
    ["2023-08", 49, 115554, 13768],
    ["2023-09", 54, 116172, 13821],
    ["2023-10", 51, 116860, 13889],
  ]),
  rowOf("mediaSosial", NOV, {
    "Rata-rata Publikasi": 51,
    "Instagram Followers": 116890,
    "Instagram Reach Total": 119939,
    "Instagram Reach Rata-rata": 4442,
    "Instagram Feeds": 27,
    "Instagram Story": 29,
    "Akun Desa Baru": 5,
    "Akun Desa Total": 1870,
    "Twitter Konten": 49,
    "Twitter Followers": 16726,
    "Twitter Profile Visits": 1160,
    "Facebook Konten": 49,
    "Facebook Followers": 13953,
    "Facebook Reach Rata-rata": 4032,
  }),
];

// ---------------------------------------------------------------------------------------------
// PPID: one row per month.

const ppid: Row[] = byMonth("ppid", "Permohonan", [
  ["2022-11", 8],
  ["2023-01", 9],
  ["2023-02", 11],
  ["2023-03", 15],
  ["2023-04", 8],
  ["2023-05", 13],
  ["2023-06", 12],
  ["2023-07", 14],
  ["2023-08", 16],
  ["2023-09", 12],
  ["2023-10", 14],
  [NOV, 21],
]);

// ---------------------------------------------------------------------------------------------
// Amplifikasi Pegawai, Kepuasan: November 2023 only. The typed-percent columns stay empty: the
// deck computes them (the seed's printed 290,84% does not follow from its own figures).

const amplifikasi: Row[] = [
  rowOf("amplifikasi", NOV, {
    Pegawai: 12637,
    Aktivasi: 13201,
    "Konten Tersedia": 2378,
    "Like/Comment/Share": 10738,
    "Kreasi Konten Mandiri": 85,
    "Target Pegawai": 4167,
    "Triwulan Target": "Q3",
    "Total Pegawai": 78754,
    // The seed's "Jumlah Media Sosial" counts; which platform each belongs to is illustrative.
    "Media Sosial Instagram": 14241,
    "Media Sosial Facebook": 8389,
    "Media Sosial Twitter": 2281,
    "Media Sosial TikTok": 1656,
    "Media Sosial YouTube": 1379,
    "Media Sosial LinkedIn": 429,
    "Media Sosial Threads": 80,
    "Media Sosial WhatsApp": 27,
  }),
];

const kepuasan: Row[] = [rowOf("kepuasan", NOV, { "Rata-rata Nilai": 5.0 })];

// ---------------------------------------------------------------------------------------------
// Evaluasi: columns Judul, Uraian; lines starting "- " become bullets.

const timContactCenter = [
  "Dengan telah ditetapkan KMK Nomor 412 Tahun 2023 tentang Pedoman Pengelolaan Program Pusat Kontak Layanan di Lingkungan Kementerian Keuangan, diperlukan Tim Contact Center, yang paling sedikit terdiri atas:",
  "- Penanggung Jawab Pusat Kontak Layanan;",
  "- Penanggung Jawab Departemen Layanan;",
  "- Koordinator Pusat Kontak Layanan;",
  "- Koordinator Operasional;",
  "- Koordinator Dukungan Layanan;",
  "- Koordinator Agen Tingkat II;",
  "- Ketua Kelompok Layanan;",
  "- Petugas Penjamin Kualitas Layanan;",
  "- Petugas Dukungan Pengetahuan;",
  "- Agen Tingkat I; dan",
  "- Agen Tingkat II",
].join("\n");

const evaluasi: Row[] = [
  // biome-ignore format: the seed's three titled paragraphs
  ...items([
    ["Portal Data Penyaluran TKD", "Penyajian informasi penyaluran TKD yang lebih cepat pada aplikasi SIMTRAD4 serta diperlukannya dashboard status penyaluran yang memuat informasi rekomendasi penyaluran untuk setiap jenis Dana TKD."],
    ["Manajemen Informasi", "Koordinasi antara unit teknis dan agen Contact Center terkait dengan informasi atau kebijakan terbaru perlu untuk terus ditingkatkan, khususnya sehubungan dengan kebijakan baru yang diterbitkan setelah APBN TA 2024 ditetapkan."],
    ["Tim Contact Center", timContactCenter],
  ]),
];

// ---------------------------------------------------------------------------------------------

/** The sample workbook: every registry tab, then Pengaturan (defaults), Riwayat and Log (empty). */
export function sampleWorkbook(): RawWorkbook {
  const tabs: RawTab[] = [
    dataTab("publikasiWebsite", publikasiWebsite),
    dataTab("webinar", webinar),
    dataTab("whatsappBlast", whatsappBlast),
    dataTab("kunjunganWebsite", kunjunganWebsite),
    dataTab("tiketKonsultasi", tiketKonsultasi),
    dataTab("topikKonsultasi", topikKonsultasi),
    dataTab("chatbot", chatbot),
    dataTab("emailLaporan", emailLaporan),
    dataTab("videoConference", videoConference),
    dataTab("tatapMuka", tatapMuka),
    dataTab("pengaduanKeluhan", pengaduanKeluhan),
    dataTab("pemdaTeratas", pemdaTeratas),
    dataTab("mediaSosial", mediaSosial),
    dataTab("ppid", ppid),
    dataTab("amplifikasi", amplifikasi),
    dataTab("kepuasan", kepuasan),
    dataTab("evaluasi", evaluasi),
  ];
  // The new workbook keeps the tab order; fresh arrays on every call, so a caller that edits
  // the result cannot change the next one.
  const workbook = newWorkbook();
  for (const t of tabs) workbook[t.name] = { ...t, header: [...t.header], rows: t.rows.map((r) => [...r]) };
  return workbook;
}
