/**
 * A stand-in for https://apis.google.com/js/api.js: `gapi.load("picker")` installs a fake
 * `google.picker` that records every builder call in `window.__picker.log` and keeps the
 * callback, so a test can answer as the real picker would (PICKED with documents, or CANCEL).
 * The constants have the real picker's values.
 */

export interface PickerLog {
  log: [string, ...unknown[]][];
  callback?: (response: Record<string, unknown>) => void;
}

/** Runs in the page (serialised into the served api.js): no imports, no outer references. */
function installFakeGapi(): void {
  const state: PickerLog = { log: [] };
  (window as unknown as { __picker: PickerLog }).__picker = state;
  const record = (name: string, ...args: unknown[]) => state.log.push([name, ...args]);
  const chain = <T extends object>(target: T, names: string[]): T => {
    for (const name of names) {
      (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
        record(name, ...args);
        return target;
      };
    }
    return target;
  };
  class DocsView {
    constructor(viewId?: unknown) {
      record("DocsView", viewId);
      chain(this, ["setIncludeFolders", "setSelectFolderEnabled", "setMimeTypes", "setMode"]);
    }
  }
  class PickerBuilder {
    constructor() {
      chain(this, [
        "addView",
        "setOAuthToken",
        "setDeveloperKey",
        "setAppId",
        "setOrigin",
        "setLocale",
        "setTitle",
        "setSize",
      ]);
    }
    setCallback(callback: PickerLog["callback"]): this {
      record("setCallback");
      state.callback = callback;
      return this;
    }
    build() {
      record("build");
      return { setVisible: (visible: boolean) => record("setVisible", visible) };
    }
  }
  const picker = {
    DocsView,
    PickerBuilder,
    ViewId: { PRESENTATIONS: "presentations", FOLDERS: "folders" },
    DocsViewMode: { LIST: "list" },
    Action: { PICKED: "picked", CANCEL: "cancel" },
    Response: { ACTION: "action", DOCUMENTS: "docs" },
    Document: { ID: "id", NAME: "name" },
  };
  (window as unknown as { gapi: object }).gapi = {
    load(library: string, options: { callback: () => void }) {
      record("gapi.load", library);
      setTimeout(() => {
        const w = window as unknown as { google: Record<string, unknown> };
        w.google = w.google ?? {};
        w.google.picker = picker;
        options.callback();
      }, 0);
    },
  };
}

export const FAKE_API_JS = `(${installFakeGapi.toString()})();`;
