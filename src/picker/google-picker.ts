/**
 * The part of Google Picker (https://developers.google.com/drive/picker) and its loader `gapi`
 * that the page uses, typed here because no @types package is installed for them.
 */

export interface PickerDocument {
  [field: string]: unknown;
}

export interface PickerResponse {
  [field: string]: unknown;
}

export interface DocsView {
  setIncludeFolders(include: boolean): DocsView;
  setSelectFolderEnabled(enabled: boolean): DocsView;
  setMimeTypes(mimeTypes: string): DocsView;
  setMode(mode: unknown): DocsView;
}

export interface PickerBuilder {
  addView(view: DocsView): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(appId: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setLocale(locale: string): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  setSize(width: number, height: number): PickerBuilder;
  setCallback(callback: (response: PickerResponse) => void): PickerBuilder;
  build(): { setVisible(visible: boolean): void };
}

export interface PickerNamespace {
  DocsView: new (viewId?: unknown) => DocsView;
  PickerBuilder: new () => PickerBuilder;
  ViewId: { PRESENTATIONS: unknown; FOLDERS: unknown };
  DocsViewMode: { LIST: unknown };
  Action: { PICKED: string; CANCEL: string };
  Response: { ACTION: string; DOCUMENTS: string };
  Document: { ID: string; NAME: string };
}

export interface Gapi {
  load(
    library: string,
    options: { callback: () => void; onerror: () => void; timeout: number; ontimeout: () => void },
  ): void;
}

/** Google's loader for the Picker library; fetched only when the picker is configured. */
export const GAPI_URL = "https://apis.google.com/js/api.js";
