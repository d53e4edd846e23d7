/**
 * The Buat Laporan dialog: month -> Periksa (server `periksaLaporan`) -> consent to warnings and
 * empty sections -> Buat Laporan (server `buatLaporanBulan`) -> the deck's link. One
 * google.script.run call cannot report progress, so each call shows the stages it runs, and the
 * result lists the stages that finished. Data enters the page as text only (textContent, href).
 */

import { findingParts } from "../core/finding-parts";
import { lastCompletedMonth } from "../core/period";
import type { BuatLaporanRequest, BuatLaporanResult, FindingLine, PeriksaResult } from "../gas/report-rpc";
import { failureMessage } from "../sidebar/failure";
import { mountSendStep } from "./send-step";

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

function call<T>(name: string, arg: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = (globalThis as { google?: { script?: { run?: Runner } } }).google?.script?.run;
    if (!run) {
      reject(new Error("google.script.run tidak tersedia: buka dialog ini dari menu workbook."));
      return;
    }
    const runner = run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const fn = runner[name];
    if (typeof fn !== "function") reject(new Error(`Fungsi server ${name} tidak ditemukan.`));
    else fn.call(runner, arg);
  });
}

const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Elemen #${id} tidak ada.`);
  return found as T;
};

function show(id: string, visible: boolean): void {
  byId(id).hidden = !visible;
}

/** A titled list of findings, built from text nodes only. */
function fillList(id: string, title: string, items: readonly FindingLine[]): void {
  const box = byId(id);
  box.replaceChildren();
  show(id, items.length > 0);
  if (items.length === 0) return;
  const heading = document.createElement("strong");
  heading.textContent = title;
  const list = document.createElement("ul");
  for (const item of items) {
    const li = document.createElement("li");
    const { head, items: cases } = findingParts(item.message);
    li.textContent = head;
    if (cases.length > 0) {
      const sub = document.createElement("ul");
      for (const text of cases) {
        const entry = document.createElement("li");
        entry.textContent = text;
        sub.appendChild(entry);
      }
      li.appendChild(sub);
    }
    list.appendChild(li);
  }
  box.append(heading, list);
}

let checked: PeriksaResult | undefined;

function progress(text: string): void {
  byId("progress").textContent = text;
}

function fail(text: string): void {
  progress("");
  byId("failure").textContent = text;
  show("failure", true);
}

function reset(): void {
  checked = undefined;
  for (const id of ["check", "result", "failure"]) show(id, false);
  progress("");
}

function canGenerate(): boolean {
  if (!checked || checked.errors.length > 0) return false;
  const warningsOk = checked.warnings.length === 0 || byId<HTMLInputElement>("accept-warnings").checked;
  const missingOk = checked.missing.length === 0 || byId<HTMLInputElement>("allow-missing").checked;
  return warningsOk && missingOk;
}

function updateButton(): void {
  byId<HTMLButtonElement>("buat").disabled = !canGenerate();
}

function showCheck(result: PeriksaResult): void {
  checked = result;
  const { errors, warnings, missing } = result;
  byId("check-summary").textContent =
    errors.length > 0
      ? `Data ${result.monthLabel} belum dapat dibuat laporannya: perbaiki kesalahan di bawah, lalu periksa lagi.`
      : `Data ${result.monthLabel}: ${warnings.length} peringatan, ${missing.length} bagian belum diisi.`;
  fillList("errors", `Kesalahan (${errors.length})`, errors);
  fillList("warnings", `Peringatan (${warnings.length})`, warnings);
  fillList("missing", `Belum diisi (${missing.length})`, missing);
  byId<HTMLInputElement>("accept-warnings").checked = false;
  byId<HTMLInputElement>("allow-missing").checked = false;
  show("accept-warnings-row", errors.length === 0 && warnings.length > 0);
  show("allow-missing-row", errors.length === 0 && missing.length > 0);
  const previous = byId("previous");
  previous.textContent = result.previous
    ? `Laporan bulan ini sudah dibuat (${result.previous.when}). Membuatnya lagi memperbarui presentasi yang sama; tautannya tetap.`
    : "";
  show("previous", result.previous !== undefined);
  show("check", true);
  updateButton();
}

function showResult(result: Extract<BuatLaporanResult, { ok: true }>): void {
  byId("result-title").textContent = result.updated
    ? `Presentasi ${result.monthLabel} diperbarui (file dan tautan tetap sama).`
    : `Presentasi ${result.monthLabel} dibuat: ${result.name}.`;
  const link = byId<HTMLAnchorElement>("result-link");
  link.href = result.url;
  byId<HTMLInputElement>("result-url").value = result.url;
  byId("result-sharing").textContent = result.sharing;
  if (result.pdfUrl) byId<HTMLAnchorElement>("result-pdf-link").href = result.pdfUrl;
  show("result-pdf", result.pdfUrl !== undefined);
  const notes = byId("result-notes");
  notes.replaceChildren(
    ...result.notes.map((n) => {
      const li = document.createElement("li");
      li.textContent = n;
      return li;
    }),
  );
  show("check", false);
  show("result", true);
  mountSendStep(byId("result"), result, call);
}

async function periksa(event: Event): Promise<void> {
  event.preventDefault();
  reset();
  const month = byId<HTMLInputElement>("bulan").value;
  byId<HTMLButtonElement>("periksa").disabled = true;
  progress("Membaca data dan memeriksa...");
  try {
    showCheck(await call<PeriksaResult>("periksaLaporan", month));
    progress("");
  } catch (error) {
    fail(failureMessage(error, "memeriksa"));
  } finally {
    byId<HTMLButtonElement>("periksa").disabled = false;
  }
}

async function buat(): Promise<void> {
  if (!checked || !canGenerate()) return;
  const request: BuatLaporanRequest = {
    month: checked.month,
    allowMissing: byId<HTMLInputElement>("allow-missing").checked,
    acceptWarnings: byId<HTMLInputElement>("accept-warnings").checked,
  };
  show("failure", false);
  for (const id of ["buat", "periksa"]) byId<HTMLButtonElement>(id).disabled = true;
  progress(
    "Membaca data, memeriksa, membuat grafik, menyusun slide, membagikan... (biasanya kurang dari satu menit)",
  );
  try {
    const result = await call<BuatLaporanResult>("buatLaporanBulan", request);
    if (result.ok) {
      progress(`Selesai: ${result.stages.join(", ")}.`);
      showResult(result);
    } else {
      const done = result.stages.length > 0 ? ` (Tahap yang selesai: ${result.stages.join(", ")}.)` : "";
      fail(`${result.message}${done}`);
    }
  } catch (error) {
    fail(failureMessage(error, "membuat-laporan"));
  } finally {
    byId<HTMLButtonElement>("periksa").disabled = false;
    updateButton();
  }
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

function start(): void {
  const month = byId<HTMLInputElement>("bulan");
  const now = new Date();
  month.value = lastCompletedMonth({ year: now.getFullYear(), month: now.getMonth() + 1 });
  month.addEventListener("change", reset);
  byId("month-form").addEventListener("submit", (e) => void periksa(e));
  byId("buat").addEventListener("click", () => void buat());
  byId("copy").addEventListener("click", () => void copyLink());
  for (const id of ["accept-warnings", "allow-missing"]) byId(id).addEventListener("change", updateButton);
}

if (typeof document !== "undefined") start();
