/**
 * The stages of `Buat Laporan`, as the dialog names them, and the runner that remembers which
 * ones finished and names the one that failed.
 */

export const STAGE = {
  read: "Membaca data",
  check: "Memeriksa",
  layout: "Menyusun isi laporan",
  charts: "Membuat grafik",
  slides: "Menyusun slide",
  share: "Membagikan",
  pdf: "Mengekspor PDF",
  history: "Mencatat riwayat",
} as const;

export class StageError extends Error {
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export class Stages {
  readonly done: string[] = [];
  run<T>(stage: string, step: () => T): T {
    try {
      const result = step();
      this.done.push(stage);
      return result;
    } catch (error) {
      if (error instanceof StageError) throw error;
      throw new StageError(stage, error);
    }
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
