/** npm run scopes prints exactly the manifest's scopes, whatever the manifest holds. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST, manifestScopes } from "../../scripts/scopes";

const ROOT = join(import.meta.dirname, "..", "..");
const runScopes = (...args: string[]) =>
  execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "scripts", "scopes.ts"), ...args], {
    encoding: "utf8",
  });

describe("npm run scopes", () => {
  it("prints appsscript.json's oauthScopes, one per line, in its order", () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { oauthScopes: string[] };
    expect(runScopes().trimEnd().split("\n")).toEqual(manifest.oauthScopes);
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/drive.file");
  });

  it("reads whatever the manifest lists: a scope added there is printed", () => {
    const dir = mkdtempSync(join(tmpdir(), "scopes-"));
    const file = join(dir, "appsscript.json");
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { oauthScopes: string[] };
    const added = [...manifest.oauthScopes, "https://www.googleapis.com/auth/calendar.readonly"];
    writeFileSync(file, JSON.stringify({ ...manifest, oauthScopes: added }));
    expect(runScopes(file).trimEnd().split("\n")).toEqual(added);
  });

  it("refuses a manifest without explicit scopes, a non-scope or a repeated one", () => {
    expect(() => manifestScopes({ timeZone: "Asia/Jakarta" })).toThrow(/declares no oauthScopes/);
    expect(() => manifestScopes({ oauthScopes: ["drive"] })).toThrow(
      /"drive" is not a Google OAuth scope URL/,
    );
    const drive = "https://www.googleapis.com/auth/drive.file";
    expect(() => manifestScopes({ oauthScopes: [drive, drive] })).toThrow(/lists .*drive\.file twice/);
  });
});
