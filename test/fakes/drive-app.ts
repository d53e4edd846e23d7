/**
 * The Blob that Drive content travels in (an exported PDF, an upload), and DriveApp as the
 * script's manifest leaves it: appsscript.json grants `drive.file` only, and DriveApp needs the
 * Drive-wide scope, so every call fails the way Apps Script fails it. Code must go through the
 * Drive advanced service (drive-api.ts) instead.
 */
import { type CallLog, Counted } from "./calls";
import type { FakeDriveStore } from "./drive-api";
import type { FakeOf } from "./typing";

/**
 * A Blob. Its calls are logged under "Blob": they run in the script, not as round trips to a
 * Google service.
 */
export class FakeBlob
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Base.Blob,
      "getContentType" | "getName" | "setName" | "getDataAsString" | "getBytes",
      { setName: FakeBlob }
    >
{
  constructor(
    calls: CallLog,
    public contentType: string,
    public name: string,
    public data: string,
  ) {
    super(calls, "Blob", "Blob");
  }
  /** Not counted: what an upload stores. */
  copy(): FakeBlob {
    return new FakeBlob(this.calls, this.contentType, this.name, this.data);
  }
  getContentType(): string {
    this.hit("getContentType");
    return this.contentType;
  }
  getName(): string {
    this.hit("getName");
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.hit("setName");
    this.name = name;
    return this;
  }
  getDataAsString(): string {
    this.hit("getDataAsString");
    return this.data;
  }
  /** UTF-8 bytes, signed as Apps Script's Byte[] is. */
  getBytes(): GoogleAppsScript.Byte[] {
    this.hit("getBytes");
    return [...new TextEncoder().encode(this.data)].map((b) => (b > 127 ? b - 256 : b));
  }
}

/** What Apps Script throws when a script calls a service its scopes do not cover. */
export function missingScope(method: string): Error {
  return new Error(
    `You do not have permission to call ${method}. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)`,
  );
}

export class FakeDriveApp
  extends Counted
  implements FakeOf<GoogleAppsScript.Drive.DriveApp, "getFileById", { getFileById: never }>
{
  constructor(
    calls: CallLog,
    // The shared Drive, although no call gets that far.
    readonly store: FakeDriveStore,
  ) {
    super(calls, "DriveApp", "");
  }
  getFileById(_id: string): never {
    this.hit("getFileById");
    throw missingScope("DriveApp.getFileById");
  }
}
