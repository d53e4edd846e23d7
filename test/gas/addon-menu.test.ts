/**
 * Google's Editor add-on contract, on the built dist/Code.js in node:vm: onInstall and onOpen
 * take the event and, in AuthMode.NONE (installed, not yet used in this workbook), only build
 * the add-on menu; every service but the Ui throws there (test/fakes/auth-mode-none.ts).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { MENU_ITEMS } from "../../src/gas/menu";
import { authModeNone } from "../fakes/auth-mode-none";
import { createFakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle, topLevelFunctions } from "../fakes/runtime";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

function loadInNone() {
  const env = createFakeEnv();
  const restricted = authModeNone(env);
  const bundle = loadBundle(restricted.env, source);
  env.calls.reset();
  return { env, bundle, refused: restricted.refused, NONE: env.ScriptApp.AuthMode.NONE };
}

const items = (entries: readonly ({ label: string; functionName: string } | "separator")[]) =>
  entries.flatMap((e) => (e === "separator" ? [] : [[e.label, e.functionName]]));

describe("the add-on contract in AuthMode.NONE", () => {
  for (const trigger of ["onInstall", "onOpen"]) {
    it(`${trigger} builds the add-on menu and touches no other service`, () => {
      const { env, bundle, refused, NONE } = loadInNone();
      expect(() => bundle.call(trigger, { authMode: NONE })).not.toThrow();
      expect(refused).toEqual([]);
      expect(env.ui.menus).toHaveLength(1);
      expect(env.ui.menus[0]?.addon).toBe(true);
      expect(items(env.ui.menus[0]?.entries ?? [])).toEqual(
        MENU_ITEMS.map((item) => [item.label, item.functionName]),
      );
      // Only getUi, the Ui and the menu it hands out were called.
      const methods = new Set(env.calls.list().map((c) => `${c.service}.${c.method}`));
      expect([...methods].sort()).toEqual([
        "SpreadsheetApp.Menu.addItem",
        "SpreadsheetApp.Menu.addSeparator",
        "SpreadsheetApp.Menu.addToUi",
        "SpreadsheetApp.Ui.createAddonMenu",
        "SpreadsheetApp.getUi",
      ]);
      expect(env.calls.count("SpreadsheetApp", "Ui.createMenu")).toBe(0);
      expect(env.calls.count("SpreadsheetApp", "Ui.createAddonMenu")).toBe(1);
    });
  }

  it("a service touched in AuthMode.NONE is caught: the fakes do refuse", () => {
    const { bundle, refused } = loadInNone();
    expect(() => bundle.call("ringkasanBulan_", "2023-11")).toThrow(/not allowed in AuthMode.NONE/);
    expect(refused.length).toBeGreaterThan(0);
  });

  it("the menu is the same in every mode and without an event (a bound script's simple trigger)", () => {
    const env = createFakeEnv();
    const bundle = loadBundle(env, source);
    const { AuthMode } = env.ScriptApp;
    bundle.call("onOpen");
    bundle.call("onOpen", { authMode: AuthMode.LIMITED });
    bundle.call("onInstall", { authMode: AuthMode.FULL });
    const [first, ...rest] = env.ui.menus;
    expect(first?.entries.length).toBeGreaterThan(0);
    for (const menu of rest) expect(menu).toEqual(first);
  });

  it("every menu item names a top-level function of dist/Code.js", () => {
    const { env, bundle, NONE } = loadInNone();
    bundle.call("onOpen", { authMode: NONE });
    const declared = topLevelFunctions(createFakeEnv(), source);
    const named = items(env.ui.menus[0]?.entries ?? []).map(([, fn]) => fn);
    expect(named.length).toBe(MENU_ITEMS.length);
    for (const fn of named) expect(declared).toContain(fn);
  });
});
