/**
 * Builds the sidebar page: bundles src/sidebar/main.ts (esbuild, iife, es2020, minified) and
 * inlines the script and the stylesheet into src/sidebar/index.html -> dist/Sidebar.html, one
 * self-contained file as HtmlService serves it. Run: npx tsx scripts/build-sidebar.ts
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin, transform } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sidebar = join(root, "src", "sidebar");
export const SIDEBAR_OUT = join(root, "dist", "Sidebar.html");

/**
 * `import { z } from "zod"` keeps zod's whole namespace, so its 40 message locales (~250 KB) and
 * its JSON-schema importer would ride along although the page uses neither: English messages are
 * zod's default (ours are all custom Indonesian ones) and nothing reads JSON schemas.
 */
const trimZod: Plugin = {
  name: "trim-zod",
  setup(b) {
    const fromZod = (importer: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(importer);
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      fromZod(args.importer)
        ? { path: join(dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
    b.onResolve({ filter: /^\.\/from-json-schema\.js$/ }, (args) =>
      fromZod(args.importer) ? { path: "from-json-schema", namespace: "zod-no-json-schema" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-no-json-schema" }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("fromJSONSchema is not bundled"); }',
      loader: "js",
    }));
  },
};

/**
 * Makes script text safe inside an inline <script>: `</script` would end the element and
 * `<!--` would switch the HTML parser into its script-escape state.
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** Puts `content` where `marker` stands; a function replacer, so `$&` in the code stays literal. */
function inline(html: string, marker: string, content: string): string {
  if (!html.includes(marker)) throw new Error(`${marker} not found in src/sidebar/index.html`);
  return html.replace(marker, () => content);
}

export async function buildSidebar(outFile = SIDEBAR_OUT): Promise<{ file: string; bytes: number }> {
  const bundle = await build({
    entryPoints: [join(sidebar, "main.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
    plugins: [trimZod],
  });
  const js = bundle.outputFiles[0]?.text ?? "";
  const css = await transform(await readFile(join(sidebar, "styles.css"), "utf8"), {
    loader: "css",
    minify: true,
  });
  const template = await readFile(join(sidebar, "index.html"), "utf8");
  const html = inline(
    inline(template, "/*INLINE:CSS*/", css.code.trim().replace(/<\/(style)/gi, "<\\/$1")),
    "/*INLINE:JS*/",
    escapeInlineScript(js.trim()),
  );
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, html, "utf8");
  return { file: outFile, bytes: Buffer.byteLength(html, "utf8") };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = await buildSidebar();
  console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB`);
}
