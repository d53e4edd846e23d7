/**
 * scripts/chromium.ts: a fresh clone's browser tests run without a system browser, on the
 * Chromium npm ci installed (@sparticuz/chromium). Launched here on purpose, even where a system
 * one exists, so this machine proves the fallback works.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { arch, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledChromium, CHROMIUM_ENV, chooseChromium, launchChromium } from "../../scripts/chromium";

describe("choosing Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "laporan-chromium-test-"));
  const fake = join(dir, "chrome");
  writeFileSync(fake, "");

  it("takes the first system browser found", async () => {
    await expect(chooseChromium("", [join(dir, "absent"), fake])).resolves.toEqual({
      kind: "system",
      executablePath: fake,
      env: {},
    });
  });

  it(`takes a path given in ${CHROMIUM_ENV}, and says so when it does not exist`, async () => {
    await expect(chooseChromium(fake, [])).resolves.toMatchObject({ executablePath: fake });
    await expect(chooseChromium(join(dir, "absent"), [])).rejects.toThrow(/no such executable/);
  });

  it(`with ${CHROMIUM_ENV}=system and none installed, fails naming where it looked`, async () => {
    await expect(chooseChromium("system", [join(dir, "absent")])).rejects.toThrow(/no Chrome or Chromium at/);
  });
});

describe.runIf(platform() === "linux" && arch() === "x64")("the Chromium npm ci installs", () => {
  it("is chosen when there is no system browser, and renders a page with its own libraries and font", async () => {
    const choice = await chooseChromium("", []);
    expect(choice).toEqual(await bundledChromium());
    expect(choice.kind).toBe("bundled");
    const browser = await launchChromium(choice);
    try {
      const page = await browser.newPage();
      await page.setContent(
        "<span id='thin' style='font-family: sans-serif'>iiiii</span><span id='wide' style='font-family: sans-serif'>MMMMM</span>",
      );
      // With a real font i is narrower than M; without one every glyph is the same empty box.
      const width = (id: string) =>
        page.evaluate((el) => document.getElementById(el)?.getBoundingClientRect().width ?? 0, id);
      const [thin, wide] = [await width("thin"), await width("wide")];
      expect(thin).toBeGreaterThan(0);
      expect(wide).toBeGreaterThan(thin * 2);
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
