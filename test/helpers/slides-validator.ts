/**
 * Checks a Slides API batchUpdate the way the API would before applying it, replaying the
 * requests in order over a model of the presentation: which pages and elements exist, how much
 * text each shape and table cell holds, each table's rows and columns. Returns the problems
 * found (empty = valid), each naming the request by its position: `#12 insertText: ...`.
 *
 * `existingObjectIds` are taken as the presentation's existing slides (what a regeneration
 * deletes). Geometry is checked against `pageSize` in EMU (default 720 x 405 pt, 16:9).
 */
type Request = GoogleAppsScript.Slides.Schema.Request;
type Range = GoogleAppsScript.Slides.Schema.Range;
type CellLocation = GoogleAppsScript.Slides.Schema.TableCellLocation;
type TableRange = GoogleAppsScript.Slides.Schema.TableRange;
type Dimension = GoogleAppsScript.Slides.Schema.Dimension;
type ElementProperties = GoogleAppsScript.Slides.Schema.PageElementProperties;

export interface ValidateOptions {
  existingObjectIds?: string[];
  /** Page size in EMU. */
  pageSize?: { width: number; height: number };
}

const EMU_PER_PT = 12700;
const DEFAULT_PAGE = { width: 720 * EMU_PER_PT, height: 405 * EMU_PER_PT };
const MIN_COLUMN_EMU = 32 * EMU_PER_PT;
/** Rounding slack when checking that an element ends inside the page. */
const SLACK_EMU = 2;

export const OBJECT_ID = /^[a-zA-Z0-9_][a-zA-Z0-9_\-:]*$/;

const ENUMS = {
  predefinedLayout: [
    "BLANK",
    "CAPTION_ONLY",
    "TITLE",
    "TITLE_AND_BODY",
    "TITLE_AND_TWO_COLUMNS",
    "TITLE_ONLY",
    "SECTION_HEADER",
    "SECTION_TITLE_AND_DESCRIPTION",
    "ONE_COLUMN_TEXT",
    "MAIN_POINT",
    "BIG_NUMBER",
  ],
  shapeType: ["TEXT_BOX", "RECTANGLE", "ROUND_RECTANGLE", "ELLIPSE"],
  rangeType: ["FIXED_RANGE", "FROM_START_INDEX", "ALL"],
  alignment: ["START", "CENTER", "END", "JUSTIFIED"],
  bulletPreset: [
    "BULLET_DISC_CIRCLE_SQUARE",
    "BULLET_DIAMONDX_ARROW3D_SQUARE",
    "BULLET_CHECKBOX",
    "BULLET_ARROW_DIAMOND_DISC",
    "BULLET_STAR_CIRCLE_SQUARE",
    "BULLET_ARROW3D_CIRCLE_SQUARE",
    "BULLET_LEFTTRIANGLE_DIAMOND_DISC",
    "BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE",
    "BULLET_DIAMOND_CIRCLE_SQUARE",
    "NUMBERED_DIGIT_ALPHA_ROMAN",
    "NUMBERED_DIGIT_ALPHA_ROMAN_PARENS",
    "NUMBERED_DIGIT_NESTED",
    "NUMBERED_UPPERALPHA_ALPHA_ROMAN",
    "NUMBERED_UPPERROMAN_UPPERALPHA_DIGIT",
    "NUMBERED_ZERODIGIT_ALPHA_ROMAN",
  ],
  contentAlignment: ["TOP", "MIDDLE", "BOTTOM"],
  borderPosition: [
    "ALL",
    "BOTTOM",
    "INNER",
    "INNER_HORIZONTAL",
    "INNER_VERTICAL",
    "LEFT",
    "OUTER",
    "RIGHT",
    "TOP",
  ],
  linkingMode: ["LINKED", "NOT_LINKED_IMAGE"],
} as const;

type Kind = "page" | "shape" | "table" | "chart";

interface Obj {
  kind: Kind;
  /** The page an element sits on. */
  page?: string;
  deleted: boolean;
  textLength: number;
  rows: number;
  columns: number;
  cells: Map<string, number>;
  x: number;
  columnWidths: number[];
}

function newObj(kind: Kind, page?: string): Obj {
  const obj: Obj = {
    kind,
    deleted: false,
    textLength: 0,
    rows: 0,
    columns: 0,
    cells: new Map(),
    x: 0,
    columnWidths: [],
  };
  if (page !== undefined) obj.page = page;
  return obj;
}

const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);

function toEmu(d: Dimension | undefined): number | undefined {
  if (!d || typeof d.magnitude !== "number" || !Number.isFinite(d.magnitude)) return undefined;
  if (d.unit === "EMU") return d.magnitude;
  if (d.unit === "PT") return d.magnitude * EMU_PER_PT;
  return undefined;
}

export function validateRequests(requests: readonly Request[], options: ValidateOptions = {}): string[] {
  const page = options.pageSize ?? DEFAULT_PAGE;
  const objects = new Map<string, Obj>();
  for (const id of options.existingObjectIds ?? []) objects.set(id, newObj("page"));
  let slideCount = objects.size;
  const problems: string[] = [];

  requests.forEach((request, index) => {
    const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
    const kind = kinds[0] ?? "(none)";
    const problem = (message: string): void => {
      problems.push(`#${index} ${kind}: ${message}`);
    };
    if (kinds.length !== 1) {
      problem(`a request must hold exactly one kind, found ${kinds.length} (${kinds.join(", ")})`);
      return;
    }
    const body = (request as Record<string, Record<string, unknown>>)[kind] ?? {};

    checkValues(body, problem);

    const wellFormed = (id: unknown, what = "objectId"): id is string => {
      if (typeof id !== "string") {
        problem(`${what} is required`);
        return false;
      }
      if (id.length < 5 || id.length > 50) problem(`${what} "${id}" must be 5-50 characters long`);
      if (!OBJECT_ID.test(id))
        problem(`${what} "${id}" has characters outside [a-zA-Z0-9_-:] (or starts with - or :)`);
      return true;
    };
    const create = (id: unknown, obj: Obj): void => {
      if (id === undefined) return;
      if (!wellFormed(id)) return;
      const old = objects.get(id);
      if (old && !old.deleted) problem(`objectId "${id}" already exists`);
      else if (old) problem(`objectId "${id}" reuses the ID of an object deleted earlier in the batch`);
      else objects.set(id, obj);
    };
    const find = (id: unknown, allowed: readonly Kind[], what = "objectId"): Obj | undefined => {
      if (typeof id !== "string") {
        problem(`${what} is required`);
        return undefined;
      }
      const obj = objects.get(id);
      if (!obj) {
        problem(`${what} "${id}" does not exist (not created earlier in the batch)`);
        return undefined;
      }
      if (obj.deleted) {
        problem(`${what} "${id}" was deleted earlier in the batch`);
        return undefined;
      }
      if (!allowed.includes(obj.kind)) {
        problem(`${what} "${id}" is a ${obj.kind}, expected ${allowed.join(" or ")}`);
        return undefined;
      }
      return obj;
    };
    const oneOf = (field: string, value: unknown, allowed: readonly string[]) => {
      if (typeof value !== "string" || !allowed.includes(value))
        problem(`${field} "${String(value)}" is not one of ${allowed.join(", ")}`);
    };
    const placed = (
      props: ElementProperties | undefined,
      sizeRequired: boolean,
    ): { page: string; x: number; w: number } | undefined => {
      if (!props) {
        problem("elementProperties is required");
        return undefined;
      }
      const pageObj = find(props.pageObjectId, ["page"], "elementProperties.pageObjectId");
      const geometry = checkGeometry(props, page, sizeRequired, problem);
      return pageObj && typeof props.pageObjectId === "string"
        ? { page: props.pageObjectId, ...geometry }
        : undefined;
    };
    /** The text length of a shape or a table cell, after checking the target. */
    const textTarget = (
      id: unknown,
      cell: CellLocation | undefined,
    ): { get: () => number; set: (n: number) => void } | undefined => {
      const obj = find(id, ["shape", "table"]);
      if (!obj) return undefined;
      if (obj.kind === "shape") {
        if (cell) problem("cellLocation is only for tables");
        return { get: () => obj.textLength, set: (n) => (obj.textLength = n) };
      }
      if (!cell) {
        problem(`cellLocation is required for table "${String(id)}"`);
        return undefined;
      }
      if (!insideTable(obj, cell.rowIndex, cell.columnIndex, 1, 1, problem)) return undefined;
      const key = `${cell.rowIndex}:${cell.columnIndex}`;
      return { get: () => obj.cells.get(key) ?? 0, set: (n) => obj.cells.set(key, n) };
    };
    const rangeInText = (range: Range | undefined, length: number) => {
      if (!range) return problem("textRange is required");
      oneOf("textRange.type", range.type, ENUMS.rangeType);
      if (range.type === "ALL") {
        if (range.startIndex !== undefined || range.endIndex !== undefined)
          problem("textRange ALL takes no indices");
        if (length === 0) problem("textRange ALL of an object without text");
      } else if (range.type === "FROM_START_INDEX") {
        if (range.endIndex !== undefined) problem("textRange FROM_START_INDEX takes no endIndex");
        if (!isInt(range.startIndex) || range.startIndex < 0 || range.startIndex >= length)
          problem(`startIndex ${String(range.startIndex)} is outside the text (length ${length})`);
      } else if (range.type === "FIXED_RANGE") {
        const { startIndex: s, endIndex: e } = range;
        if (!isInt(s) || !isInt(e)) problem("textRange FIXED_RANGE needs integer startIndex and endIndex");
        else if (s < 0 || e > length) problem(`range [${s}, ${e}) is outside the text (length ${length})`);
        else if (s >= e) problem(`range [${s}, ${e}) is empty`);
      }
    };
    const fieldsCover = (fields: unknown, style: unknown, what: string) => {
      if (typeof fields !== "string" || fields.trim() === "") return problem("fields is required");
      if (!style || typeof style !== "object") return problem(`${what} is required`);
      const listed = fields.split(",").map((f) => f.trim());
      if (listed.includes("*")) return;
      for (const key of Object.keys(style)) {
        if ((style as Record<string, unknown>)[key] === undefined) continue;
        if (!listed.some((f) => f === key || f.startsWith(`${key}.`)))
          problem(`${what}.${key} is set but not listed in fields`);
      }
    };

    switch (kind) {
      case "createSlide": {
        const r = body as GoogleAppsScript.Slides.Schema.CreateSlideRequest;
        if (
          r.insertionIndex !== undefined &&
          (!isInt(r.insertionIndex) || r.insertionIndex < 0 || r.insertionIndex > slideCount)
        )
          problem(
            `insertionIndex ${r.insertionIndex} is outside 0..${slideCount} (the slides there are then)`,
          );
        const layout = r.slideLayoutReference;
        if (layout) {
          const set = [layout.layoutId, layout.predefinedLayout].filter((v) => v !== undefined).length;
          if (set !== 1) problem("slideLayoutReference needs exactly one of layoutId, predefinedLayout");
          if (layout.predefinedLayout !== undefined)
            oneOf("predefinedLayout", layout.predefinedLayout, ENUMS.predefinedLayout);
        }
        create(r.objectId, newObj("page"));
        slideCount++;
        break;
      }
      case "createShape": {
        const r = body as GoogleAppsScript.Slides.Schema.CreateShapeRequest;
        oneOf("shapeType", r.shapeType, ENUMS.shapeType);
        const at = placed(r.elementProperties, true);
        create(r.objectId, newObj("shape", at?.page));
        break;
      }
      case "createTable": {
        const r = body as GoogleAppsScript.Slides.Schema.CreateTableRequest;
        if (!isInt(r.rows) || r.rows < 1) problem(`rows ${String(r.rows)} must be a positive integer`);
        if (!isInt(r.columns) || r.columns < 1)
          problem(`columns ${String(r.columns)} must be a positive integer`);
        const at = placed(r.elementProperties, true);
        const table = newObj("table", at?.page);
        table.rows = r.rows ?? 0;
        table.columns = r.columns ?? 0;
        table.x = at?.x ?? 0;
        table.columnWidths = Array.from(
          { length: table.columns },
          () => (at?.w ?? 0) / Math.max(table.columns, 1),
        );
        create(r.objectId, table);
        break;
      }
      case "createSheetsChart": {
        const r = body as GoogleAppsScript.Slides.Schema.CreateSheetsChartRequest;
        if (typeof r.spreadsheetId !== "string" || r.spreadsheetId === "")
          problem("spreadsheetId is required");
        if (!isInt(r.chartId)) problem("chartId (an integer) is required");
        oneOf("linkingMode", r.linkingMode, ENUMS.linkingMode);
        const at = placed(r.elementProperties, false);
        create(r.objectId, newObj("chart", at?.page));
        break;
      }
      case "deleteObject": {
        const r = body as GoogleAppsScript.Slides.Schema.DeleteObjectRequest;
        const obj = find(r.objectId, ["page", "shape", "table", "chart"]);
        if (!obj) break;
        obj.deleted = true;
        if (obj.kind === "page") {
          slideCount--;
          for (const child of objects.values()) if (child.page === r.objectId) child.deleted = true;
        }
        break;
      }
      case "insertText": {
        const r = body as GoogleAppsScript.Slides.Schema.InsertTextRequest;
        if (typeof r.text !== "string" || r.text === "") problem("text must be a non-empty string");
        const target = textTarget(r.objectId, r.cellLocation);
        if (!target) break;
        const at = r.insertionIndex ?? 0;
        if (!isInt(at) || at < 0 || at > target.get())
          problem(`insertionIndex ${at} is outside the text (length ${target.get()})`);
        target.set(target.get() + (r.text ?? "").length);
        break;
      }
      case "updateTextStyle": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateTextStyleRequest;
        const target = textTarget(r.objectId, r.cellLocation);
        if (target) rangeInText(r.textRange, target.get());
        fieldsCover(r.fields, r.style, "style");
        const size = toEmu(r.style?.fontSize);
        if (
          r.style?.fontSize !== undefined &&
          (size === undefined || size < EMU_PER_PT || size > 400 * EMU_PER_PT)
        )
          problem(`fontSize ${JSON.stringify(r.style.fontSize)} is outside 1..400 pt`);
        break;
      }
      case "updateParagraphStyle": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateParagraphStyleRequest;
        const target = textTarget(r.objectId, r.cellLocation);
        if (target) rangeInText(r.textRange, target.get());
        fieldsCover(r.fields, r.style, "style");
        if (r.style?.alignment !== undefined) oneOf("alignment", r.style.alignment, ENUMS.alignment);
        break;
      }
      case "createParagraphBullets": {
        const r = body as GoogleAppsScript.Slides.Schema.CreateParagraphBulletsRequest;
        const target = textTarget(r.objectId, r.cellLocation);
        if (target) rangeInText(r.textRange, target.get());
        oneOf("bulletPreset", r.bulletPreset, ENUMS.bulletPreset);
        break;
      }
      case "updateShapeProperties": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateShapePropertiesRequest;
        find(r.objectId, ["shape"]);
        fieldsCover(r.fields, r.shapeProperties, "shapeProperties");
        const align = r.shapeProperties?.contentAlignment;
        if (align !== undefined) oneOf("contentAlignment", align, ENUMS.contentAlignment);
        break;
      }
      case "updatePageProperties": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdatePagePropertiesRequest;
        find(r.objectId, ["page"]);
        fieldsCover(r.fields, r.pageProperties, "pageProperties");
        break;
      }
      case "updateTableCellProperties": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateTableCellPropertiesRequest;
        const table = find(r.objectId, ["table"]);
        if (table && r.tableRange) tableRangeInside(table, r.tableRange, problem);
        fieldsCover(r.fields, r.tableCellProperties, "tableCellProperties");
        const align = r.tableCellProperties?.contentAlignment;
        if (align !== undefined) oneOf("contentAlignment", align, ENUMS.contentAlignment);
        break;
      }
      case "updateTableBorderProperties": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateTableBorderPropertiesRequest;
        const table = find(r.objectId, ["table"]);
        if (table && r.tableRange) tableRangeInside(table, r.tableRange, problem);
        if (r.borderPosition !== undefined) oneOf("borderPosition", r.borderPosition, ENUMS.borderPosition);
        fieldsCover(r.fields, r.tableBorderProperties, "tableBorderProperties");
        break;
      }
      case "updateTableColumnProperties": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateTableColumnPropertiesRequest;
        const table = find(r.objectId, ["table"]);
        fieldsCover(r.fields, r.tableColumnProperties, "tableColumnProperties");
        if (!table) break;
        const width = toEmu(r.tableColumnProperties?.columnWidth);
        if (width !== undefined && width < MIN_COLUMN_EMU)
          problem(`columnWidth ${width} EMU is below the minimum 32 pt`);
        const indices = r.columnIndices ?? Array.from({ length: table.columns }, (_, i) => i);
        for (const col of indices) {
          if (!isInt(col) || col < 0 || col >= table.columns)
            problem(`column ${col} is outside the table's ${table.columns} columns`);
          else if (width !== undefined) table.columnWidths[col] = width;
        }
        const right = table.x + table.columnWidths.reduce((a, b) => a + b, 0);
        if (right > page.width + SLACK_EMU)
          problem(`the table now ends at x=${right} EMU, past the page width ${page.width}`);
        break;
      }
      case "updateTableRowProperties": {
        const r = body as GoogleAppsScript.Slides.Schema.UpdateTableRowPropertiesRequest;
        const table = find(r.objectId, ["table"]);
        fieldsCover(r.fields, r.tableRowProperties, "tableRowProperties");
        if (!table) break;
        for (const row of r.rowIndices ?? []) {
          if (!isInt(row) || row < 0 || row >= table.rows)
            problem(`row ${row} is outside the table's ${table.rows} rows`);
        }
        const height = toEmu(r.tableRowProperties?.minRowHeight);
        if (height !== undefined && (height <= 0 || height > page.height))
          problem(`minRowHeight ${height} EMU is not inside the page`);
        break;
      }
      default:
        problem("request kind not known to the validator");
    }
  });
  return problems;
}

function insideTable(
  table: Obj,
  row: unknown,
  column: unknown,
  rowSpan: number,
  columnSpan: number,
  problem: (m: string) => void,
): boolean {
  if (!isInt(row) || !isInt(column)) {
    problem("rowIndex and columnIndex (integers) are required");
    return false;
  }
  if (row < 0 || column < 0 || row + rowSpan > table.rows || column + columnSpan > table.columns) {
    problem(
      `cell (${row}, ${column}) span ${rowSpan}x${columnSpan} is outside the table's ${table.rows} rows x ${table.columns} columns`,
    );
    return false;
  }
  return true;
}

function tableRangeInside(table: Obj, range: TableRange, problem: (m: string) => void): void {
  const rowSpan = range.rowSpan ?? 1;
  const columnSpan = range.columnSpan ?? 1;
  if (!isInt(rowSpan) || !isInt(columnSpan) || rowSpan < 1 || columnSpan < 1) {
    problem("rowSpan and columnSpan must be positive integers");
    return;
  }
  insideTable(table, range.location?.rowIndex, range.location?.columnIndex, rowSpan, columnSpan, problem);
}

/** Size and position inside the page; returns the left edge and width in EMU. */
function checkGeometry(
  props: ElementProperties,
  page: { width: number; height: number },
  sizeRequired: boolean,
  problem: (m: string) => void,
): { x: number; w: number } {
  const t = props.transform;
  const unitFactor = t?.unit === "PT" ? EMU_PER_PT : 1;
  if (t && t.unit !== "EMU" && t.unit !== "PT")
    problem(`transform.unit "${String(t.unit)}" must be EMU or PT`);
  if (t && (t.scaleX === undefined || t.scaleY === undefined))
    problem("transform needs scaleX and scaleY (0 collapses the element)");
  const x = (t?.translateX ?? 0) * unitFactor;
  const y = (t?.translateY ?? 0) * unitFactor;
  const w = (toEmu(props.size?.width) ?? 0) * (t?.scaleX ?? 1);
  const h = (toEmu(props.size?.height) ?? 0) * (t?.scaleY ?? 1);
  if (!props.size) {
    if (sizeRequired) problem("elementProperties.size is required");
  } else if (!(w > 0) || !(h > 0)) problem(`size ${w} x ${h} EMU must be positive (units EMU or PT)`);
  if (x < 0 || y < 0) problem(`position (${x}, ${y}) EMU is off the page`);
  if (x + w > page.width + SLACK_EMU || y + h > page.height + SLACK_EMU)
    problem(`element (${x}, ${y}) + (${w} x ${h}) EMU ends outside the page ${page.width} x ${page.height}`);
  return { x, w };
}

/** Colours 0..1, alpha 0..1, one of rgbColor/themeColor, dimensions in EMU or PT, anywhere in a request. */
function checkValues(value: unknown, problem: (m: string) => void, path = ""): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkValues(item, problem, `${path}[${i}]`);
    });
    return;
  }
  if (!value || typeof value !== "object") return;
  const obj = value as Record<string, unknown>;
  if ("rgbColor" in obj && "themeColor" in obj) problem(`${path} sets both rgbColor and themeColor`);
  if (path.endsWith("rgbColor")) {
    for (const channel of ["red", "green", "blue"]) {
      const c = obj[channel];
      if (c !== undefined && (typeof c !== "number" || !(c >= 0 && c <= 1)))
        problem(`${path}.${channel} ${String(c)} is outside 0..1`);
    }
  }
  if ("alpha" in obj) {
    const a = obj.alpha;
    if (typeof a !== "number" || !(a >= 0 && a <= 1)) problem(`${path}.alpha ${String(a)} is outside 0..1`);
  }
  if ("magnitude" in obj) {
    if (obj.unit !== "EMU" && obj.unit !== "PT")
      problem(`${path}.unit "${String(obj.unit)}" must be EMU or PT`);
    if (typeof obj.magnitude !== "number" || !Number.isFinite(obj.magnitude))
      problem(`${path}.magnitude is not a number`);
  }
  for (const [key, child] of Object.entries(obj)) checkValues(child, problem, path ? `${path}.${key}` : key);
}

/**
 * The text of every shape and table cell after the batch, keyed by object ID (cells as
 * `<table>[row,column]`), replaying insertText only (the requests this project sends).
 */
export function replayText(requests: readonly Request[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const request of requests) {
    const r = request.insertText;
    if (!r?.objectId || r.text === undefined) continue;
    const key = r.cellLocation
      ? `${r.objectId}[${r.cellLocation.rowIndex},${r.cellLocation.columnIndex}]`
      : r.objectId;
    const old = texts.get(key) ?? "";
    const at = r.insertionIndex ?? 0;
    texts.set(key, old.slice(0, at) + r.text + old.slice(at));
  }
  return texts;
}
