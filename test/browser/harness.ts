/**
 * Opens a built page (dist/Sidebar.html, dist/Dialog.html) in headless Chromium with a
 * `google.script.run` stand-in that forwards each call, as JSON, to server functions running in
 * Node (the bundle's, see gas-server.ts), and hands failures to the page the way Apps Script
 * does (an Error to the failure handler).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPage, DIALOG, type PageSpec, SIDEBAR } from "../../scripts/build-pages";
import { launchChromium } from "../../scripts/chromium";

export type ServerFunctions = Record<string, (...args: never[]) => unknown>;

const ROOT = join(import.meta.dirname, "..", "..");

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

/** The built page, built first when missing or older than its sources. */
export async function pageHtml(page: PageSpec): Promise<string> {
  // Pages import from across src (core, gas/report/rpc; the dialog uses the sidebar's failure texts).
  const sources = Math.max(
    newestSource(join(ROOT, "src")),
    statSync(join(ROOT, "scripts", "build-pages.ts")).mtimeMs,
  );
  if (!existsSync(page.outFile) || statSync(page.outFile).mtimeMs < sources) await buildPage(page);
  return readFileSync(page.outFile, "utf8");
}

export const sidebarHtml = (): Promise<string> => pageHtml(SIDEBAR);
export const dialogHtml = (): Promise<string> => pageHtml(DIALOG);

/** Headless Chromium: the system one, else the one npm ci installed (scripts/chromium.ts). */
export const launch = (): Promise<Browser> => launchChromium();

/** Holds server calls while closed, to see the page's progress state. */
export interface Gate {
  hold(): void;
  release(): void;
  wait(): Promise<void>;
}

export function createGate(): Gate {
  let held: Promise<void> | undefined;
  let open: () => void = () => {};
  return {
    hold: () => {
      held = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => {
      open();
      held = undefined;
    },
    wait: async () => {
      if (held) await held;
    },
  };
}

/** The page's `google.script.run`, built in the page before its script runs. */
function installStandIn(): void {
  type Handler = (value: unknown) => void;
  const call = (window as unknown as { __gasCall: (name: string, args: string) => Promise<string> })
    .__gasCall;
  const runner = (success?: Handler, failure?: Handler): object =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === "withSuccessHandler") return (fn: Handler) => runner(fn, failure);
          if (name === "withFailureHandler") return (fn: Handler) => runner(success, fn);
          if (typeof name !== "string") return undefined;
          return (...args: unknown[]) => {
            call(name, JSON.stringify(args)).then(
              (json) => success?.(JSON.parse(json)),
              (error: Error) => {
                const failed = new Error(`Exception: ${error.message}`);
                failed.name = "ScriptError";
                failure?.(failed);
              },
            );
          };
        },
      },
    );
  (window as unknown as { google: object }).google = { script: { run: runner() } };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown so far. */
export const errorsOf = (page: Page): string[] => pageErrors.get(page) ?? [];

export interface OpenOptions {
  now?: Date;
  width?: number;
  height?: number;
  gate?: Gate;
  /** Open in this browser context (its storage shared with other pages of it): a sidebar reopened. */
  context?: BrowserContext;
}

export async function openPage(
  browser: Browser,
  spec: PageSpec,
  functions: ServerFunctions,
  options: OpenOptions & { width: number; height: number },
): Promise<Page> {
  const viewport = { width: options.width, height: options.height };
  const page = options.context ? await options.context.newPage() : await browser.newPage({ viewport });
  if (options.context) await page.setViewportSize(viewport);
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.message));
  const gate = options.gate ?? createGate();
  await page.exposeFunction("__gasCall", async (name: string, json: string) => {
    await gate.wait();
    const fn = Object.hasOwn(functions, name) ? functions[name] : undefined;
    if (!fn) throw new Error(`Script function not found: ${name}`);
    // JSON both ways, as google.script.run carries only plain data.
    return JSON.stringify(fn(...(JSON.parse(json) as never[])) ?? null);
  });
  // Run from tsx (npm run screenshots), functions handed to the page carry esbuild's `__name`
  // helper (keepNames); the page gets a no-op one so they run there too.
  await page.addInitScript({ content: "window.__name = (fn) => fn;" });
  await page.addInitScript(installStandIn);
  if (options.now) await page.clock.setFixedTime(options.now);
  await pageHtml(spec);
  // A real navigation, so the init script (the google.script.run stand-in) runs before the page.
  await page.goto(pathToFileURL(spec.outFile).href);
  return page;
}

/** The sidebar, 300 px wide as Sheets shows it. */
export function openSidebar(
  browser: Browser,
  functions: ServerFunctions,
  options: OpenOptions = {},
): Promise<Page> {
  return openPage(browser, SIDEBAR, functions, { width: 300, height: 700, ...options });
}

/** The Buat Laporan dialog, at the size openReportDialog gives it (560 x 560). */
export function openDialog(
  browser: Browser,
  functions: ServerFunctions,
  options: OpenOptions = {},
): Promise<Page> {
  return openPage(browser, DIALOG, functions, { width: 560, height: 560, ...options });
}
