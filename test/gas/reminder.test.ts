/**
 * Pengingat bulanan end to end: the BUILT dist/Code.js in node:vm; "Atur Pengingat" through the
 * Ui fake's scripted answers, the trigger through the ScriptApp fake, its run as the clock would
 * call it (the event names the day it fired), the e-mail through the MailApp fake.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { LOG_TAB } from "../../src/core/workbook/system-tabs";
import { ensureBundle, topLevelFunctions } from "../fakes/runtime";
import type { FakeTrigger } from "../fakes/script-app";
import { incompleteNovember } from "../fixtures/incomplete-month";
import { loadWorkbook, type MailLoaded, setSettings } from "./mail-env";

const STAFF = "staf1@kemenkeu.go.id, staf2@kemenkeu.go.id";

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

function loaded(workbook = sampleWorkbook(), settings: Record<string, string> = {}): MailLoaded {
  return loadWorkbook(source, workbook, { "Penerima Pengingat": STAFF, ...settings });
}

const reminders = (l: MailLoaded): FakeTrigger[] =>
  l.env.ScriptApp.triggers.filter((t) => t.handler === "kirimPengingat");

/** Fires the trigger as the clock does on 3 December 2023, 07:00. */
function fire(l: MailLoaded, trigger: FakeTrigger | undefined): void {
  if (!trigger) throw new Error("no reminder trigger");
  const ScriptDate = l.bundle.evaluate<DateConstructor>("Date");
  l.bundle.call(trigger.handler, l.env.ScriptApp.clockEvent(trigger, new ScriptDate(2023, 11, 3, 7)));
}

describe("Atur Pengingat", () => {
  it("installs one monthly trigger on Tanggal Pengingat (default 3), whose handler is a top-level function", () => {
    const l = loaded();
    l.env.ui.answerAlerts("OK", "OK");
    l.bundle.call("aturPengingat");
    expect(reminders(l).map((t) => t.schedule)).toEqual([{ monthDay: 3, hour: 7 }]);
    expect(topLevelFunctions(l.env, source)).toContain("kirimPengingat");
    expect(l.env.ui.alerts.at(-1)?.message).toContain("Pengingat bulanan terpasang: setiap tanggal 3");
  });

  it("is idempotent: running it twice leaves one trigger, on the day Pengaturan says now", () => {
    const l = loaded();
    l.env.ui.answerAlerts("OK", "OK");
    l.bundle.call("aturPengingat");
    setSettings(l.env, { "Tanggal Pengingat": "10" });
    l.env.ui.answerAlerts("YES", "OK");
    l.bundle.call("aturPengingat");
    expect(reminders(l).map((t) => t.schedule.monthDay)).toEqual([10]);
  });

  it("removes the reminder when asked, and leaves it when cancelled", () => {
    const l = loaded();
    l.env.ui.answerAlerts("OK", "OK");
    l.bundle.call("aturPengingat");
    l.env.ui.answerAlerts("CANCEL");
    l.bundle.call("aturPengingat");
    expect(reminders(l)).toHaveLength(1);
    l.env.ui.answerAlerts("NO", "OK");
    l.bundle.call("aturPengingat");
    expect(reminders(l)).toHaveLength(0);
    expect(l.env.ui.alerts.at(-1)?.message).toBe("Pengingat bulanan dihapus.");
  });

  it("installs nothing while Penerima Pengingat is empty or the day is not in every month", () => {
    const l = loaded(sampleWorkbook(), { "Penerima Pengingat": "" });
    l.env.ui.answerAlerts("OK");
    l.bundle.call("aturPengingat");
    expect(reminders(l)).toHaveLength(0);
    expect(l.env.ui.alerts.at(-1)?.message).toMatch(
      /^Pengingat belum dapat dipasang\. Tab "Pengaturan", baris \d+, kolom B \(Nilai\): "Penerima Pengingat" masih kosong\./,
    );
    setSettings(l.env, { "Penerima Pengingat": STAFF, "Tanggal Pengingat": "31" });
    l.env.ui.answerAlerts("OK");
    l.bundle.call("aturPengingat");
    expect(reminders(l)).toHaveLength(0);
    expect(l.env.ui.alerts.at(-1)?.message).toContain('"Tanggal Pengingat" harus bilangan bulat 1 sampai 28');
  });
});

describe("the reminder's run", () => {
  it("sends nothing when the month just ended is complete and without errors", () => {
    const l = loaded();
    l.env.ui.answerAlerts("OK", "OK");
    l.bundle.call("aturPengingat");
    fire(l, reminders(l)[0]);
    expect(l.env.MailApp.sent).toEqual([]);
    expect((l.env.spreadsheet.sheet(LOG_TAB)?.snapshot() ?? []).slice(1)).toEqual([]);
  });

  it("e-mails Penerima Pengingat which tabs are empty, partial or wrong, with the workbook's link", () => {
    const l = loaded(incompleteNovember());
    l.env.ui.answerAlerts("OK", "OK");
    l.bundle.call("aturPengingat");
    fire(l, reminders(l)[0]);
    expect(l.env.MailApp.sent).toHaveLength(1);
    const mail = l.env.MailApp.sent[0];
    expect(mail?.to).toEqual(["staf1@kemenkeu.go.id", "staf2@kemenkeu.go.id"]);
    expect(mail?.subject).toBe("Pengingat: data Laporan Layanan November 2023 belum lengkap");
    expect(mail?.body).toContain(
      "Belum diisi: Webinar\nBaru sebagian: Tiket Konsultasi\nAda kesalahan: PPID",
    );
    expect(mail?.body).toContain(
      `Workbook: https://docs.google.com/spreadsheets/d/${l.env.spreadsheet.id}/edit`,
    );
  });

  it("writes a failed run to Log instead of failing silently", () => {
    const l = loaded(incompleteNovember());
    l.env.ui.answerAlerts("OK", "OK");
    l.bundle.call("aturPengingat");
    l.env.MailApp.failNext = "Gmail is temporarily unavailable.";
    fire(l, reminders(l)[0]);
    expect(l.env.MailApp.sent).toEqual([]);
    const log = (l.env.spreadsheet.sheet(LOG_TAB)?.snapshot() ?? []).slice(1);
    expect(log).toHaveLength(1);
    expect(log[0]?.[3]).toBe("2023-11");
    expect(log[0]?.[4]).toBe("Pengingat");
    expect(log[0]?.[6]).toBe("Pengingat gagal: Gmail is temporarily unavailable.");
  });
});
