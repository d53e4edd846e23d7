/**
 * Chart data and Sheets charts for the deck's chart elements, planned as ONE structural
 * `Sheets.Spreadsheets.batchUpdate` (pure: this file builds requests, the caller sends them).
 *
 * The tab lives in the year's chart spreadsheet (charts/book.ts), not in the staff's workbook;
 * workbooks made before that still hold a hidden `Data Grafik` tab that their older decks link to
 * (chart-tidy.ts removes it once no deck in Riwayat needs it).
 *
 * Every chart element of a month gets a block in the tab `Data Grafik`:
 *   key row      `2023-11 s04-publikasi-website:2` | chart title
 *   header row   `Kategori` | series names
 *   data rows    category | values
 * and a Sheets chart over that block. In a chart spreadsheet the key has column A to itself
 * (`keyColumn`) and the block starts in column B, so the read that finds the blocks (column A)
 * carries one key per chart, not every category label of every month. The data is written with
 * `updateCells` in the same batch as the charts, so the charts and their numbers change together
 * or not at all.
 *
 * Blocks and charts are per month AND chart key: the November deck stays linked to November's
 * numbers when October is generated later. Chart IDs are derived from the block's key, so a
 * regeneration updates the same charts (updateChartSpec) without storing anything anywhere.
 */
import { hash32 } from "../slides/ids";
import type { ChartRef, LinkedChart } from "../slides/requests";

type SheetsRequest = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type ChartSpec = GoogleAppsScript.Sheets.Schema.ChartSpec;

export const CHART_TAB = "Data Grafik";
/** Columns A..H hold a block: the category and up to seven series. */
export const DATA_WIDTH = 8;
/** Charts sit right of the data (column J, or K after a key column), so they never cover it. */
const CHART_GAP = 1;
const MIN_GRID_ROWS = 1000;
const MIN_GRID_COLUMNS = 26;
const PIXELS_PER_INCH = 96;
/** A block's key row: a month's (`2023-11 …`) or a period's (`2023-Q3 …`, `2023-S2 …`, `2023 …`). */
const KEY_PATTERN = /^\d{4}(?:-(?:\d{2}|[QS]\d))? \S+:\d+$/;

/** What the spreadsheet's metadata says about the chart tab and the IDs in use. */
export interface ChartTabState {
  /** Undefined when the tab does not exist yet. */
  sheetId: number | undefined;
  rowCount: number;
  columnCount: number;
  /** Column A of the tab, row 1 first (what the batchGet of `A:A` gave). */
  columnA: readonly unknown[];
  /** IDs of the charts on the chart tab. */
  chartIds: ReadonlySet<number>;
  /** Every other sheet ID and chart ID of the spreadsheet: a new ID must avoid them. */
  usedIds: ReadonlySet<number>;
}

export interface ChartPlan {
  requests: SheetsRequest[];
  /** By chart key, as `buildSlidesRequests` takes them. */
  links: Record<string, LinkedChart>;
  /** The chart tab's sheet ID (new or existing). */
  sheetId: number;
  added: number;
  updated: number;
}

/** `2023-11 s04-publikasi-website:2`: the text in column A that starts a block. */
export function blockKey(month: string, ref: Pick<ChartRef, "key">): string {
  return `${month} ${ref.key}`;
}

/** A positive 31-bit ID from text, re-salted until it avoids `taken`. */
export function stableId(text: string, taken: (id: number) => boolean): number {
  for (let salt = 0; ; salt++) {
    const id = (Number.parseInt(hash32(`${salt}|${text}`), 16) % 2_147_483_646) + 1;
    if (!taken(id)) return id;
  }
}

interface Block {
  key: string;
  /** 1-based row of the key row. */
  row: number;
  /** Rows the block may use before the next block (Infinity for the last one). */
  capacity: number;
}

function blocksOf(columnA: readonly unknown[]): { blocks: Map<string, Block>; usedEnd: number } {
  const starts: { key: string; row: number }[] = [];
  let usedEnd = 0;
  columnA.forEach((cell, i) => {
    const text =
      typeof cell === "string" ? cell.trim() : cell === null || cell === undefined ? "" : String(cell);
    if (text !== "") usedEnd = i + 1;
    if (KEY_PATTERN.test(text)) starts.push({ key: text, row: i + 1 });
  });
  const blocks = new Map<string, Block>();
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    blocks.set(start.key, { ...start, capacity: next ? next.row - start.row : Number.POSITIVE_INFINITY });
  });
  return { blocks, usedEnd };
}

const text = (value: string): CellData => ({ userEnteredValue: { stringValue: value } });
const empty = (): CellData => ({});
const numeric = (value: number): CellData =>
  Number.isFinite(value) ? { userEnteredValue: { numberValue: value } } : {};

/** The block's cells, padded with empty cells to `height` rows of the layout's width. */
function blockRows(key: string, ref: ChartRef, height: number, offset: number): { values: CellData[] }[] {
  const { chart } = ref;
  const lead = (first: CellData): CellData[] => (offset === 0 ? [first] : [empty(), first]);
  const rows: CellData[][] = [
    [text(key), text(chart.title)],
    [...lead(text("Kategori")), ...chart.series.map((s) => text(s.name))],
    ...chart.categories.map((category, i) => [
      ...lead(text(category)),
      ...chart.series.map((s) => numeric(s.values[i] ?? Number.NaN)),
    ]),
  ];
  return Array.from({ length: height }, (_, r) => ({
    values: Array.from({ length: DATA_WIDTH + offset }, (_, c) => rows[r]?.[c] ?? empty()),
  }));
}

function clearRows(height: number, offset: number): { values: CellData[] }[] {
  return Array.from({ length: height }, () => ({
    values: Array.from({ length: DATA_WIDTH + offset }, empty),
  }));
}

function range(sheetId: number, startRow: number, endRow: number, column: number): GridRange {
  return {
    sheetId,
    startRowIndex: startRow,
    endRowIndex: endRow,
    startColumnIndex: column,
    endColumnIndex: column + 1,
  };
}

/**
 * The value axis starts where the deck's chart says, as in the PPTX: bars at 0, a line at its
 * `axisMin`. `viewWindowOptions` is in the API (BasicChartAxis, ChartAxisViewWindowOptions:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartAxis)
 * though not yet in @types/google-apps-script, hence the widened type.
 */
function valueAxis(chart: ChartRef["chart"]): GoogleAppsScript.Sheets.Schema.BasicChartAxis {
  const min = chart.kind === "bar" ? 0 : (chart.axisMin ?? 0);
  const axis = {
    position: "LEFT_AXIS",
    viewWindowOptions: { viewWindowMin: min, viewWindowMode: "EXPLICIT" },
  };
  return axis as GoogleAppsScript.Sheets.Schema.BasicChartAxis;
}

/** The chart over a block whose key row is `row` (1-based); ranges include the header row. */
export function chartSpec(ref: ChartRef, sheetId: number, row: number, offset = 0): ChartSpec {
  const { chart } = ref;
  const first = row; // 0-based index of the header row
  const end = row + 1 + chart.categories.length;
  const source = (column: number) => ({
    sourceRange: { sources: [range(sheetId, first, end, column + offset)] },
  });
  if (chart.kind === "pie") {
    return {
      title: chart.title,
      pieChart: { legendPosition: "RIGHT_LEGEND", domain: source(0), series: source(1) },
    };
  }
  return {
    title: chart.title,
    basicChart: {
      chartType: chart.kind === "line" ? "LINE" : "COLUMN",
      legendPosition: chart.series.length > 1 ? "BOTTOM_LEGEND" : "NO_LEGEND",
      headerCount: 1,
      domains: [{ domain: source(0) }],
      series: chart.series.map((_, i) => ({ series: source(i + 1), targetAxis: "LEFT_AXIS" })),
      axis: [valueAxis(chart)],
    },
  };
}

function position(
  ref: ChartRef,
  sheetId: number,
  row: number,
  offset: number,
): GoogleAppsScript.Sheets.Schema.EmbeddedObjectPosition {
  return {
    overlayPosition: {
      anchorCell: { sheetId, rowIndex: row - 1, columnIndex: chartColumn(offset) },
      widthPixels: Math.max(50, Math.round(ref.box.w * PIXELS_PER_INCH)),
      heightPixels: Math.max(50, Math.round(ref.box.h * PIXELS_PER_INCH)),
    },
  };
}

const chartColumn = (offset: number): number => DATA_WIDTH + offset + CHART_GAP;

function checkFits(ref: ChartRef): void {
  if (ref.chart.series.length > DATA_WIDTH - 1) {
    throw new Error(
      `Grafik "${ref.chart.title}" punya ${ref.chart.series.length} seri; tab ${CHART_TAB} menampung paling banyak ${DATA_WIDTH - 1}.`,
    );
  }
}

export interface PlanOptions {
  /** Hidden in a workbook (staff never type there); visible in a chart spreadsheet (its only tab). */
  hidden: boolean;
  /** Sheets to delete once the chart tab exists (a new spreadsheet's empty first sheet). */
  dropSheetIds?: readonly number[];
  /** Column A holds only the keys; blocks start in column B (a chart spreadsheet's layout). */
  keyColumn?: boolean;
}

/**
 * The requests that create the chart tab if needed, grow it, write every chart's block and add
 * or update its chart; and the links the Slides batch needs.
 */
export function planCharts(
  refs: readonly ChartRef[],
  month: string,
  spreadsheetId: string,
  state: ChartTabState,
  options: PlanOptions = { hidden: true },
): ChartPlan {
  const requests: SheetsRequest[] = [];
  const offset = options.keyColumn ? 1 : 0;
  const taken = new Set<number>(state.usedIds);
  const sheetId = state.sheetId ?? stableId(CHART_TAB, (id) => taken.has(id));
  taken.add(sheetId);
  const { blocks, usedEnd } = blocksOf(state.sheetId === undefined ? [] : state.columnA);
  const appendStart = usedEnd === 0 ? 1 : usedEnd + 2;
  let nextFree = appendStart;
  const writes: { row: number; rows: { values: CellData[] }[] }[] = [];
  const charts: SheetsRequest[] = [];
  const links: Record<string, LinkedChart> = {};
  let added = 0;
  let updated = 0;

  for (const ref of refs) {
    checkFits(ref);
    const key = blockKey(month, ref);
    const height = ref.chart.categories.length + 3;
    const existing = blocks.get(key);
    // The last block can grow until the first new block; any other must fit where it is.
    const capacity =
      existing && existing.capacity === Number.POSITIVE_INFINITY
        ? appendStart - existing.row
        : existing?.capacity;
    let row: number;
    if (existing && capacity !== undefined && capacity >= height) {
      row = existing.row;
      writes.push({ row, rows: blockRows(key, ref, capacity, offset) });
    } else {
      if (existing && capacity !== undefined) {
        writes.push({ row: existing.row, rows: clearRows(capacity, offset) });
      }
      row = nextFree;
      nextFree += height;
      writes.push({ row, rows: blockRows(key, ref, height, offset) });
    }
    const chartId = stableId(`${spreadsheetId}|${key}`, (id) => taken.has(id) && !state.chartIds.has(id));
    taken.add(chartId);
    const spec = chartSpec(ref, sheetId, row, offset);
    if (state.chartIds.has(chartId)) {
      charts.push({ updateChartSpec: { chartId, spec } });
      charts.push({
        updateEmbeddedObjectPosition: {
          objectId: chartId,
          newPosition: position(ref, sheetId, row, offset),
          fields: "anchorCell,widthPixels,heightPixels",
        },
      });
      updated += 1;
    } else {
      charts.push({ addChart: { chart: { chartId, spec, position: position(ref, sheetId, row, offset) } } });
      added += 1;
    }
    links[ref.key] = { spreadsheetId, chartId };
  }

  const rowsNeeded = Math.max(0, ...writes.map((w) => w.row + w.rows.length - 1));
  if (state.sheetId === undefined) {
    requests.push({
      addSheet: {
        properties: {
          sheetId,
          title: CHART_TAB,
          hidden: options.hidden,
          gridProperties: { rowCount: Math.max(MIN_GRID_ROWS, rowsNeeded), columnCount: MIN_GRID_COLUMNS },
        },
      },
    });
    for (const dropped of options.dropSheetIds ?? []) requests.push({ deleteSheet: { sheetId: dropped } });
  } else {
    if (rowsNeeded > state.rowCount) {
      requests.push({
        appendDimension: { sheetId, dimension: "ROWS", length: rowsNeeded - state.rowCount + MIN_GRID_ROWS },
      });
    }
    if (state.columnCount < chartColumn(offset) + 1) {
      requests.push({
        appendDimension: {
          sheetId,
          dimension: "COLUMNS",
          length: chartColumn(offset) + 1 - state.columnCount,
        },
      });
    }
  }
  for (const write of writes) {
    requests.push({
      updateCells: {
        start: { sheetId, rowIndex: write.row - 1, columnIndex: 0 },
        rows: write.rows,
        fields: "userEnteredValue",
      },
    });
  }
  requests.push(...charts);
  return { requests, links, sheetId, added, updated };
}
