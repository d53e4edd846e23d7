/**
 * The command line: `npx tsx src/node/cli.ts generate --workbook FILE --month 2023-11`.
 * Commands and exit codes: src/node/cli-args.ts (or `--help`).
 */
import { run } from "./cli-commands";

const showProgress = process.stderr.isTTY === true;

// A reader that stops early (`npm run laporan -- check ... | head`) closes the pipe: the rest of the output
// has nowhere to go, and the exit code still tells how the command went. No stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (line) => {
    if (showProgress) process.stderr.write(`${line}\n`);
  },
});
