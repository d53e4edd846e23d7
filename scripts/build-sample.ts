/**
 * Writes examples/contoh-workbook.xlsx from examples/sample-workbook.ts, then reads it back
 * through the xlsx adapter and the parser so a broken sample is never left behind unnoticed.
 * Run: npx tsx scripts/build-sample.ts
 */
import { fileURLToPath } from "node:url";
import { sampleWorkbook } from "../examples/sample-workbook";
import { parseWorkbook } from "../src/core/workbook/parse";
import { readWorkbook } from "../src/node/xlsx-read";
import { writeWorkbook } from "../src/node/xlsx-write";

const OUT = fileURLToPath(new URL("../examples/contoh-workbook.xlsx", import.meta.url));
/** Fixed so that rebuilding an unchanged sample gives the same bytes (no git churn). */
const STAMP = new Date(Date.UTC(2023, 11, 1));

await writeWorkbook(sampleWorkbook(), OUT, { date: STAMP });

const read = await readWorkbook(OUT);
const parsed = parseWorkbook(read.raw);
const errors = [...read.findings, ...parsed.findings].filter((f) => f.severity === "error");
for (const f of errors) console.error(f.message);
if (errors.length > 0) {
  console.error(`${OUT}: ${errors.length} kesalahan.`);
  process.exitCode = 1;
} else {
  console.log(`Ditulis: ${OUT}`);
}
