/**
 * The CLI's files: `--out x.pptx` is the file written; a --workbook that is no regular file (a
 * folder, a pipe) or is too big is refused at once; text with control characters (Excel's
 * `_x000B_`) gives a deck whose slide XML holds none.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { channel } from "../../src/core/workbook/channels";
import { MAX_WORKBOOK_MB } from "../../src/node/xlsx-read";
import { writeWorkbook } from "../../src/node/xlsx-write";
import { CLI_TIMEOUT, cli } from "../helpers/run-cli";

const TIMEOUT = CLI_TIMEOUT;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laporan-cli-files-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--workbook", () => {
  it("a folder is refused as no regular file, exit 2", { timeout: TIMEOUT }, async () => {
    const result = await cli("check", "--workbook", dir, "--month", "2023-11");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bukan file biasa");
  });

  it("a named pipe is refused at once instead of hanging", { timeout: TIMEOUT }, async () => {
    const fifo = join(dir, "pipa.xlsx");
    await new Promise<void>((resolve, reject) =>
      execFile("mkfifo", [fifo], (error) => (error ? reject(error) : resolve())),
    );
    const result = await cli("check", "--workbook", fifo, "--month", "2023-11");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bukan file biasa");
  });

  it(`a file over ${MAX_WORKBOOK_MB} MB is refused, naming the limit`, { timeout: TIMEOUT }, async () => {
    const big = join(dir, "besar.xlsx");
    await writeFile(big, "");
    await truncate(big, MAX_WORKBOOK_MB * 1024 * 1024 + 1); // sparse: no disk used
    const result = await cli("check", "--workbook", big, "--month", "2023-11");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`melebihi batas ${MAX_WORKBOOK_MB} MB`);
  });
});

describe("generate", () => {
  it("--out report.pptx writes that file, and a title holding _x000B_ leaves no control character in any slide", {
    timeout: TIMEOUT,
  }, async () => {
    const raw = sampleWorkbook();
    const webinar = raw[channel("webinar").tab];
    const row = webinar?.rows.find((r) => r[0] === "2023-11");
    if (!row) throw new Error("sample has no November webinar");
    row[2] = "Rapat_x000B_Koordinasi\u0001 DBH";
    const workbook = join(dir, "kontrol.xlsx");
    await writeWorkbook(raw, workbook);
    const out = await mkdtemp(join(dir, "out-"));
    const target = join(out, "report.pptx");
    const result = await cli("generate", "--workbook", workbook, "--month", "2023-11", "--out", target);
    expect(result.stderr).not.toContain("Kesalahan");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`Laporan ditulis: ${target}`);
    expect(await readdir(out)).toEqual(["report.pptx"]);
    const zip = await JSZip.loadAsync(await readFile(target));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const xml = (await Promise.all(slides.map((n) => zip.file(n)?.async("string")))).join("");
    expect(xml).toContain("Rapat Koordinasi DBH");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe("a workbook with tabs PPID and ppid", () => {
  it("says so, instead of 'cannot be opened as a workbook'", { timeout: TIMEOUT }, async () => {
    const { workbookBuffer } = await import("../../src/node/xlsx-write");
    const { readWorkbook } = await import("../../src/node/xlsx-read");
    const raw = sampleWorkbook();
    const tab = raw.PPID;
    if (!tab) throw new Error("no PPID tab");
    raw.qqid = { ...tab, name: "qqid" };
    const zip = await JSZip.loadAsync(await workbookBuffer(raw));
    const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", book.replace('name="qqid"', 'name="ppid"'));
    const read = await readWorkbook(await zip.generateAsync({ type: "nodebuffer" }));
    expect(read.findings.map((f) => [f.code, f.message])).toEqual([
      [
        "duplicate-tab",
        'Workbook "workbook" punya dua tab bernama "ppid" yang hanya berbeda huruf besar/kecil; ' +
          "Excel dan Google Sheets menganggapnya tab yang sama. Ganti nama atau hapus salah satunya.",
      ],
    ]);
  });
});
