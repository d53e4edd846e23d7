import { describe, expect, it } from "vitest";
import { CallLog } from "./calls";
import { FakeBlob } from "./drive-app";
import { FakeMailApp } from "./mail-app";
import { FakeScriptApp } from "./script-app";

describe("FakeMailApp", () => {
  it("records what was sent, spends the quota per recipient and counts each call", () => {
    const calls = new CallLog();
    const mail = new FakeMailApp(calls);
    mail.quota = 3;
    const pdf = new FakeBlob(calls, "application/pdf", "a.pdf", "%PDF-1");
    mail.sendEmail({
      to: "a@b.id, c@d.id",
      subject: "S",
      body: "B",
      attachments: [pdf as unknown as GoogleAppsScript.Base.BlobSource],
    });
    expect(mail.sent).toEqual([
      {
        to: ["a@b.id", "c@d.id"],
        subject: "S",
        body: "B",
        attachments: [{ name: "a.pdf", contentType: "application/pdf", bytes: 6, data: "%PDF-1" }],
      },
    ]);
    expect(mail.getRemainingDailyQuota()).toBe(1);
    mail.sendEmail("e@f.id", "S2", "B2");
    expect(mail.sent[1]).toMatchObject({ to: ["e@f.id"], subject: "S2", body: "B2" });
    expect(calls.count("MailApp", "sendEmail")).toBe(2);
    expect(calls.count("MailApp", "getRemainingDailyQuota")).toBe(1);
  });

  it("fails as MailApp does: over the quota, or with an address it refuses", () => {
    const mail = new FakeMailApp(new CallLog());
    mail.quota = 1;
    expect(() => mail.sendEmail({ to: "a@b.id,c@d.id", subject: "S", body: "B" })).toThrow(
      "Service invoked too many times for one day: email.",
    );
    expect(() => mail.sendEmail({ to: "pimpinan", subject: "S", body: "B" })).toThrow(
      "Invalid email: pimpinan",
    );
    expect(mail.sent).toEqual([]);
    expect(mail.quota).toBe(1);
  });
});

describe("FakeScriptApp", () => {
  it("creates, lists and deletes time-driven triggers, counting calls", () => {
    const calls = new CallLog();
    const app = new FakeScriptApp(calls);
    const trigger = app.newTrigger("kirimPengingat").timeBased().onMonthDay(3).atHour(7).create();
    expect(trigger.getHandlerFunction()).toBe("kirimPengingat");
    expect(String(trigger.getEventType())).toBe("CLOCK");
    expect(app.getProjectTriggers()).toEqual([trigger]);
    app.deleteTrigger(trigger);
    expect(app.getProjectTriggers()).toEqual([]);
    expect(() => app.deleteTrigger(trigger)).toThrow("Trigger not found.");
    expect(calls.count("ScriptApp", "newTrigger")).toBe(1);
    expect(calls.count("ScriptApp", "getProjectTriggers")).toBe(2);
  });

  it("refuses a schedule Apps Script refuses, and has AuthMode and the OAuth token", () => {
    const app = new FakeScriptApp(new CallLog());
    expect(() => app.newTrigger("f").timeBased().onMonthDay(32)).toThrow("Invalid argument: 32");
    expect(() => app.newTrigger("f").timeBased().create()).toThrow(/schedule/);
    expect(String(app.AuthMode.FULL)).toBe("FULL");
    expect(app.getOAuthToken()).toBe("fake-oauth-token");
  });
});
