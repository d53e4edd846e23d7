/**
 * A paste waiting for staff to agree: which pasted column goes where, how many rows, the first
 * row as it will be read, and warnings, before anything is added to the form. Kept per form
 * (the form is redrawn on every change); row-actions.ts adds the rows, or drops the paste.
 */
import type { ChannelDef } from "../core/workbook/channels";
import { h } from "./dom";
import type { FormState } from "./form-state";
import type { PastedColumn, PastePlan } from "./paste";

export interface PendingPaste {
  text: string;
  /** The blank row pasted into, which takes the first pasted row. */
  intoRowId?: number;
  plan: PastePlan;
}

/** The last paste added, to undo it in one step. */
export interface AddedPaste {
  ids: number[];
  into?: { id: number; cells: string[] };
}

const pending = new WeakMap<FormState, PendingPaste>();
const added = new WeakMap<FormState, AddedPaste>();

export const pendingPaste = (form: FormState): PendingPaste | undefined => pending.get(form);

export function setPendingPaste(form: FormState, paste: PendingPaste | undefined): void {
  if (paste) pending.set(form, paste);
  else pending.delete(form);
}

export const lastPaste = (form: FormState): AddedPaste | undefined => added.get(form);

export function setLastPaste(form: FormState, paste: AddedPaste | undefined): void {
  if (paste) added.set(form, paste);
  else added.delete(form);
}

export const PREVIEW_ID = "pratinjau-tempel";
export const CONFIRM_ID = "tempel-tambahkan";

const SKIPPED: Record<NonNullable<PastedColumn["skipped"]>, string> = {
  nomor: "tidak dipakai (nomor urut)",
  bulan: "tidak dipakai (bulan diisi dari bulan laporan)",
  "tidak-dikenal": "tidak dipakai (tab ini tidak punya kolom bernama itu)",
  lebih: "tidak dipakai (lebih dari kolom tab ini)",
};

function columnLine(def: ChannelDef, column: PastedColumn): HTMLElement {
  const target = def.columns.find((c) => c.key === column.target);
  return h(
    "li",
    { class: target ? "" : "skipped" },
    h("span", { class: "from" }, column.name),
    " \u2192 ",
    target ? h("strong", {}, target.header) : SKIPPED[column.skipped ?? "lebih"],
  );
}

/** The preview under the paste box. */
export function previewView(def: ChannelDef, paste: PendingPaste): HTMLElement {
  const { plan } = paste;
  const count = plan.rows.length;
  const first = plan.rows[0] ?? [];
  const sample = def.columns
    .map((c, i) => [c.header, (first[i] ?? "").trim()] as const)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
  return h(
    "div",
    { id: PREVIEW_ID, class: "paste-preview", role: "group", "aria-labelledby": `${PREVIEW_ID}-judul` },
    h(
      "p",
      { id: `${PREVIEW_ID}-judul`, class: "lead" },
      `${count} baris akan ditambahkan${plan.header ? " (baris pertama dibaca sebagai judul kolom)" : ""}. Kolom yang ditempel:`,
    ),
    h("ul", { class: "paste-map" }, ...plan.columns.map((c) => columnLine(def, c))),
    sample ? h("p", { class: "sample" }, `Baris pertama: ${sample}.`) : null,
    ...plan.warnings.map((w) => h("p", { class: "warn", role: "alert" }, w)),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", class: "secondary", id: CONFIRM_ID, "data-action": "paste-confirm" },
        `Tambahkan ${count} baris`,
      ),
      h("button", { type: "button", class: "secondary", "data-action": "paste-cancel" }, "Batal"),
    ),
  );
}
