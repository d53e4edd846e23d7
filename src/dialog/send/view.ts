/**
 * Kirim ke pimpinan's markup, built from text nodes only (every value from the server or the
 * workbook is text, never HTML). Its look is the dialog's stylesheet (src/dialog/styles.css).
 */
import type { KirimDraft } from "../../rpc/send";

export const SEND_ROOT_ID = "send-step";

export interface SendElements {
  root: HTMLElement;
  open: HTMLButtonElement;
  preview: HTMLElement;
  heading: HTMLElement;
  to: HTMLElement;
  subject: HTMLElement;
  body: HTMLElement;
  pdf: HTMLElement;
  resendRow: HTMLElement;
  resendText: HTMLElement;
  resend: HTMLInputElement;
  send: HTMLButtonElement;
  cancel: HTMLButtonElement;
  status: HTMLElement;
  failure: HTMLElement;
  /** Shown with the failure when the data changed since the deck was made: back to step 1. */
  regenerate: HTMLButtonElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { id?: string; className?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.id) node.id = `${SEND_ROOT_ID}-${props.id}`;
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

function field(label: string, value: HTMLElement): HTMLElement {
  const row = el("div");
  const name = el("strong", { text: `${label}: ` });
  row.append(name, value);
  return row;
}

/** The step's elements inside `host`, replacing an earlier mount (a second generation). */
export function buildSendView(host: HTMLElement): SendElements {
  document.getElementById(SEND_ROOT_ID)?.remove();
  const root = el("section");
  root.id = SEND_ROOT_ID;
  root.setAttribute("aria-labelledby", `${SEND_ROOT_ID}-open`);
  const open = el("button", { id: "open", className: "secondary", text: "Kirim ke pimpinan" });
  open.type = "button";

  const preview = el("div", { id: "preview" });
  preview.hidden = true;
  const heading = el("h2", {
    id: "heading",
    className: "send-heading",
    text: "Periksa e-mail sebelum dikirim",
  });
  heading.tabIndex = -1;
  const to = el("span", { id: "to" });
  const subject = el("span", { id: "subject" });
  const body = el("pre", { id: "body", className: "send-body" });
  body.tabIndex = 0;
  body.setAttribute("aria-label", "Isi e-mail");
  const pdf = el("p", { id: "pdf", className: "note" });
  const resendRow = el("div", { id: "resend-row", className: "box warning" });
  resendRow.hidden = true;
  const resendText = el("p", { id: "resend-text" });
  const resendLabel = el("label", { className: "consent" });
  const resend = el("input", { id: "resend" });
  resend.type = "checkbox";
  resendLabel.append(resend, document.createTextNode(" Ya, kirim sekali lagi"));
  resendRow.append(resendText, resendLabel);
  const actions = el("div", { className: "actions" });
  const send = el("button", { id: "send", className: "primary", text: "Kirim" });
  send.type = "button";
  const cancel = el("button", { id: "cancel", className: "secondary", text: "Batal" });
  cancel.type = "button";
  actions.append(send, cancel);
  preview.append(
    heading,
    field("Kepada", to),
    field("Perihal", subject),
    el("strong", { text: "Pesan:" }),
    body,
    pdf,
    resendRow,
    actions,
  );

  const status = el("p", { id: "status", className: "progress" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const failure = el("div", { id: "failure", className: "box error" });
  failure.setAttribute("role", "alert");
  failure.hidden = true;
  const regenerate = el("button", {
    id: "regenerate",
    className: "secondary",
    text: "Periksa dan buat ulang",
  });
  regenerate.type = "button";
  regenerate.hidden = true;

  root.append(open, preview, status, failure, regenerate);
  host.appendChild(root);
  return {
    root,
    open,
    preview,
    heading,
    to,
    subject,
    body,
    pdf,
    resendRow,
    resendText,
    resend,
    send,
    cancel,
    status,
    failure,
    regenerate,
  };
}

/** Fills the preview with the draft, as text. */
export function showDraft(view: SendElements, draft: KirimDraft): void {
  view.to.textContent = draft.to.join(", ");
  view.subject.textContent = draft.subject;
  view.body.textContent = draft.body;
  view.pdf.textContent = draft.pdf
    ? "PDF laporan dilampirkan bila ukurannya di bawah batas Gmail; jika lebih besar, e-mail memuat tautannya."
    : "Tanpa lampiran PDF (Ekspor PDF di tab Pengaturan: Tidak).";
  const last = draft.sent[draft.sent.length - 1];
  view.resendText.textContent = last
    ? `Laporan ${draft.monthLabel} sudah dikirim ${draft.sent.length} kali; terakhir ${last.when} oleh ${last.who} ke ${last.to}.`
    : "";
  view.resendRow.hidden = !last;
  view.resend.checked = false;
  view.preview.hidden = false;
}
