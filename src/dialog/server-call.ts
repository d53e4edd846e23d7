/** google.script.run as a promise. */
interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

export function call<T>(name: string, arg: unknown): Promise<T> {
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

/** Closes the dialog (google.script.host); false outside Apps Script. */
export function closeDialog(): boolean {
  const host = (globalThis as { google?: { script?: { host?: { close?: () => void } } } }).google?.script
    ?.host;
  if (typeof host?.close !== "function") return false;
  host.close();
  return true;
}
