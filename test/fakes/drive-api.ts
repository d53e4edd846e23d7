/**
 * The Drive v3 advanced service (`Drive.Files`, `Drive.Permissions`) over an in-memory Drive:
 * folders, files (a presentation's content lives in a FakePresentation the Slides fake shares),
 * the trash, permissions, export (a presentation as PDF). Unknown IDs fail as the API does:
 * `File not found: <id>.`
 *
 * Per user (users.ts), as Google rules it:
 * - who can OPEN a file: its owner, whoever a permission names (the user, their domain, anyone),
 *   and whoever can open a folder it is in: "All child files and folders automatically inherit
 *   permissions from their parent folder"
 *   (https://developers.google.com/drive/api/guides/manage-sharing). Slides and Sheets (the
 *   `presentations` and `spreadsheets` scopes reach every file the user can open) check only this.
 * - what DRIVE reaches for a user under `drive.file`: files "that you open with an app or that the
 *   user shares with an app while using the Google Picker API"
 *   (https://developers.google.com/drive/api/guides/about-auth): files this user's runs created,
 *   and files (or folders) this user picked. A grant is the user's own: B does not reach what A's
 *   run made, even in a folder shared with B; picking a folder reaches the folder itself (to put
 *   new files in), not the files already in it. Without a grant Drive answers as for a file that
 *   does not exist: `File not found: <id>.`
 * What a test sets up (addFolder, addPresentation ...) is owned and picked by the user current
 * then (the default user, unless the test switched), so single-user tests need nothing more.
 */
import { type CallLog, Counted } from "./calls";
import { FakeBlob } from "./drive-app";
import { FakePresentation } from "./presentation";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeOf } from "./typing";
import { domainOf, type FakeUsers } from "./users";

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Permissions = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const PRESENTATION_MIME = "application/vnd.google-apps.presentation";
export const PDF_MIME = "application/pdf";
export const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
export const ROOT_FOLDER = "root-folder";

export interface DriveRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  permissions: Permission[];
  /** Uploaded content (a PDF ...). */
  content?: FakeBlob;
  /** Who owns it ("" for the root and records made without users). */
  owner?: string;
  /** Users whose `drive.file` grant reaches it: whoever's run created it, whoever picked it. */
  picked?: string[];
}

export function driveError(method: string, message: string): Error {
  return new Error(`API call to drive.${method} failed with error: ${message}`);
}

/** The Drive every fake service sees. */
export class FakeDriveStore {
  readonly files = new Map<string, DriveRecord>();
  readonly presentations = new Map<string, FakePresentation>();
  /** Spreadsheets made through Drive (`files.create` of a spreadsheet), which the Sheets fake serves. */
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** Makes the content of a new spreadsheet file (set by createFakeEnv, which owns the CallLog). */
  newSpreadsheet: ((id: string, name: string) => FakeSpreadsheet) | undefined;
  /** Whom calls run as (createFakeEnv sets it); without it every file is everyone's. */
  users: FakeUsers | undefined;
  private next = 1;

  constructor() {
    this.files.set(ROOT_FOLDER, this.record(ROOT_FOLDER, "My Drive", FOLDER_MIME, []));
  }

  newId(kind: string): string {
    return `fake-${kind}-${String(this.next++).padStart(4, "0")}`;
  }

  private record(id: string, name: string, mimeType: string, parents: string[]): DriveRecord {
    const owner = this.users?.current ?? "";
    return { id, name, mimeType, parents, trashed: false, permissions: [], owner, picked: [owner] };
  }

  /** A file the current user made (a run's create or copy): theirs, and reached by their grant. */
  made(file: DriveRecord): DriveRecord {
    const owner = this.users?.current ?? "";
    file.owner = owner;
    file.picked = [owner];
    return file;
  }

  /** Whether `email` can open the file (owner, a permission, or a folder it is in that they can open). */
  canOpen(file: DriveRecord, email: string, seen = new Set<string>()): boolean {
    if (!this.users || file.id === ROOT_FOLDER || file.owner === email) return true;
    if (seen.has(file.id)) return false;
    seen.add(file.id);
    const domain = domainOf(email);
    const named = file.permissions.some(
      (p) =>
        p.type === "anyone" ||
        (p.type === "domain" && domain !== "" && (p.domain ?? "").toLowerCase() === domain) ||
        (p.type === "user" && (p.emailAddress ?? "").toLowerCase() === email.toLowerCase()),
    );
    if (named) return true;
    // My Drive (the root) is each user's own: being in it shares nothing.
    return file.parents.some((id) => {
      if (id === ROOT_FOLDER) return false;
      const parent = this.files.get(id);
      return parent !== undefined && this.canOpen(parent, email, seen);
    });
  }

  /** Why the current user cannot open the file through Slides or Sheets (undefined: they can, or it is not in Drive). */
  openDenied(id: string): string | undefined {
    const file = this.files.get(id);
    if (!file || !this.users || this.canOpen(file, this.users.current)) return undefined;
    return "The caller does not have permission";
  }

  /** The file as Drive (`drive.file`) gives it to the current user: it must be theirs to reach. */
  reach(id: string, method: string): DriveRecord {
    const file = this.get(id, method);
    if (!this.users || id === ROOT_FOLDER) return file;
    const user = this.users.current;
    if (!(file.picked ?? []).includes(user) || !this.canOpen(file, user)) {
      throw driveError(method, `File not found: ${id}.`);
    }
    return file;
  }

  /** Test set-up: shares a file or folder with a user (a `user` permission, as the Drive UI's Share does). */
  shareWith(id: string, email: string, role = "writer"): void {
    const file = this.get(id, "share");
    file.permissions.push({ id: this.newId("permission"), type: "user", role, emailAddress: email });
  }

  /** Test set-up: `email` picks the file with the Google Picker, which gives this app access to it for them. */
  pick(id: string, email: string): void {
    const file = this.get(id, "pick");
    if (!this.canOpen(file, email)) throw new Error(`Fake Drive: ${email} cannot open ${id} to pick it`);
    file.picked = [...(file.picked ?? []), email];
  }

  /** Test set-up: a folder. */
  addFolder(name: string, id = this.newId("folder")): DriveRecord {
    const folder = this.record(id, name, FOLDER_MIME, [ROOT_FOLDER]);
    this.files.set(id, folder);
    return folder;
  }

  /** Test set-up, and Drive/Slides create: a presentation with these slides. */
  addPresentation(
    name: string,
    options: { id?: string; parent?: string; slides?: string[]; presentation?: FakePresentation } = {},
  ): FakePresentation {
    const id = options.id ?? this.newId("presentation");
    this.files.set(id, this.record(id, name, PRESENTATION_MIME, [options.parent ?? ROOT_FOLDER]));
    const presentation = options.presentation ?? new FakePresentation(id, name, options.slides ?? ["p"]);
    this.presentations.set(id, presentation);
    return presentation;
  }

  /** Drive/Sheets create: a spreadsheet file with one empty sheet (`Sheet1`, sheet ID 0), as Google makes it. */
  addSpreadsheet(name: string, parent = ROOT_FOLDER): FakeSpreadsheet {
    if (!this.newSpreadsheet) throw new Error("Fake Drive: no spreadsheet factory (use createFakeEnv)");
    const id = this.newId("spreadsheet");
    this.files.set(id, this.record(id, name, SPREADSHEET_MIME, [parent]));
    const made = this.newSpreadsheet(id, name);
    this.spreadsheets.set(id, made);
    return made;
  }

  /** Test set-up: a file deleted for good (emptied from the trash): Drive and Sheets no longer find it. */
  deleteForever(id: string): void {
    this.files.delete(id);
    this.spreadsheets.delete(id);
    this.presentations.delete(id);
  }

  get(id: string, method: string): DriveRecord {
    const file = this.files.get(id);
    if (!file) throw driveError(method, `File not found: ${id}.`);
    return file;
  }

  folder(id: string, method: string): DriveRecord {
    const folder = this.reach(id, method);
    if (folder.mimeType !== FOLDER_MIME) throw driveError(method, `The parent ${id} is not a folder.`);
    return folder;
  }

  /** Files (not trashed) in a folder. */
  children(folderId: string): DriveRecord[] {
    return [...this.files.values()].filter((f) => !f.trashed && f.parents.includes(folderId));
  }

  describe(file: DriveRecord): DriveFile {
    return {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      parents: [...file.parents],
      trashed: file.trashed,
    };
  }
}

function parentsOf(store: FakeDriveStore, resource: DriveFile, method: string): string[] {
  const parents = resource.parents ?? [ROOT_FOLDER];
  if (parents.length > 1) throw driveError(method, "A file can only have one parent.");
  for (const p of parents) store.folder(p, method);
  return [...parents];
}

export class FakeDriveFiles
  extends Counted
  implements
    FakeOf<
      Files,
      "get" | "copy" | "create" | "update",
      { get: DriveFile; copy: DriveFile; create: DriveFile; update: DriveFile }
    >
{
  /** Optional arguments of every call, in order (tests check supportsAllDrives ...). */
  readonly args: { method: string; args: Record<string, unknown> }[] = [];

  constructor(
    calls: CallLog,
    private readonly store: FakeDriveStore,
  ) {
    super(calls, "Drive", "Files");
  }

  get(fileId: string, optionalArgs: Record<string, unknown> = {}): DriveFile {
    this.hit("get");
    this.args.push({ method: "get", args: optionalArgs });
    return this.store.describe(this.store.reach(fileId, "files.get"));
  }

  copy(resource: DriveFile, fileId: string, optionalArgs: Record<string, unknown> = {}): DriveFile {
    this.hit("copy");
    this.args.push({ method: "copy", args: optionalArgs });
    const source = this.store.reach(fileId, "files.copy");
    if (source.mimeType === FOLDER_MIME) throw driveError("files.copy", "Folders cannot be copied.");
    const parents = parentsOf(this.store, resource, "files.copy");
    const name = resource.name ?? `Copy of ${source.name}`;
    const original = this.store.presentations.get(fileId);
    const id = this.store.newId("presentation");
    if (original) {
      this.store.addPresentation(name, { id, parent: parents[0], presentation: original.clone(id, name) });
    } else {
      this.store.files.set(id, { ...source, id, name, parents, trashed: false, permissions: [] });
    }
    this.store.made(this.store.get(id, "files.copy"));
    return this.store.describe(this.store.get(id, "files.copy"));
  }

  create(
    resource: DriveFile,
    mediaData?: GoogleAppsScript.Base.Blob | null,
    optionalArgs: Record<string, unknown> = {},
  ): DriveFile {
    this.hit("create");
    this.args.push({ method: "create", args: optionalArgs });
    const parents = parentsOf(this.store, resource, "files.create");
    const name = resource.name ?? "Untitled";
    if (resource.mimeType === PRESENTATION_MIME) {
      const made = this.store.addPresentation(name, { parent: parents[0] });
      return this.store.describe(this.store.get(made.id, "files.create"));
    }
    if (resource.mimeType === SPREADSHEET_MIME) {
      const made = this.store.addSpreadsheet(name, parents[0]);
      return this.store.describe(this.store.get(made.id, "files.create"));
    }
    const id = this.store.newId("file");
    const content = mediaData instanceof FakeBlob ? mediaData.copy() : undefined;
    const record: DriveRecord = {
      id,
      name,
      mimeType: resource.mimeType ?? content?.contentType ?? "application/octet-stream",
      parents,
      trashed: false,
      permissions: [],
      ...(content ? { content } : {}),
    };
    this.store.files.set(id, this.store.made(record));
    return this.store.describe(record);
  }

  update(
    resource: DriveFile,
    fileId: string,
    mediaData?: GoogleAppsScript.Base.Blob | null,
    optionalArgs: Record<string, unknown> = {},
  ): DriveFile {
    this.hit("update");
    this.args.push({ method: "update", args: optionalArgs });
    const file = this.store.reach(fileId, "files.update");
    if (resource.name !== undefined) file.name = resource.name;
    if (resource.trashed !== undefined) file.trashed = resource.trashed;
    if (mediaData instanceof FakeBlob) file.content = mediaData.copy();
    return this.store.describe(file);
  }

  /**
   * `files.export`. The typings declare `export(fileId, mimeType): void`; the live service
   * refuses a call without `alt: "media"` ("Export requires alt=media to download the exported
   * content.", Google issue 468534237) and with it answers a Blob of the exported bytes. A
   * presentation's PDF is its slides' text here, standing in for the rendering.
   */
  export(fileId: string, mimeType: string, optionalArgs: Record<string, unknown> = {}): FakeBlob {
    this.hit("export");
    this.args.push({ method: "export", args: optionalArgs });
    const file = this.store.reach(fileId, "files.export");
    const presentation = this.store.presentations.get(fileId);
    if (!presentation) throw driveError("files.export", "Export only supports Docs Editors files.");
    if (mimeType !== PDF_MIME) {
      throw driveError("files.export", `The requested conversion is not supported. (${mimeType})`);
    }
    if (optionalArgs.alt !== "media") {
      throw driveError("files.export", "Export requires alt=media to download the exported content.");
    }
    return new FakeBlob(this.calls, mimeType, file.name, `%PDF-fake\n${presentation.allText()}`);
  }
}

const ROLES = ["owner", "organizer", "fileOrganizer", "writer", "commenter", "reader"];

export class FakeDrivePermissions
  extends Counted
  implements
    FakeOf<
      Permissions,
      "create" | "list",
      { create: Permission; list: GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList }
    >
{
  constructor(
    calls: CallLog,
    private readonly store: FakeDriveStore,
  ) {
    super(calls, "Drive", "Permissions");
  }

  create(resource: Permission, fileId: string, _optionalArgs: Record<string, unknown> = {}): Permission {
    this.hit("create");
    const file = this.store.reach(fileId, "permissions.create");
    const fail = (message: string) => driveError("permissions.create", message);
    if (!ROLES.includes(resource.role ?? "")) throw fail(`Invalid role: ${resource.role}`);
    if (resource.type === "domain" && !resource.domain)
      throw fail("The domain field is required for type domain.");
    if (!["user", "group", "domain", "anyone"].includes(resource.type ?? ""))
      throw fail(`Invalid type: ${resource.type}`);
    const same = file.permissions.find(
      (p) =>
        p.type === resource.type && p.role === resource.role && (p.domain ?? "") === (resource.domain ?? ""),
    );
    if (same) return { ...same };
    const permission = { ...resource, id: this.store.newId("permission") };
    file.permissions.push(permission);
    return { ...permission };
  }

  list(
    fileId: string,
    _optionalArgs: Record<string, unknown> = {},
  ): GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList {
    this.hit("list");
    return { permissions: this.store.reach(fileId, "permissions.list").permissions.map((p) => ({ ...p })) };
  }
}

/** `Drive`: the advanced service object. */
export class FakeDriveApi {
  readonly Files: FakeDriveFiles;
  readonly Permissions: FakeDrivePermissions;

  constructor(calls: CallLog, store: FakeDriveStore) {
    this.Files = new FakeDriveFiles(calls, store);
    this.Permissions = new FakeDrivePermissions(calls, store);
  }
}
