/**
 * Reads a .pptx back (as written by src/node/pptx.ts, or any PowerPoint file) for assertions:
 * per slide, in presentation order, the text of every shape, the cells of every table and the
 * data of every chart. Fields (the slide number) are left out; master/layout text is not read.
 */
import JSZip from "jszip";

export interface ChartData {
  kind: "bar" | "line" | "pie" | "other";
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  /** Number formats of the data labels (distinct, in order of appearance). */
  labelFormats: string[];
  /** Number format of the value axis, when the chart has one. */
  axisFormat?: string;
}

export interface SlideContent {
  /** 1-based position in the deck. */
  number: number;
  /** Part name, e.g. `ppt/slides/slide3.xml`. */
  part: string;
  /** One entry per text shape, paragraphs joined with `\n`, in drawing order. */
  shapes: string[];
  /** One entry per table: rows of cell texts, header row first. */
  tables: string[][][];
  charts: ChartData[];
  /** Everything readable on the slide (shapes, then table cells, then chart titles/categories), one line each. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? "");
}

/** Text of a `<a:p>`: its runs' `<a:t>`, `<a:br/>` as `\n`; fields (slide numbers) skipped. */
function paragraphText(paragraph: string): string {
  const withoutFields = paragraph.replace(/<a:fld\b[\s\S]*?<\/a:fld>/g, "");
  let out = "";
  for (const m of withoutFields.matchAll(/<a:br\/>|<a:t>([\s\S]*?)<\/a:t>|<a:t\/>/g)) {
    out += m[0] === "<a:br/>" ? "\n" : decodeXml(m[1] ?? "");
  }
  return out;
}

/** Text of a `txBody`: paragraphs joined with `\n`. */
function bodyText(xml: string): string {
  return all(xml, /<a:p>([\s\S]*?)<\/a:p>/g)
    .map(paragraphText)
    .join("\n");
}

function tableCells(table: string): string[][] {
  return all(table, /<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g).map((row) =>
    all(row, /<a:tc\b[^>]*>([\s\S]*?)<\/a:tc>/g).map(bodyText),
  );
}

function cachedPoints(xml: string): string[] {
  return all(xml, /<c:pt idx="\d+">\s*<c:v>([\s\S]*?)<\/c:v>/g).map(decodeXml);
}

export function parseChart(xml: string): ChartData {
  const kind = /<c:barChart>/.test(xml)
    ? "bar"
    : /<c:lineChart>/.test(xml)
      ? "line"
      : /<c:pieChart>/.test(xml)
        ? "pie"
        : "other";
  const titleXml = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "";
  const sers = all(xml, /<c:ser>([\s\S]*?)<\/c:ser>/g);
  const categories = cachedPoints(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(sers[0] ?? "")?.[1] ?? "");
  const series = sers.map((ser) => ({
    name: cachedPoints(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[1] ?? "").join(""),
    values: cachedPoints(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? "").map(Number),
  }));
  const formatsIn = (part: string) => all(part, /<c:numFmt formatCode="([^"]*)"/g).map(decodeXml);
  const labelFormats = [...new Set(all(xml, /<c:dLbls>([\s\S]*?)<\/c:dLbls>/g).flatMap(formatsIn))];
  const axisFormat = formatsIn(/<c:valAx>([\s\S]*?)<\/c:valAx>/.exec(xml)?.[1] ?? "")[0];
  const chart: ChartData = { kind, title: bodyText(titleXml), categories, series, labelFormats };
  if (axisFormat !== undefined) chart.axisFormat = axisFormat;
  return chart;
}

function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const xml = (await zip.file(relsPath)?.async("string")) ?? "";
  const map = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    const id = /\bId="([^"]+)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(attrs)?.[1];
    if (id && target) map.set(id, resolvePart(part, decodeXml(target)));
  }
  return map;
}

async function readText(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`pptx: part ${part} is missing`);
  return file.async("string");
}

/** The slides' part names in presentation order. */
export async function slideParts(zip: JSZip): Promise<string[]> {
  const presentation = await readText(zip, "ppt/presentation.xml");
  const rels = await relationships(zip, "ppt/presentation.xml");
  const list = /<p:sldIdLst>([\s\S]*?)<\/p:sldIdLst>/.exec(presentation)?.[1] ?? "";
  return all(list, /<p:sldId\b[^>]*\br:id="([^"]+)"/g).map((id) => {
    const part = rels.get(id);
    if (!part) throw new Error(`pptx: slide relationship ${id} is missing`);
    return part;
  });
}

async function readSlide(zip: JSZip, part: string, number: number): Promise<SlideContent> {
  const xml = await readText(zip, part);
  const rels = await relationships(zip, part);
  const shapes = all(xml, /<p:sp>([\s\S]*?)<\/p:sp>/g)
    .map((sp) => /<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(sp)?.[1])
    .filter((body): body is string => body !== undefined)
    .map(bodyText)
    .filter((text) => text !== "");
  const tables = all(xml, /<a:tbl>([\s\S]*?)<\/a:tbl>/g).map(tableCells);
  const charts: ChartData[] = [];
  for (const id of all(xml, /<c:chart\b[^>]*\br:id="([^"]+)"/g)) {
    const chartPart = rels.get(id);
    if (!chartPart) throw new Error(`pptx: chart relationship ${id} of ${part} is missing`);
    charts.push(parseChart(await readText(zip, chartPart)));
  }
  const lines = [
    ...shapes,
    ...tables.flatMap((t) => t.map((row) => row.join(" | "))),
    ...charts.flatMap((c) => [c.title, c.categories.join(" | ")]),
  ];
  return { number, part, shapes, tables, charts, text: lines.join("\n") };
}

export async function readPptx(file: Uint8Array | ArrayBuffer): Promise<SlideContent[]> {
  const zip = await JSZip.loadAsync(file);
  const parts = await slideParts(zip);
  return Promise.all(parts.map((part, i) => readSlide(zip, part, i + 1)));
}

/** The raw XML of every part whose name matches, keyed by part name (for determinism checks). */
export async function readParts(
  file: Uint8Array | ArrayBuffer,
  name: RegExp,
): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out: Record<string, string> = {};
  for (const part of Object.keys(zip.files).sort()) {
    const entry = zip.file(part);
    if (entry && name.test(part)) out[part] = await entry.async("string");
  }
  return out;
}
