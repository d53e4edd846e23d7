/**
 * Figures typed and not saved, kept in the browser (localStorage) per workbook, month and
 * channel, so that closing the sidebar loses nothing: reopened for the same month, the form
 * shows them again until they are saved or discarded. The browser may refuse storage (private
 * mode, blocked site data): then nothing is kept, and nothing breaks.
 */
import * as z from "zod/mini";
import type { ChannelDef } from "../core/workbook/channels";
import { type FormState, isDirty } from "./form-state";

const PREFIX = "laporan-layanan:isian:";

const storedSchema = z.object({
  version: z.string(),
  rows: z.array(z.object({ cells: z.array(z.string()), origin: z.optional(z.number()) })),
  total: z.string(),
  /** When it was typed (ms since 1970), shown as the notice's time. */
  at: z.number(),
});
export type StoredDraft = z.infer<typeof storedSchema>;

export function draftKey(workbook: string, month: string, channel: string): string {
  return `${PREFIX}${workbook}:${month}:${channel}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the form while it holds unsaved changes; forgets it once it holds none. */
export function keepDraft(workbook: string, form: FormState, now = Date.now()): void {
  const store = storage();
  if (!store) return;
  const key = draftKey(workbook, form.month, form.def.key);
  try {
    if (!isDirty(form)) {
      store.removeItem(key);
      return;
    }
    const draft: StoredDraft = {
      version: form.version,
      rows: form.rows.map((r) =>
        r.origin === undefined ? { cells: r.cells } : { cells: r.cells, origin: r.origin },
      ),
      total: form.total,
      at: now,
    };
    store.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the form still works; it just is not kept.
  }
}

export function readDraft(workbook: string, month: string, channel: string): StoredDraft | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const text = store.getItem(draftKey(workbook, month, channel));
    if (!text) return undefined;
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function forgetDraft(workbook: string, month: string, channel: string): void {
  try {
    storage()?.removeItem(draftKey(workbook, month, channel));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The kept rows put back into a form just made from the loaded view; `version` is what the save sends. */
export function restoreInto(form: FormState, draft: StoredDraft, version: string): void {
  const def: ChannelDef = form.def;
  // A row from a stored row keeps the id the loaded form gives it (the report's findings name it).
  form.rows = draft.rows.map((row) => {
    const cells = def.columns.map((_, c) => row.cells[c] ?? "");
    if (row.origin !== undefined) return { id: row.origin + 1, cells, origin: row.origin };
    form.nextId += 1;
    return { id: form.nextId - 1, cells };
  });
  form.total = draft.total;
  form.version = version;
  form.touched = new Set(form.rows.flatMap((r) => def.columns.map((c) => `${r.id}:${c.key}`)));
  form.expanded = new Set(form.rows.filter((r) => r.origin === undefined).map((r) => r.id));
}
