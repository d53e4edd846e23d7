/**
 * The staff guide rendered for the Bantuan dialog (scripts/build-help.ts): what Markdown could
 * smuggle in (raw HTML, images, outside links) is neutralised, and the real guide keeps every
 * section and menu path.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUIDE_FILE, renderGuide, slug } from "../../scripts/build-help";
import { SETUP_MENU_PATH } from "../../src/core/entry/menu-path";

describe("renderGuide", () => {
  it("shows raw HTML in the Markdown as text, never as markup", () => {
    const { html } = renderGuide(
      'Teks <script>alert(1)</script> dan <b onclick="x()">tebal</b>\n\n<div>blok</div>\n',
    );
    expect(html).not.toMatch(/<script|<b |<div>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;div&gt;blok&lt;/div&gt;");
  });

  it("shows an image as its description: the dialog fetches nothing", () => {
    const { html } = renderGuide('![Logo <unit>](https://example.com/logo.png "judul")\n');
    expect(html).not.toContain("example.com");
    expect(html).not.toContain("<img");
    expect(html).toContain("Logo &lt;unit&gt;");
  });

  it("opens outside links in a new tab and keeps in-page links in the dialog", () => {
    const { html } = renderGuide('[Drive](https://drive.google.com/ "Drive") dan [ke atas](#atas)\n');
    expect(html).toContain(
      '<a href="https://drive.google.com/" title="Drive" target="_blank" rel="noopener noreferrer">Drive</a>',
    );
    expect(html).toContain('<a href="#atas">ke atas</a>');
  });

  it("gives headings ids and lists the level-2 ones as sections", () => {
    const { html, sections } = renderGuide(
      "# Judul\n\n## 1. Menyiapkan workbook (sekali saja)\n\n## Catatan <x>\n",
    );
    expect(sections).toEqual([
      { id: "menyiapkan-workbook-sekali-saja", title: "1. Menyiapkan workbook (sekali saja)" },
      { id: "catatan-x", title: "Catatan &lt;x&gt;" },
    ]);
    expect(html).toContain('<h2 id="catatan-x">Catatan &lt;x&gt;</h2>');
    expect(slug("7. Arti pesan saat membuat laporan")).toBe("arti-pesan-saat-membuat-laporan");
  });

  it("puts tables in a focusable scrolling region with column headers", () => {
    const { html } = renderGuide("| Pesan | Artinya |\n| --- | --- |\n| `a < b` | x |\n");
    expect(html).toMatch(/<div class="table-scroll" role="region" aria-label="Tabel" tabindex="0"><table>/);
    expect(html).toContain('<th scope="col">Pesan</th>');
    expect(html).toContain("<td><code>a &lt; b</code></td>");
  });

  it("renders every section of docs/panduan.md, its menu paths included", () => {
    const markdown = readFileSync(GUIDE_FILE, "utf8");
    const { html, sections } = renderGuide(markdown);
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.map((s) => s.title)).toEqual(headings);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(html).toContain(SETUP_MENU_PATH.replaceAll(">", "&gt;"));
  });
});
