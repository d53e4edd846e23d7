/**
 * CacheService: script, document and user caches (expiry is not simulated). The user cache is
 * "specific to the current user and script"
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()): one
 * per user of the shared FakeUsers; the script and document caches are shared.
 */
import { type CallLog, Counted } from "./calls";
import type { FakeOf } from "./typing";
import { FakeUsers, PerUser } from "./users";

export class FakeCache
  extends Counted
  implements
    FakeOf<GoogleAppsScript.Cache.Cache, "get" | "put" | "remove" | "getAll" | "putAll" | "removeAll">
{
  readonly store = new Map<string, string>();

  constructor(calls: CallLog, scope: string) {
    super(calls, "CacheService", `${scope}Cache`);
  }
  get(key: string): string | null {
    this.hit("get");
    return this.store.get(key) ?? null;
  }
  put(key: string, value: string, _expirationInSeconds?: number): void {
    this.hit("put");
    // "The maximum length of a value is 100KB": https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
    if (value.length > 100 * 1024) throw new Error("Argument too large: value");
    this.store.set(key, value);
  }
  remove(key: string): void {
    this.hit("remove");
    this.store.delete(key);
  }
  getAll(keys: string[]): { [key: string]: string } {
    this.hit("getAll");
    return Object.fromEntries(keys.flatMap((k) => (this.store.has(k) ? [[k, this.store.get(k) ?? ""]] : [])));
  }
  putAll(values: { [key: string]: string }, _expirationInSeconds?: number): void {
    this.hit("putAll");
    for (const [k, v] of Object.entries(values)) this.store.set(k, v);
  }
  removeAll(keys: string[]): void {
    this.hit("removeAll");
    for (const k of keys) this.store.delete(k);
  }
}

export class FakeCacheService
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Cache.CacheService,
      "getScriptCache" | "getDocumentCache" | "getUserCache",
      { getScriptCache: FakeCache; getDocumentCache: FakeCache; getUserCache: FakeCache }
    >
{
  readonly script: FakeCache;
  readonly document: FakeCache;
  private readonly users: PerUser<FakeCache>;

  constructor(calls: CallLog, users = new FakeUsers()) {
    super(calls, "CacheService", "");
    this.script = new FakeCache(calls, "Script");
    this.document = new FakeCache(calls, "Document");
    this.users = new PerUser(users, () => new FakeCache(calls, "User"));
  }
  /** The current user's cache. */
  get user(): FakeCache {
    return this.users.current;
  }
  userOf(email: string): FakeCache {
    return this.users.of(email);
  }
  getScriptCache(): FakeCache {
    this.hit("getScriptCache");
    return this.script;
  }
  getDocumentCache(): FakeCache {
    this.hit("getDocumentCache");
    return this.document;
  }
  getUserCache(): FakeCache {
    this.hit("getUserCache");
    return this.user;
  }
}
