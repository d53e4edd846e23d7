import { describe, expect, it } from "vitest";
import { CallLog } from "./calls";
import { FakeBlob } from "./drive-app";
import {
  DEFAULT_MAIL_QUOTA,
  FakeMailApp,
  MAX_RECIPIENTS_PER_MESSAGE,
  WORKSPACE_MAIL_QUOTA,
} from "./mail-app";
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

  it("holds Google's numbers: 50 recipients per message (To, Cc and Bcc together), 100 or 1.500 a day", () => {
    expect([MAX_RECIPIENTS_PER_MESSAGE, DEFAULT_MAIL_QUOTA, WORKSPACE_MAIL_QUOTA]).toEqual([50, 100, 1500]);
    const mail = new FakeMailApp(new CallLog());
    mail.quota = WORKSPACE_MAIL_QUOTA;
    const addresses = (n: number, at = "b.id") =>
      Array.from({ length: n }, (_, i) => `p${i}@${at}`).join(",");
    expect(() => mail.sendEmail({ to: addresses(51), subject: "S", body: "B" })).toThrow(
      "Limit Exceeded: Email Recipients Per Message.",
    );
    expect(() =>
      mail.sendEmail({
        to: addresses(40),
        cc: addresses(6, "c.id"),
        bcc: addresses(5, "d.id"),
        subject: "S",
        body: "B",
      }),
    ).toThrow("Limit Exceeded: Email Recipients Per Message.");
    expect(mail.sent).toEqual([]);
    mail.sendEmail({ to: addresses(45), bcc: addresses(5, "d.id"), subject: "S", body: "B" });
    expect(mail.quota).toBe(WORKSPACE_MAIL_QUOTA - 50);
  });

  it("spends the day's quota per recipient and refuses a message past it", () => {
    const mail = new FakeMailApp(new CallLog());
    expect(mail.getRemainingDailyQuota()).toBe(100);
    const to = Array.from({ length: 50 }, (_, i) => `p${i}@b.id`).join(",");
    mail.sendEmail({ to, subject: "S", body: "B" });
    mail.sendEmail({ to, subject: "S", body: "B" });
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail({ to: "a@b.id", subject: "S", body: "B" })).toThrow(
      "Service invoked too many times for one day: email.",
    );
    expect(mail.sent).toHaveLength(2);
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
