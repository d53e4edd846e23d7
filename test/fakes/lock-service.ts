/**
 * LockService. One process runs at a time in a test, so contention is simulated: set
 * `heldElsewhere` on a scope's lock and waitLock throws, tryLock returns false, as when
 * another user holds it past the timeout. The document and script locks are one for every user
 * (they keep "any user" from running the section at once;
 * https://developers.google.com/apps-script/reference/lock/lock-service). The user lock, which
 * the script does not use, is not split per user here.
 */
import { type CallLog, Counted } from "./calls";
import type { FakeOf } from "./typing";

export class FakeLock
  extends Counted
  implements FakeOf<GoogleAppsScript.Lock.Lock, "tryLock" | "waitLock" | "releaseLock" | "hasLock">
{
  held = false;
  heldElsewhere = false;
  /** How many times the lock was acquired, for tests that check work ran under it. */
  acquisitions = 0;

  constructor(calls: CallLog, scope: string) {
    super(calls, "LockService", `${scope}Lock`);
  }
  tryLock(_timeoutInMillis: number): boolean {
    this.hit("tryLock");
    if (this.heldElsewhere) return false;
    this.acquire();
    return true;
  }
  waitLock(_timeoutInMillis: number): void {
    this.hit("waitLock");
    if (this.heldElsewhere)
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    this.acquire();
  }
  releaseLock(): void {
    this.hit("releaseLock");
    this.held = false;
  }
  hasLock(): boolean {
    this.hit("hasLock");
    return this.held;
  }
  private acquire(): void {
    this.held = true;
    this.acquisitions++;
  }
}

export class FakeLockService
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Lock.LockService,
      "getDocumentLock" | "getScriptLock" | "getUserLock",
      { getDocumentLock: FakeLock; getScriptLock: FakeLock; getUserLock: FakeLock }
    >
{
  readonly document: FakeLock;
  readonly script: FakeLock;
  readonly user: FakeLock;

  constructor(calls: CallLog) {
    super(calls, "LockService", "");
    this.document = new FakeLock(calls, "Document");
    this.script = new FakeLock(calls, "Script");
    this.user = new FakeLock(calls, "User");
  }
  getDocumentLock(): FakeLock {
    this.hit("getDocumentLock");
    return this.document;
  }
  getScriptLock(): FakeLock {
    this.hit("getScriptLock");
    return this.script;
  }
  getUserLock(): FakeLock {
    this.hit("getUserLock");
    return this.user;
  }
}
