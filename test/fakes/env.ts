/**
 * createFakeEnv(): every fake Apps Script service, sharing one CallLog, plus the globals object
 * Apps Script would provide. Load a bundle with `vm.createContext(env.globals())`, or
 * `env.install(globalThis)` for code imported directly.
 *
 * To add a service: write its fake in a file of its own, construct it here with `calls`, and
 * add it to `globals()`. Drive, DriveApp and Slides share one in-memory Drive (`drive`).
 */

import { FakeCacheService } from "./cache-service";
import { CallLog } from "./calls";
import { FakeDriveApi, FakeDriveStore } from "./drive-api";
import { FakeDriveApp } from "./drive-app";
import { FakeHtmlService } from "./html-service";
import { FakeLockService } from "./lock-service";
import { type ConsoleLevel, FakeLogger, fakeConsole } from "./logger";
import { FakeMailApp } from "./mail-app";
import { FakePropertiesService } from "./properties-service";
import { FakeScriptApp } from "./script-app";
import { FakeSession } from "./session";
import { FakeSheetsApi } from "./sheets-api";
import { FakeSlidesApi } from "./slides-api";
import { FakeSpreadsheet } from "./spreadsheet";
import { FakeSpreadsheetApp } from "./spreadsheet-app";
import { FakeUi } from "./ui";
import { FakeUsers } from "./users";
import { FakeUtilities } from "./utilities";

export interface FakeEnvOptions {
  /** Sheets of the active spreadsheet, in tab order: name -> rows (row 1 = header). */
  sheets?: Record<string, readonly (readonly unknown[])[]>;
  /** Project HTML files for HtmlService, e.g. { Sidebar: "<html>..." }. */
  htmlFiles?: Record<string, string>;
  userEmail?: string;
  timeZone?: string;
}

export interface FakeEnv {
  calls: CallLog;
  /** Whom the script runs as: `users.as(email, fn)` runs a call as another staff member (users.ts). */
  users: FakeUsers;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  SpreadsheetApp: FakeSpreadsheetApp;
  /** The Sheets advanced service, over the same spreadsheets as SpreadsheetApp. */
  Sheets: FakeSheetsApi;
  /** The Drive that Drive, DriveApp and Slides see: folders, files, presentations. */
  drive: FakeDriveStore;
  /** The Drive v3 advanced service. */
  Drive: FakeDriveApi;
  DriveApp: FakeDriveApp;
  /** The Slides advanced service; its charts must exist in SpreadsheetApp's spreadsheets. */
  Slides: FakeSlidesApi;
  Session: FakeSession;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  CacheService: FakeCacheService;
  HtmlService: FakeHtmlService;
  Utilities: FakeUtilities;
  Logger: FakeLogger;
  MailApp: FakeMailApp;
  /** Installable triggers, the auth modes and other enums, the user's OAuth token. */
  ScriptApp: FakeScriptApp;
  /** What code wrote with console.* */
  consoleLines: { level: ConsoleLevel; text: string }[];
  /** The global names Apps Script provides, bound to the fakes. */
  globals(): Record<string, unknown>;
  /** Puts the globals on `target` (default globalThis); returns a function that restores it. */
  install(target?: object): () => void;
}

export function createFakeEnv(options: FakeEnvOptions = {}): FakeEnv {
  const calls = new CallLog();
  const users = new FakeUsers(options.userEmail);
  const spreadsheet = new FakeSpreadsheet(calls);
  for (const [name, rows] of Object.entries(options.sheets ?? {})) spreadsheet.addSheet(name, rows);
  if (options.timeZone) spreadsheet.timeZone = options.timeZone;
  const ui = new FakeUi(calls);
  const consoleLines: FakeEnv["consoleLines"] = [];
  const spreadsheetApp = new FakeSpreadsheetApp(calls, spreadsheet, ui);
  const drive = new FakeDriveStore();
  drive.users = users;
  drive.newSpreadsheet = (id, name) => {
    const made = new FakeSpreadsheet(calls, id, name);
    made.addSheet("Sheet1", [], 0);
    return made;
  };
  const lookup = (id: string) =>
    id === spreadsheet.id ? spreadsheet : (spreadsheetApp.others.get(id) ?? drive.spreadsheets.get(id));
  const sheetsApi = new FakeSheetsApi(calls, lookup);
  sheetsApi.denied = (id) => drive.openDenied(id);
  const env: Omit<FakeEnv, "globals" | "install"> = {
    calls,
    users,
    spreadsheet,
    ui,
    SpreadsheetApp: spreadsheetApp,
    Sheets: sheetsApi,
    drive,
    Drive: new FakeDriveApi(calls, drive),
    DriveApp: new FakeDriveApp(calls, drive),
    Slides: new FakeSlidesApi(calls, drive, lookup),
    Session: new FakeSession(calls, options.userEmail, options.timeZone, undefined, users),
    LockService: new FakeLockService(calls),
    PropertiesService: new FakePropertiesService(calls, users),
    CacheService: new FakeCacheService(calls, users),
    HtmlService: new FakeHtmlService(calls, options.htmlFiles),
    Utilities: new FakeUtilities(calls),
    Logger: new FakeLogger(calls),
    MailApp: new FakeMailApp(calls),
    ScriptApp: new FakeScriptApp(calls, users),
    consoleLines,
  };
  const globals = (): Record<string, unknown> => ({
    SpreadsheetApp: env.SpreadsheetApp,
    Sheets: env.Sheets,
    Drive: env.Drive,
    DriveApp: env.DriveApp,
    Slides: env.Slides,
    Session: env.Session,
    LockService: env.LockService,
    PropertiesService: env.PropertiesService,
    CacheService: env.CacheService,
    HtmlService: env.HtmlService,
    Utilities: env.Utilities,
    Logger: env.Logger,
    MailApp: env.MailApp,
    ScriptApp: env.ScriptApp,
    console: fakeConsole(consoleLines),
  });
  const install = (target: object = globalThis): (() => void) => {
    const record = target as Record<string, unknown>;
    const entries = Object.entries(globals());
    const saved = entries.map(([name]) => [name, Object.getOwnPropertyDescriptor(record, name)] as const);
    for (const [name, value] of entries) {
      if (name !== "console") record[name] = value;
    }
    return () => {
      for (const [name, descriptor] of saved) {
        if (name === "console") continue;
        if (descriptor) Object.defineProperty(record, name, descriptor);
        else delete record[name];
      }
    };
  };
  return { ...env, globals, install };
}
