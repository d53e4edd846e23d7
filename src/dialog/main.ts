/**
 * The Buat Laporan dialog, in three steps: (1) the month (or the quarter, semester or year chosen
 * under `Laporan`, period-choice.ts) is checked as soon as the dialog opens or the choice changes
 * (server `periksaLaporan`), with consent asked for warnings and empty sections; (2) Buat Laporan
 * (server `buatLaporanBulan`) shows a spinner, the elapsed time and "jangan tutup dialog ini",
 * with the month and the choices locked; (3) the result: "Buka presentasi", "Salin tautan",
 * "Tutup", plus any action added through result-actions.ts. One google.script.run call cannot
 * report progress, so the result lists the stages that finished.
 */

import { lastCompletedMonth } from "../core/workbook/period";
import { isMonthKey } from "../core/workbook/periods";
import type { BuatLaporanRequest, BuatLaporanResult, PeriksaResult } from "../rpc/report";
import { failureMessage } from "../ui/failure";
import { byId, fillList, markStep, show } from "./dom";
import { isKind, periodOptions } from "./period-choice";
import { type DeckResult, renderResultActions } from "./result-actions";
import { renderExisting, renderMailProblem } from "./send/existing";
import { mountSendStep } from "./send/step";
import { call, closeDialog } from "./server-call";
import { buatHint, checkSummary, elapsedText } from "./texts";

let checked: PeriksaResult | undefined;
/** Numbers the checks, so that only the latest one's answer is shown. */
let checkSeq = 0;
let generating = false;

const checkbox = (id: string) => byId<HTMLInputElement>(id);

/** The line under the steps; `waiting` adds the spinner. */
function progress(text: string, waiting = false): void {
  const line = byId("progress");
  line.textContent = text;
  line.classList.toggle("spinner", waiting);
}

function fail(text: string): void {
  progress("");
  byId("failure").textContent = text;
  show("failure", true);
}

function reset(): void {
  checked = undefined;
  for (const id of ["check", "generating", "result", "failure"]) show(id, false);
  progress("");
  markStep("check");
}

function consent() {
  return { warnings: checkbox("accept-warnings").checked, missing: checkbox("allow-missing").checked };
}

function canGenerate(): boolean {
  return checked !== undefined && !generating && buatHint(checked, consent()) === "";
}

function updateButton(): void {
  byId<HTMLButtonElement>("buat").disabled = !canGenerate();
  byId("buat-hint").textContent = checked ? buatHint(checked, consent()) : "";
}

function showCheck(result: PeriksaResult): void {
  checked = result;
  const { errors, warnings, missing } = result;
  byId("check-summary").textContent = checkSummary(result);
  fillList("errors", `Kesalahan (${errors.length})`, errors);
  fillList("warnings", `Peringatan (${warnings.length})`, warnings);
  fillList("missing", `Belum diisi (${missing.length})`, missing);
  checkbox("accept-warnings").checked = false;
  checkbox("allow-missing").checked = false;
  show("accept-warnings-row", errors.length === 0 && warnings.length > 0);
  show("allow-missing-row", errors.length === 0 && missing.length > 0);
  const previous = byId("previous");
  previous.textContent = result.previous
    ? isMonthKey(result.month)
      ? `Laporan bulan ini sudah dibuat (${result.previous.when}), tetapi datanya berubah sejak itu: buat lagi sebelum mengirim. Membuatnya lagi memperbarui presentasi yang sama; tautannya tetap.`
      : `Laporan periode ini sudah dibuat (${result.previous.when}), tetapi datanya berubah sejak itu. Membuatnya lagi memperbarui presentasi yang sama; tautannya tetap.`
    : "";
  renderMailProblem(byId("mail-problem"), result);
  const ready = renderExisting(
    byId("existing"),
    result,
    call,
    byId("buat"),
    () => void periksa(),
    isMonthKey(result.month),
  );
  show("previous", result.previous !== undefined && !ready);
  show("check", true);
  updateButton();
}

function showResult(result: DeckResult): void {
  byId("result-title").textContent = result.updated
    ? `Presentasi ${result.monthLabel} diperbarui (file dan tautan tetap sama).`
    : `Presentasi ${result.monthLabel} dibuat: ${result.name}.`;
  byId<HTMLAnchorElement>("result-link").href = result.url;
  byId<HTMLInputElement>("result-url").value = result.url;
  byId("copied").textContent = "";
  byId("result-sharing").textContent = result.sharing;
  if (result.pdfUrl) byId<HTMLAnchorElement>("result-pdf-link").href = result.pdfUrl;
  show("result-pdf", result.pdfUrl !== undefined);
  byId("result-notes").replaceChildren(
    ...result.notes.map((n) => {
      const li = document.createElement("li");
      li.textContent = n;
      return li;
    }),
  );
  renderResultActions(result, byId("result-actions"));
  show("check", false);
  show("result", true);
  markStep("result");
  // While the e-mail preview is open its Kirim is the one primary action; Buka presentasi steps back.
  // The e-mail carries a month's headline figures: a period's deck is shared by its link.
  if (isMonthKey(result.month)) {
    mountSendStep(
      byId("result"),
      result,
      call,
      (open) => {
        byId("result-link").classList.toggle("primary", !open);
        byId("result-link").classList.toggle("secondary", open);
      },
      () => void periksa(),
    );
  }
  // The result is read out first; Tab then reaches "Buka presentasi".
  byId("result-title").focus();
}

async function periksa(): Promise<void> {
  if (generating) return;
  reset();
  const month = chosenKey();
  const seq = ++checkSeq;
  progress("Membaca data dan memeriksa...", true);
  try {
    const result = await call<PeriksaResult>("periksaLaporan", month);
    if (seq !== checkSeq) return;
    progress("");
    showCheck(result);
  } catch (error) {
    if (seq === checkSeq) fail(failureMessage(error, "memeriksa"));
  }
}

/** While a deck is made nothing that would change what is being made can be used. */
function lock(locked: boolean): void {
  generating = locked;
  for (const id of ["jenis", "bulan", "periode", "periksa", "accept-warnings", "allow-missing"]) {
    byId<HTMLInputElement>(id).disabled = locked;
  }
  updateButton();
}

function startClock(): () => void {
  const started = Date.now();
  const tick = () => {
    byId("elapsed").textContent = elapsedText((Date.now() - started) / 1000);
  };
  tick();
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
}

async function buat(): Promise<void> {
  if (!checked || !canGenerate()) return;
  const request: BuatLaporanRequest = {
    month: checked.month,
    allowMissing: checkbox("allow-missing").checked,
    acceptWarnings: checkbox("accept-warnings").checked,
  };
  show("failure", false);
  byId("generating-title").textContent = `Membuat presentasi ${checked.monthLabel}...`;
  lock(true);
  // The spinner in view however long the check's lists were; they come back on a failure.
  show("check", false);
  show("generating", true);
  markStep("generate");
  const stopClock = startClock();
  try {
    const result = await call<BuatLaporanResult>("buatLaporanBulan", request);
    if (result.ok) {
      progress(`Selesai: ${result.stages.join(", ")}.`);
      showResult(result);
    } else {
      const done = result.stages.length > 0 ? ` (Tahap yang selesai: ${result.stages.join(", ")}.)` : "";
      fail(`${result.message}${done}`);
      backToCheck();
    }
  } catch (error) {
    fail(failureMessage(error, "membuat-laporan"));
    backToCheck();
  } finally {
    stopClock();
    show("generating", false);
    lock(false);
  }
}

function backToCheck(): void {
  show("check", true);
  markStep("check");
}

async function copyLink(): Promise<void> {
  const field = byId<HTMLInputElement>("result-url");
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    field.select();
    document.execCommand("copy");
  }
  byId("copied").textContent = "Tautan disalin.";
}

/** The key to check: the month input's for Bulan, the period list's for Triwulan, Semester, Tahun. */
function chosenKey(): string {
  const kind = byId<HTMLSelectElement>("jenis").value;
  return kind === "month" ? byId<HTMLInputElement>("bulan").value : byId<HTMLSelectElement>("periode").value;
}

/** Shows the month input or the period list of the chosen kind (its last completed period chosen). */
function chooseKind(): void {
  const kind = byId<HTMLSelectElement>("jenis").value;
  const month = kind === "month";
  for (const id of ["bulan", "bulan-label"]) show(id, month);
  for (const id of ["periode", "periode-label"]) show(id, !month);
  if (month || !isKind(kind)) return;
  const now = new Date();
  const options = periodOptions(kind, { year: now.getFullYear(), month: now.getMonth() + 1 });
  const list = byId<HTMLSelectElement>("periode");
  list.replaceChildren(
    ...options.map((o) => {
      const option = document.createElement("option");
      option.value = o.value;
      option.textContent = o.label;
      return option;
    }),
  );
  // The first entry is the period under way; the one before it is the last completed.
  list.value = options[1]?.value ?? options[0]?.value ?? "";
}

function start(): void {
  const month = byId<HTMLInputElement>("bulan");
  const now = new Date();
  month.value = lastCompletedMonth({ year: now.getFullYear(), month: now.getMonth() + 1 });
  month.addEventListener("change", () => void periksa());
  byId("jenis").addEventListener("change", () => {
    chooseKind();
    void periksa();
  });
  byId("periode").addEventListener("change", () => void periksa());
  byId("month-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void periksa();
  });
  byId("buat").addEventListener("click", () => void buat());
  byId("copy").addEventListener("click", () => void copyLink());
  byId("close").addEventListener("click", () => {
    if (!closeDialog()) byId("copied").textContent = "Tutup jendela ini dengan tombol X di pojok kanan atas.";
  });
  for (const id of ["accept-warnings", "allow-missing"]) byId(id).addEventListener("change", updateButton);
  void periksa();
}

if (typeof document !== "undefined") start();
