/**
 * What each CLI command does, with its output going through `Io` (so tests and the entry decide
 * where lines go) and its outcome as an exit code. Nothing here throws to the caller.
 */
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
// Pure (core only): the check Buat Laporan and Periksa Data run in Sheets, so both judge a month alike.
import { missingLabel } from "../core/judgement/needs";
import { checkMonth, missingKeys } from "../core/judgement/report-check";
import { summarizeMonth } from "../core/judgement/summary";
import type { WorkbookData } from "../core/workbook/data";
import { newWorkbook } from "../core/workbook/new-workbook";
import { type Month, monthLabel } from "../core/workbook/period";
import type { Finding } from "../core/workbook/types";
import { type Command, type CommandName, HELP, PROGRAM, parseCommand, UsageError } from "./cli-args";
import { formatFindings } from "./cli-findings";
import { checkPeriod, generatePeriod } from "./cli-period";
import { type ReadResult, readWorkbook, UNREADABLE_FILE } from "./xlsx-read";
import { workbookBuffer } from "./xlsx-write";

export const EXIT = { ok: 0, data: 1, usage: 2, missing: 3, failure: 4 } as const;

export interface Io {
  /** Results: the findings of `check`, the path of a written file. */
  out(line: string): void;
  /** Problems and warnings. */
  err(line: string): void;
  /** Stage lines (`Membaca workbook...`); the entry shows them only on a terminal. */
  progress(line: string): void;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    return usage(error, io);
  }
  try {
    switch (command.name) {
      case "help":
        io.out(HELP[command.topic ?? "main"]);
        return EXIT.ok;
      case "check":
        return "period" in command ? await checkPeriod(command, io) : await check(command, io);
      case "generate":
        return "period" in command ? await generatePeriod(command, io) : await generate(command, io);
      case "new-workbook":
        return await createWorkbook(command, io);
    }
  } catch (error) {
    return usage(error, io);
  }
}

/** A UsageError's message and where to get help; anything else in one line, never a stack trace. */
function usage(error: unknown, io: Io): number {
  if (!(error instanceof UsageError)) {
    io.err(`Terjadi kesalahan tak terduga: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
  io.err(error.message);
  io.err(`Ketik "${PROGRAM}${error.command ? ` ${error.command}` : ""} --help" untuk cara pemakaian.`);
  return EXIT.usage;
}

interface Checked {
  data: WorkbookData;
  /** The file's findings, then parse findings of the months the report reads and the consistency checks. */
  findings: Finding[];
  /** One warning per section the report needs that has no data for the month. */
  missing: Finding[];
}

/** A month's `check` or `generate` (a period's are in cli-period.ts). */
type MonthCommand<N extends Command["name"]> = Extract<Command, { name: N; month: Month }>;

/**
 * Reads the workbook of a `check` or `generate` (a month's or a period's): a file that cannot be
 * opened is a usage error; a workbook without one readable tab is an exit code.
 */
export async function readForCheck(
  command: { name: CommandName; workbook: string },
  io: Io,
): Promise<ReadResult | number> {
  io.progress("Membaca workbook...");
  const read = await readWorkbook(command.workbook);
  if (read.findings.some((f) => UNREADABLE_FILE.has(f.code))) {
    throw new UsageError(read.findings.map((f) => f.message).join(" "), command.name);
  }
  if (Object.keys(read.raw).length === 0) {
    for (const f of read.findings) io.err(f.message);
    return EXIT.data;
  }
  io.progress("Memeriksa data...");
  return read;
}

/** Reads and checks the workbook for the month; an exit code when it cannot be read at all. */
async function readAndCheck(command: MonthCommand<"check" | "generate">, io: Io): Promise<Checked | number> {
  const { month } = command;
  const read = await readForCheck(command, io);
  if (typeof read === "number") return read;
  const { data, errors, warnings, missing } = checkMonth(read.raw, month);
  // The file's own findings (formulas, merged cells, #REF!) are kept or dropped by their row's month
  // as the parser's are: Sheets would hand those cells to the parser, which checkMonth judges so.
  const file = summarizeMonth(read.raw, month, { data, findings: read.findings }).findings;
  return { data, findings: [...file, ...errors, ...warnings], missing };
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === "error");

function missingLine(missing: readonly Finding[], month: Month): string {
  const parts = missing.map(missingLabel).join(", ");
  return (
    `Belum diisi untuk ${monthLabel(month)}: ${parts}. ` +
    "Isi data tersebut, atau jalankan dengan --allow-missing agar laporan menyebutkan bagian yang belum ada."
  );
}

async function check(command: MonthCommand<"check">, io: Io): Promise<number> {
  const checked = await readAndCheck(command, io);
  if (typeof checked === "number") return checked;
  const all = [...checked.findings, ...checked.missing];
  for (const line of formatFindings(all, command.month)) io.out(line);
  if (hasErrors(all)) return EXIT.data;
  if (checked.missing.length > 0 && !command.allowMissing) {
    io.out("");
    io.out(missingLine(checked.missing, command.month));
    return EXIT.missing;
  }
  return EXIT.ok;
}

/** `month` is a month, or a period's key (`2023-Q3`, `2023`). */
export function reportFileName(month: string): string {
  return `Laporan-Layanan-Informasi-${month}.pptx`;
}

/** `--out report.pptx` is the file itself; any other `--out` is the folder the report goes into. */
export function reportPath(out: string, month: string): string {
  return out.toLowerCase().endsWith(".pptx") ? out : join(out, reportFileName(month));
}

async function generate(command: MonthCommand<"generate">, io: Io): Promise<number> {
  const { month } = command;
  const checked = await readAndCheck(command, io);
  if (typeof checked === "number") return checked;
  const { data, findings, missing } = checked;

  if (hasErrors(findings)) {
    for (const line of formatFindings(findings, month)) io.err(line);
    io.err("");
    io.err("Laporan tidak dibuat: perbaiki kesalahan di atas, lalu jalankan lagi.");
    return EXIT.data;
  }
  if (missing.length > 0 && !command.allowMissing) {
    io.err(missingLine(missing, month));
    io.err("Laporan tidak dibuat.");
    return EXIT.missing;
  }
  const warnings = [...findings, ...missing];
  if (warnings.length > 0) for (const line of formatFindings(warnings, month)) io.err(line);

  io.progress("Menyusun slide...");
  // Loaded here so that `check` and `new-workbook` never pay for the deck and the renderer.
  const { buildDeck } = await import("../report/layout");
  const deck = buildDeck(data, month, { missing: missingKeys(missing) });

  io.progress("Menulis PPTX...");
  const { renderPptx } = await import("./pptx");
  const pptx = await renderPptx(deck, { unitName: String(data.settings.namaUnit) });
  const path = reportPath(command.out, month);
  const written = await writeSafely(path, pptx, io);
  if (!written) return EXIT.failure;
  io.out(`Laporan ditulis: ${path}`);
  return EXIT.ok;
}

async function createWorkbook(command: Extract<Command, { name: "new-workbook" }>, io: Io): Promise<number> {
  if (!command.out.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(`Nama file "${command.out}" harus berakhiran .xlsx.`, "new-workbook");
  }
  if (!command.force && (await exists(command.out))) {
    throw new UsageError(
      `File "${command.out}" sudah ada dan tidak ditimpa; pakai --force untuk menimpanya.`,
      "new-workbook",
    );
  }
  const written = await writeSafely(command.out, await workbookBuffer(newWorkbook()), io);
  if (!written) return EXIT.failure;
  io.out(`Workbook kosong ditulis: ${command.out}`);
  return EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes next to the target, then renames: a failed write never leaves half a file behind. */
export async function writeSafely(path: string, content: Buffer, io: Io): Promise<boolean> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
    return true;
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    io.err(`Tidak dapat menulis "${path}": ${writeFailure(error)}.`);
    return false;
  }
}

/** Why a write failed, in Indonesian; the system's code stays in brackets for whoever helps. */
function writeFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const reasons: Record<string, string> = {
    EACCES: "tidak ada izin menulis di sana",
    EPERM: "tidak ada izin menulis di sana",
    EEXIST: "bagian dari jalurnya adalah file, bukan folder",
    ENOTDIR: "bagian dari jalurnya adalah file, bukan folder",
    EISDIR: "sudah ada folder dengan nama itu",
    ENOSPC: "ruang disk penuh",
    EROFS: "disk hanya dapat dibaca",
    ENAMETOOLONG: "nama file terlalu panjang",
  };
  const reason = code ? reasons[code] : undefined;
  if (reason) return `${reason} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}
