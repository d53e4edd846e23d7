/**
 * The CLI as staff run it: a child process (`node --import tsx src/node/cli.ts ...`), judged by
 * its exit code, what it prints, and what it writes (or, on every failure, does not write).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { CHANNELS, headersOf } from "../../src/core/workbook/channels";
import { readWorkbook } from "../../src/node/xlsx-read";
import { workbookBuffer, writeWorkbook } from "../../src/node/xlsx-write";
import { CLI_TIMEOUT, cli, type Outcome, ROOT } from "../helpers/run-cli";

const TIMEOUT = CLI_TIMEOUT;

/** No Node stack trace and no English error text reaches the user. */
function expectNoStackTrace(outcome: Outcome): void {
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
  expect(outcome.stderr).not.toMatch(/Error:|TypeError|ERR_/);
}

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laporan-cli-"));
  sample = join(dir, "contoh.xlsx");
  await writeWorkbook(sampleWorkbook(), sample);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh, empty output folder per test. */
async function outDir(): Promise<string> {
  return mkdtemp(join(dir, "out-"));
}

describe("usage", () => {
  it("--help lists the commands and the exit codes", { timeout: TIMEOUT }, async () => {
    const result = await cli("--help");
    expect(result.code).toBe(0);
    for (const command of ["generate", "check", "new-workbook"]) expect(result.stdout).toContain(command);
    expect(result.stdout).toContain("Kode keluar");
  });

  it("each command has its own --help", { timeout: TIMEOUT }, async () => {
    const generate = await cli("generate", "--help");
    expect(generate.code).toBe(0);
    expect(generate.stdout).toContain("--allow-missing");
    expect(generate.stdout).toContain("Laporan-Layanan-Informasi-TTTT-BB.pptx");
    const created = await cli("new-workbook", "-h");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("--force");
  });

  it("an impossible month is a usage error in Indonesian", { timeout: TIMEOUT }, async () => {
    const result = await cli("check", "--workbook", sample, "--month", "2023-13");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Bulan "2023-13" tidak ada');
    // The hint must be a command a user can type as the README says (there is no `laporan` binary).
    expect(result.stderr).toContain('"npm run laporan -- check --help"');
    expect(result.stdout).toBe("");
    expectNoStackTrace(result);
  });

  it("an unknown command, an unknown flag, a missing value, a missing option", {
    timeout: TIMEOUT,
  }, async () => {
    const [command, flag, value, option] = await Promise.all([
      cli("laporkan"),
      cli("check", "--workbook", sample, "--month", "2023-11", "--bulan", "11"),
      cli("generate", "--workbook", sample, "--month"),
      cli("generate", "--month", "2023-11"),
    ]);
    expect([command.code, flag.code, value.code, option.code]).toEqual([2, 2, 2, 2]);
    expect(command.stderr).toContain('Perintah "laporkan" tidak dikenal');
    expect(flag.stderr).toContain("Opsi --bulan tidak dikenal");
    expect(value.stderr).toContain("Opsi --month memerlukan nilai");
    expect(option.stderr).toContain("Opsi --workbook wajib diisi");
    for (const r of [command, flag, value, option]) expectNoStackTrace(r);
  });

  it("a workbook that does not exist is a usage error naming it", { timeout: TIMEOUT }, async () => {
    const result = await cli("check", "--workbook", join(dir, "tidak-ada.xlsx"), "--month", "2023-11");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("tidak-ada.xlsx");
    expectNoStackTrace(result);
  });
});

describe("check", () => {
  it("passes the sample for November 2023, with no error and no progress noise off a terminal", {
    timeout: TIMEOUT,
  }, async () => {
    const result = await cli("check", "--workbook", sample, "--month", "2023-11");
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("Kesalahan");
    expect(result.stderr).not.toContain("Membaca workbook");
  });

  it("prints a broken header as Kesalahan naming tab and column, exit 1", { timeout: TIMEOUT }, async () => {
    const raw = sampleWorkbook();
    const ppid = raw.PPID;
    if (!ppid) throw new Error("sample has no PPID tab");
    ppid.header = ["Bulan", "Jumlah Permohonan"];
    const path = join(dir, "rusak.xlsx");
    await writeWorkbook(raw, path);
    const result = await cli("check", "--workbook", path, "--month", "2023-11");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Kesalahan \(1\):\n {2}- Tab "PPID", .*Jumlah Permohonan/m);
    expectNoStackTrace(result);
  });

  it("lists the tabs without data for the month, exit 3; --allow-missing makes it 0", {
    timeout: TIMEOUT,
  }, async () => {
    const [strict, allowed] = await Promise.all([
      cli("check", "--workbook", sample, "--month", "2023-12"),
      cli("check", "--workbook", sample, "--month", "2023-12", "--allow-missing"),
    ]);
    expect(strict.code).toBe(3);
    expect(strict.stdout).toContain("Peringatan");
    // Every tab feeds a section of the layout, so December (no rows at all) lacks every one.
    for (const c of CHANNELS)
      expect(strict.stdout).toContain(`Tab "${c.tab}" belum diisi untuk Desember 2023`);
    expect(allowed.code).toBe(0);
  });

  it("an error in a month the report does not read blocks only that month, as in Google Sheets", {
    timeout: TIMEOUT,
  }, async () => {
    // Periksa Data and Buat Laporan in Sheets judge only the months a report reads (Jan..M, M-1,
    // M-12); a mistake typed into 2021 must not stop the November 2023 report here either.
    // A typo the parser rejects (2021-05) and a cell the file itself marks as broken (2021-06);
    // May's report does not read June.
    const raw = sampleWorkbook();
    raw.PPID?.rows.unshift(["2021-05", "tiga"], ["2021-06", 4]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBuffer(raw)) as unknown as ExcelJS.Buffer);
    const ppid = workbook.getWorksheet("PPID");
    if (!ppid) throw new Error("no PPID sheet");
    ppid.getCell("B3").value = { error: ExcelJS.ErrorValue.Ref };
    const path = join(dir, "salah-2021.xlsx");
    await workbook.xlsx.writeFile(path);
    const [november, may2021, june2021] = await Promise.all([
      cli("check", "--workbook", path, "--month", "2023-11"),
      cli("check", "--workbook", path, "--month", "2021-05", "--allow-missing"),
      cli("check", "--workbook", path, "--month", "2021-06", "--allow-missing"),
    ]);
    expect(november.code).toBe(0);
    expect(november.stdout).not.toContain("Kesalahan");
    expect(may2021.code).toBe(1);
    expect(may2021.stdout).toMatch(/Kesalahan \(1\):\n {2}- Tab "PPID", baris 2, kolom B .*"tiga"/);
    expect(june2021.code).toBe(1);
    // June's report reads January to June 2021: both rows.
    expect(june2021.stdout).toMatch(/Kesalahan \(\d\):\n {2}- Tab "PPID", sel B3: .*#REF!/);
    expect(june2021.stdout).toContain('"tiga"');
  });

  it("a reader that stops early (| head) gets no stack trace", { timeout: TIMEOUT }, async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/node/cli.ts", "--help"], { cwd: ROOT });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("a file that is not an xlsx: exit 1, one clear message", { timeout: TIMEOUT }, async () => {
    const path = join(dir, "bukan.xlsx");
    await writeFile(path, "ini bukan workbook");
    const result = await cli("check", "--workbook", path, "--month", "2023-11");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^File "bukan.xlsx" tidak dapat dibuka sebagai workbook Excel/);
    expectNoStackTrace(result);
  });
});

describe("new-workbook", () => {
  it("writes the empty workbook, and will not overwrite it without --force", {
    timeout: TIMEOUT,
  }, async () => {
    const path = join(await outDir(), "baru", "workbook.xlsx");
    const first = await cli("new-workbook", "--out", path);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(path);
    const { raw, findings } = await readWorkbook(path);
    expect(findings).toEqual([]);
    for (const def of CHANNELS) expect(raw[def.tab]).toMatchObject({ header: headersOf(def), rows: [] });

    const before = await readFile(path);
    const again = await cli("new-workbook", "--out", path);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await cli("new-workbook", "--out", path, "--force")).code).toBe(0);
  });
});

describe("generate", () => {
  it("writes the November 2023 deck as a pptx and says where", { timeout: TIMEOUT }, async () => {
    const out = await outDir();
    const result = await cli("generate", "--workbook", sample, "--month", "2023-11", "--out", out);
    expect(result.stderr).not.toContain("kesalahan tak terduga");
    expect(result.code).toBe(0);
    const path = join(out, "Laporan-Layanan-Informasi-2023-11.pptx");
    expect(result.stdout.trim()).toBe(`Laporan ditulis: ${path}`);
    const zip = await JSZip.loadAsync(await readFile(path));
    expect(zip.file("ppt/presentation.xml")).not.toBeNull();
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(10);
    expect(await readdir(out)).toEqual(["Laporan-Layanan-Informasi-2023-11.pptx"]);
  });

  it("writes nothing when data has errors (exit 1) or sections are missing (exit 3)", {
    timeout: TIMEOUT,
  }, async () => {
    const raw = sampleWorkbook();
    const kepuasan = raw.Kepuasan;
    if (!kepuasan) throw new Error("sample has no Kepuasan tab");
    kepuasan.rows = kepuasan.rows.map((r) => (r[0] === "2023-11" ? [r[0], 7, ...r.slice(2)] : r));
    const broken = join(dir, "nilai-salah.xlsx");
    await writeWorkbook(raw, broken);
    const [errorsOut, missingOut] = [await outDir(), await outDir()];
    const [errors, missing] = await Promise.all([
      cli("generate", "--workbook", broken, "--month", "2023-11", "--out", errorsOut),
      cli("generate", "--workbook", sample, "--month", "2023-12", "--out", missingOut),
    ]);
    expect(errors.code).toBe(1);
    expect(errors.stderr).toMatch(/Kesalahan \(1\):\n {2}- Tab "Kepuasan", baris \d+, kolom B/);
    expect(errors.stderr).toContain("Laporan tidak dibuat");
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("Belum diisi untuk Desember 2023: Publikasi Website, Webinar");
    expect(missing.stderr).toContain("--allow-missing");
    expect(await readdir(errorsOut)).toEqual([]);
    expect(await readdir(missingOut)).toEqual([]);
    for (const r of [errors, missing]) expectNoStackTrace(r);
  });

  it("a month without Evaluasi rows, or with Twitter and the tickets' time zones empty, is not made silently (exit 3)", {
    timeout: TIMEOUT,
  }, async () => {
    const raw = sampleWorkbook();
    const evaluasi = raw.Evaluasi;
    if (!evaluasi) throw new Error("sample has no Evaluasi tab");
    evaluasi.rows = evaluasi.rows.filter((r) => r[0] !== "2023-11");
    const noEvaluation = join(dir, "tanpa-evaluasi.xlsx");
    await writeWorkbook(raw, noEvaluation);
    const out = await outDir();
    const [november, october] = await Promise.all([
      cli("generate", "--workbook", noEvaluation, "--month", "2023-11", "--out", out),
      cli("check", "--workbook", sample, "--month", "2023-10"),
    ]);
    expect(november.code).toBe(3);
    expect(november.stderr).toContain("Belum diisi untuk November 2023: Evaluasi.");
    expect(await readdir(out)).toEqual([]);
    expect(october.code).toBe(3);
    expect(october.stdout).toContain("Tiket Konsultasi (zona waktu, jam layanan, dan eskalasi), ");
    expect(october.stdout).toContain("Media Sosial (Twitter), ");
    expect(october.stdout).toContain('Tab "Media Sosial": Twitter (kolom Twitter Konten');
    expect(october.stdout).toMatch(/Belum diisi untuk Oktober 2023: .*Evaluasi\./);
    for (const r of [november, october]) expectNoStackTrace(r);
  });

  it("an output folder that cannot be made: exit 4, the reason in Indonesian, nothing left behind", {
    timeout: TIMEOUT,
  }, async () => {
    const parent = await outDir();
    const blocker = join(parent, "laporan");
    await writeFile(blocker, "sebuah file, bukan folder");
    const result = await cli("generate", "--workbook", sample, "--month", "2023-11", "--out", blocker);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      `Tidak dapat menulis "${join(blocker, "Laporan-Layanan-Informasi-2023-11.pptx")}"`,
    );
    expect(result.stderr).toContain("bukan folder");
    expect(result.stdout).toBe("");
    expect(await readdir(parent)).toEqual(["laporan"]);
    expectNoStackTrace(result);
  });

  it("with --allow-missing writes the deck anyway", { timeout: TIMEOUT }, async () => {
    const out = await outDir();
    const result = await cli(
      "generate",
      "--workbook",
      sample,
      "--month",
      "2023-12",
      "--out",
      out,
      "--allow-missing",
    );
    expect(result.stderr).not.toContain("kesalahan tak terduga");
    expect(result.code).toBe(0);
    expect(existsSync(join(out, "Laporan-Layanan-Informasi-2023-12.pptx"))).toBe(true);
  });
});
