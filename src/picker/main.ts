/**
 * Pilih Template… / Pilih Folder…: asks the server for the picker's key, project number and
 * token, loads Google Picker, and saves the chosen file's ID into Pengaturan. Without a key it
 * says so (staff paste the ID into Pengaturan, as before). Every text is set as text.
 */
import { isPickerKind, PICKER_KINDS, type PickerInfo, type PickerKindKey } from "../core/entry/picker-kinds";
import { cleanMessage } from "../ui/failure";
import { GAPI_URL, type Gapi, type PickerNamespace, type PickerResponse } from "./google-picker";
import { host, server } from "./server";

const MIME_FOLDER = "application/vnd.google-apps.folder";
const LOAD_TIMEOUT_MS = 15_000;

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
};
const title = element<HTMLHeadingElement>("judul");
const status = element<HTMLParagraphElement>("status");
const failure = element<HTMLDivElement>("failure");
const again = element<HTMLButtonElement>("ulang");
const close = element<HTMLButtonElement>("tutup");

function say(text: string): void {
  status.textContent = text;
}

function fail(text: string, canRetry: boolean): void {
  say("");
  failure.textContent = text;
  failure.hidden = false;
  again.hidden = !canRetry;
  (canRetry ? again : close).focus();
}

function errorText(error: unknown, fallback: string): string {
  return cleanMessage(error) || fallback;
}

const picker = (): PickerNamespace | undefined =>
  (globalThis as { google?: { picker?: PickerNamespace } }).google?.picker;
const gapi = (): Gapi | undefined => (globalThis as { gapi?: Gapi }).gapi;

/** Loads api.js once, then the picker library through it. */
function loadPicker(): Promise<PickerNamespace> {
  return new Promise((resolve, reject) => {
    const loaded = picker();
    if (loaded) {
      resolve(loaded);
      return;
    }
    const withGapi = (loader: Gapi) =>
      loader.load("picker", {
        callback: () => {
          const ready = picker();
          if (ready) resolve(ready);
          else reject(new Error("picker missing"));
        },
        onerror: () => reject(new Error("picker failed")),
        timeout: LOAD_TIMEOUT_MS,
        ontimeout: () => reject(new Error("picker timeout")),
      });
    const existing = gapi();
    if (existing) {
      withGapi(existing);
      return;
    }
    const tag = document.createElement("script");
    tag.src = GAPI_URL;
    tag.async = true;
    tag.onload = () => {
      const loader = gapi();
      if (loader) withGapi(loader);
      else reject(new Error("gapi missing"));
    };
    tag.onerror = () => reject(new Error("api.js failed"));
    document.head.append(tag);
  });
}

async function save(kind: PickerKindKey, picked: PickerNamespace, response: PickerResponse): Promise<void> {
  const documents = response[picked.Response.DOCUMENTS];
  const first = Array.isArray(documents) ? (documents[0] as Record<string, unknown> | undefined) : undefined;
  const id = first?.[picked.Document.ID];
  const name = first?.[picked.Document.NAME];
  if (typeof id !== "string") {
    fail("Google Picker tidak mengembalikan file yang dipilih. Pilih lagi.", true);
    return;
  }
  say("Menyimpan pilihan…");
  try {
    const result = await server.simpanPilihan({ kind, id, name: typeof name === "string" ? name : "" });
    say(result.message);
    again.hidden = false;
    close.focus();
  } catch (error) {
    fail(errorText(error, "Gagal menyimpan pilihan. Coba lagi."), true);
  }
}

function show(
  kind: PickerKindKey,
  info: Extract<PickerInfo, { ready: true }>,
  picked: PickerNamespace,
): void {
  const view =
    kind === "folder"
      ? new picked.DocsView(picked.ViewId.FOLDERS)
          .setIncludeFolders(true)
          .setSelectFolderEnabled(true)
          .setMimeTypes(MIME_FOLDER)
      : new picked.DocsView(picked.ViewId.PRESENTATIONS).setMode(picked.DocsViewMode.LIST);
  const origin = host()?.origin;
  let builder = new picked.PickerBuilder()
    .addView(view)
    .setOAuthToken(info.oauthToken)
    .setDeveloperKey(info.developerKey)
    .setAppId(info.appId)
    .setLocale("id")
    .setTitle(PICKER_KINDS[kind].title)
    .setSize(window.innerWidth - 20, window.innerHeight - 20)
    .setCallback((response) => {
      const action = response[picked.Response.ACTION];
      if (action === picked.Action.PICKED) void save(kind, picked, response);
      else if (action === picked.Action.CANCEL) say(`Tidak ada ${PICKER_KINDS[kind].noun} yang dipilih.`);
    });
  if (origin) builder = builder.setOrigin(origin);
  builder.build().setVisible(true);
  say(`Pilih ${PICKER_KINDS[kind].noun} di jendela Google Drive.`);
}

async function start(kind: PickerKindKey): Promise<void> {
  failure.hidden = true;
  again.hidden = true;
  say("Membuka pemilih file Google…");
  let info: PickerInfo;
  try {
    info = await server.infoPemilih(kind);
  } catch (error) {
    fail(errorText(error, "Gagal membuka pemilih file. Coba lagi."), true);
    return;
  }
  if (!info.ready) {
    say(info.message);
    close.focus();
    return;
  }
  let picked: PickerNamespace;
  try {
    picked = await loadPicker();
  } catch {
    fail("Pemilih file Google tidak dapat dimuat. Periksa koneksi internet, lalu klik Pilih lagi.", true);
    return;
  }
  show(kind, info, picked);
}

const kind = document.body.dataset.kind;
close.addEventListener("click", () => host()?.close());
if (isPickerKind(kind)) {
  title.textContent = PICKER_KINDS[kind].title;
  document.title = PICKER_KINDS[kind].title;
  again.addEventListener("click", () => void start(kind));
  void start(kind);
} else {
  fail("Dialog ini dibuka tanpa jenis pilihan. Tutup, lalu pilih lagi dari menu.", false);
}
