/**
 * `--period` on the command line, as staff run it: the sample's 2023 rows (January to November)
 * give the year's deck with --allow-missing, December listed as missing; check --period judges
 * the same; --month works as before; mistakes are usage errors in Indonesian.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { writeWorkbook } from "../../src/node/xlsx-write";
import { readPptx } from "../helpers/pptx-text";
import { CLI_TIMEOUT, cli } from "../helpers/run-cli";

const TIMEOUT = CLI_TIMEOUT;
let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laporan-periode-"));
  sample = join(dir, "contoh.xlsx");
  await writeWorkbook(sampleWorkbook(), sample);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--period", () => {
  it("--help shows --period for generate and check, with its three forms", { timeout: TIMEOUT }, async () => {
    const [main, generate, check] = await Promise.all([
      cli("--help"),
      cli("generate", "--help"),
      cli("check", "--help"),
    ]);
    expect(main.stdout).toContain("generate --workbook FILE --period PERIODE");
    for (const help of [generate, check]) {
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/--period PERIODE .*2023-Q3.*2023-S2/s);
    }
  });

  it("check --period 2023 lists December as missing (exit 3); --allow-missing makes it 0", {
    timeout: TIMEOUT,
  }, async () => {
    const [strict, allowed] = await Promise.all([
      cli("check", "--workbook", sample, "--period", "2023"),
      cli("check", "--workbook", sample, "--period", "2023", "--allow-missing"),
    ]);
    expect(strict.code).toBe(3);
    expect(strict.stdout).toContain('Tab "PPID" belum diisi untuk Desember 2023 (Tahun 2023).');
    expect(strict.stdout).toContain("Ada bulan tanpa data dalam Tahun 2023");
    expect(allowed.code).toBe(0);
  });

  it("generate --period 2023 --allow-missing writes the year's deck; without it nothing is written", {
    timeout: TIMEOUT,
  }, async () => {
    const out = join(dir, "out");
    const refused = await cli("generate", "--workbook", sample, "--period", "2023", "--out", out);
    expect(refused.code).toBe(3);
    const made = await cli(
      "generate",
      "--workbook",
      sample,
      "--period",
      "2023",
      "--out",
      out,
      "--allow-missing",
    );
    expect(made.code).toBe(0);
    const path = join(out, "Laporan-Layanan-Informasi-2023.pptx");
    expect(made.stdout).toContain(path);
    const slides = await readPptx(await readFile(path));
    const all = slides.map((s) => s.text).join("\n");
    expect(all).toContain("Tahun 2023");
    // The seed's year-to-date figures are the year's sums (January to November).
    expect(all).toContain("Pada Tahun 2023 terdapat 111 publikasi pada Website DJPK.");
    expect(all).toContain("PPID: Desember 2023");
  });

  it("a quarter and a semester get their own file names", { timeout: TIMEOUT }, async () => {
    const out = join(dir, "q");
    const [q3, s2] = await Promise.all([
      cli("generate", "--workbook", sample, "--period", "2023-Q3", "--out", out, "--allow-missing"),
      cli(
        "generate",
        "--workbook",
        sample,
        "--period",
        "2023-S2",
        "--out",
        join(out, "semester.pptx"),
        "--allow-missing",
      ),
    ]);
    expect([q3.code, s2.code]).toEqual([0, 0]);
    expect(q3.stdout).toContain(join(out, "Laporan-Layanan-Informasi-2023-Q3.pptx"));
    expect(s2.stdout).toContain(join(out, "semester.pptx"));
  });

  it("a bad period, or both --month and --period, is a usage error in Indonesian", {
    timeout: TIMEOUT,
  }, async () => {
    const [bad, both] = await Promise.all([
      cli("check", "--workbook", sample, "--period", "2023-Q5"),
      cli("check", "--workbook", sample, "--period", "2023-Q3", "--month", "2023-11"),
    ]);
    expect([bad.code, both.code]).toEqual([2, 2]);
    expect(bad.stderr).toContain("Q1 sampai Q4");
    expect(both.stderr).toContain("Tulis --month atau --period, tidak keduanya.");
  });
});
