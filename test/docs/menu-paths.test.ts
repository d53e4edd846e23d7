/**
 * Every menu path staff read (messages in src, the staff guide, README, the deploy guide) is the
 * one src/core/entry/menu-path.ts makes: `Ekstensi > Laporan Layanan > <an item of the menu>`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTENSIONS_MENU, menuPath, SETUP_MENU_PATH, TOOL_NAME } from "../../src/core/entry/menu-path";
import { MENU_ITEMS } from "../../src/gas/menu";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCS = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Each `... > Laporan Layanan > ...` in a text: what comes before and after the tool's name. */
function pathsIn(text: string): { before: string | undefined; item: string | undefined; line: string }[] {
  const labels = MENU_ITEMS.map((item) => escapeRegExp(item.label)).join("|");
  const pattern = new RegExp(`(?:(\\p{L}+) > )?${escapeRegExp(TOOL_NAME)} > (${labels})?`, "gu");
  return [...text.matchAll(pattern)].map((m) => ({
    before: m[1],
    item: m[2],
    line: text.slice(text.lastIndexOf("\n", m.index) + 1, text.indexOf("\n", m.index)),
  }));
}

describe("menu paths", () => {
  it("run from Ekstensi through the tool's name to an item", () => {
    expect(SETUP_MENU_PATH).toBe("Ekstensi > Laporan Layanan > Siapkan Workbook");
    expect(MENU_ITEMS.map((item) => item.label)).toContain("Siapkan Workbook");
    expect(menuPath("Bantuan")).toBe(`${EXTENSIONS_MENU} > ${TOOL_NAME} > Bantuan`);
  });

  it.each(DOCS)("in %s name Ekstensi first and an item of the menu last", (file) => {
    const found = pathsIn(readFileSync(join(ROOT, file), "utf8"));
    expect(found.length).toBeGreaterThan(0);
    for (const path of found) {
      expect(path, path.line).toMatchObject({ before: EXTENSIONS_MENU, item: expect.any(String) });
    }
  });

  it("are written out nowhere in src but src/core/entry/menu-path.ts (nor the menu's bare name)", () => {
    const offenders = filesUnder(join(ROOT, "src"))
      .filter((file) => !file.endsWith("menu-path.ts"))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        return text.includes(`${TOOL_NAME} >`) || text.includes(`menu ${TOOL_NAME}`);
      })
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it("the pathsIn reader catches a path without Ekstensi or with an unknown item", () => {
    expect(pathsIn("pilih **Laporan Layanan > Siapkan Workbook**")[0]).toMatchObject({
      before: undefined,
      item: "Siapkan Workbook",
    });
    expect(pathsIn("Ekstensi > Laporan Layanan > Hapus Semua")[0]?.item).toBeUndefined();
  });
});
