/**
 * A workbook set up before the registry gained columns (Amplifikasi Pegawai's Triwulan Target and
 * its counts per platform): Siapkan Workbook adds the new columns after the existing ones, as a
 * new tab has them, and the tab's data is read again. Run from the built bundle.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { channel, headersOf } from "../../src/core/workbook/channels";
import type { MonthView } from "../../src/rpc/sidebar";
import { createFakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle } from "../fakes/runtime";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

const AMPLIFICATION = channel("amplifikasi");
const HEADERS = headersOf(AMPLIFICATION);
/** The tab as the tool made it before: up to Persen terhadap Total Pegawai. */
const OLD_WIDTH = HEADERS.indexOf("Triwulan Target");

describe("Siapkan Workbook on a tab made before its newest columns", () => {
  it("adds the new headers, formats and lists after the old ones, leaves the data, and the tab is read", () => {
    const env = createFakeEnv({ htmlFiles: { Sidebar: "<p>sidebar</p>" } });
    const bundle = loadBundle(env, source);
    const row = ["2023-11", 12637, 13201, 2378, 10738, 85, 4167, 78754, "", ""];
    expect(row).toHaveLength(OLD_WIDTH);
    env.spreadsheet.addSheet(AMPLIFICATION.tab, [HEADERS.slice(0, OLD_WIDTH), row]);

    const before = bundle.call("muatBulan", "2023-11") as MonthView;
    expect(before.channels.find((c) => c.key === "amplifikasi")?.status).toBe("ada-kesalahan");

    bundle.call("siapkanWorkbook");
    const sheet = env.spreadsheet.sheet(AMPLIFICATION.tab);
    if (!sheet) throw new Error("no Amplifikasi Pegawai tab");
    const cells = sheet.snapshot();
    expect(cells[0]).toEqual(HEADERS);
    expect(cells[1]?.slice(0, OLD_WIDTH)).toEqual(row);
    expect(cells[1]?.slice(OLD_WIDTH).every((v) => v === "" || v === null || v === undefined)).toBe(true);
    const quarter = sheet.validations.get(`2,${OLD_WIDTH + 1}`);
    expect(String(quarter?.rule.criteria)).toBe("VALUE_IN_LIST");
    expect(quarter?.rule.values[0]).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(sheet.formats.get(`2,${OLD_WIDTH + 2}`)).toBe("#,##0");
    expect(sheet.protections.some((p) => p.a1?.startsWith(`${String.fromCharCode(65 + OLD_WIDTH)}1:`))).toBe(
      true,
    );
    expect(env.ui.alerts.at(-1)?.message).toContain("Tab dilengkapi: Amplifikasi Pegawai");

    const after = bundle.call("muatBulan", "2023-11") as MonthView;
    const amplification = after.channels.find((c) => c.key === "amplifikasi");
    expect(amplification?.status).not.toBe("ada-kesalahan");
    expect(amplification?.rows[0]?.[0]).toBe("12.637");
  });
});
