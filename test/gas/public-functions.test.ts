/**
 * What any editor of the workbook can call. Every top-level function of dist/Code.js whose name
 * does not end in `_` can be run from the browser with google.script.run
 * (https://developers.google.com/apps-script/guides/html/reference/run; names ending in `_` are
 * private and cannot be, https://developers.google.com/apps-script/guides/html/communication#private_functions).
 * So the public ones are exactly: the menu's items (Menu.addItem names a function Apps Script
 * calls by name), the simple triggers, the reminder's trigger handler, and what the pages call;
 * each page call's arguments are checked against src/rpc/args.ts before anything runs.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { REMINDER_HANDLER } from "../../src/gas/reminder/reminder";
import { RPC_NAMES } from "../../src/rpc/args";
import type { BuatLaporanResult } from "../../src/rpc/report";
import type { KirimResult } from "../../src/rpc/send";
import { createFakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle, topLevelFunctions } from "../fakes/runtime";
import { loadWorkbookEnv } from "../helpers/workbook-env";

/** Run by Apps Script itself by these names (simple triggers; onInstall for the add-on). */
const SIMPLE_TRIGGERS = ["onOpen", "onInstall"];
/** Installable trigger handlers, run as the user who made the trigger (the reminder guards itself). */
const TRIGGER_HANDLERS = [REMINDER_HANDLER];

const ROOT = join(import.meta.dirname, "..", "..");
/** The pages' sources: each calls the server through src/ui/script-run.ts. */
const PAGE_DIRS = ["src/sidebar", "src/dialog", "src/picker", "src/help", "src/ui"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Names the pages pass to the server: callServer<T>("name", ...) and the dialog's wrappers around
 * it, call<T>("name", ...) and roundTrip<T>("name", ...). callServer only takes an RpcName, so
 * a page cannot call anything else; this finds which of those are really called.
 */
function pageCalls(): string[] {
  const pattern = /\b(?:callServer|call|roundTrip)(?:<[^()]*?>)?\(\s*"(\w+)"/g;
  const names = PAGE_DIRS.flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(pattern)].map((m) => m[1] ?? ""),
    ),
  );
  return [...new Set(names)].sort();
}

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

function menuFunctions(): string[] {
  const env = createFakeEnv();
  const bundle = loadBundle(env, source);
  bundle.call("onOpen");
  return env.ui.menus.flatMap((menu) =>
    menu.entries.flatMap((entry) => (entry === "separator" ? [] : [entry.functionName])),
  );
}

describe("the bundle's public functions", () => {
  it("are the menu's items, the triggers and the pages' calls, and nothing else", () => {
    const declared = topLevelFunctions(createFakeEnv(), source);
    const publicOnes = declared.filter((name) => !name.endsWith("_"));
    const allowed = new Set([...menuFunctions(), ...SIMPLE_TRIGGERS, ...TRIGGER_HANDLERS, ...pageCalls()]);
    expect(publicOnes.filter((name) => !allowed.has(name))).toEqual([]);
    expect([...allowed].filter((name) => !declared.includes(name))).toEqual([]);
  });

  it("puts no other function on the global object than those it declares", () => {
    // Apps Script lists declared functions; one assigned at run time must not slip past the list.
    const functions =
      "Object.getOwnPropertyNames(globalThis).filter((n) => typeof globalThis[n] === 'function')";
    const before = loadBundle(createFakeEnv(), "").evaluate<string[]>(functions);
    const after = loadBundle(createFakeEnv(), source).evaluate<string[]>(functions);
    const added = after.filter((name) => !before.includes(name));
    expect(added.sort()).toEqual(topLevelFunctions(createFakeEnv(), source).sort());
  });

  it("take from pages exactly the calls src/rpc/args.ts describes", () => {
    expect(pageCalls()).toEqual([...RPC_NAMES].sort());
  });
});

const REFUSED = /^Permintaan ke server tidak sah \((\w+)\): .+\. Tidak ada yang diubah\. Tutup halaman ini/;

describe("a page call's arguments", () => {
  it("of the wrong type are refused by every RPC in Indonesian, before any service is touched", () => {
    const { env, bundle } = loadWorkbookEnv(source, sampleWorkbook());
    for (const name of RPC_NAMES) {
      env.calls.reset();
      expect(() => bundle.call(name, true), name).toThrow(REFUSED);
      expect(() => bundle.call(name, { month: "2023-11" }, "lagi"), name).toThrow(
        /argumennya terlalu banyak/,
      );
      expect(env.calls.list(), name).toEqual([]);
    }
    expect(env.ui.dialogs).toEqual([]);
  });

  it('confirmResend: "false" does not send the month again', () => {
    const { env, bundle } = loadWorkbookEnv(source, sampleWorkbook(), {
      settings: { "Penerima Laporan": "kabiro@kemenkeu.go.id" },
    });
    const deck = bundle.call("buatLaporanBulan", {
      month: "2023-11",
      allowMissing: true,
      acceptWarnings: true,
    });
    expect((deck as BuatLaporanResult).ok).toBe(true);
    expect(bundle.call("kirimLaporan", { month: "2023-11" })).toMatchObject({ ok: true });
    expect(() => bundle.call("kirimLaporan", { month: "2023-11", confirmResend: "false" })).toThrow(
      /^Permintaan ke server tidak sah \(kirimLaporan\): "confirmResend" harus true atau false, bukan teks "false"\./,
    );
    expect(env.MailApp.sent).toHaveLength(1);
    const again = bundle.call("kirimLaporan", { month: "2023-11", confirmResend: false }) as KirimResult;
    expect(again).toMatchObject({ ok: false, reason: "resend" });
  });

  it('allowMissing: "no" does not generate a deck with empty sections', () => {
    const workbook = sampleWorkbook();
    const webinar = workbook.Webinar;
    if (webinar) webinar.rows = webinar.rows.filter((row) => row[0] !== "2023-11");
    const { env, bundle } = loadWorkbookEnv(source, workbook);
    expect(() =>
      bundle.call("buatLaporanBulan", { month: "2023-11", allowMissing: "no", acceptWarnings: true }),
    ).toThrow(/\(buatLaporanBulan\): "allowMissing" harus true atau false, bukan teks "no"\./);
    expect(env.calls.list()).toEqual([]);
    const refused = bundle.call("buatLaporanBulan", {
      month: "2023-11",
      allowMissing: false,
      acceptWarnings: true,
    });
    expect(refused).toMatchObject({ ok: false, reason: "missing" });
  });

  it("name the field, the cell and what came; unknown fields are refused, not dropped", () => {
    const { env, bundle } = loadWorkbookEnv(source, sampleWorkbook());
    const save = (request: unknown) => () => bundle.call("simpanKanal", request);
    const request = {
      month: "2023-11",
      channel: "whatsappBlast",
      rows: [["1/11/2023", "Judul", ""]],
      version: "",
    };
    expect(save({ ...request, rows: [["1/11/2023", true, ""]] })).toThrow(
      /"rows\[0\]\[1\]" harus teks atau angka atau kosong \(null\), bukan true/,
    );
    expect(save({ ...request, channel: "faks" })).toThrow(/"channel" harus salah satu dari "[a-zA-Z]+", /);
    expect(save({ ...request, overwrite: true })).toThrow(
      /argumen ke-1 berisi kolom yang tidak dikenal: overwrite/,
    );
    expect(() => bundle.call("muatBulan", 202311)).toThrow(
      /\(muatBulan\): argumen ke-1 harus teks, bukan angka 202311/,
    );
    expect(() => bundle.call("infoPemilih", "drive")).toThrow(
      /argumen ke-1 harus salah satu dari "template", "folder"/,
    );
    expect(() => bundle.call("periksaLaporan")).toThrow(/\(periksaLaporan\): argumennya kurang \(perlu 1\)/);
    expect(env.calls.list()).toEqual([]);
  });
});
