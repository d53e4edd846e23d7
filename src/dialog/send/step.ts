/**
 * Kirim ke pimpinan in the Buat Laporan dialog, after a deck is made: "Kirim ke pimpinan" asks
 * the server for the e-mail (`siapkanKirim`), shows recipients, subject and message, and sends
 * it (`kirimLaporan`) when the user clicks Kirim; sending a month again needs a tick first.
 * The result step (and the first step, for a deck that still shows the data) mounts it with one
 * call: mountSendStep(host, deck, call, onPreview, onRegenerate); onPreview hears when the preview
 * opens and closes, so the dialog keeps one primary action in view; onRegenerate, when given, is
 * offered when the data changed since the deck was made (the e-mail would state other figures).
 *
 * "Already sent" is the server's answer at sending time (Riwayat, under the lock): a confirmation
 * carries how many sendings the user saw (`seen`), and a sending by someone else since asks again.
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
  onRegenerate?: () => void,
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

  /** The failure, with "Periksa dan buat ulang" when the deck no longer shows the data. */
  const refuse = (message: string, changed: boolean) => {
    setFailure(view, message);
    view.regenerate.hidden = !(changed && onRegenerate);
  };

  /** One server round trip: Kirim and the open button wait while it runs; a throw is said once. */
  async function roundTrip<T>(name: RpcName, arg: unknown, working: string, done: (result: T) => void) {
    busy = true;
    refuse("", false);
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
      if (!result.ok) return refuse(result.message, result.reason === "changed");
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
    const current = draft;
    const request: KirimRequest = {
      month: current.month,
      confirmResend: view.resend.checked,
      seen: current.sent.length,
    };
    const working = `Mengirim e-mail ke ${current.to.length} penerima...`;
    let outdated = "";
    return roundTrip<KirimResult>("kirimLaporan", request, working, (result) => {
      if (result.ok) {
        const pdf = result.attached ? " PDF terlampir." : "";
        const notes = result.notes.length > 0 ? ` ${result.notes.join(" ")}` : "";
        setStatus(view, `E-mail terkirim ke ${result.to.join(", ")} (${result.when}).${pdf}${notes}`);
        setPreview(false);
        view.open.textContent = "Kirim lagi";
        draft = undefined;
      } else if (result.reason === "resend") {
        // Someone sent it meanwhile (Riwayat says so): the preview now asks for the tick, for what is there now.
        current.sent = result.sent ?? current.sent;
        view.resendText.textContent = result.message;
        view.resendRow.hidden = false;
        view.resend.checked = false;
        needsTick = true;
        view.resend.focus();
      } else if (result.reason === "outdated") {
        outdated = result.message;
      } else {
        refuse(result.message, result.reason === "changed");
      }
    }).then(async () => {
      // The deck was made again since the preview: show the new e-mail before anything goes.
      if (!outdated) return;
      await prepare();
      if (draft) setStatus(view, outdated);
    });
  }

  view.open.addEventListener("click", () => void prepare());
  view.send.addEventListener("click", () => void send());
  view.resend.addEventListener("change", refresh);
  view.regenerate.addEventListener("click", () => onRegenerate?.());
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
