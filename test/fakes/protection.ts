/** Sheet and range protections. */
import { type CallLog, Counted } from "./calls";
import { enumOf, type FakeOf } from "./typing";

export const ProtectionType = enumOf<(typeof GoogleAppsScript.Spreadsheet)["ProtectionType"]>([
  "RANGE",
  "SHEET",
]);

export class FakeProtection
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.Protection,
      | "setDescription"
      | "getDescription"
      | "setWarningOnly"
      | "isWarningOnly"
      | "setDomainEdit"
      | "canDomainEdit"
      | "addEditors"
      | "removeEditors"
      | "getProtectionType"
      | "remove",
      {
        setDescription: FakeProtection;
        setWarningOnly: FakeProtection;
        setDomainEdit: FakeProtection;
        addEditors: FakeProtection;
        removeEditors: FakeProtection;
      }
    >
{
  description = "";
  warningOnly = false;
  domainEdit = true;
  readonly editors = new Set<string>();
  removed = false;
  constructor(
    calls: CallLog,
    readonly type: GoogleAppsScript.Spreadsheet.ProtectionType,
    /** A1 notation for a range protection, undefined for a whole sheet. */
    readonly a1?: string,
  ) {
    super(calls, "SpreadsheetApp", "Protection");
  }
  setDescription(description: string): FakeProtection {
    this.hit("setDescription");
    this.description = description;
    return this;
  }
  getDescription(): string {
    this.hit("getDescription");
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.hit("setWarningOnly");
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.hit("isWarningOnly");
    return this.warningOnly;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.hit("setDomainEdit");
    this.domainEdit = editable;
    return this;
  }
  canDomainEdit(): boolean {
    this.hit("canDomainEdit");
    return this.domainEdit;
  }
  addEditors(emailAddresses: string[]): FakeProtection {
    this.hit("addEditors");
    for (const e of emailAddresses) this.editors.add(e);
    return this;
  }
  removeEditors(users: (string | GoogleAppsScript.Base.User)[]): FakeProtection {
    this.hit("removeEditors");
    for (const u of users) this.editors.delete(typeof u === "string" ? u : u.getEmail());
    return this;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.hit("getProtectionType");
    return this.type;
  }
  remove(): void {
    this.hit("remove");
    this.removed = true;
  }
}

/** `A1` -> column 1, `AB` -> 28. */
