/**
 * What a failed google.script.run call shows staff (in the sidebar and the Buat Laporan dialog):
 * a readable Indonesian sentence, never an `Error: ... ScriptError` dump. Our server code throws
 * Indonesian messages, which are shown; Apps Script's own English errors are translated or
 * replaced by a general sentence.
 */
import { TOOL_MENU_PATH } from "../core/entry/menu-path";

export type Action = "memuat" | "menyimpan" | "membuka-laporan" | "memeriksa" | "membuat-laporan";

/** What failed, as the sentence names it: `Gagal memuat data`. */
const WHAT: Record<Action, string> = {
  memuat: "memuat data",
  menyimpan: "menyimpan data",
  "membuka-laporan": "membuka dialog Buat Laporan",
  memeriksa: "memeriksa data",
  "membuat-laporan": "membuat laporan",
};

const KNOWN: readonly { pattern: RegExp; message: string }[] = [
  {
    pattern: /authori[sz]ation|permission|izin/i,
    message: `Akses ditolak: akun Anda belum diberi izin untuk skrip ini. Buka lagi dari menu ${TOOL_MENU_PATH} dan setujui izinnya.`,
  },
  {
    pattern: /maximum execution time|timed? ?out|waktu habis/i,
    message: "Server terlalu lama menjawab. Coba lagi sebentar lagi.",
  },
  {
    pattern: /network|connection|HTTP 0|offline/i,
    message: "Koneksi ke Google terputus. Periksa jaringan, lalu coba lagi.",
  },
  {
    pattern: /too many|quota|rate limit|service invoked too many times/i,
    message: "Batas pemakaian layanan Google tercapai. Tunggu beberapa menit, lalu coba lagi.",
  },
];

/** Words that show a message was written for staff (by our server code), not by the runtime. */
const INDONESIAN = /\b(bulan|tidak|tab|kolom|baris|isi|harus|sudah|belum|gagal|silakan|kanal)\b/i;

function rawMessage(error: unknown): string {
  if (typeof error === "string") return error;
  if (error !== null && typeof error === "object" && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string") return message;
  }
  return "";
}

/** The first line without runtime prefixes such as `Error:`, `Exception:` or `ScriptError:`. */
export function cleanMessage(error: unknown): string {
  const firstLine = rawMessage(error).split("\n")[0] ?? "";
  return firstLine.replace(/^(\s*[A-Za-z]*(Error|Exception)\s*:\s*)+/, "").trim();
}

export function failureMessage(error: unknown, action: Action): string {
  // The server may already say what failed (`Gagal memuat data: ...`); the page says it once.
  const detail = cleanMessage(error).replace(/^Gagal [a-z]+ (data|laporan):\s*/i, "");
  const known = KNOWN.find((k) => k.pattern.test(detail));
  if (known) return known.message;
  const general = `Gagal ${WHAT[action]}. Coba lagi; bila terus terjadi, hubungi pengelola workbook.`;
  if (detail !== "" && INDONESIAN.test(detail) && !/\bundefined\b|\bnull\b/.test(detail)) {
    return `Gagal ${WHAT[action]}: ${detail}`;
  }
  return general;
}
