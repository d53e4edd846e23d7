/**
 * Builds the Buat Laporan dialog: bundles src/dialog/main.ts (esbuild, iife, es2020, minified)
 * and inlines it and src/dialog/styles.css into src/dialog/index.html -> dist/Dialog.html, the
 * same way scripts/build-sidebar.ts builds dist/Sidebar.html (its script escaping is reused).
 * Run: npx tsx scripts/build-dialog.ts
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { escapeInlineScript } from "./build-sidebar";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dialog = join(root, "src", "dialog");
export const DIALOG_OUT = join(root, "dist", "Dialog.html");

function inline(html: string, marker: string, content: string): string {
  if (!html.includes(marker)) throw new Error(`${marker} not found in src/dialog/index.html`);
  return html.replace(marker, () => content);
}

export async function buildDialog(outFile = DIALOG_OUT): Promise<{ file: string; bytes: number }> {
  const bundle = await build({
    entryPoints: [join(dialog, "main.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  const js = bundle.outputFiles[0]?.text ?? "";
  const css = await transform(await readFile(join(dialog, "styles.css"), "utf8"), { loader: "css", minify: true });
  const template = await readFile(join(dialog, "index.html"), "utf8");
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
  const { file, bytes } = await buildDialog();
  console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB`);
}
