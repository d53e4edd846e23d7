/**
 * What the browser tests share: one Chromium per describe block (its pages and dist/Code.js built
 * first), pages closed only when they threw nothing, and the sidebar opened with its channel list drawn.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { CHANNELS } from "../../src/core/workbook/channels";
import { bundleSource, type GasServer } from "./gas-server";
import { errorsOf, launch, type OpenOptions, openSidebar } from "./harness";

/** Launches Chromium in the block's beforeAll and closes it in its afterAll; read it through the returned function. */
export function useBrowser(...pages: (() => Promise<string>)[]): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await Promise.all([...pages.map((build) => build()), bundleSource()]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is launched in beforeAll");
    return browser;
  };
}

/** Closes a page that threw nothing uncaught. */
export async function closeClean(page: Page): Promise<void> {
  const errors = errorsOf(page);
  await page.close();
  expect(errors).toEqual([]);
}

/** The sidebar, once its list shows every channel. */
export async function openLoadedSidebar(
  browser: Browser,
  server: GasServer,
  options: OpenOptions = {},
): Promise<Page> {
  const page = await openSidebar(browser, server.functions, options);
  await page
    .locator("#channel-list li")
    .nth(CHANNELS.length - 1)
    .waitFor();
  return page;
}

/** An element's text, trimmed. */
export const trimmedText = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).textContent()) ?? "").trim();
