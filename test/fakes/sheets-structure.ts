/**
 * The structural requests of `Sheets.Spreadsheets.batchUpdate` the fake models: appendDimension,
 * insertDimension and deleteDimension (rows; sheets-dimensions.ts),
 * addSheet, deleteSheet (with its charts), updateCells, addChart, updateChartSpec,
 * updateEmbeddedObjectPosition. As the API
 * does, the whole batch is checked against the state it builds up (a sheet added by request 0
 * can be written by request 1) before anything changes; a bad request fails the batch with the
 * API's kind of message and leaves the spreadsheet as it was.
 */

import type { FakeSheet } from "./sheet";
import { DIMENSION_HANDLERS } from "./sheets-dimensions";
import type { FakeChart, FakeSpreadsheet } from "./spreadsheet";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Reply = GoogleAppsScript.Sheets.Schema.Response;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type ChartSpec = GoogleAppsScript.Sheets.Schema.ChartSpec;
type Position = GoogleAppsScript.Sheets.Schema.EmbeddedObjectPosition;

export function sheetsApiError(method: string, message: string): Error {
  return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

interface DraftSheet {
  id: number;
  title: string;
  rows: number;
  columns: number;
  hidden: boolean;
  existing?: FakeSheet;
}

/** The spreadsheet as the batch would leave it, while it is being checked. */
export class Draft {
  readonly sheets: DraftSheet[];
  readonly charts: Map<number, FakeChart>;
  readonly effects: ((spreadsheet: FakeSpreadsheet) => void)[] = [];

  constructor(spreadsheet: FakeSpreadsheet) {
    this.sheets = spreadsheet.sheets.map((s) => ({
      id: s.id,
      title: s.name,
      rows: s.maxRows,
      columns: s.maxColumns,
      hidden: s.hidden,
      existing: s,
    }));
    this.charts = new Map(spreadsheet.charts.map((c) => [c.chartId, structuredClone(c)]));
  }

  sheet(id: number | undefined | null, where: string): DraftSheet {
    const found = this.sheets.find((s) => s.id === id);
    if (!found) throw sheetsApiError("batchUpdate", `Invalid ${where}: No grid with id: ${id}`);
    return found;
  }
}

export const fail = (where: string, message: string) =>
  sheetsApiError("batchUpdate", `Invalid ${where}: ${message}`);

function checkRange(draft: Draft, range: GridRange | undefined, where: string): void {
  const sheet = draft.sheet(range?.sheetId, where);
  const {
    startRowIndex = 0,
    endRowIndex = sheet.rows,
    startColumnIndex = 0,
    endColumnIndex = sheet.columns,
  } = range ?? {};
  if (startRowIndex < 0 || endRowIndex > sheet.rows || startRowIndex >= endRowIndex) {
    throw fail(where, `Range rows ${startRowIndex}..${endRowIndex} outside the grid of ${sheet.rows} rows`);
  }
  if (startColumnIndex < 0 || endColumnIndex > sheet.columns || startColumnIndex >= endColumnIndex) {
    throw fail(where, `Range columns ${startColumnIndex}..${endColumnIndex} outside the grid`);
  }
}

/** Every source range of a chart spec. */
export function specRanges(spec: ChartSpec | undefined): GridRange[] {
  const sources = (data: { sourceRange?: { sources?: GridRange[] } } | undefined) =>
    data?.sourceRange?.sources ?? [];
  if (!spec) return [];
  const basic = spec.basicChart;
  const pie = spec.pieChart;
  return [
    ...(basic?.domains ?? []).flatMap((d) => sources(d.domain)),
    ...(basic?.series ?? []).flatMap((s) => sources(s.series)),
    ...sources(pie?.domain),
    ...sources(pie?.series),
  ];
}

function checkSpec(draft: Draft, spec: ChartSpec | undefined, where: string): void {
  if (!spec || (!spec.basicChart && !spec.pieChart))
    throw fail(where, "A chart spec needs basicChart or pieChart");
  const ranges = specRanges(spec);
  if (ranges.length === 0) throw fail(where, "The chart has no data");
  ranges.forEach((r, i) => {
    checkRange(draft, r, `${where}.sources[${i}]`);
  });
}

function checkPosition(draft: Draft, position: Position | undefined, where: string): void {
  const anchor = position?.overlayPosition?.anchorCell;
  if (!anchor) throw fail(where, "overlayPosition.anchorCell is required");
  const sheet = draft.sheet(anchor.sheetId, where);
  if ((anchor.rowIndex ?? 0) >= sheet.rows || (anchor.columnIndex ?? 0) >= sheet.columns) {
    throw fail(where, "The anchor cell is outside the grid");
  }
}

export type Handler = (draft: Draft, request: Request, where: string) => Reply;

const HANDLERS: Record<string, Handler> = {
  ...DIMENSION_HANDLERS,
  appendDimension(draft, { appendDimension: r }, where) {
    const sheet = draft.sheet(r?.sheetId, where);
    if (!r?.length || r.length < 1) throw fail(where, "length must be > 0");
    const length = r.length;
    if (r.dimension === "COLUMNS") sheet.columns += length;
    else sheet.rows += length;
    draft.effects.push((s) => {
      const target = s.sheets.find((x) => x.id === sheet.id);
      if (!target) return;
      if (r.dimension === "COLUMNS") target.maxColumns += length;
      else target.maxRows += length;
    });
    return {};
  },
  addSheet(draft, { addSheet: r }, where) {
    const p = r?.properties ?? {};
    const title = p.title ?? `Sheet${draft.sheets.length + 1}`;
    if (draft.sheets.some((s) => s.title === title)) {
      throw fail(where, `A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    const id = p.sheetId ?? Math.max(0, ...draft.sheets.map((s) => s.id)) + 1;
    if (draft.sheets.some((s) => s.id === id)) throw fail(where, `A sheet with id ${id} already exists`);
    const sheet: DraftSheet = {
      id,
      title,
      rows: p.gridProperties?.rowCount ?? 1000,
      columns: p.gridProperties?.columnCount ?? 26,
      hidden: p.hidden === true,
    };
    draft.sheets.push(sheet);
    draft.effects.push((s) => {
      const added = s.addSheet(title, [], id);
      added.maxRows = sheet.rows;
      added.maxColumns = sheet.columns;
      added.hidden = sheet.hidden;
    });
    return { addSheet: { properties: { ...p, sheetId: id, title } } };
  },
  deleteSheet(draft, { deleteSheet: r }, where) {
    const sheet = draft.sheet(r?.sheetId, where);
    if (draft.sheets.length === 1) throw fail(where, "You can't remove all the sheets in a document.");
    draft.sheets.splice(draft.sheets.indexOf(sheet), 1);
    if (draft.sheets.every((s) => s.hidden))
      throw fail(where, "You can't hide all the sheets in a document.");
    for (const [id, chart] of draft.charts) {
      if (chart.position.overlayPosition?.anchorCell?.sheetId === sheet.id) draft.charts.delete(id);
    }
    draft.effects.push((s) => {
      const index = s.sheets.findIndex((x) => x.id === sheet.id);
      if (index >= 0) s.sheets.splice(index, 1);
      const kept = s.charts.filter((c) => c.position.overlayPosition?.anchorCell?.sheetId !== sheet.id);
      s.charts.splice(0, s.charts.length, ...kept);
    });
    return {};
  },
  updateCells(draft, { updateCells: r }, where) {
    const start = r?.start;
    const sheet = draft.sheet(start?.sheetId, where);
    if (r?.fields !== "userEnteredValue") throw fail(where, "the fake models fields: userEnteredValue only");
    const rows = r.rows ?? [];
    const row0 = start?.rowIndex ?? 0;
    const col0 = start?.columnIndex ?? 0;
    const width = Math.max(0, ...rows.map((row) => (row.values ?? []).length));
    if (row0 + rows.length > sheet.rows || col0 + width > sheet.columns) {
      throw fail(
        where,
        `Attempting to write row: ${row0 + rows.length - 1}, beyond the last requested row of: ${sheet.rows - 1}`,
      );
    }
    draft.effects.push((s) => {
      const target = s.sheets.find((x) => x.id === sheet.id);
      rows.forEach((row, r2) => {
        (row.values ?? []).forEach((cell, c) => {
          const v = cell.userEnteredValue;
          const value = v?.stringValue ?? v?.numberValue ?? v?.boolValue ?? "";
          target?.setCell(row0 + r2 + 1, col0 + c + 1, value);
        });
      });
    });
    return {};
  },
  addChart(draft, { addChart: r }, where) {
    const chart = r?.chart;
    const chartId = chart?.chartId ?? Math.max(1, ...draft.charts.keys()) + 1;
    if (draft.charts.has(chartId) || draft.sheets.some((s) => s.id === chartId)) {
      throw fail(where, `An object with id ${chartId} already exists`);
    }
    checkSpec(draft, chart?.spec, `${where}.chart.spec`);
    checkPosition(draft, chart?.position, `${where}.chart.position`);
    const made: FakeChart = {
      chartId,
      spec: structuredClone(chart?.spec ?? {}),
      position: structuredClone(chart?.position ?? {}),
    };
    draft.charts.set(chartId, made);
    draft.effects.push((s) => s.charts.push(made));
    return { addChart: { chart: { chartId, spec: made.spec, position: made.position } } };
  },
  updateChartSpec(draft, { updateChartSpec: r }, where) {
    const chart = draft.charts.get(r?.chartId ?? -1);
    if (!chart) throw fail(where, `No chart with id: ${r?.chartId}`);
    checkSpec(draft, r?.spec, `${where}.spec`);
    const spec = structuredClone(r?.spec ?? {});
    draft.effects.push((s) => {
      const target = s.charts.find((c) => c.chartId === chart.chartId);
      if (target) target.spec = spec;
    });
    return {};
  },
  updateEmbeddedObjectPosition(draft, { updateEmbeddedObjectPosition: r }, where) {
    const chart = draft.charts.get(r?.objectId ?? -1);
    if (!chart) throw fail(where, `No embedded object with id: ${r?.objectId}`);
    checkPosition(draft, r?.newPosition, `${where}.newPosition`);
    const position = structuredClone(r?.newPosition ?? {});
    draft.effects.push((s) => {
      const target = s.charts.find((c) => c.chartId === chart.chartId);
      if (target) target.position = position;
    });
    return {};
  },
};

/** Checks the whole batch, then applies it; returns the replies in request order. */
export function applyStructural(spreadsheet: FakeSpreadsheet, requests: readonly Request[]): Reply[] {
  const draft = new Draft(spreadsheet);
  const replies = requests.map((request, i) => {
    const kinds = Object.keys(request).filter((k) => request[k as keyof Request] !== undefined);
    const kind = kinds[0] ?? "";
    const handler = HANDLERS[kind];
    if (kinds.length !== 1 || !handler) {
      throw new Error(`Fake Sheets: request ${i} (${kinds.join(", ")}) is not modelled`);
    }
    return handler(draft, request, `requests[${i}].${kind}`);
  });
  for (const effect of draft.effects) effect(spreadsheet);
  return replies;
}
