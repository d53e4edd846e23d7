/**
 * Builds the Bantuan dialog, dist/Bantuan.html: the staff guide docs/panduan.md rendered from
 * Markdown at build time (marked) into src/help/index.html, whose script and styles are inlined
 * by scripts/build-pages.ts. The page loads nothing from outside: no script, style or image URL.
 * Run: npx tsx scripts/build-help.ts (npm run build runs it).
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Marked, type Tokens } from "marked";
import { buildPage, type PageSpec } from "./build-pages";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const GUIDE_FILE = join(root, "docs", "panduan.md");
export const HELP: PageSpec = {
  entryDir: join(root, "src", "help"),
  outFile: join(root, "dist", "Bantuan.html"),
};
/** Where the rendered guide goes in src/help/index.html (left alone by buildPage). */
export const GUIDE_MARKER = "<!--INLINE:GUIDE-->";
const TOC_MARKER = "<!--INLINE:TOC-->";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** `## 1. Menyiapkan workbook (sekali saja)` -> `menyiapkan-workbook-sekali-saja`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\d+\.\s*/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

export interface RenderedGuide {
  /** The guide's body as HTML. */
  html: string;
  /** Its sections (level-2 headings) for the table of contents. */
  sections: { id: string; title: string }[];
}

/**
 * Markdown -> HTML for a page shown inside Sheets: raw HTML in the Markdown is shown as text,
 * images as their description (the dialog fetches nothing), links open outside the dialog,
 * headings get ids, and wide tables scroll in a focusable region.
 */
export function renderGuide(markdown: string): RenderedGuide {
  const sections: RenderedGuide["sections"] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      image: ({ text }: Tokens.Image) => escapeHtml(text),
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const title = inner.replace(/<[^>]*>/g, "");
        const id = slug(title.replace(/&[^;]+;/g, " "));
        if (depth === 2) sections.push({ id, title });
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        if (href.startsWith("#")) return `<a href="${escapeHtml(href)}">${inner}</a>`;
        const titled = title ? ` title="${escapeHtml(title)}"` : "";
        return `<a href="${escapeHtml(href)}"${titled} target="_blank" rel="noopener noreferrer">${inner}</a>`;
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell, tag: "th" | "td") =>
          `<${tag}${tag === "th" ? ' scope="col"' : ""}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        const head = `<tr>${token.header.map((c) => cell(c, "th")).join("")}</tr>`;
        const body = token.rows.map((row) => `<tr>${row.map((c) => cell(c, "td")).join("")}</tr>`).join("\n");
        return `<div class="table-scroll" role="region" aria-label="Tabel" tabindex="0"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, sections };
}

function tableOfContents(sections: RenderedGuide["sections"]): string {
  const items = sections.map((s) => `<li><a href="#${s.id}">${s.title}</a></li>`).join("");
  return `<nav aria-label="Daftar isi"><ul>${items}</ul></nav>`;
}

function inline(html: string, marker: string, content: string): string {
  if (!html.includes(marker)) throw new Error(`${marker} not found in ${relative(root, HELP.outFile)}`);
  return html.replace(marker, () => content);
}

export async function buildHelpPage(guideFile = GUIDE_FILE): Promise<{ file: string; bytes: number }> {
  await buildPage(HELP);
  const guide = renderGuide(await readFile(guideFile, "utf8"));
  // Served with createHtmlOutputFromFile; a `<?` would still break it if ever made a template.
  if (guide.html.includes("<?")) throw new Error(`${relative(root, guideFile)} contains '<?'.`);
  const page = inline(
    inline(await readFile(HELP.outFile, "utf8"), TOC_MARKER, tableOfContents(guide.sections)),
    GUIDE_MARKER,
    guide.html,
  );
  await writeFile(HELP.outFile, page, "utf8");
  return { file: HELP.outFile, bytes: Buffer.byteLength(page, "utf8") };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = await buildHelpPage();
  console.log(`${relative(root, file)}: ${(bytes / 1024).toFixed(1)} KiB`);
}
