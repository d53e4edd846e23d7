/**
 * Kirim ke pimpinan in the Buat Laporan dialog, after a deck is made: "Kirim ke pimpinan" asks
 * the server for the e-mail (`siapkanKirim`), shows recipients, subject and message, and sends
 * it (`kirimLaporan`) when the user clicks Kirim; sending a month again needs a tick first.
 * The result step mounts it with one call: mountSendStep(host, result, call, onPreview); onPreview
 * hears when the preview opens and closes, so the dialog keeps one primary action in view.
 */
import type { RpcName } from "../../rpc/args";
import type { KirimDraft, KirimDraftResult, KirimRequest, KirimResult } from "../../rpc/send";
import { cleanMessage } from "../../ui/failure";
import { buildSendView, type SendElements, showDraft } from "./view";

/** The dialog's google.script.run wrapper. */
export type ServerCall = <T>(name: RpcName, arg: unknown) => Promise<T>;

/** What the step needs of the generation's result. */
export interface GeneratedDeck {
  month: string;
  monthLabel: string;
}

/** A failed call, said once: the server's own sentence when it has one. */
function failureText(error: unknown): string {
  const detail = cleanMessage(error).replace(/^Gagal (menyiapkan|mengirim) e-mail:\s*/i, "");
  return detail
    ? `Gagal mengirim e-mail: ${detail}`
    : "Gagal mengirim e-mail. Coba lagi; bila terus terjadi, hubungi pengelola workbook.";
}

function setStatus(view: SendElements, text: string): void {
  view.status.textContent = text;
}

function setFailure(view: SendElements, text: string): void {
  view.failure.textContent = text;
  view.failure.hidden = text === "";
}

function updateSend(view: SendElements, ready: boolean, needsTick: boolean, busy: boolean): void {
  view.send.disabled = busy || !ready || (needsTick && !view.resend.checked);
  view.open.disabled = busy;
}

export function mountSendStep(
  host: HTMLElement,
  deck: GeneratedDeck,
  call: ServerCall,
  onPreview: (open: boolean) => void = () => {},
): SendElements {
  const view = buildSendView(host);
  const setPreview = (open: boolean) => {
    view.preview.hidden = !open;
    onPreview(open);
  };
  let draft: KirimDraft | undefined;
  /** The month was sent before: Kirim waits for the tick. */
  let needsTick = false;
  let busy = false;
  const refresh = () => updateSend(view, draft !== undefined, needsTick, busy);

  /** One server round trip: Kirim and the open button wait while it runs; a throw is said once. */
  async function roundTrip<T>(name: RpcName, arg: unknown, working: string, done: (result: T) => void) {
    busy = true;
    setFailure(view, "");
    setStatus(view, working);
    refresh();
    try {
      const result = await call<T>(name, arg);
      setStatus(view, "");
      done(result);
    } catch (error) {
      setStatus(view, "");
      setFailure(view, failureText(error));
    } finally {
      busy = false;
      refresh();
    }
  }

  function prepare(): Promise<void> {
    draft = undefined;
    setPreview(false);
    return roundTrip<KirimDraftResult>("siapkanKirim", deck.month, "Menyiapkan e-mail...", (result) => {
      if (!result.ok) return setFailure(view, result.message);
      draft = result;
      needsTick = result.sent.length > 0;
      showDraft(view, result);
      setPreview(true);
      // The preview starts at the top of the 560 px dialog, so Kirim is in sight without scrolling.
      view.heading.scrollIntoView({ block: "start" });
      view.heading.focus({ preventScroll: true });
    });
  }

  function send(): Promise<void> {
    if (!draft) return Promise.resolve();
    const request: KirimRequest = { month: draft.month, confirmResend: view.resend.checked };
    const working = `Mengirim e-mail ke ${draft.to.length} penerima...`;
    return roundTrip<KirimResult>("kirimLaporan", request, working, (result) => {
      if (result.ok) {
        const pdf = result.attached ? " PDF terlampir." : "";
        const notes = result.notes.length > 0 ? ` ${result.notes.join(" ")}` : "";
        setStatus(view, `E-mail terkirim ke ${result.to.join(", ")} (${result.when}).${pdf}${notes}`);
        setPreview(false);
        view.open.textContent = "Kirim lagi";
        draft = undefined;
      } else if (result.reason === "resend") {
        // Someone sent it meanwhile: the preview now asks for the tick.
        view.resendText.textContent = result.message;
        view.resendRow.hidden = false;
        needsTick = true;
        view.resend.focus();
      } else {
        setFailure(view, result.message);
      }
    });
  }

  view.open.addEventListener("click", () => void prepare());
  view.send.addEventListener("click", () => void send());
  view.resend.addEventListener("change", refresh);
  view.cancel.addEventListener("click", () => {
    draft = undefined;
    setPreview(false);
    setStatus(view, "Pengiriman dibatalkan.");
    refresh();
    view.open.focus();
  });
  refresh();
  return view;
}
