/**
 * The CLI's command line: commands, their options (node:util parseArgs), Indonesian help, and
 * every mistake in it as an Indonesian message (a UsageError), never Node's English one.
 */
import { parseArgs } from "node:util";
import { type Month, parseMonth } from "../core/workbook/period";
import { type Period, parsePeriod } from "../core/workbook/periods";

/** How the README runs the CLI: there is no installed `laporan` command. */
export const PROGRAM = "npm run laporan --";

export type Command =
  | { name: "help"; topic?: CommandName }
  | { name: "generate"; workbook: string; month: Month; out: string; allowMissing: boolean }
  | { name: "check"; workbook: string; month: Month; allowMissing: boolean }
  /** `--period 2023-Q3`, `2023-S2`, `2023` (a month given as `--period 2023-11` is the month's command). */
  | { name: "generate"; workbook: string; period: Period; out: string; allowMissing: boolean }
  | { name: "check"; workbook: string; period: Period; allowMissing: boolean }
  | { name: "new-workbook"; out: string; force: boolean };

export type CommandName = "generate" | "check" | "new-workbook";

/** A mistake on the command line: exit code 2, the message and a pointer to the help. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

const EXIT_CODES = `Kode keluar:
  0  berhasil
  1  data workbook bermasalah (kesalahan dicetak, tidak ada file yang ditulis)
  2  perintah atau opsi salah (misalnya bulan 2023-13)
  3  ada bagian laporan yang belum diisi untuk bulan itu (tanpa --allow-missing)
  4  gagal menulis file atau kesalahan tak terduga`;

export const HELP: Record<"main" | CommandName, string> = {
  main: `Laporan Layanan Informasi: workbook (.xlsx) masuk, presentasi (.pptx) keluar.

Pemakaian:
  ${PROGRAM} generate --workbook FILE --month TTTT-BB [--out FOLDER|FILE.pptx] [--allow-missing]
  ${PROGRAM} generate --workbook FILE --period PERIODE [--out FOLDER|FILE.pptx] [--allow-missing]
  ${PROGRAM} check --workbook FILE --month TTTT-BB|--period PERIODE [--allow-missing]
  ${PROGRAM} new-workbook --out FILE [--force]

Perintah:
  generate      menyusun laporan bulanan, triwulanan, semesteran, atau tahunan menjadi file .pptx
  check         memeriksa data workbook untuk satu bulan atau periode tanpa menulis apa pun
  new-workbook  membuat workbook kosong (judul kolom dan Pengaturan bawaan)

Ketik "${PROGRAM} PERINTAH --help" untuk keterangan tiap perintah.

${EXIT_CODES}`,
  generate: `Pemakaian: ${PROGRAM} generate --workbook FILE --month TTTT-BB [--out FOLDER|FILE.pptx] [--allow-missing]

Menyusun laporan bulan TTTT-BB dari workbook (.xlsx, unduhan Google Sheets) dan menulis
FOLDER/Laporan-Layanan-Informasi-TTTT-BB.pptx, atau FILE.pptx bila --out berakhiran .pptx.
Dengan --period, laporan periode itu (angka tiap kanal dijumlahkan, diambil dari bulan terakhir,
atau dirata-rata sesuai jenis angkanya) ditulis ke Laporan-Layanan-Informasi-PERIODE.pptx.

Opsi:
  --workbook FILE    workbook .xlsx yang dibaca (wajib; file biasa, paling besar 50 MB)
  --month TTTT-BB    bulan laporan, misalnya 2023-11
  --period PERIODE   atau periode laporan: 2023-Q3 (triwulan III), 2023-S2 (semester II),
                     2023 (tahun); tulis --month atau --period
  --out FOLDER       folder tujuan (bawaan: out), atau nama file .pptx
  --allow-missing    tetap menyusun laporan bila ada tab yang belum diisi untuk bulan itu;
                     laporan menyebutkan bagian yang belum diisi
  -h, --help         menampilkan keterangan ini

${EXIT_CODES}`,
  check: `Pemakaian: ${PROGRAM} check --workbook FILE --month TTTT-BB [--allow-missing]

Memeriksa workbook untuk bulan TTTT-BB seperti Periksa Data di Google Sheets: tab dan judul kolom,
isi sel bulan-bulan yang dibaca laporan (Januari sampai bulan itu, bulan sebelumnya, dan bulan yang
sama tahun lalu), serta kecocokan antarangka (total, persentase). Hasilnya dikelompokkan menjadi
Kesalahan dan Peringatan.

Opsi:
  --workbook FILE    workbook .xlsx yang diperiksa (wajib)
  --month TTTT-BB    bulan yang diperiksa, misalnya 2023-11
  --period PERIODE   atau periode yang diperiksa: 2023-Q3, 2023-S2, 2023; setiap bulan di
                     dalamnya yang belum diisi disebutkan per tab
  --allow-missing    tab yang belum diisi untuk bulan itu hanya menjadi peringatan (kode keluar 0)
  -h, --help         menampilkan keterangan ini

${EXIT_CODES}`,
  "new-workbook": `Pemakaian: ${PROGRAM} new-workbook --out FILE [--force]

Membuat workbook .xlsx kosong untuk unit yang baru mulai: satu tab per kanal layanan dengan judul
kolomnya, tab Pengaturan berisi nilai bawaan, tab Riwayat dan Log. Unggah ke Google Drive dan buka
dengan Google Sheets, atau isi langsung di Excel.

Opsi:
  --out FILE         file .xlsx yang ditulis (wajib)
  --force            menimpa FILE bila sudah ada
  -h, --help         menampilkan keterangan ini

${EXIT_CODES}`,
};

const COMMANDS: readonly CommandName[] = ["generate", "check", "new-workbook"];

const OPTIONS = {
  generate: {
    workbook: { type: "string" },
    month: { type: "string" },
    period: { type: "string" },
    out: { type: "string" },
    "allow-missing": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  check: {
    workbook: { type: "string" },
    month: { type: "string" },
    period: { type: "string" },
    "allow-missing": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  "new-workbook": {
    out: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
} as const;

export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined)
    throw new UsageError("Perintah belum ditulis; pilih generate, check, atau new-workbook.");
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    return isCommand(topic) ? { name: "help", topic } : { name: "help" };
  }
  if (!isCommand(first)) {
    throw new UsageError(`Perintah "${first}" tidak dikenal; pilih generate, check, atau new-workbook.`);
  }
  const values = readOptions(first, rest);
  if (values.help) return { name: "help", topic: first };

  if (first === "new-workbook") {
    return { name: first, out: required(values.out, "--out", first), force: values.force === true };
  }
  const workbook = required(values.workbook, "--workbook", first);
  const when = whenOption(values, first);
  const allowMissing = values["allow-missing"] === true;
  if (first === "check") return { name: first, workbook, ...when, allowMissing };
  const out = values.out ?? "out";
  if (out.trim() === "") throw new UsageError("Opsi --out tidak boleh kosong.", first);
  return { name: first, workbook, ...when, out, allowMissing };
}

function isCommand(value: string | undefined): value is CommandName {
  return COMMANDS.includes(value as CommandName);
}

interface OptionValues {
  workbook?: string;
  month?: string;
  period?: string;
  out?: string;
  "allow-missing"?: boolean;
  force?: boolean;
  help?: boolean;
}

function readOptions(command: CommandName, args: string[]): OptionValues {
  try {
    const { values } = parseArgs({ args, options: OPTIONS[command], strict: true, allowPositionals: false });
    return values as OptionValues;
  } catch (error) {
    throw new UsageError(translate(error, command), command);
  }
}

/** Node's parseArgs errors, said in Indonesian. */
function translate(error: unknown, command: CommandName): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Opsi ${quoted ?? ""} tidak dikenal untuk perintah ${command}.`.replace("  ", " ");
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = /--[\w-]+/.exec(message)?.[0] ?? "opsi";
      return `Opsi ${option} memerlukan nilai, misalnya ${example(option)}.`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argumen "${quoted ?? ""}" tidak dikenal; setiap nilai ditulis sesudah nama opsinya, misalnya --month 2023-11.`;
    default:
      return `Perintah tidak dapat dibaca: ${message}`;
  }
}

function example(option: string): string {
  switch (option) {
    case "--month":
      return "--month 2023-11";
    case "--period":
      return "--period 2023-Q3";
    case "--workbook":
      return "--workbook workbook.xlsx";
    default:
      return `${option} out`;
  }
}

function required(value: string | undefined, option: string, command: CommandName): string {
  if (value === undefined || value.trim() === "") {
    throw new UsageError(`Opsi ${option} wajib diisi, misalnya ${example(option)}.`, command);
  }
  return value;
}

function monthOption(value: string | undefined, command: CommandName): Month {
  const result = parseMonth(required(value, "--month", command));
  if (!result.ok) throw new UsageError(result.message, command);
  return result.month;
}

/** `--month`, or `--period` (a month key there is the month's report, as with --month). */
function whenOption(values: OptionValues, command: CommandName): { month: Month } | { period: Period } {
  if (values.period === undefined) return { month: monthOption(values.month, command) };
  if (values.month !== undefined) {
    throw new UsageError("Tulis --month atau --period, tidak keduanya.", command);
  }
  const result = parsePeriod(required(values.period, "--period", command));
  if (!result.ok) throw new UsageError(result.message, command);
  if (result.period.kind === "month") return { month: monthOption(values.period, command) };
  return { period: result.period };
}
