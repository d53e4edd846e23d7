/**
 * Builds the HTML pages HtmlService serves: each page's `main.ts` bundled (esbuild, iife, es2020,
 * minified) and inlined, with the shared stylesheet (src/ui/base.css) and its own `styles.css`,
 * into its `index.html` -> one self-contained file: src/sidebar -> dist/Sidebar.html,
 * src/dialog -> dist/Dialog.html. A new page: a folder with main.ts, styles.css and index.html
 * (with the INLINE markers) and a PageSpec below; it gets the shared look without more.
 * Run: npx tsx scripts/build-pages.ts
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin, transform } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface PageSpec {
  /** Folder holding main.ts, styles.css and index.html (with the INLINE markers). */
  entryDir: string;
  outFile: string;
}

export const SIDEBAR: PageSpec = {
  entryDir: join(root, "src", "sidebar"),
  outFile: join(root, "dist", "Sidebar.html"),
};
export const DIALOG: PageSpec = {
  entryDir: join(root, "src", "dialog"),
  outFile: join(root, "dist", "Dialog.html"),
};
export const PICKER: PageSpec = {
  entryDir: join(root, "src", "picker"),
  outFile: join(root, "dist", "Picker.html"),
};
export const PAGES: readonly PageSpec[] = [SIDEBAR, DIALOG, PICKER];

/** The look every page shares (buttons, fields, messages, colours), inlined before the page's own. */
export const SHARED_CSS = join(root, "src", "ui", "base.css");

/**
 * The pages' schemas come from `zod/mini` (src/core/workbook/schema.ts, rpc.ts), which tree-shakes; this
 * guards against a full `import { z } from "zod"` creeping back: that keeps zod's whole namespace, so its 40 message locales (~250 KB) and
 * its JSON-schema importer would ride along although the pages use neither: English messages are
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
function inline(html: string, marker: string, content: string, where: string): string {
  if (!html.includes(marker)) throw new Error(`${marker} not found in ${where}`);
  return html.replace(marker, () => content);
}

export async function buildPage(page: PageSpec): Promise<{ file: string; bytes: number }> {
  const template = join(page.entryDir, "index.html");
  const bundle = await build({
    entryPoints: [join(page.entryDir, "main.ts")],
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
  // HtmlService templates read `<?` as a scriptlet; the page must stay servable either way.
  if (js.includes("<?")) {
    throw new Error(
      `The bundle of ${relative(root, page.entryDir)} contains '<?', which HtmlService templates would misread.`,
    );
  }
  const styles = await Promise.all(
    [SHARED_CSS, join(page.entryDir, "styles.css")].map((f) => readFile(f, "utf8")),
  );
  const css = await transform(styles.join("\n"), {
    loader: "css",
    minify: true,
  });
  const where = relative(root, template);
  const html = inline(
    inline(
      await readFile(template, "utf8"),
      "/*INLINE:CSS*/",
      css.code.trim().replace(/<\/(style)/gi, "<\\/$1"),
      where,
    ),
    "/*INLINE:JS*/",
    escapeInlineScript(js.trim()),
    where,
  );
  await mkdir(dirname(page.outFile), { recursive: true });
  await writeFile(page.outFile, html, "utf8");
  return { file: page.outFile, bytes: Buffer.byteLength(html, "utf8") };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const page of PAGES) {
    const { file, bytes } = await buildPage(page);
    console.log(`${relative(root, file)}: ${(bytes / 1024).toFixed(1)} KiB`);
  }
}
