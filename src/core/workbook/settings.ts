/**
 * The `Pengaturan` tab: one row per setting (`Pengaturan`, `Nilai`, `Keterangan`). Like the
 * channel registry, this list is the single source of the tab's rows and of their parsing.
 */
import { menuPath, REMINDER_ITEM } from "../entry/menu-path";

export interface SettingDef {
  key: string;
  label: string;
  type: "text" | "count" | "choice";
  choices?: readonly string[];
  defaultValue: string | number;
  help: string;
  /** Most characters a text setting takes: what its place in the deck (title, cover, contacts) can show. */
  maxLength?: number;
  /** Not shown in the deck (the e-mail settings): checked where it is used, its limit only a sanity bound. */
  offSlide?: boolean;
  /**
   * The unit's own name: a missing row or an empty cell is an error, never the default (DJPK's
   * name, which would put another unit's name on the deck and in the e-mail without a word).
   */
  required?: boolean;
}

export const SETTINGS_TAB = "Pengaturan";
export const SETTINGS_HEADERS = ["Pengaturan", "Nilai", "Keterangan"] as const;

export const SHARING_CHOICES = [
  "Domain - dapat melihat",
  "Siapa saja dengan tautan - dapat melihat",
  "Tidak dibagikan",
] as const;

export const SETTINGS = [
  {
    key: "namaUnit",
    label: "Nama Unit",
    type: "text",
    defaultValue: "Direktorat Jenderal Perimbangan Keuangan",
    maxLength: 80,
    required: true,
    help: "Nama lengkap unit di sampul laporan.",
  },
  {
    key: "singkatanUnit",
    label: "Singkatan Unit",
    type: "text",
    defaultValue: "DJPK",
    maxLength: 20,
    required: true,
    help: "Dipakai di judul slide, misalnya 'Publikasi Website DJPK'.",
  },
  {
    key: "templatePresentasi",
    label: "ID Presentasi Template",
    type: "text",
    defaultValue: "",
    maxLength: 200,
    help: "Opsional: ID Google Slides yang disalin sebagai dasar laporan (branding unit).",
  },
  {
    key: "folderDrive",
    label: "ID Folder Drive",
    type: "text",
    defaultValue: "",
    maxLength: 200,
    help: "Opsional: folder tempat laporan disimpan. Kosong = folder utama Drive Anda.",
  },
  {
    key: "berbagi",
    label: "Berbagi Laporan",
    type: "choice",
    choices: SHARING_CHOICES,
    defaultValue: SHARING_CHOICES[0],
    help: "Siapa yang dapat membuka tautan laporan.",
  },
  {
    key: "eksporPdf",
    label: "Ekspor PDF",
    type: "choice",
    choices: ["Ya", "Tidak"],
    defaultValue: "Tidak",
    help: "Ya = simpan juga salinan PDF di folder yang sama.",
  },
  {
    key: "batasTamuTatapMuka",
    label: "Batas Tamu Tatap Muka",
    type: "count",
    defaultValue: 5,
    help: "Jumlah tamu maksimal per konsultasi tatap muka; kunjungan di atasnya dicatat di laporan.",
  },
  {
    key: "suratTatapMuka",
    label: "Surat Ketentuan Tatap Muka",
    type: "text",
    defaultValue: "S-38/PK/2023",
    maxLength: 60,
    help: "Nomor surat yang mengatur konsultasi tatap muka; disebut bersama batas tamu di laporan.",
  },
  {
    key: "minPenilaianPerAgen",
    label: "Minimal Penilaian per Agen",
    type: "count",
    defaultValue: 5,
    help: "Aturan survei kepuasan yang disebut di laporan.",
  },
  {
    key: "telepon",
    label: "Telepon",
    type: "text",
    defaultValue: "150420",
    maxLength: 40,
    help: "Nomor layanan telepon (Dering DJPK).",
  },
  {
    key: "namaLayananTelepon",
    label: "Nama Layanan Telepon",
    type: "text",
    defaultValue: "Dering DJPK",
    maxLength: 36,
    help: "",
  },
  {
    key: "aplikasiAgenTelepon",
    label: "Aplikasi Agen Telepon",
    type: "text",
    defaultValue: "Avaya Agent Desktop, Avaya One-X Communicator",
    maxLength: 150,
    help: "Aplikasi yang dipakai agen layanan telepon, dipisah koma; disebut di slide layanan telepon.",
  },
  {
    key: "whatsapp",
    label: "WhatsApp",
    type: "text",
    defaultValue: "0811-150420-7",
    maxLength: 40,
    help: "Nomor WhatsApp layanan.",
  },
  {
    key: "liveChat",
    label: "Situs Live Chat",
    type: "text",
    defaultValue: "contact-djpk.kemenkeu.go.id",
    maxLength: 80,
    help: "",
  },
  {
    key: "videoConference",
    label: "Video Conference",
    type: "text",
    defaultValue: "Call Center DJPK",
    maxLength: 60,
    help: "",
  },
  { key: "instagram", label: "Instagram", type: "text", defaultValue: "@ditjenpk", maxLength: 60, help: "" },
  { key: "twitter", label: "Twitter", type: "text", defaultValue: "@DitjenPK", maxLength: 60, help: "" },
  {
    key: "facebook",
    label: "Facebook",
    type: "text",
    defaultValue: "Direktorat Jenderal Perimbangan Keuangan",
    maxLength: 80,
    help: "",
  },
  {
    key: "youtube",
    label: "YouTube",
    type: "text",
    defaultValue: "DitjenPK Kemenkeu RI",
    maxLength: 80,
    help: "",
  },
  {
    key: "emailCallCenter",
    label: "Email Call Center",
    type: "text",
    defaultValue: "callcenter.djpk@kemenkeu.go.id",
    maxLength: 80,
    help: "",
  },
  {
    key: "emailLaporan",
    label: "Email Laporan",
    type: "text",
    defaultValue: "lapor.djpk@kemenkeu.go.id",
    maxLength: 80,
    help: "",
  },
  {
    key: "penerimaLaporan",
    label: "Penerima Laporan",
    type: "text",
    offSlide: true,
    maxLength: 2000,
    defaultValue: "",
    help: "Alamat e-mail pimpinan untuk Kirim ke pimpinan: satu per baris atau dipisah koma.",
  },
  {
    key: "pesanPengantar",
    label: "Pesan Pengantar",
    type: "text",
    offSlide: true,
    maxLength: 2000,
    defaultValue: "",
    help: "Opsional: pesan pembuka e-mail laporan.",
  },
  {
    key: "tanggalPengingat",
    label: "Tanggal Pengingat",
    // Text here, checked by core/mail/mail-settings.ts: a wrong day must stop the reminder, not the deck.
    type: "text",
    offSlide: true,
    maxLength: 10,
    defaultValue: "3",
    help: `Tanggal (1-28) setiap bulan untuk pengingat data bulan lalu (menu ${menuPath(REMINDER_ITEM)}).`,
  },
  {
    key: "penerimaPengingat",
    label: "Penerima Pengingat",
    type: "text",
    offSlide: true,
    maxLength: 2000,
    defaultValue: "",
    help: "Alamat e-mail staf yang diingatkan: satu per baris atau dipisah koma.",
  },
] as const satisfies readonly SettingDef[];

export type SettingKey = (typeof SETTINGS)[number]["key"];
export type Settings = { [K in SettingKey]: string | number };
