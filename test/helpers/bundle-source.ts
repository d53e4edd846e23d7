/** The built dist/Code.js for a bundle test file (vitest only: bench/ reads report-env.ts without vitest). */
import { readFileSync } from "node:fs";
import { beforeAll } from "vitest";
import { ensureBundle } from "../fakes/runtime";

/** The bundle's source, built first when stale and read in the file's beforeAll; read it through the returned function. */
export function useBundleSource(): () => string {
  let source = "";
  beforeAll(async () => {
    source = readFileSync(await ensureBundle(), "utf8");
  });
  return () => source;
}
