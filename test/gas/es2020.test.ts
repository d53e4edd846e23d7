/**
 * Apps Script's V8 is only promised ES2020 (test/fakes/es2020-realm.ts): the BUILT dist/Code.js
 * must parse as an ES2020 script and do a month's work in a realm without any newer built-in.
 * (Every bundle test loads it so; this one walks the main actions in one go.)
 */
import { readFileSync } from "node:fs";
import { parse } from "acorn";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { LOG_TAB } from "../../src/core/workbook/system-tabs";
import type { BuatLaporanResult, PeriksaResult } from "../../src/rpc/report";
import type { KirimDraftResult, KirimResult } from "../../src/rpc/send";
import type { MonthView, SaveResult } from "../../src/rpc/sidebar";
import { NEWER_BUILTINS } from "../fakes/es2020-realm";
import { ensureBundle } from "../fakes/runtime";
import { loadWorkbookEnv } from "../helpers/workbook-env";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

const es2020 = (code: string) => parse(code, { ecmaVersion: 2020, sourceType: "script" });

describe("dist/Code.js on an ES2020 V8", () => {
  it("parses as an ES2020 script (what esbuild's es2020 target emits)", () => {
    // The parser is strict enough to refuse later syntax:
    expect(() => es2020("let a; a ??= 1;")).toThrow();
    expect(() => es2020("class A { #b = 1; }")).toThrow();
    expect(() => es2020("const n = 1_000;")).toThrow();
    expect(() => es2020(source)).not.toThrow();
  });

  it("is loaded in a realm without the built-ins newer than ES2020", () => {
    const { bundle } = loadWorkbookEnv(source, sampleWorkbook());
    const present = NEWER_BUILTINS.filter(({ owner, name }) =>
      bundle.evaluate<boolean>(`${JSON.stringify(name)} in (${owner})`),
    );
    expect(present).toEqual([]);
    expect(() => bundle.evaluate("Object.hasOwn({ a: 1 }, 'a')")).toThrow(/Object.hasOwn is not a function/);
    expect(() => bundle.evaluate("[1, 2].at(-1)")).toThrow(/at is not a function/);
    expect(bundle.evaluate("Object.fromEntries([['a', 1]]).a ?? 0")).toBe(1);
  });

  it("sets up, loads, saves, checks, generates, previews, sends and reminds there", () => {
    const { env, bundle } = loadWorkbookEnv(source, sampleWorkbook(), {
      htmlFiles: { Dialog: "<p>dialog</p>" },
      settings: { "Penerima Laporan": "kabiro@kemenkeu.go.id", "Penerima Pengingat": "staf@kemenkeu.go.id" },
    });
    env.ui.answerAlerts("OK");
    bundle.call("siapkanWorkbook");
    expect(env.ui.alerts.at(-1)?.title).toBe("Siapkan Workbook");

    const view = bundle.call("muatBulan", "2023-11") as MonthView;
    const blast = view.channels.find((c) => c.key === "whatsappBlast");
    const saved = bundle.call("simpanKanal", {
      month: "2023-11",
      channel: "whatsappBlast",
      rows: [...(blast?.rows ?? []), ["30/11/2023", "Layanan baru", ""]],
      version: blast?.version ?? "",
    }) as SaveResult;
    expect(saved).toMatchObject({ ok: true });

    env.ui.answerPrompts({ text: "2023-11" });
    bundle.call("periksaData");
    expect(env.ui.alerts.at(-1)?.message).toContain("WhatsApp Blast: Lengkap (4)");
    const check = bundle.call("periksaLaporan", "2023-11") as PeriksaResult;
    expect(check.errors).toEqual([]);

    const deck = bundle.call("buatLaporanBulan", {
      month: "2023-11",
      allowMissing: true,
      acceptWarnings: true,
    }) as BuatLaporanResult;
    expect(deck).toMatchObject({ ok: true, updated: false });

    const draft = bundle.call("siapkanKirim", "2023-11") as KirimDraftResult;
    expect(draft).toMatchObject({ ok: true, to: ["kabiro@kemenkeu.go.id"] });
    const sent = bundle.call("kirimLaporan", { month: "2023-11", confirmResend: false }) as KirimResult;
    expect(sent).toMatchObject({ ok: true });
    expect(env.MailApp.sent.map((m) => m.to)).toEqual([["kabiro@kemenkeu.go.id"]]);

    env.ui.answerAlerts("OK", "OK");
    bundle.call("aturPengingat");
    const trigger = env.ScriptApp.triggers.find((t) => t.handler === "kirimPengingat");
    if (!trigger) throw new Error("no reminder trigger");
    const ScriptDate = bundle.evaluate<DateConstructor>("Date");
    bundle.call(trigger.handler, env.ScriptApp.clockEvent(trigger, new ScriptDate(2023, 11, 3, 7)));
    // A reminder run that failed (a missing built-in included) is written to Log; November is complete.
    const log = (env.spreadsheet.sheet(LOG_TAB)?.snapshot() ?? []).slice(1);
    expect(log.map((row) => row[2])).toEqual(["WhatsApp Blast", "WhatsApp Blast"]);
    expect(env.MailApp.sent).toHaveLength(1);
  });
});
