/**
 * ScriptApp: the auth modes Apps Script passes to onOpen/onInstall, and the user's OAuth token
 * (what the Google Picker is handed). The token is a fixed string the test can read back.
 */
import { type CallLog, Counted } from "./calls";
import { enumOf, type FakeOf } from "./typing";

type Script = typeof GoogleAppsScript.Script;

export const AuthMode = enumOf<Script["AuthMode"]>(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);

export class FakeScriptApp
  extends Counted
  implements FakeOf<GoogleAppsScript.Script.ScriptApp, "AuthMode" | "getOAuthToken">
{
  readonly AuthMode = AuthMode;

  constructor(
    calls: CallLog,
    public oauthToken = "ya29.fake-oauth-token",
  ) {
    super(calls, "ScriptApp", "");
  }
  getOAuthToken(): string {
    this.hit("getOAuthToken");
    return this.oauthToken;
  }
}
