/**
 * Siapkan Workbook on a workbook made before Kirim ke pimpinan and Pengingat existed: the new
 * Pengaturan rows are added below the old ones, whose values stay as staff typed them.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB } from "../../src/core/workbook/settings";
import { createFakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle } from "../fakes/runtime";

const NEW_ROWS = ["Penerima Laporan", "Pesan Pengantar", "Tanggal Pengingat", "Penerima Pengingat"];

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

describe("Siapkan Workbook and the e-mail settings", () => {
  it("adds the four rows to an existing Pengaturan without losing its values", () => {
    const old = SETTINGS.filter((s) => !NEW_ROWS.includes(s.label)).map((s) => [
      s.label,
      s.defaultValue,
      s.help,
    ]);
    const typed = old.map((r) => (r[0] === "Nama Unit" ? ["Nama Unit", "Biro KLI", r[2]] : r));
    const env = createFakeEnv({ sheets: { [SETTINGS_TAB]: [[...SETTINGS_HEADERS], ...typed] } });
    const bundle = loadBundle(env, source);
    bundle.call("siapkanWorkbook");
    const rows = env.spreadsheet.sheet(SETTINGS_TAB)?.snapshot() ?? [];
    expect(rows.slice(1, typed.length + 1)).toEqual(typed);
    expect(rows.slice(typed.length + 1).map((r) => [r[0], String(r[1])])).toEqual([
      ["Penerima Laporan", ""],
      ["Pesan Pengantar", ""],
      ["Tanggal Pengingat", "3"],
      ["Penerima Pengingat", ""],
    ]);
    bundle.call("siapkanWorkbook");
    expect(env.spreadsheet.sheet(SETTINGS_TAB)?.snapshot()).toHaveLength(rows.length);
  });
});
