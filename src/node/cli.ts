/**
 * The command line: `npx tsx src/node/cli.ts generate --workbook FILE --month 2023-11`.
 * Commands and exit codes: src/node/cli-args.ts (or `--help`).
 */
import { run } from "./cli-commands";

const showProgress = process.stderr.isTTY === true;

process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (line) => {
    if (showProgress) process.stderr.write(`${line}\n`);
  },
});
