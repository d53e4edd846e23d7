/**
 * DriveApp, as far as the report uses it: a file by ID and its content as another type (a
 * presentation as PDF), and the Blob that carries it.
 */
import { type CallLog, Counted } from "./calls";
import type { FakeDriveStore } from "./drive-api";
import type { FakeOf } from "./typing";

export class FakeBlob
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Base.Blob,
      "getContentType" | "getName" | "setName" | "getDataAsString",
      { setName: FakeBlob }
    >
{
  constructor(
    calls: CallLog,
    public contentType: string,
    public name: string,
    public data: string,
  ) {
    super(calls, "DriveApp", "Blob");
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
}

export class FakeDriveAppFile
  extends Counted
  implements FakeOf<GoogleAppsScript.Drive.File, "getId" | "getName" | "getAs", { getAs: FakeBlob }>
{
  constructor(
    calls: CallLog,
    private readonly store: FakeDriveStore,
    private readonly id: string,
  ) {
    super(calls, "DriveApp", "File");
  }
  getId(): string {
    this.hit("getId");
    return this.id;
  }
  getName(): string {
    this.hit("getName");
    return this.store.get(this.id, "getName").name;
  }
  /** A presentation as PDF: its slides' text stands in for the rendering. */
  getAs(contentType: string): FakeBlob {
    this.hit("getAs");
    const file = this.store.get(this.id, "getAs");
    const presentation = this.store.presentations.get(this.id);
    if (!presentation || contentType !== "application/pdf") {
      throw new Error(`Converting from ${file.mimeType} to ${contentType} is not supported.`);
    }
    return new FakeBlob(this.calls, contentType, `${file.name}.pdf`, `%PDF-fake\n${presentation.allText()}`);
  }
}

export class FakeDriveApp
  extends Counted
  implements FakeOf<GoogleAppsScript.Drive.DriveApp, "getFileById", { getFileById: FakeDriveAppFile }>
{
  constructor(
    calls: CallLog,
    private readonly store: FakeDriveStore,
  ) {
    super(calls, "DriveApp", "");
  }
  getFileById(id: string): FakeDriveAppFile {
    this.hit("getFileById");
    const file = this.store.files.get(id);
    if (!file) throw new Error(`No item with the given ID could be found. (${id})`);
    return new FakeDriveAppFile(this.calls, this.store, id);
  }
}
