/**
 * `check --period` and `generate --period` (a quarter, semester or year): read the workbook,
 * judge the period as the Buat Laporan dialog does (core/judgement/period-check.ts), and write
 * the period's deck. Exit codes as for a month.
 */
import { checkPeriod as judgePeriod } from "../core/judgement/period-check";
import { summarizeMonth } from "../core/judgement/summary";
import {
  lastMonthOf,
  type Period,
  periodKey,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
} from "../core/workbook/periods";
import type { Finding } from "../core/workbook/types";
import type { Command } from "./cli-args";
import { EXIT, hasErrors, type Io, readForCheck, reportPath, writeSafely } from "./cli-commands";
import { formatFindings } from "./cli-findings";

type PeriodCommand<N extends Command["name"]> = Extract<Command, { name: N; period: Period }>;

function findingLines(findings: readonly Finding[], period: Period): string[] {
  if (findings.length === 0) return [`Tidak ada kesalahan atau peringatan untuk ${periodLabel(period)}.`];
  return formatFindings(findings, lastMonthOf(period));
}

async function readAndCheck(command: PeriodCommand<"check" | "generate">, io: Io) {
  const read = await readForCheck(command, io);
  if (typeof read === "number") return read;
  const checked = judgePeriod(read.raw, command.period);
  // The file's own findings (formulas, merged cells) kept by their row's month, as for a month.
  const anchors = [command.period, previousPeriod(command.period), samePeriodLastYear(command.period)];
  const file = [
    ...new Set(
      anchors.flatMap(
        (p) =>
          summarizeMonth(read.raw, lastMonthOf(p), { data: checked.data, findings: read.findings }).findings,
      ),
    ),
  ];
  return { checked, findings: [...file, ...checked.errors, ...checked.warnings] };
}

function missingLine(missing: readonly Finding[], period: Period): string {
  const tabs = missing.map((f) => f.tab ?? "").join(", ");
  return (
    `Ada bulan tanpa data dalam ${periodLabel(period)} untuk: ${tabs}. ` +
    "Isi tab tersebut, atau jalankan dengan --allow-missing agar laporan menyebutkan bulan yang belum ada."
  );
}

export async function checkPeriod(command: PeriodCommand<"check">, io: Io): Promise<number> {
  const read = await readAndCheck(command, io);
  if (typeof read === "number") return read;
  const all = [...read.findings, ...read.checked.missing];
  for (const line of findingLines(all, command.period)) io.out(line);
  if (hasErrors(all)) return EXIT.data;
  if (read.checked.missing.length > 0 && !command.allowMissing) {
    io.out("");
    io.out(missingLine(read.checked.missing, command.period));
    return EXIT.missing;
  }
  return EXIT.ok;
}

export async function generatePeriod(command: PeriodCommand<"generate">, io: Io): Promise<number> {
  const { period } = command;
  const read = await readAndCheck(command, io);
  if (typeof read === "number") return read;
  const { checked, findings } = read;
  if (hasErrors(findings)) {
    for (const line of findingLines(findings, period)) io.err(line);
    io.err("");
    io.err("Laporan tidak dibuat: perbaiki kesalahan di atas, lalu jalankan lagi.");
    return EXIT.data;
  }
  if (checked.missing.length > 0 && !command.allowMissing) {
    io.err(missingLine(checked.missing, period));
    io.err("Laporan tidak dibuat.");
    return EXIT.missing;
  }
  const warnings = [...findings, ...checked.missing];
  if (warnings.length > 0) for (const line of findingLines(warnings, period)) io.err(line);

  io.progress("Menyusun slide...");
  const { buildPeriodDeck } = await import("../report/period/layout");
  const deck = buildPeriodDeck(checked.data, period, { missingMonths: checked.missingMonths });

  io.progress("Menulis PPTX...");
  const { renderPptx } = await import("./pptx");
  const pptx = await renderPptx(deck, { unitName: String(checked.data.settings.namaUnit) });
  const path = reportPath(command.out, periodKey(period));
  if (!(await writeSafely(path, pptx, io))) return EXIT.failure;
  io.out(`Laporan ditulis: ${path}`);
  return EXIT.ok;
}
