/** The picker page's server calls over google.script.run, as promises (src/gas/main.ts). */
import type { PickerChoice, PickerInfo, PickerKindKey } from "../core/picker-kinds";

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

export interface ScriptHost {
  close(): void;
  origin: string;
}

interface Script {
  run?: Runner;
  host?: ScriptHost;
}

const script = (): Script | undefined => (globalThis as { google?: { script?: Script } }).google?.script;

export const host = (): ScriptHost | undefined => script()?.host;

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = script()?.run;
    if (!run) {
      reject(new Error("google.script.run tidak tersedia: buka dialog ini dari menu workbook."));
      return;
    }
    const chained = run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler(reject);
    const fn = chained[name];
    if (typeof fn !== "function") {
      reject(new Error(`Fungsi server ${name} tidak ditemukan.`));
      return;
    }
    fn.apply(chained, args);
  });
}

export const server = {
  infoPemilih: (kind: PickerKindKey) => call<PickerInfo>("infoPemilih", kind),
  simpanPilihan: (choice: PickerChoice) => call<{ message: string }>("simpanPilihan", choice),
};
