/**
 * PropertiesService: script, document and user stores of string properties. Script and document
 * properties are shared by every user; user properties are "specific to the current user of a
 * script" (https://developers.google.com/apps-script/guides/properties): one store per user of
 * the shared FakeUsers.
 */
import { type CallLog, Counted } from "./calls";
import type { FakeOf } from "./typing";
import { FakeUsers, PerUser } from "./users";

const METHODS = [
  "getProperty",
  "setProperty",
  "getProperties",
  "setProperties",
  "deleteProperty",
  "deleteAllProperties",
  "getKeys",
] as const;
type Chained = "setProperty" | "setProperties" | "deleteProperty" | "deleteAllProperties";

export class FakeProperties
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Properties.Properties,
      (typeof METHODS)[number],
      { [K in Chained]: FakeProperties }
    >
{
  readonly store = new Map<string, string>();

  constructor(calls: CallLog, scope: string) {
    super(calls, "PropertiesService", `${scope}Properties`);
  }
  getProperty(key: string): string | null {
    this.hit("getProperty");
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): FakeProperties {
    this.hit("setProperty");
    this.store.set(key, String(value));
    return this;
  }
  getProperties(): { [key: string]: string } {
    this.hit("getProperties");
    return Object.fromEntries(this.store);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): FakeProperties {
    this.hit("setProperties");
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.hit("deleteProperty");
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.hit("deleteAllProperties");
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    this.hit("getKeys");
    return [...this.store.keys()];
  }
}

export class FakePropertiesService
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Properties.PropertiesService,
      "getScriptProperties" | "getDocumentProperties" | "getUserProperties",
      {
        getScriptProperties: FakeProperties;
        getDocumentProperties: FakeProperties;
        getUserProperties: FakeProperties;
      }
    >
{
  readonly script: FakeProperties;
  readonly document: FakeProperties;
  private readonly users: PerUser<FakeProperties>;

  constructor(calls: CallLog, users = new FakeUsers()) {
    super(calls, "PropertiesService", "");
    this.script = new FakeProperties(calls, "Script");
    this.document = new FakeProperties(calls, "Document");
    this.users = new PerUser(users, () => new FakeProperties(calls, "User"));
  }
  /** The current user's properties. */
  get user(): FakeProperties {
    return this.users.current;
  }
  /** A given user's properties (tests). */
  userOf(email: string): FakeProperties {
    return this.users.of(email);
  }
  getScriptProperties(): FakeProperties {
    this.hit("getScriptProperties");
    return this.script;
  }
  getDocumentProperties(): FakeProperties {
    this.hit("getDocumentProperties");
    return this.document;
  }
  getUserProperties(): FakeProperties {
    this.hit("getUserProperties");
    return this.user;
  }
}
