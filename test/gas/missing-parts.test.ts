/**
 * The one list of what a month lacks (the layout's sections' needs) reaches every place that
 * checks a month, run from the built bundle: the sidebar (muatBulan), Periksa Data and the Buat
 * Laporan dialog (periksaLaporan) name the same tabs and parts for October 2023 of the sample.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import type { PeriksaResult } from "../../src/rpc/report";
import type { MonthView } from "../../src/rpc/sidebar";
import { createFakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle } from "../fakes/runtime";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

function sample() {
  const env = createFakeEnv({ htmlFiles: { Sidebar: "<p>sidebar</p>" } });
  const bundle = loadBundle(env, source);
  for (const tab of Object.values(sampleWorkbook()))
    env.spreadsheet.addSheet(tab.name, [tab.header, ...tab.rows]);
  return { env, bundle };
}

const TWITTER =
  /^Tab "Media Sosial": Twitter \(kolom Twitter Konten, Twitter Followers, Twitter Profile Visits\)/;
const ZONES =
  /^Tab "Tiket Konsultasi": zona waktu, jam layanan, dan eskalasi \(kolom Zona Waktu Teridentifikasi/;

describe("October 2023: Evaluasi, Twitter and the tickets' time zones are missing", () => {
  it("the dialog lists them, the sidebar marks their tabs and names the parts, Periksa Data says the same", () => {
    const { env, bundle } = sample();
    const dialog = bundle.call("periksaLaporan", "2023-10") as PeriksaResult;
    const missing = dialog.missing.map((m) => m.message);
    expect(missing).toContain('Tab "Evaluasi" belum diisi untuk Oktober 2023.');
    expect(missing.filter((m) => TWITTER.test(m))).toHaveLength(1);
    expect(missing.filter((m) => ZONES.test(m))).toHaveLength(1);

    const view = bundle.call("muatBulan", "2023-10") as MonthView;
    const of = (key: string) => view.channels.find((c) => c.key === key);
    expect(of("evaluasi")?.status).toBe("kosong");
    // Filled, but a part a slide needs is empty: not "Lengkap".
    expect(of("mediaSosial")?.status).toBe("sebagian");
    expect(of("tiketKonsultasi")?.status).toBe("sebagian");
    expect(of("mediaSosial")?.findings.map((f) => f.message)).toEqual(missing.filter((m) => TWITTER.test(m)));
    expect(of("tiketKonsultasi")?.findings.map((f) => f.message)).toEqual(
      missing.filter((m) => ZONES.test(m)),
    );
    // A tab filled in full stays complete.
    expect(of("ppid")?.status).toBe("lengkap");

    env.ui.answerPrompts({ text: "2023-10" });
    bundle.call("periksaData");
    const alert = env.ui.alerts.at(-1)?.message ?? "";
    for (const message of missing) expect(alert).toContain(message);
    expect(alert).toContain("Media Sosial: Sebagian");
    expect(alert).toContain("Evaluasi: Kosong");
  });
});
