/**
 * Issue 19, item 11: no .xlsx crashes the CLI or makes it use more than about 2 GB. The CLI runs
 * as a child process with a 2 GB heap (`--max-old-space-size=2048`): a V8 out-of-memory dump
 * would be exit 134; a refusal is exit 2 with an Indonesian message. Hostile files are built here.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { checkXlsxLimits, MAX_CELLS, MAX_INFLATED_MB } from "../../src/node/xlsx-limits";
import { readWorkbook } from "../../src/node/xlsx-read";
import { workbookBuffer } from "../../src/node/xlsx-write";
import { CLI_TIMEOUT, type Outcome, ROOT } from "../helpers/run-cli";

const HEAP_MB = 2048;

/** The CLI as run-cli.ts runs it, with the heap bounded to 2 GB. */
function boundedCli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", "src/node/cli.ts", ...args],
      { cwd: ROOT, timeout: CLI_TIMEOUT * 2 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
let sample: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laporan-cli-limits-"));
  sample = await workbookBuffer(sampleWorkbook());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The sample workbook with one more cell, written straight into the PPID tab's XML. */
async function withStrayCell(ref: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sample);
  const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const rid = /<sheet [^>]*name="PPID"[^>]*r:id="([^"]+)"/.exec(book)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  const part = `xl/${target.replace(/^\/?(xl\/)?/, "")}`;
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const row = /\d+$/.exec(ref)?.[0];
  const stray = `<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>sisa</t></is></c></row>`;
  if (!xml.includes("</sheetData>")) throw new Error(`no sheetData in ${part}`);
  zip.file(
    part,
    xml.replace(/<dimension ref="[^"]*"\/>/, "").replace("</sheetData>", `${stray}</sheetData>`),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A valid-looking workbook with one part that inflates to more than the limit (zeros compress ~1000:1). */
async function zipBomb(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sample);
  zip.file("xl/media/isi.bin", Buffer.alloc((MAX_INFLATED_MB + 8) * 1024 * 1024));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

describe("limits read from the zip before it is loaded", () => {
  it("the sample workbook passes", () => {
    expect(checkXlsxLimits(sample, "contoh.xlsx")).toBeUndefined();
  });

  it("one cell at XFD1048576 makes a workbook past Google Sheets' 10 million cells: refused, naming tab and cell", async () => {
    const refusal = checkXlsxLimits(await withStrayCell("XFD1048576"), "jauh.xlsx");
    expect(refusal?.code).toBe("workbook-too-many-cells");
    expect(refusal?.message).toContain(`melebihi ${(MAX_CELLS / 1e6).toFixed(0)}.000.000 sel`);
    expect(refusal?.message).toContain('Tab "PPID" berisi sel sampai XFD1048576');
  });

  it("a stray cell within the limit is read sparsely: the tab's rows stop at it, no cell up to it is made", {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const read = await readWorkbook(await withStrayCell("Z300000"));
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    const ppid = read.raw.PPID;
    expect(ppid?.rows).toHaveLength(300_000 - 1);
    expect(ppid?.rows[300_000 - 2]?.[25]).toBe("sisa");
    // Rows in between are the header's width, not the stray cell's.
    expect(ppid?.rows[1000]).toEqual(["", ""]);
  });

  it(`a part inflating past ${MAX_INFLATED_MB} MB is refused before it is inflated whole`, async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refusal = checkXlsxLimits(bomb, "bom.xlsx");
    expect(refusal?.code).toBe("workbook-inflates-too-much");
    expect(refusal?.message).toContain(`melebihi ${MAX_INFLATED_MB} MB`);
  });

  it("a file that is no zip is refused as not an .xlsx", () => {
    expect(checkXlsxLimits(Buffer.from("bukan zip"), "x.xlsx")?.code).toBe("not-xlsx");
  });
});

describe("the CLI with a 2 GB heap", () => {
  it("a small file with one cell at XFD1048576: exit 2 and a message, no crash", {
    timeout: CLI_TIMEOUT * 2,
  }, async () => {
    const file = join(dir, "jauh.xlsx");
    await writeFile(file, await withStrayCell("XFD1048576"));
    const result = await boundedCli("check", "--workbook", file, "--month", "2023-11");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("dapat ditampung Google Sheets");
    expect(result.stderr).toContain("XFD1048576");
    expect(result.stderr).not.toMatch(/heap|FATAL|at .*\.ts/);
  });

  it("a zip bomb: exit 2 and a message, no crash", { timeout: CLI_TIMEOUT * 2 }, async () => {
    const file = join(dir, "bom.xlsx");
    await writeFile(file, await zipBomb());
    const result = await boundedCli("generate", "--workbook", file, "--month", "2023-11", "--out", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`melebihi ${MAX_INFLATED_MB} MB`);
    expect(result.stderr).not.toMatch(/heap|FATAL/);
  });

  it("a stray cell far down a tab, within the limit, is read and the month checked as without it", {
    timeout: CLI_TIMEOUT * 2,
  }, async () => {
    const plain = join(dir, "biasa.xlsx");
    const stray = join(dir, "sisa.xlsx");
    await writeFile(plain, sample);
    await writeFile(stray, await withStrayCell("Z300000"));
    const [before, after] = [
      await boundedCli("check", "--workbook", plain, "--month", "2023-11"),
      await boundedCli("check", "--workbook", stray, "--month", "2023-11"),
    ];
    expect(after.code).toBe(before.code);
    expect(after.stdout).toBe(before.stdout);
  });
});
