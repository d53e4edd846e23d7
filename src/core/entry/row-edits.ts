/**
 * How a channel-month's rows change in place: which sheet rows stay (and which of their cells
 * change), which are removed, and where new rows are inserted. Rows are inserted and removed as
 * rows, so everything else in the tab (formulas, notes, columns staff added, other months) moves
 * with its own row and is never rewritten.
 */

import type { CellValue } from "../workbook/types";

/** A row edit on the tab, 0-based into its data rows (row 2 = 0) as they are when it is applied. */
export type RowEdit = { kind: "delete"; index: number } | { kind: "insert"; index: number; count: number };

/** One cell to write after the edits: `row` into the data rows after the save, `column` 0 = `Bulan`. */
export interface CellWrite {
  row: number;
  column: number;
  value: CellValue;
}

export interface RowChanges {
  /** In the order they are applied: from the bottom of the tab up, so each index still holds. */
  edits: RowEdit[];
  cells: CellWrite[];
  /** Every data row after the save (what the month is judged on without reading again). */
  rows: CellValue[][];
  /** Per new row, the index into `existing` of the stored row it replaces (undefined: new). */
  kept: (number | undefined)[];
  /** Indexes into `existing` of the stored rows removed. */
  removed: number[];
}

export const sameCell = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  (a ?? "") === (b ?? "") || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/**
 * Request rows that keep their stored row: the longest run of origins in increasing order (a row
 * staff moved up or down is removed from its old place and inserted in the new one).
 */
function keptOrigins(origins: readonly (number | undefined)[]): (number | undefined)[] {
  const items = origins.flatMap((o, i) => (o === undefined ? [] : [{ i, o }]));
  // Longest increasing subsequence, O(n^2): a month holds at most a few hundred items.
  const length = items.map(() => 1);
  const previous = items.map(() => -1);
  items.forEach((item, a) => {
    for (let b = 0; b < a; b += 1) {
      const before = items[b];
      if (before && before.o < item.o && (length[b] ?? 0) + 1 > (length[a] ?? 0)) {
        length[a] = (length[b] ?? 0) + 1;
        previous[a] = b;
      }
    }
  });
  let best = -1;
  length.forEach((l, a) => {
    if (best < 0 || l > (length[best] ?? 0)) best = a;
  });
  const kept: (number | undefined)[] = origins.map(() => undefined);
  for (let a = best; a >= 0; a = previous[a] ?? -1) {
    const item = items[a];
    if (item) kept[item.i] = item.o;
  }
  return kept;
}

/**
 * The edits that turn the stored month rows (`existing`, indexes into `stored` in sheet order)
 * into `next` (full rows, `Bulan` first). `origins[i]`: which stored month row (index into
 * `existing`) the new row `i` was loaded from, undefined for a new row. `at`: where the month
 * goes when it has no stored row. Only the first `width` columns are ever written.
 */
export function rowChanges(
  stored: readonly (readonly CellValue[])[],
  existing: readonly number[],
  next: readonly (readonly CellValue[])[],
  origins: readonly (number | undefined)[],
  at: number,
  width: number,
): RowChanges {
  const kept = keptOrigins(origins);
  const keptSet = new Set(kept.filter((k): k is number => k !== undefined));
  const removed = existing.flatMap((_, j) => (keptSet.has(j) ? [] : [j]));
  const lastExisting = existing.length > 0 ? Math.max(...existing) + 1 : at;

  // Where each new row goes: before the stored row of the next kept row, else after the month.
  const anchors: number[] = next.map(() => lastExisting);
  let anchor = lastExisting;
  for (let i = next.length - 1; i >= 0; i -= 1) {
    const k = kept[i];
    if (k !== undefined) anchor = existing[k] as number;
    else anchors[i] = anchor;
  }

  // The layout after the save: stored rows (without the removed) with new rows before their anchor.
  type Slot = { stored?: number; next?: number };
  const removedRows = new Set(removed.map((j) => existing[j] as number));
  const keptAt = new Map(kept.flatMap((k, i) => (k === undefined ? [] : [[existing[k] as number, i]])));
  const before = new Map<number, number[]>();
  next.forEach((_, i) => {
    if (kept[i] !== undefined) return;
    const a = anchors[i] as number;
    before.set(a, [...(before.get(a) ?? []), i]);
  });
  const layout: Slot[] = [];
  for (let t = 0; t <= stored.length; t += 1) {
    for (const i of before.get(t) ?? []) layout.push({ next: i });
    if (t < stored.length && !removedRows.has(t)) layout.push({ stored: t, next: keptAt.get(t) });
  }

  // New rows after the last stored row go into the empty rows below it: no insert.
  const ops: { key: number; edit: RowEdit }[] = [
    ...[...removedRows].map((index) => ({ key: index, edit: { kind: "delete", index } as RowEdit })),
    ...[...before]
      .filter(([a]) => a < stored.length)
      .map(([index, rows]) => ({
        key: index - 0.5,
        edit: { kind: "insert", index, count: rows.length } as RowEdit,
      })),
  ];
  const edits = ops.sort((a, b) => b.key - a.key).map((o) => o.edit);

  const cells: CellWrite[] = [];
  const rows = layout.map((slot, index) => {
    const old = slot.stored === undefined ? undefined : (stored[slot.stored] ?? []);
    if (slot.next === undefined) return [...(old ?? [])];
    const now = next[slot.next] ?? [];
    if (old === undefined) {
      const movedFrom = origins[slot.next];
      const extra = movedFrom === undefined ? [] : (stored[existing[movedFrom] ?? -1] ?? []).slice(width);
      const row = [...Array.from({ length: width }, (_, c) => now[c] ?? ""), ...extra];
      // An inserted row is empty: only what it holds is written (a moved row keeps the values
      // it had in columns staff added).
      row.forEach((value, column) => {
        if (!sameCell("", value)) cells.push({ row: index, column, value });
      });
      return row;
    }
    const merged = [...old];
    for (let column = 0; column < width; column += 1) {
      const value = now[column] ?? "";
      merged[column] = value;
      if (!sameCell(old[column], value)) cells.push({ row: index, column, value });
    }
    return merged;
  });
  return { edits, cells, rows, kept, removed };
}
