/** Session: the active and effective user and the script's time zone. */
import { type CallLog, Counted } from "./calls";
import type { FakeOf } from "./typing";

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
  constructor(
    calls: CallLog,
    /** "" models a consumer account or a simple trigger, where Apps Script hides the email. */
    public userEmail = "staf@kemenkeu.go.id",
    public timeZone = "Asia/Jakarta",
    public locale = "id",
  ) {
    super(calls, "Session", "");
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
