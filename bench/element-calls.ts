/**
 * What the same deck would cost drawn element by element with SlidesApp, where every shape,
 * text run and table cell is a call of its own (appendSlide, insertShape, appendText,
 * cell.getText().setText(), insertSheetsChart ...). Two estimates:
 * - from the Deck: one call per slide, per element, per text run and per non-empty table cell.
 *   A floor: it leaves out the chrome (title bar, footer) and every style setter;
 * - from our batch: one call per request (a SlidesApp setter per style, fill, paragraph
 *   format ...), the several requests on one table cell counted as one call.
 */
import type { Deck, Element } from "../src/report/deck";

export interface DeckCalls {
  slides: number;
  shapes: number;
  runs: number;
  cells: number;
  total: number;
}

function elementCalls(element: Element): Omit<DeckCalls, "slides" | "total"> {
  switch (element.type) {
    case "text": {
      const runs = element.paragraphs.flatMap((p) => p.runs).filter((r) => r.text !== "").length;
      return { shapes: 1, runs, cells: 0 };
    }
    case "kpi":
      return { shapes: 1, runs: [element.value, element.label].filter((t) => t !== "").length, cells: 0 };
    case "table": {
      const cells = [element.header, ...element.rows].flat().filter((t) => t.trim() !== "").length;
      return { shapes: 1, runs: 0, cells };
    }
    case "chart":
      return { shapes: 1, runs: 0, cells: 0 };
  }
}

export function deckCalls(deck: Deck): DeckCalls {
  const sum: DeckCalls = { slides: deck.slides.length, shapes: 0, runs: 0, cells: 0, total: 0 };
  for (const element of deck.slides.flatMap((s) => s.elements)) {
    const calls = elementCalls(element);
    sum.shapes += calls.shapes;
    sum.runs += calls.runs;
    sum.cells += calls.cells;
  }
  sum.total = sum.slides + sum.shapes + sum.runs + sum.cells;
  return sum;
}

type Request = Record<string, unknown>;

interface CellTarget {
  objectId?: unknown;
  cellLocation?: { rowIndex?: number; columnIndex?: number };
}

/** One call per request of a batch; requests on the same table cell count once. */
export function requestCalls(requests: readonly Request[]): number {
  const cells = new Set<string>();
  let calls = 0;
  for (const request of requests) {
    const body = Object.values(request)[0] as CellTarget | undefined;
    const cell = body?.cellLocation;
    if (!cell) {
      calls += 1;
      continue;
    }
    const key = `${String(body?.objectId)}:${cell.rowIndex ?? 0}:${cell.columnIndex ?? 0}`;
    if (!cells.has(key)) calls += 1;
    cells.add(key);
  }
  return calls;
}

/** Requests of a batch by kind: `{ createShape: 388, insertText: 520, ... }`. */
export function requestKinds(requests: readonly Request[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const request of requests) {
    const kind = Object.keys(request)[0] ?? "?";
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}
