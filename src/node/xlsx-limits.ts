/**
 * What an .xlsx may hold before it is loaded: exceljs inflates every part into memory and keeps a
 * tab's rows and cells up to its last one, so a 36 KB file with one cell at XFD1048576, or a zip
 * bomb, would take the process down (V8 out of memory, exit 134). Read here from the zip's own
 * directory, each part inflated with a ceiling, before exceljs sees the file.
 */
import { inflateRawSync } from "node:zlib";
import { formatNumber } from "../core/words/format";
import { columnLetter } from "../core/workbook/parse";

/** Google Sheets holds at most 10 million cells per spreadsheet: a workbook past it cannot come from there. */
export const MAX_CELLS = 10_000_000;
/** The parts of a workbook together, inflated: a month's workbook is a few MB at most. */
export const MAX_INFLATED_MB = 100;

export type LimitCode = "workbook-too-many-cells" | "workbook-inflates-too-much" | "not-xlsx";

export interface Refusal {
  code: LimitCode;
  message: string;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip's central directory; undefined when the file is no zip this reader can follow. */
function entries(zip: Buffer): Entry[] | undefined {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let i = zip.length - 22; i >= lowest; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const found: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    found.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return found;
}

class TooBig extends Error {}

/** One part's bytes, inflated with at most `budget` bytes out (TooBig past it). */
function inflate(zip: Buffer, entry: Entry, budget: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new Error("bad local header");
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > budget) throw new TooBig();
    return data;
  }
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
      throw new TooBig();
    }
    throw error;
  }
}

/** `XFD` -> 16383 (0-based). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Extent {
  rows: number;
  columns: number;
  /** The farthest cell, for the message: the one with the highest row, then column. */
  far: string;
}

/** The last row and column that hold a cell in a worksheet's XML (sparse: only cells written). */
function extentOf(xml: string): Extent {
  let rows = 0;
  let columns = 0;
  let far = "A1";
  const cell = /<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g;
  for (let m = cell.exec(xml); m; m = cell.exec(xml)) {
    const row = Number(m[2]);
    const column = columnIndex(m[1] ?? "A") + 1;
    if (row > rows || (row === rows && column > columns)) far = `${m[1]}${m[2]}`;
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  return { rows, columns, far };
}

/** Sheet names by their part (`xl/worksheets/sheet1.xml` -> `Webinar`), from workbook.xml and its rels. */
function sheetNames(parts: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) names.set(target, unescapeXml(name));
  }
  return names;
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Whether the workbook may be loaded: undefined when it may, else why not, in Indonesian. Past
 * MAX_INFLATED_MB of parts, or past MAX_CELLS cells counted as Google Sheets counts them (each
 * tab's rows up to its last cell times its columns up to its last cell), it is refused.
 */
export function checkXlsxLimits(zip: Buffer, fileName: string): Refusal | undefined {
  const list = entries(zip);
  const unreadable: Refusal = {
    code: "not-xlsx",
    message:
      `File "${fileName}" tidak dapat dibuka sebagai workbook Excel (.xlsx). ` +
      "Unduh ulang dari Google Sheets melalui File > Download > Microsoft Excel (.xlsx).",
  };
  if (!list) return unreadable;
  let budget = MAX_INFLATED_MB * 1024 * 1024;
  const xml = new Map<string, string>();
  const extents = new Map<string, Extent>();
  try {
    for (const entry of list) {
      if (entry.name.endsWith("/")) continue;
      const bytes = inflate(zip, entry, budget);
      budget -= bytes.length;
      const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
      const isIndex = entry.name === "xl/workbook.xml" || entry.name === "xl/_rels/workbook.xml.rels";
      if (isSheet) extents.set(entry.name, extentOf(bytes.toString("utf8")));
      else if (isIndex) xml.set(entry.name, bytes.toString("utf8"));
    }
  } catch (error) {
    if (!(error instanceof TooBig)) return unreadable;
    return {
      code: "workbook-inflates-too-much",
      message:
        `File "${fileName}" berisi data yang setelah dibuka melebihi ${MAX_INFLATED_MB} MB ` +
        `(batas untuk sebuah workbook laporan), sehingga tidak dibaca. File ini kemungkinan rusak atau bukan unduhan ` +
        "Google Sheets: unduh ulang melalui File > Download > Microsoft Excel (.xlsx).",
    };
  }
  const names = sheetNames(xml);
  let cells = 0;
  let widest: { name: string; extent: Extent } | undefined;
  for (const [part, extent] of extents) {
    const size = extent.rows * extent.columns;
    cells += size;
    if (!widest || size > widest.extent.rows * widest.extent.columns) {
      widest = { name: names.get(part) ?? part, extent };
    }
  }
  if (cells <= MAX_CELLS || !widest) return undefined;
  const { name, extent } = widest;
  return {
    code: "workbook-too-many-cells",
    message:
      `Workbook "${fileName}" mencakup ${formatNumber(cells)} sel, melebihi ${formatNumber(MAX_CELLS)} sel yang dapat ` +
      `ditampung Google Sheets, sehingga tidak dibaca. Tab "${name}" berisi sel sampai ${extent.far} ` +
      `(${formatNumber(extent.rows)} baris x ${formatNumber(extent.columns)} kolom, sampai kolom ${columnLetter(extent.columns - 1)}): ` +
      "hapus isi sel yang jauh di luar tabel, lalu unduh ulang.",
  };
}
