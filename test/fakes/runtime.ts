/**
 * The Apps Script runtime, as far as a bundle can tell: dist/Code.js evaluated as one classic
 * script in a fresh V8 context whose only globals are the fakes (no require, process, Buffer,
 * setTimeout), with code generation from strings disabled, so a bundle that needs eval or
 * new Function fails here, and without the built-ins newer than ES2020 (es2020-realm.ts). Builds
 * dist/Code.js with webpack's Node API when it is missing or older than the sources.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import type { FakeEnv } from "./env";
import { stripNewerBuiltins } from "./es2020-realm";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const BUNDLE_PATH = path.join(root, "dist", "Code.js");

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), 0);
}

function isStale(): boolean {
  if (!existsSync(BUNDLE_PATH)) return true;
  const inputs = ["src", "webpack.config.mjs", "appsscript.json", "package-lock.json"]
    .map((p) => path.join(root, p))
    .filter((p) => existsSync(p));
  return Math.max(...inputs.map(newestMtime)) > statSync(BUNDLE_PATH).mtimeMs;
}

/** Builds dist/Code.js (only the Apps Script config) unless it is up to date. */
export async function ensureBundle(): Promise<string> {
  if (!isStale()) return BUNDLE_PATH;
  const config = await import(pathToFileURL(path.join(root, "webpack.config.mjs")).href);
  const { default: webpack } = await import("webpack");
  await new Promise<void>((resolve, reject) => {
    webpack(config.appsScript, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
  return BUNDLE_PATH;
}

export interface LoadedBundle {
  /** The script's global object: top-level functions and Apps Script globals. */
  context: vm.Context;
  /** Calls a global function of the bundle, as a menu item or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression inside the script's realm (for its Date, JSON ...). */
  evaluate<T = unknown>(expression: string): T;
}

/** Loads a bundle's source into a fresh context whose globals are the env's fakes. */
export function loadBundle(env: FakeEnv, source = readFileSync(BUNDLE_PATH, "utf8")): LoadedBundle {
  const context = vm.createContext(env.globals(), {
    name: "Apps Script",
    codeGeneration: { strings: false, wasm: false },
  });
  stripNewerBuiltins(context);
  vm.runInContext(source, context, { filename: "Code.js" });
  return {
    context,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== "function") throw new Error(`The bundle has no global function ${name}`);
      return fn(...args);
    },
    evaluate: <T>(expression: string) => vm.runInContext(expression, context) as T,
  };
}

const FUNCTIONS_NOW =
  "Object.getOwnPropertyNames(globalThis).filter((n) => typeof globalThis[n] === 'function')";

/**
 * Names of the functions a bundle declares at its top level: what Apps Script lists and calls
 * by name. Declarations are hoisted, so they already exist when the script's first statement
 * runs, unlike functions the script assigns to globalThis later.
 */
export function topLevelFunctions(env: FakeEnv, source = readFileSync(BUNDLE_PATH, "utf8")): string[] {
  const builtins = new Set(vm.runInNewContext(FUNCTIONS_NOW) as string[]);
  const context = vm.createContext(env.globals(), { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(`globalThis.__declared = ${FUNCTIONS_NOW};\n${source}`, context);
  return (context.__declared as string[]).filter((n) => !builtins.has(n));
}
