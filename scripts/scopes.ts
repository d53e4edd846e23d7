/**
 * npm run scopes [-- path/to/appsscript.json]
 *
 * Prints the OAuth scopes the manifest declares, one per line, for the Google Workspace
 * Marketplace SDK's app configuration: paste exactly these, so the listing and the script
 * cannot ask for different access (docs/deploy.md).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const MANIFEST = join(dirname(fileURLToPath(import.meta.url)), "..", "appsscript.json");
const SCOPE = /^https:\/\/www\.googleapis\.com\/auth\/[\w.-]+$/;

/** The manifest's oauthScopes, checked: a non-empty list of distinct Google scope URLs. */
export function manifestScopes(manifest: unknown, where = "appsscript.json"): string[] {
  const scopes = (manifest as { oauthScopes?: unknown } | null)?.oauthScopes;
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new Error(
      `${where} declares no oauthScopes: list them explicitly, or Apps Script guesses them from the code.`,
    );
  }
  for (const scope of scopes) {
    if (typeof scope !== "string" || !SCOPE.test(scope)) {
      throw new Error(`${where}: ${JSON.stringify(scope)} is not a Google OAuth scope URL.`);
    }
  }
  const duplicate = scopes.find((scope, i) => scopes.indexOf(scope) !== i);
  if (duplicate) throw new Error(`${where} lists ${duplicate} twice.`);
  return scopes as string[];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? MANIFEST;
  try {
    console.log(manifestScopes(JSON.parse(readFileSync(file, "utf8")), file).join("\n"));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
