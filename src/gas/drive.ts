/**
 * Drive side of a report: the deck's file (a copy of the template, or a new presentation) in the
 * folder Pengaturan names, trashing a half-built one, sharing, and the optional PDF copy.
 * Everything through the Drive v3 advanced service (one call each): DriveApp would need the
 * Drive-wide `drive` scope, and appsscript.json grants only `drive.file` (files this script made
 * or was given).
 */
import { menuPath } from "../core/entry/menu-path";
import { PICKER_KINDS } from "../core/entry/picker-kinds";
import { SHARING_CHOICES } from "../core/workbook/settings";

export type DriveService = Pick<GoogleAppsScript.Drive, "Files" | "Permissions">;
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export const PRESENTATION_MIME = "application/vnd.google-apps.presentation";
export const PDF_MIME = "application/pdf";
const ALL_DRIVES = { supportsAllDrives: true };

export function driveService(): DriveService {
  if (typeof Drive === "undefined" || !Drive) {
    throw new Error(
      "Layanan lanjutan Google Drive API belum aktif untuk skrip ini. Aktifkan di Editor Apps Script: Layanan > Drive API (v3).",
    );
  }
  return Drive;
}

/**
 * A Drive file ID as Google makes them: letters, digits, `-` and `_` (28 to 44 of them today).
 * Anything else (a `/`, `?`, `#`, `.`) could turn a link built from it into another address, so
 * an ID read from a cell staff can edit is checked with this before it becomes a link anywhere.
 */
export function isDriveId(text: unknown): boolean {
  return typeof text === "string" && /^[A-Za-z0-9_-]{10,200}$/.test(text);
}

function checkedId(id: string): string {
  if (!isDriveId(id)) throw new Error(`"${id.slice(0, 60)}" bukan ID file Google Drive.`);
  return id;
}

export function deckUrl(presentationId: string): string {
  return `https://docs.google.com/presentation/d/${checkedId(presentationId)}/edit`;
}

export function fileUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${checkedId(fileId)}/view`;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));
export const notFound = (error: unknown): boolean => /not ?found|404|tidak ditemukan/i.test(reason(error));

/**
 * True when the file is there, reachable and not in the trash; false when Drive says it is not
 * found (deleted, or not shared with this user). Any other failure is thrown: taking it for
 * "gone" would make a second file and lose the link people already have.
 */
export function isUsable(drive: DriveService, fileId: string): boolean {
  try {
    const file = drive.Files.get(fileId, { fields: "id,trashed", ...ALL_DRIVES });
    return file.trashed !== true;
  } catch (error) {
    if (notFound(error)) return false;
    throw error;
  }
}

export interface NewDeck {
  name: string;
  /** Empty: the user's My Drive. */
  folderId: string;
  /** Empty: a new, empty presentation. */
  templateId: string;
}

/** Creates the deck's file: a copy of the template, or an empty presentation, in the folder. */
export function createDeckFile(drive: DriveService, deck: NewDeck): string {
  const resource: DriveFile = { name: deck.name, mimeType: PRESENTATION_MIME };
  if (deck.folderId !== "") resource.parents = [deck.folderId];
  let file: DriveFile;
  try {
    file = deck.templateId
      ? drive.Files.copy(resource, deck.templateId, { fields: "id", ...ALL_DRIVES })
      : drive.Files.create(resource, null as unknown as GoogleAppsScript.Base.Blob, {
          fields: "id",
          ...ALL_DRIVES,
        });
  } catch (error) {
    throw new Error(createFailure(deck, error));
  }
  if (!file.id) throw new Error("Drive tidak mengembalikan ID presentasi baru.");
  return file.id;
}

/**
 * Under `drive.file` Drive reaches only what this user's runs made or this user picked: a
 * template or folder a colleague picked is "not found" for everyone else until they pick it once
 * themselves (README, Scopes).
 */
export const OWN_GRANT_NOTE =
  "Google Drive memberi alat ini akses hanya ke file dan folder yang dibuat atau dipilih dengan akun Anda sendiri; yang dipilih rekan Anda perlu Anda pilih sekali lagi dengan akun Anda.";

function createFailure(deck: NewDeck, error: unknown): string {
  const message = reason(error);
  const folderStep = deck.folderId
    ? ` Bila folder laporan belum pernah Anda pilih, pilih juga sekali lewat menu ${menuPath(PICKER_KINDS.folder.item)}.`
    : "";
  if (notFound(error) && deck.templateId && message.includes(deck.templateId)) {
    return `Presentasi template dengan ID "${deck.templateId}" (Pengaturan > ID Presentasi Template) tidak ditemukan atau tidak dapat dibuka dengan akun Anda. ${OWN_GRANT_NOTE} Pilih template itu sekali lewat menu ${menuPath(PICKER_KINDS.template.item)}.${folderStep} Atau periksa ID-nya, atau kosongkan agar dibuat presentasi baru.`;
  }
  if (notFound(error) && deck.folderId) {
    return `Folder Drive dengan ID "${deck.folderId}" (Pengaturan > ID Folder Drive) tidak ditemukan atau tidak dapat diakses dengan akun Anda. ${OWN_GRANT_NOTE} Pilih folder laporan sekali lewat menu ${menuPath(PICKER_KINDS.folder.item)}, periksa ID-nya, atau kosongkan agar laporan disimpan di Drive Anda.`;
  }
  return `Drive menolak membuat presentasi: ${message}`;
}

/** Moves a half-built deck to the trash; true when that worked. */
export function trashFile(drive: DriveService, fileId: string): boolean {
  try {
    drive.Files.update({ trashed: true }, fileId, null as unknown as GoogleAppsScript.Base.Blob, ALL_DRIVES);
    return true;
  } catch {
    return false;
  }
}

export type Sharing = "domain" | "anyone" | "none";

/** Pengaturan's `Berbagi Laporan` text -> how to share (unknown text: the safe default, the domain). */
export function sharingOf(setting: unknown): Sharing {
  const text = String(setting ?? "").trim();
  if (text === SHARING_CHOICES[1]) return "anyone";
  if (text === SHARING_CHOICES[2]) return "none";
  return "domain";
}

/** What happened, in Indonesian, for the dialog: `Dibagikan: siapa saja di kemenkeu.go.id ...`. */
export function share(drive: DriveService, fileId: string, sharing: Sharing, userEmail: string): string {
  if (sharing === "none") return "Tidak dibagikan (sesuai Pengaturan); bagikan sendiri bila perlu.";
  const domain = /@([^@\s]+)$/.exec(userEmail)?.[1] ?? "";
  if (sharing === "domain" && domain === "") {
    throw new Error(
      "alamat email Anda tidak diketahui, sehingga domainnya tidak dapat ditentukan. Bagikan presentasi secara manual.",
    );
  }
  const permission =
    sharing === "domain"
      ? { type: "domain", role: "reader", domain, allowFileDiscovery: false }
      : { type: "anyone", role: "reader", allowFileDiscovery: false };
  drive.Permissions.create(permission, fileId, { ...ALL_DRIVES, fields: "id" });
  return sharing === "domain"
    ? `Dibagikan: siapa saja di ${domain} yang memiliki tautan dapat melihat.`
    : "Dibagikan: siapa saja yang memiliki tautan dapat melihat.";
}

/** Drive v3 `files.export` as Apps Script runs it: with `alt: "media"` it returns the content. */
type ExportFiles = {
  export(fileId: string, mimeType: string, optionalArgs: { alt: "media" }): GoogleAppsScript.Base.Blob;
};

/** Saves the deck as PDF next to it (replacing the month's earlier PDF when it is given). */
export function exportPdf(
  drive: DriveService,
  presentationId: string,
  pdf: { name: string; folderId: string; previousId?: string },
): string {
  // The typings declare export(fileId, mimeType): void; the live service takes optional
  // arguments and, given alt=media, answers with the exported bytes as a Blob.
  const blob = (drive.Files as unknown as ExportFiles).export(presentationId, PDF_MIME, { alt: "media" });
  if (!blob) throw new Error("Drive tidak mengembalikan isi PDF.");
  if (pdf.previousId && isUsable(drive, pdf.previousId)) {
    drive.Files.update({ name: pdf.name }, pdf.previousId, blob, ALL_DRIVES);
    return pdf.previousId;
  }
  const resource: DriveFile = { name: pdf.name, mimeType: PDF_MIME };
  if (pdf.folderId !== "") resource.parents = [pdf.folderId];
  const file = drive.Files.create(resource, blob, { fields: "id", ...ALL_DRIVES });
  return file.id ?? "";
}
