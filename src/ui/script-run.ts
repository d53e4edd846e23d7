/**
 * google.script.run and google.script.host for every page (sidebar, dialogs): a server function
 * called as a promise, and the host that closes a dialog. Outside Apps Script both say so.
 */
import type { RpcName } from "../rpc/args";

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

export interface ScriptHost {
  close(): void;
  /** The page's parent origin (Google Picker needs it). */
  origin: string;
}

interface Script {
  run?: Runner;
  host?: ScriptHost;
}

const script = (): Script | undefined => (globalThis as { google?: { script?: Script } }).google?.script;

export const scriptHost = (): ScriptHost | undefined => script()?.host;

/**
 * Calls the bundle's top-level function `name` (one of src/rpc/args.ts, which the server checks
 * the arguments against); rejects with the server's error or an Indonesian reason.
 */
export function callServer<T>(name: RpcName, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = script()?.run;
    if (!run) {
      reject(new Error("google.script.run tidak tersedia: buka halaman ini dari menu workbook."));
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
