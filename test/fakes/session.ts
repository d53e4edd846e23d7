/**
 * Session: the active and effective user and the script's time zone. The user is the shared
 * FakeUsers' current one (users.ts): a test switches it to run a call as another staff member.
 */
import { type CallLog, Counted } from "./calls";
import type { FakeOf } from "./typing";
import { DEFAULT_USER, FakeUsers } from "./users";

export class FakeUser extends Counted implements FakeOf<GoogleAppsScript.Base.User, "getEmail"> {
  constructor(
    calls: CallLog,
    readonly email: string,
  ) {
    super(calls, "Session", "User");
  }
  getEmail(): string {
    this.hit("getEmail");
    return this.email;
  }
}

export class FakeSession
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Base.Session,
      | "getActiveUser"
      | "getEffectiveUser"
      | "getScriptTimeZone"
      | "getActiveUserLocale"
      | "getTemporaryActiveUserKey",
      { getActiveUser: FakeUser; getEffectiveUser: FakeUser }
    >
{
  readonly users: FakeUsers;

  constructor(
    calls: CallLog,
    userEmail = DEFAULT_USER,
    public timeZone = "Asia/Jakarta",
    public locale = "id",
    users?: FakeUsers,
  ) {
    super(calls, "Session", "");
    this.users = users ?? new FakeUsers(userEmail);
  }
  /** The user running the script now. "" models a consumer account or a simple trigger, where Apps Script hides the email. */
  get userEmail(): string {
    return this.users.current;
  }
  set userEmail(email: string) {
    this.users.current = email;
  }
  getActiveUser(): FakeUser {
    this.hit("getActiveUser");
    return new FakeUser(this.calls, this.userEmail);
  }
  getEffectiveUser(): FakeUser {
    this.hit("getEffectiveUser");
    return new FakeUser(this.calls, this.userEmail);
  }
  getScriptTimeZone(): string {
    this.hit("getScriptTimeZone");
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    this.hit("getActiveUserLocale");
    return this.locale;
  }
  getTemporaryActiveUserKey(): string {
    this.hit("getTemporaryActiveUserKey");
    return `key-${this.userEmail}`;
  }
}
