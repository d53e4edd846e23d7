/**
 * The built pages: each carries the shared stylesheet (src/ui/base.css) before its own, and the
 * sidebar stays light enough to open quickly in Sheets (the budget of issue #9: under 120 KiB;
 * `npm run bench` prints the sizes).
 */
import { readFileSync } from "node:fs";
import { transform } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPage, PAGES, SHARED_CSS, SIDEBAR } from "../scripts/build-pages";

const SIDEBAR_BUDGET = 120 * 1024;
const built = new Map<string, { html: string; bytes: number }>();

beforeAll(async () => {
  for (const page of PAGES) {
    const { file, bytes } = await buildPage(page);
    built.set(page.entryDir, { html: readFileSync(file, "utf8"), bytes });
  }
});

describe("the built pages", () => {
  it("each inline the shared stylesheet, then their own", async () => {
    const shared = (
      await transform(readFileSync(SHARED_CSS, "utf8"), { loader: "css", minify: true })
    ).code.trim();
    for (const page of PAGES) {
      const html = built.get(page.entryDir)?.html ?? "";
      const at = html.indexOf(shared.slice(0, 200));
      expect(at, page.entryDir).toBeGreaterThan(0);
      const own = (
        await transform(readFileSync(`${page.entryDir}/styles.css`, "utf8"), { loader: "css", minify: true })
      ).code.trim();
      expect(html.indexOf(own.slice(0, 80)), page.entryDir).toBeGreaterThan(at);
    }
  });

  it(`the sidebar weighs under ${SIDEBAR_BUDGET / 1024} KiB`, () => {
    expect(built.get(SIDEBAR.entryDir)?.bytes).toBeLessThan(SIDEBAR_BUDGET);
  });
});
