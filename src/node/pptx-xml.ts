/**
 * Repairs to the file pptxgenjs writes, applied to the finished zip.
 *
 * 1. pptxgenjs emits an `<a:pPr>` before EVERY run of a paragraph, so a sentence with a bold
 *    word becomes `<a:p><a:pPr/><a:r/><a:pPr/><a:r/></a:p>`. The schema allows one `<a:pPr>`,
 *    first; PowerPoint reports such files as needing repair (gitbrent/PptxGenJS#1081). Only the
 *    first, which carries the paragraph's bullet and alignment, is kept.
 * 2. pptxgenjs numbers chart parts with a counter global to the process (`chart6.xml` for the
 *    first chart of the second deck rendered), so the same Deck would give different parts.
 *    Charts are renumbered 1..n in their original order.
 */
import JSZip from "jszip";

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

export function keepFirstParagraphProps(xml: string): string {
  return xml.replace(PARAGRAPH, (_match, body: string) => {
    let seen = false;
    const fixed = body.replace(PARAGRAPH_PROPS, (props) => {
      if (seen) return "";
      seen = true;
      return props;
    });
    return `<a:p>${fixed}</a:p>`;
  });
}

const SLIDE_PART = /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/;
const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;
/** Names that carry a chart's global number: part names, and the rels and content types naming them. */
const CHART_NUMBERED = /(chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g;
const REFERS_TO_PARTS = /(\.rels|^\[Content_Types\]\.xml)$/;
const TEXT_PART = /\.(xml|rels)$/;

/** Global chart number -> 1..n, in order. */
export function chartRenumbering(partNames: readonly string[]): Map<number, number> {
  const numbers = partNames
    .map((name) => CHART_PART.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  return new Map(numbers.map((n, i) => [n, i + 1]));
}

function renumber(text: string, mapping: Map<number, number>): string {
  return text.replace(CHART_NUMBERED, (whole, stem: string, n: string, ext: string) => {
    const to = mapping.get(Number(n));
    return to === undefined ? whole : `${stem}${to}${ext}`;
  });
}

export async function repairPptx(file: Uint8Array): Promise<Buffer> {
  const source = await JSZip.loadAsync(file);
  const names = Object.keys(source.files).filter((name) => !source.files[name]?.dir);
  const mapping = chartRenumbering(names);
  const out = new JSZip();
  for (const name of names) {
    const entry = source.file(name);
    if (!entry) continue;
    const target = renumber(name, mapping);
    if (!TEXT_PART.test(name)) {
      out.file(target, await entry.async("uint8array"));
      continue;
    }
    let xml = await entry.async("string");
    if (REFERS_TO_PARTS.test(name)) xml = renumber(xml, mapping);
    if (SLIDE_PART.test(name)) xml = keepFirstParagraphProps(xml);
    out.file(target, xml);
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
