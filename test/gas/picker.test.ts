/**
 * Pilih Template… / Pilih Folder… on the built dist/Code.js in node:vm: the dialog it opens, what
 * infoPemilih hands the page (with and without the picker's script properties), and simpanPilihan
 * writing the chosen ID into Pengaturan, where the report reads it.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPage, PICKER } from "../../scripts/build-pages";
import { SETUP_MENU_PATH } from "../../src/core/entry/menu-path";
import { PICKER_KEY_PROPERTY, PICKER_PROJECT_PROPERTY } from "../../src/core/entry/picker-kinds";
import { parseSettings } from "../../src/core/workbook/parse";
import { SETTINGS_TAB } from "../../src/core/workbook/settings";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { ensureBundle, loadBundle } from "../fakes/runtime";

let source = "";
let pickerHtml = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
  if (!existsSync(PICKER.outFile)) await buildPage(PICKER);
  pickerHtml = readFileSync(PICKER.outFile, "utf8");
});

const TEMPLATE_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

/** A workbook set up with Siapkan Workbook; the picker configured unless told otherwise. */
function setUp(
  properties: Record<string, string> = {
    [PICKER_KEY_PROPERTY]: "AIza-kunci",
    [PICKER_PROJECT_PROPERTY]: "123456789012",
  },
) {
  const env = createFakeEnv({ htmlFiles: { Picker: pickerHtml } });
  const bundle = loadBundle(env, source);
  env.spreadsheet.addSheet("Sheet1", []);
  bundle.call("siapkanWorkbook");
  for (const [key, value] of Object.entries(properties)) env.PropertiesService.script.setProperty(key, value);
  env.calls.reset();
  return { env, bundle };
}

/** Pengaturan as the report's parser reads it. */
function settingsOf(env: FakeEnv) {
  const [header = [], ...rows] = env.spreadsheet.sheet(SETTINGS_TAB)?.snapshot() ?? [];
  return parseSettings({ [SETTINGS_TAB]: { name: SETTINGS_TAB, firstRow: 2, header, rows } }).settings;
}

const settingValue = (env: FakeEnv, label: string) =>
  env.spreadsheet
    .sheet(SETTINGS_TAB)
    ?.snapshot()
    .find((row) => row[0] === label)?.[1];

describe("Pilih Template… and Pilih Folder…", () => {
  it("open the picker dialog (dist/Picker.html) for their kind, reading nothing else", () => {
    const { env, bundle } = setUp();
    bundle.call("pilihTemplate");
    bundle.call("pilihFolder");
    expect(env.ui.dialogs.map((d) => [d.title, d.modal])).toEqual([
      ["Pilih Presentasi Template", true],
      ["Pilih Folder Drive", true],
    ]);
    const kinds = env.ui.dialogs.map((d) => /<body data-kind="([^"]*)"/.exec(d.html.getContent())?.[1]);
    expect(kinds).toEqual(["template", "folder"]);
    expect(
      env.calls.count("Sheets") + env.calls.count("PropertiesService") + env.calls.count("ScriptApp"),
    ).toBe(0);
  });
});

describe("infoPemilih", () => {
  it("hands the page the key, the project number and the user's OAuth token", () => {
    const { env, bundle } = setUp();
    expect(bundle.call("infoPemilih", "folder")).toEqual({
      ready: true,
      kind: "folder",
      developerKey: "AIza-kunci",
      appId: "123456789012",
      oauthToken: env.ScriptApp.oauthToken,
    });
    expect(env.calls.count("ScriptApp", "getOAuthToken")).toBe(1);
  });

  it("without a key says so and points to the Pengaturan row, handing out no token", () => {
    const { env, bundle } = setUp({});
    const info = bundle.call("infoPemilih", "template") as { ready: boolean; message: string };
    expect(info.ready).toBe(false);
    expect(info.message).toMatch(/belum diaktifkan/);
    expect(info.message).toContain('tab "Pengaturan", baris "ID Presentasi Template"');
    expect(env.calls.count("ScriptApp")).toBe(0);
  });

  it("with a project number that is not a number says the picker is misconfigured", () => {
    const { bundle } = setUp({
      [PICKER_KEY_PROPERTY]: "AIza-kunci",
      [PICKER_PROJECT_PROPERTY]: "laporan-layanan",
    });
    const info = bundle.call("infoPemilih", "folder") as { ready: boolean; message: string };
    expect(info).toMatchObject({ ready: false });
    expect(info.message).toMatch(/CLOUD_PROJECT_NUMBER harus nomor project/);
  });

  it("rejects an unknown kind", () => {
    const { bundle } = setUp();
    expect(() => bundle.call("infoPemilih", "semua")).toThrow(
      /\(infoPemilih\): argumen ke-1 harus salah satu dari "template", "folder", bukan teks "semua"/,
    );
  });
});

describe("simpanPilihan", () => {
  it("writes the chosen ID into its Pengaturan row as text, where the report reads it", () => {
    const { env, bundle } = setUp();
    const locked = env.LockService.document.acquisitions;
    const result = bundle.call("simpanPilihan", { kind: "template", id: TEMPLATE_ID, name: "Tema <DJPK>" });
    expect(result).toEqual({
      message:
        'ID Presentasi Template diisi: "Tema <DJPK>". Laporan berikutnya memakai presentasi template ini.',
    });
    expect(settingValue(env, "ID Presentasi Template")).toBe(TEMPLATE_ID);
    expect(settingValue(env, "ID Folder Drive")).toBe("");
    expect(settingsOf(env)).toMatchObject({ templatePresentasi: TEMPLATE_ID });
    expect(env.calls.count("Sheets", "Spreadsheets.Values.update")).toBe(1);
    expect(env.LockService.document.acquisitions).toBe(locked + 1);
    expect(env.LockService.document.held).toBe(false);
  });

  it("finds the row by its label, wherever staff moved it", () => {
    const { env, bundle } = setUp();
    const sheet = env.spreadsheet.sheet(SETTINGS_TAB);
    const rows = sheet?.snapshot() ?? [];
    const folderRow = rows.findIndex((r) => r[0] === "ID Folder Drive");
    sheet?.setCell(folderRow + 1, 1, "id folder drive");
    bundle.call("simpanPilihan", { kind: "folder", id: "0FolderIdAbCdEfGh", name: "" });
    expect(sheet?.snapshot()[folderRow]?.[1]).toBe("0FolderIdAbCdEfGh");
  });

  it("refuses an ID that is not a Drive ID, or an unknown kind, writing nothing", () => {
    const { env, bundle } = setUp();
    for (const request of [
      { kind: "template", id: '=IMPORTXML("x")', name: "" },
      { kind: "template", id: "pendek", name: "" },
    ]) {
      expect(() => bundle.call("simpanPilihan", request)).toThrow(
        /Gagal menyimpan pilihan: Pilihan tidak lengkap/,
      );
    }
    // Not a choice at all: refused at the door (src/rpc/args.ts).
    for (const request of [{ kind: "logo", id: TEMPLATE_ID, name: "" }, null]) {
      expect(() => bundle.call("simpanPilihan", request)).toThrow(
        /^Permintaan ke server tidak sah \(simpanPilihan\)/,
      );
    }
    expect(env.calls.count("Sheets")).toBe(0);
  });

  it("without Pengaturan asks to run Siapkan Workbook", () => {
    const env = createFakeEnv();
    const bundle = loadBundle(env, source);
    env.spreadsheet.addSheet("Sheet1", []);
    expect(() => bundle.call("simpanPilihan", { kind: "folder", id: "0FolderIdAbCdEfGh", name: "" })).toThrow(
      `Tab "Pengaturan" atau baris "ID Folder Drive" belum ada. Jalankan menu ${SETUP_MENU_PATH}, lalu pilih lagi.`,
    );
    expect(env.LockService.document.held).toBe(false);
  });

  it("waits for a save or report holding the workbook, then says so without writing", () => {
    const { env, bundle } = setUp();
    env.LockService.document.heldElsewhere = true;
    expect(() => bundle.call("simpanPilihan", { kind: "template", id: TEMPLATE_ID, name: "" })).toThrow(
      /sedang dipakai/,
    );
    expect(settingValue(env, "ID Presentasi Template")).toBe("");
  });
});
