/** Runs the CLI (src/node/cli.ts) as staff would from the repository root, and answers its exit code and output. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI_TIMEOUT = 60_000;

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/node/cli.ts", ...args],
      { cwd: ROOT, timeout: CLI_TIMEOUT },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
