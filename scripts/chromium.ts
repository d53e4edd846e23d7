/**
 * The one way this repo starts Chromium (browser tests, npm run screenshots): a system Chrome or
 * Chromium when the machine has one, else the headless Chromium that `npm ci` installed with
 * @sparticuz/chromium (Linux x64), so a fresh clone needs no browser of its own.
 *
 * LAPORAN_CHROMIUM overrides the choice: `bundled` (the npm one even where a system one exists),
 * `system` (a system one or fail), or the path of an executable.
 *
 * The npm package ships Chromium brotli-packed, plus the few libraries it needs beyond libc (NSS,
 * NSPR, expat: its al2023 archive) and a font. They are unpacked once per package version into
 * the temp directory (about 210 MB), atomically, so parallel test files share one copy.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_ENV = "LAPORAN_CHROMIUM";

/** Where a system browser usually is, first found wins. */
export const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Flags for both: headless in a container as root, no network chatter. */
const COMMON_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ChromiumChoice {
  kind: "system" | "bundled";
  executablePath: string;
  /** Extra environment for the browser process (the bundled one's libraries and fonts). */
  env: Record<string, string>;
}

export const firstSystemChromium = (candidates: readonly string[] = SYSTEM_CANDIDATES): string | undefined =>
  candidates.find((path) => existsSync(path));

/** Which browser to start, unpacking the bundled one when it is the one. */
export async function chooseChromium(
  setting = process.env[CHROMIUM_ENV] ?? "",
  candidates: readonly string[] = SYSTEM_CANDIDATES,
): Promise<ChromiumChoice> {
  const wanted = setting.trim();
  if (wanted !== "" && wanted !== "bundled" && wanted !== "system") {
    if (!existsSync(wanted)) throw new Error(`${CHROMIUM_ENV}=${wanted}: no such executable.`);
    return { kind: "system", executablePath: wanted, env: {} };
  }
  if (wanted !== "bundled") {
    const found = firstSystemChromium(candidates);
    if (found) return { kind: "system", executablePath: found, env: {} };
    if (wanted === "system") {
      throw new Error(`${CHROMIUM_ENV}=system, but no Chrome or Chromium at ${candidates.join(", ")}.`);
    }
  }
  return bundledChromium();
}

/** Starts headless Chromium for playwright-core (the one chooseChromium picks, unless given). */
export async function launchChromium(given?: ChromiumChoice): Promise<Browser> {
  const choice = given ?? (await chooseChromium());
  return chromium.launch({
    executablePath: choice.executablePath,
    args: COMMON_ARGS,
    env: { ...process.env, ...choice.env },
  });
}

const requireHere = createRequire(import.meta.url);

/** The npm package's folder (its exports do not include package.json: walk up from its entry). */
function packageRoot(): string {
  let dir = dirname(requireHere.resolve("@sparticuz/chromium"));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "bin"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("@sparticuz/chromium is not installed: run npm ci.");
    dir = parent;
  }
  return dir;
}

/** The npm package's bin/ (its packed browser) and version. */
function bundledPackage(): { bin: string; version: string } {
  const root = packageRoot();
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  return { bin: join(root, "bin"), version };
}

/** tar-fs, as the package itself depends on it (resolved from the package, hoisted or not). */
function tarExtract(dir: string): NodeJS.WritableStream {
  const fromPackage = createRequire(join(packageRoot(), "package.json"));
  const tar = fromPackage("tar-fs") as { extract(dir: string): NodeJS.WritableStream };
  return tar.extract(dir);
}

const READY = "READY";

/** fontconfig: the machine's own fonts when it has them, and the package's Open Sans either way. */
const fontsConf = (dir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, "fonts", "fonts")}</dir>
  <cachedir>${join(dir, "fonts-cache")}</cachedir>
</fontconfig>
`;

/** Unpacks into `into`, which becomes `final` (the path fonts.conf names). */
async function unpack(bin: string, into: string, final: string): Promise<void> {
  mkdirSync(into, { recursive: true });
  const brotli = (name: string) => createReadStream(join(bin, name)).pipe(createBrotliDecompress());
  await Promise.all([
    pipeline(brotli("chromium.br"), createWriteStream(join(into, "chromium"), { mode: 0o755 })),
    pipeline(brotli("al2023.tar.br"), tarExtract(join(into, "al2023"))),
    pipeline(brotli("fonts.tar.br"), tarExtract(join(into, "fonts"))),
    pipeline(brotli("swiftshader.tar.br"), tarExtract(join(into, "swiftshader"))),
  ]);
  await writeFile(join(into, "fonts.conf"), fontsConf(final));
  await writeFile(join(into, READY), "");
}

/** Unpacking takes seconds; a lock this old was left by a process that died. */
const LOCK_STALE_MS = 2 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Unpacks (once, under a lock directory) and describes the npm package's Chromium. */
export async function bundledChromium(root = tmpdir()): Promise<ChromiumChoice> {
  if (platform() !== "linux" || arch() !== "x64") {
    throw new Error(
      `No system Chrome or Chromium found, and @sparticuz/chromium runs on Linux x64 only (this is ${platform()} ${arch()}). Install Chrome, or set ${CHROMIUM_ENV} to its path.`,
    );
  }
  const { bin, version } = bundledPackage();
  const dir = join(root, `laporan-chromium-${version}`);
  const lock = `${dir}.lock`;
  while (!existsSync(join(dir, READY))) {
    try {
      mkdirSync(lock);
    } catch {
      // Another process is unpacking: wait for it, unless it died holding the lock.
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS) await rm(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(join(dir, READY))) {
        const staging = `${dir}.staging-${process.pid}`;
        try {
          await unpack(bin, staging, dir);
          // Left half-made by hand (a copy is only ever renamed into place whole): replace it.
          if (existsSync(dir) && !existsSync(join(dir, READY)))
            await rm(dir, { recursive: true, force: true });
          // A process that took a stale lock may have finished first: its copy is as good.
          await rename(staging, dir).catch((error: unknown) => {
            if (!existsSync(join(dir, READY))) throw error;
          });
        } finally {
          await rm(staging, { recursive: true, force: true });
        }
      }
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return {
    kind: "bundled",
    executablePath: join(dir, "chromium"),
    env: {
      LD_LIBRARY_PATH: [join(dir, "al2023", "lib"), join(dir, "swiftshader"), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(":"),
      FONTCONFIG_FILE: join(dir, "fonts.conf"),
    },
  };
}
