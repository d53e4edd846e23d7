/**
 * `npm run bench`: what the main job costs, as a printed table. Times are the median of several
 * runs in one process (after a warm-up), never asserted by tests.
 */
import { existsSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runChecks } from "../src/core/checks";
import { parseWorkbook } from "../src/core/parse";
import { toMonth } from "../src/core/period";
import { renderPptx } from "../src/node/pptx";
import { readWorkbook } from "../src/node/xlsx-read";
import { buildDeck } from "../src/report/layout";

const RUNS = 7;
const MONTH = toMonth("2023-11");
const SAMPLE = "examples/contoh-workbook.xlsx";

async function median(fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const kib = (path: string): string => (existsSync(path) ? `${(statSync(path).size / 1024).toFixed(0)} KiB` : "not built");

async function main(): Promise<void> {
  const { raw } = await readWorkbook(SAMPLE);
  const { data } = parseWorkbook(raw);
  const deck = buildDeck(data, MONTH);
  const rows: [string, string][] = [
    ["read sample .xlsx (exceljs)", ms(await median(() => readWorkbook(SAMPLE)))],
    ["parse (zod)", ms(await median(() => parseWorkbook(raw)))],
    ["consistency checks", ms(await median(() => runChecks(data, MONTH)))],
    ["layout (Deck)", ms(await median(() => buildDeck(data, MONTH)))],
    ["pure pipeline (parse + checks + layout)", ms(await median(() => buildDeck(parseWorkbook(raw).data, MONTH)))],
    ["PPTX render (pptxgenjs)", ms(await median(() => renderPptx(deck)))],
    [
      "sample deck end to end (read, parse, check, layout, render)",
      ms(
        await median(async () => {
          const read = await readWorkbook(SAMPLE);
          const parsed = parseWorkbook(read.raw);
          runChecks(parsed.data, MONTH);
          await renderPptx(buildDeck(parsed.data, MONTH));
        }),
      ),
    ],
    ["slides in the sample deck", String(deck.slides.length)],
    ["dist/Code.js", kib("dist/Code.js")],
    ["dist/Sidebar.html", kib("dist/Sidebar.html")],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${"measure".padEnd(width)}  value   (median of ${RUNS} runs, Node ${process.version})`);
  console.log(`${"-".repeat(width)}  ------`);
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
}

await main();
