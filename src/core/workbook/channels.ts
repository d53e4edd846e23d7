/**
 * The registry: one entry per workbook tab. Sheet headers, sidebar form fields, zod schemas,
 * the parser, the consistency checks and the deck's sections all come from here, so a new
 * channel or column is one entry.
 */

export type ColumnType = "count" | "decimal" | "percent" | "text" | "date" | "choice";

/**
 * What a quarter's, semester's or year's figure of a number column is (core/workbook/aggregate.ts):
 * `sum` over the period's months (counts), `last`: the period's last month with data (a stock,
 * such as followers or the cumulative village accounts, which is never summed), or `mean` over
 * the months with data (a monthly average, a rating).
 */
export type PeriodRule = "sum" | "last" | "mean";

export interface ColumnDef {
  key: string;
  /** Header as staff see it in the sheet and the form (Indonesian). */
  header: string;
  type: ColumnType;
  /** Required on every data row (for item tabs: on item rows, not on a month's total row). */
  required?: boolean;
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** Multi-line text (a textarea in the form); other text fields keep no line breaks. */
  long?: boolean;
  /** Most characters a text column takes: what its place in the deck can show. */
  maxLength?: number;
  /** Text the deck never shows (e-mail settings): its limit is not the slide's, and says so. */
  offSlide?: boolean;
  /** A count above this is read, with a warning to check it (`max` is the hard limit). */
  plausible?: number;
  /** Every number column chooses its rule for a period (test/core/workbook/aggregate.test.ts pins it). */
  period?: PeriodRule;
  help?: string;
}

/** `total` equals the sum of `parts` (checked when both are filled). */
export interface SumRule {
  total: string;
  parts: readonly string[];
}

/** A percent typed by staff that must equal numerator / denominator. */
export interface RatioRule {
  percent: string;
  numerator: string;
  denominator: string;
}

interface ChannelBase {
  key: string;
  /** Tab name as staff see it. */
  tab: string;
  /** One line of help shown in the sidebar. */
  help: string;
  columns: readonly ColumnDef[];
}

/** Exactly one row per month, one column per figure. */
export interface MonthlyChannel extends ChannelBase {
  kind: "monthly";
  /** The channel's headline figure: `column`, or the sum of `parts` when `column` is empty. */
  measure?: { column: string; parts?: readonly string[] };
  sums?: readonly SumRule[];
  ratios?: readonly RatioRule[];
}

/**
 * Any number of rows per month, one per item. A row whose `label` column is empty and whose
 * `weight` column holds a number is the month's stated total (history recorded as a total,
 * or a total to check the items against).
 */
export interface ItemsChannel extends ChannelBase {
  kind: "items";
  label: string;
  /** Column whose value an item row counts for (1 when empty); absent: each item counts 1. */
  weight?: string;
}

export type ChannelDef = MonthlyChannel | ItemsChannel;

/** Column A of every data tab. */
export const MONTH_HEADER = "Bulan";

/**
 * Most characters a text column takes, by the place the deck gives it: a name (a table cell, a
 * heading), a title (a table cell that may wrap), a paragraph, a long text continued over slides.
 */
export const LIMIT = { name: 150, title: 300, paragraph: 1000, longText: 3000 } as const;

/**
 * Largest count the deck draws: 8 digits keep a figure on one line of its tile and a chart's
 * total (a sum of up to five of them) inside the charts' Indonesian number format (below 10^9).
 */
export const MAX_COUNT = 99_999_999;
/** A count above this is unusual unless its column says otherwise (`plausible`). */
const PLAUSIBLE_COUNT = 1_000_000;

const jumlah: ColumnDef = {
  key: "jumlah",
  header: "Jumlah",
  type: "count",
  min: 0,
  max: MAX_COUNT,
  plausible: 1_000,
  period: "sum",
  help: "Kosongkan untuk satu item. Baris tanpa judul dengan Jumlah terisi adalah total bulan itu.",
};
const SUM = { period: "sum" } as const;
const LAST = { period: "last" } as const;
const MEAN = { period: "mean" } as const;
const tanggal: ColumnDef = { key: "tanggal", header: "Tanggal", type: "date", required: true };
const count = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  header,
  type: "count",
  min: 0,
  max: MAX_COUNT,
  plausible: PLAUSIBLE_COUNT,
  ...extra,
});
const text = (key: string, header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  header,
  type: "text",
  ...extra,
});

export const WEBSITE_CATEGORIES = [
  "Peraturan",
  "Pemberitahuan ke Daerah",
  "Data",
  "Siaran Pers",
  "Profil Pejabat",
  "Laporan",
  "Buku",
  "Berita",
  "Video Tutorial",
  "Lainnya",
] as const;

export const TICKET_CHANNELS = [
  { key: "whatsapp", label: "WhatsApp" },
  { key: "telepon", label: "Telepon" },
  { key: "emailCallCenter", label: "Email Call Center" },
  { key: "haiKemenkeu", label: "HAI Kemenkeu" },
  { key: "liveChat", label: "Live Chat" },
] as const;

/**
 * The platforms employees amplify on, each a count column of Amplifikasi Pegawai (the seed's
 * "Jumlah Media Sosial"); the deck lists them from the largest count.
 */
export const AMPLIFICATION_PLATFORMS = [
  { key: "ampInstagram", label: "Instagram" },
  { key: "ampFacebook", label: "Facebook" },
  { key: "ampTwitter", label: "Twitter" },
  { key: "ampTiktok", label: "TikTok" },
  { key: "ampYoutube", label: "YouTube" },
  { key: "ampLinkedin", label: "LinkedIn" },
  { key: "ampThreads", label: "Threads" },
  { key: "ampWhatsapp", label: "WhatsApp" },
] as const;

export const TARGET_QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;

export const TOPIC_SECTIONS = ["Teknis", "Lainnya", ...TICKET_CHANNELS.map((c) => c.label)] as const;

const REGISTRY = [
  {
    key: "publikasiWebsite",
    tab: "Publikasi Website",
    kind: "items",
    help: "Setiap publikasi di Website DJPK: tanggal, kategori, judul.",
    label: "judul",
    weight: "jumlah",
    columns: [
      tanggal,
      { key: "kategori", header: "Kategori", type: "choice", choices: WEBSITE_CATEGORIES, required: true },
      text("judul", "Judul", { required: true, maxLength: LIMIT.title }),
      jumlah,
    ],
  },
  {
    key: "webinar",
    tab: "Webinar",
    kind: "items",
    help: "Setiap webinar/FGD yang dilaksanakan: tanggal dan judul.",
    label: "judul",
    weight: "jumlah",
    columns: [tanggal, text("judul", "Judul", { required: true, maxLength: LIMIT.title }), jumlah],
  },
  {
    key: "whatsappBlast",
    tab: "WhatsApp Blast",
    kind: "items",
    help: "Setiap penyampaian informasi melalui WhatsApp Blast: tanggal dan judul.",
    label: "judul",
    weight: "jumlah",
    columns: [tanggal, text("judul", "Judul", { required: true, maxLength: LIMIT.title }), jumlah],
  },
  {
    key: "kunjunganWebsite",
    tab: "Kunjungan Website",
    kind: "monthly",
    help: "Jumlah pengunjung Website DJPK dan halaman yang paling banyak diakses.",
    measure: { column: "pengunjung" },
    columns: [
      count("pengunjung", "Pengunjung", { ...SUM, required: true, plausible: 10_000_000 }),
      {
        key: "pembulatan",
        header: "Angka Dibulatkan",
        type: "choice",
        choices: ["Ya", "Tidak"],
        help: "Ya bila jumlah pengunjung adalah angka perkiraan (ditulis 'sekitar').",
      },
      text("halaman1", "Halaman Terpopuler 1", { maxLength: LIMIT.name }),
      text("halaman2", "Halaman Terpopuler 2", { maxLength: LIMIT.name }),
      text("halaman3", "Halaman Terpopuler 3", { maxLength: LIMIT.name }),
    ],
  },
  {
    key: "tiketKonsultasi",
    tab: "Tiket Konsultasi",
    kind: "monthly",
    help: "Tiket konsultasi per kanal, zona waktu, jam layanan, dan eskalasi.",
    measure: { column: "total", parts: TICKET_CHANNELS.map((c) => c.key) },
    sums: [
      { total: "total", parts: TICKET_CHANNELS.map((c) => c.key) },
      { total: "total", parts: ["zonaTeridentifikasi", "zonaTidakTeridentifikasi"] },
      {
        total: "zonaTeridentifikasi",
        parts: ["dalamJamWib", "dalamJamWita", "dalamJamWit", "luarJamWib", "luarJamWita", "luarJamWit"],
      },
    ],
    columns: [
      ...TICKET_CHANNELS.map((c) => count(c.key, c.label, { ...SUM, plausible: 100_000 })),
      count("total", "Total Tiket", {
        ...SUM,
        help: "Kosongkan bila sama dengan jumlah kanal.",
        plausible: 500_000,
      }),
      count("zonaTeridentifikasi", "Zona Waktu Teridentifikasi", SUM),
      count("zonaTidakTeridentifikasi", "Zona Waktu Tidak Teridentifikasi", SUM),
      count("dalamJamWib", "Dalam Jam Layanan WIB", SUM),
      count("dalamJamWita", "Dalam Jam Layanan WITA", SUM),
      count("dalamJamWit", "Dalam Jam Layanan WIT", SUM),
      count("luarJamWib", "Luar Jam Layanan WIB", SUM),
      count("luarJamWita", "Luar Jam Layanan WITA", SUM),
      count("luarJamWit", "Luar Jam Layanan WIT", SUM),
      count("eskalasi", "Tiket Eskalasi", { ...SUM, plausible: 100_000 }),
      text("topikEskalasi", "Topik Eskalasi", {
        help: "Pisahkan dengan koma, misalnya: PDRD, DBH",
        maxLength: LIMIT.title,
      }),
    ],
  },
  {
    key: "topikKonsultasi",
    tab: "Topik Konsultasi",
    kind: "items",
    help: "Topik konsultasi terbanyak, berurutan dari yang terbanyak, per bagian.",
    label: "topik",
    columns: [
      { key: "bagian", header: "Bagian", type: "choice", choices: TOPIC_SECTIONS, required: true },
      text("kelompok", "Kelompok", {
        help: "Untuk topik teknis: DBH, DAU, JF AKPD. Untuk Lainnya: judulnya.",
        maxLength: LIMIT.name,
      }),
      text("topik", "Topik", { required: true, long: true, maxLength: LIMIT.paragraph }),
      count("jumlah", "Jumlah Tiket", { ...SUM, plausible: 100_000 }),
    ],
  },
  {
    key: "chatbot",
    tab: "Chatbot",
    kind: "items",
    help: "Pengguna Chatbot (tanpa Chat Agent) per menu yang dipilih.",
    label: "menu",
    weight: "jumlah",
    columns: [
      text("menu", "Menu", { required: true, maxLength: LIMIT.name }),
      { ...jumlah, required: true, help: "Pengguna menu ini.", plausible: PLAUSIBLE_COUNT },
    ],
  },
  {
    key: "emailLaporan",
    tab: "Email Laporan",
    kind: "monthly",
    help: "Email yang masuk ke alamat email laporan, per jenis laporan.",
    measure: { column: "total", parts: ["dau", "dbh", "insentifFiskal", "lainnya"] },
    sums: [{ total: "total", parts: ["dau", "dbh", "insentifFiskal", "lainnya"] }],
    columns: [
      count("dau", "Laporan Syarat Salur DAU", SUM),
      count("dbh", "Laporan Syarat Salur DBH", SUM),
      count("insentifFiskal", "Laporan Insentif Fiskal", SUM),
      count("lainnya", "Lainnya", SUM),
      count("total", "Total Email", { ...SUM, help: "Kosongkan bila sama dengan jumlah rinciannya." }),
    ],
  },
  {
    key: "videoConference",
    tab: "Video Conference",
    kind: "items",
    help: "Setiap layanan video conference: tanggal, daerah, topik.",
    label: "daerah",
    weight: "jumlah",
    columns: [
      tanggal,
      text("daerah", "Daerah", { required: true, maxLength: LIMIT.name }),
      text("topik", "Topik", { maxLength: LIMIT.title }),
      jumlah,
    ],
  },
  {
    key: "tatapMuka",
    tab: "Tatap Muka",
    kind: "items",
    help: "Setiap konsultasi tatap muka: tanggal, pengguna layanan, jumlah tamu, topik.",
    label: "pengguna",
    weight: "jumlah",
    columns: [
      tanggal,
      text("pengguna", "Pengguna Layanan", { required: true, maxLength: LIMIT.name }),
      count("tamu", "Jumlah Tamu", { ...SUM, min: 1, plausible: 1_000 }),
      text("topik", "Topik", { maxLength: LIMIT.title }),
      jumlah,
    ],
  },
  {
    key: "pengaduanKeluhan",
    tab: "Pengaduan & Keluhan",
    kind: "items",
    help: "Pengaduan dan keluhan layanan: uraian, daerah, jumlah.",
    label: "uraian",
    weight: "jumlah",
    columns: [
      { key: "jenis", header: "Jenis", type: "choice", choices: ["Pengaduan", "Keluhan"], required: true },
      text("uraian", "Uraian", { required: true, long: true, maxLength: LIMIT.paragraph }),
      text("daerah", "Daerah", { help: "Pisahkan dengan koma.", maxLength: LIMIT.title }),
      { ...jumlah, help: "Jumlah pengaduan/keluhan dalam baris ini (kosong = 1)." },
    ],
  },
  {
    key: "pemdaTeratas",
    tab: "Pemda Teratas",
    kind: "items",
    help: "Pemerintah daerah yang paling banyak menghubungi, berurutan dari yang terbanyak.",
    label: "pemda",
    columns: [
      text("pemda", "Pemda", { required: true, maxLength: LIMIT.name }),
      count("jumlahTiket", "Jumlah Tiket", { ...SUM, required: true, plausible: 100_000 }),
      text("topik", "Topik", { maxLength: LIMIT.title }),
    ],
  },
  {
    key: "mediaSosial",
    tab: "Media Sosial",
    kind: "monthly",
    help: "Publikasi dan performa Instagram, Twitter, dan Facebook.",
    measure: { column: "rataRataPublikasi" },
    columns: [
      {
        key: "rataRataPublikasi",
        header: "Rata-rata Publikasi",
        type: "decimal",
        min: 0,
        required: true,
        ...MEAN,
      },
      count("igFollowers", "Instagram Followers", { ...LAST, plausible: 10_000_000 }),
      count("igReachTotal", "Instagram Reach Total", { ...SUM, plausible: 50_000_000 }),
      count("igReachRataRata", "Instagram Reach Rata-rata", { ...MEAN, plausible: 10_000_000 }),
      count("igFeeds", "Instagram Feeds", { ...SUM, plausible: 10_000 }),
      count("igStory", "Instagram Story", { ...SUM, plausible: 10_000 }),
      count("igAkunDesaBaru", "Akun Desa Baru", SUM),
      count("igAkunDesaTotal", "Akun Desa Total", LAST),
      count("twKonten", "Twitter Konten", { ...SUM, plausible: 10_000 }),
      count("twFollowers", "Twitter Followers", { ...LAST, plausible: 10_000_000 }),
      count("twProfileVisits", "Twitter Profile Visits", { ...SUM, plausible: 10_000_000 }),
      count("fbKonten", "Facebook Konten", { ...SUM, plausible: 10_000 }),
      count("fbFollowers", "Facebook Followers", { ...LAST, plausible: 10_000_000 }),
      count("fbReachRataRata", "Facebook Reach Rata-rata", { ...MEAN, plausible: 10_000_000 }),
    ],
  },
  {
    key: "ppid",
    tab: "PPID",
    kind: "monthly",
    help: "Permohonan informasi/data melalui PPID.",
    measure: { column: "permohonan" },
    columns: [count("permohonan", "Permohonan", { ...SUM, required: true, plausible: 10_000 })],
  },
  {
    key: "amplifikasi",
    tab: "Amplifikasi Pegawai",
    kind: "monthly",
    help: "Amplifikasi media sosial oleh pegawai: realisasi, target, dan jumlah per media sosial.",
    measure: { column: "pegawai" },
    sums: [{ total: "aktivasi", parts: ["kontenTersedia", "likeCommentShare", "kreasiMandiri"] }],
    ratios: [
      { percent: "persenTarget", numerator: "pegawai", denominator: "targetPegawai" },
      { percent: "persenPegawai", numerator: "pegawai", denominator: "totalPegawai" },
    ],
    columns: [
      count("pegawai", "Pegawai", { ...MEAN, required: true }),
      count("aktivasi", "Aktivasi", SUM),
      count("kontenTersedia", "Konten Tersedia", SUM),
      count("likeCommentShare", "Like/Comment/Share", SUM),
      count("kreasiMandiri", "Kreasi Konten Mandiri", SUM),
      count("targetPegawai", "Target Pegawai", { ...LAST, min: 1 }),
      count("totalPegawai", "Total Pegawai", { ...LAST, min: 1 }),
      {
        key: "persenTarget",
        header: "Persen terhadap Target",
        type: "percent",
        ...MEAN,
        min: 0,
        help: "Opsional: bila diisi, dicocokkan dengan Pegawai / Target Pegawai.",
      },
      {
        key: "persenPegawai",
        header: "Persen terhadap Total Pegawai",
        type: "percent",
        ...MEAN,
        min: 0,
        max: 100,
        help: "Opsional: bila diisi, dicocokkan dengan Pegawai / Total Pegawai.",
      },
      {
        key: "triwulanTarget",
        header: "Triwulan Target",
        type: "choice",
        choices: TARGET_QUARTERS,
        help: "Triwulan yang menjadi dasar Target Pegawai, misalnya Q3.",
      },
      ...AMPLIFICATION_PLATFORMS.map((p) =>
        count(p.key, `Media Sosial ${p.label}`, {
          ...SUM,
          help: `Jumlah amplifikasi pegawai di ${p.label}.`,
        }),
      ),
    ],
  },
  {
    key: "kepuasan",
    tab: "Kepuasan",
    kind: "monthly",
    help: "Rata-rata nilai kepuasan pengguna Contact Center (skala 1-5).",
    measure: { column: "rataRata" },
    columns: [
      {
        key: "rataRata",
        header: "Rata-rata Nilai",
        type: "decimal",
        min: 1,
        max: 5,
        required: true,
        ...MEAN,
      },
      count("jumlahPenilaian", "Jumlah Penilaian", SUM),
    ],
  },
  {
    key: "evaluasi",
    tab: "Evaluasi",
    kind: "items",
    help: "Evaluasi dan saran: judul dan uraian. Baris yang diawali '- ' menjadi butir.",
    label: "judul",
    columns: [
      text("judul", "Judul", { required: true, maxLength: LIMIT.name }),
      text("uraian", "Uraian", { required: true, long: true, maxLength: LIMIT.longText }),
    ],
  },
] as const satisfies readonly ChannelDef[];

export type ChannelKey = (typeof REGISTRY)[number]["key"];

/** A channel of the registry: its key is one of the known keys. */
export type RegisteredChannel = ChannelDef & { key: ChannelKey };

/** Every data tab, in workbook (and form) order. */
export const CHANNELS: readonly RegisteredChannel[] = REGISTRY;

const byKey = new Map<string, RegisteredChannel>(CHANNELS.map((c) => [c.key, c]));
const byTab = new Map<string, RegisteredChannel>(CHANNELS.map((c) => [c.tab, c]));

export function channel(key: ChannelKey): RegisteredChannel {
  const found = byKey.get(key);
  if (!found) throw new Error(`Unknown channel ${key}`);
  return found;
}

export function channelByTab(tab: string): RegisteredChannel | undefined {
  return byTab.get(tab);
}

/** Headers of a data tab as they stand in row 1: `Bulan` then the channel's columns. */
export function headersOf(def: ChannelDef): string[] {
  return [MONTH_HEADER, ...def.columns.map((c) => c.header)];
}

export function columnOf(def: ChannelDef, key: string): ColumnDef {
  const found = def.columns.find((c) => c.key === key);
  if (!found) throw new Error(`Unknown column ${key} in ${def.key}`);
  return found;
}
