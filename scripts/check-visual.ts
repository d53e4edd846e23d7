/**
 * `npm run check:visual`: builds the deck of the sample workbook, of the sample with sections
 * missing, and of every stress workbook (test/fixtures/stress-workbooks.ts) through the CLI's path
 * (xlsx written and read back, parsed, laid out, drawn as .pptx), renders it with LibreOffice to
 * PDF and reads every word's box with `pdftotext -bbox-layout`. Fails when a word leaves the
 * slide, lies outside every box the layout placed, leaves the box it belongs to, or overlaps
 * another word (visual-boxes.ts); and when the deck is shown badly (visual-rules.ts): a text run
 * under 10 pt, a content slide without chart or table whose text ends above the page's middle, a
 * bar chart whose axis does not start at 0, one ratio printed with two roundings on one page.
 * Needs libreoffice-impress, poppler-utils and fonts-liberation (Arial's metrics); not part of
 * `npm test`.
 *
 *   npm run check:visual              every workbook
 *   npm run check:visual -- daftar-40 only the named ones
 * The .pptx, .pdf and bounding boxes stay in the printed folder, for `pdftoppm -png` and a look.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { sampleWorkbook } from "../examples/sample-workbook";
import { parseWorkbook } from "../src/core/workbook/parse";
import { toMonth } from "../src/core/workbook/period";
import { renderPptx } from "../src/node/pptx";
import { readWorkbook } from "../src/node/xlsx-read";
import { workbookBuffer } from "../src/node/xlsx-write";
import { buildDeck } from "../src/report/layout";
import { sectionsMissing } from "../test/fixtures/incomplete-month";
import { STRESS_MONTH, STRESS_WORKBOOKS } from "../test/fixtures/stress-workbooks";
import { parseBbox, visualBreaches } from "./visual-boxes";
import { type PptxParts, shownBreaches } from "./visual-rules";

/** The sample month, the sample with whole sections missing, and the stress workbooks; all November 2023. */
const WORKBOOKS: Record<string, () => Parameters<typeof workbookBuffer>[0]> = {
  contoh: sampleWorkbook,
  "contoh-bagian-kosong": sectionsMissing,
  ...STRESS_WORKBOOKS,
};

function tool(command: string, args: string[]): boolean {
  const found = spawnSync(command, args, { stdio: "ignore" });
  return found.error === undefined && found.status === 0;
}

const missing = [
  tool("soffice", ["--version"]) ? "" : "soffice (apt-get install -y libreoffice-impress)",
  tool("pdftotext", ["-v"]) ? "" : "pdftotext (apt-get install -y poppler-utils)",
].filter(Boolean);
if (missing.length > 0) {
  console.error(`check:visual TIDAK DIJALANKAN: alat berikut tidak ditemukan: ${missing.join(", ")}.`);
  console.error("Pasang juga fonts-liberation (metrik Arial). Pemeriksaan ini bukan bagian dari npm test.");
  process.exit(2);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in WORKBOOKS));
if (unknown.length > 0) {
  console.error(
    `Workbook uji tidak dikenal: ${unknown.join(", ")}. Ada: ${Object.keys(WORKBOOKS).join(", ")}.`,
  );
  process.exit(2);
}
const names = wanted.length > 0 ? wanted : Object.keys(WORKBOOKS);
const dir = mkdtempSync(join(tmpdir(), "check-visual-"));
// A profile of its own: another soffice running on the machine would otherwise take the job over.
const profile = pathToFileURL(join(dir, "profile")).href;

const decks = new Map<string, ReturnType<typeof buildDeck>>();
const parts = new Map<string, PptxParts>();
for (const name of names) {
  const make = WORKBOOKS[name] as () => Parameters<typeof workbookBuffer>[0];
  const read = await readWorkbook(await workbookBuffer(make()));
  const { data, findings } = parseWorkbook(read.raw);
  const errors = [...read.findings, ...findings].filter((f) => f.severity === "error");
  if (errors.length > 0) {
    console.error(`${name}: workbook uji ditolak parser:\n  ${errors.map((f) => f.message).join("\n  ")}`);
    process.exit(1);
  }
  const deck = buildDeck(data, toMonth(STRESS_MONTH));
  decks.set(name, deck);
  const pptx = await renderPptx(deck);
  writeFileSync(join(dir, `${name}.pptx`), pptx);
  const zip = await JSZip.loadAsync(pptx);
  const xml: PptxParts = {};
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"))) {
    xml[path] = await (zip.file(path) as JSZip.JSZipObject).async("string");
  }
  parts.set(name, xml);
}

const convert = spawnSync(
  "soffice",
  [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    ...names.map((n) => join(dir, `${n}.pptx`)),
  ],
  { encoding: "utf8", timeout: 600_000 },
);
if (convert.status !== 0) {
  console.error(`soffice gagal (status ${convert.status}): ${convert.stderr || convert.error?.message}`);
  process.exit(1);
}

let failed = 0;
for (const name of names) {
  const pdf = join(dir, `${name}.pdf`);
  const html = join(dir, `${name}.bbox.html`);
  const bbox = spawnSync("pdftotext", ["-bbox-layout", pdf, html], { encoding: "utf8" });
  if (bbox.status !== 0) {
    console.error(`${name}: pdftotext gagal: ${bbox.stderr}`);
    failed += 1;
    continue;
  }
  const deck = decks.get(name);
  if (!deck) continue;
  const bboxHtml = readFileSync(html, "utf8");
  const breaches = [
    ...visualBreaches(deck, bboxHtml),
    ...shownBreaches(deck, parts.get(name) ?? {}, parseBbox(bboxHtml)),
  ];
  if (breaches.length === 0) {
    console.log(`OK    ${name}: ${deck.slides.length} slide`);
  } else {
    failed += 1;
    console.log(`GAGAL ${name}: ${breaches.length} masalah`);
    for (const b of breaches.slice(0, 40)) console.log(`  ${b}`);
    if (breaches.length > 40) console.log(`  ... dan ${breaches.length - 40} lainnya`);
  }
}
console.log(`Berkas (pptx, pdf, kotak teks): ${dir}`);
process.exit(failed > 0 ? 1 : 0);
