/** A cell as a workbook adapter hands it over (the shape of Range.getValues()). */
export type CellValue = string | number | boolean | Date | null;

/** Cells merged into one (Format > Merge cells): sheet rows 1-based, columns 0-based (0 = A), inclusive. */
export interface MergedCells {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** One tab as read from a workbook: its header row and the data rows below it. */
export interface RawTab {
  name: string;
  header: string[];
  rows: CellValue[][];
  /** Sheet row number (1-based) of rows[0]; 2 when the header is row 1. */
  firstRow: number;
  /** The tab's merged cells, as the adapter saw them (Sheets API `merges`, the xlsx `mergeCells`). */
  merges?: MergedCells[];
}

/** The workbook as rows, keyed by tab name. Adapters (Sheets, xlsx) produce this. */
export type RawWorkbook = Record<string, RawTab>;

export type Severity = "error" | "warning";

/**
 * Something wrong or doubtful in the data. `message` is Indonesian and complete on its own:
 * it names the tab, row and column where they are known.
 */
export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  tab?: string;
  row?: number;
  column?: string;
  /** A missing part of a tab (`Twitter`): what the lists of missing data name beside the tab. */
  part?: string;
}
