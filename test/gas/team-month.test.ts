import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import { PRESENTATION_MIME } from "../fakes/drive-api";
import type { FakeTrigger } from "../fakes/script-app";
import { incompleteNovember } from "../fixtures/incomplete-month";
import { useBundleSource } from "../helpers/bundle-source";
import { chartBooks, generated, type ReportEnv, reportEnv, setSetting } from "../helpers/report-env";
import { STAFF_EMAIL } from "../helpers/workbook-env";

const ANI = STAFF_EMAIL;
const BUDI = "budi@kemenkeu.go.id";
const CITRA = "citra@kemenkeu.go.id";

const source = useBundleSource();

/** Ani's workbook, its report folder shared with Budi and Citra (as editors). */
function team(workbook = sampleWorkbook()): ReportEnv {
  const r = reportEnv(workbook, source());
  r.env.drive.shareWith(r.folderId, BUDI);
  r.env.drive.shareWith(r.folderId, CITRA);
  return r;
}

const presentations = (r: ReportEnv): string[] =>
  [...r.env.drive.files.values()]
    .filter((f) => f.mimeType === PRESENTATION_MIME && !f.trashed)
    .map((f) => f.id);

const historyRows = (r: ReportEnv) => (r.env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? []).slice(1);

describe("a team's month", () => {
  it("Budi edits a figure and regenerates Ani's November: the same deck and link, its charts updated, no new file", () => {
    const r = team();
    const first = generated(r.buat("2023-11"));
    const book = chartBooks(r.env, r.folderId).get("Data Grafik Laporan Layanan 2023");
    if (!book) throw new Error("no chart spreadsheet");
    const decks = presentations(r);
    const charts = book.charts.length;

    const ppid = r.env.spreadsheet.sheet("PPID");
    const row = (ppid?.snapshot() ?? []).findIndex((x) => x[0] === "2023-11");
    if (!ppid || row < 0) throw new Error("no November PPID row");
    ppid.setCell(row + 1, 2, 777);
    // Budi's Drive grant does not reach Ani's deck: Drive says "not found" to him.
    expect(() => r.env.users.as(BUDI, () => r.env.Drive.Files.get(first.presentationId, {}))).toThrow(
      "File not found",
    );

    const again = generated(r.env.users.as(BUDI, () => r.buat("2023-11")));
    expect(again.presentationId).toBe(first.presentationId);
    expect(again.url).toBe(first.url);
    expect(again.updated).toBe(true);
    expect(presentations(r)).toEqual(decks);
    expect(book.charts).toHaveLength(charts);
    expect((book.sheet("Data Grafik")?.snapshot() ?? []).flat()).toContain(777);
    // Sharing is Ani's grant: left as she set it, and said so (not a failure).
    expect(again.sharing).toContain("Berbagi tidak diubah");
    expect(again.sharing).toContain(ANI);
    expect(again.notes).toEqual([]);
    const last = historyRows(r).at(-1);
    expect(last?.[3]).toBe(BUDI);
    expect(last?.[5]).toBe(first.presentationId);
    expect(last?.[6]).toBe("Diperbarui");
  }, 60_000);

  it("a colleague the folder is not shared with gets a clear message, and no second deck is made", () => {
    const r = team();
    const first = generated(r.buat("2023-11"));
    const decks = presentations(r);
    const result = r.env.users.as("dewi@kemenkeu.go.id", () => r.buat("2023-11"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("tidak dapat dibuka");
    expect(result.message).toContain("The caller does not have permission");
    expect(presentations(r)).toEqual(decks);
    expect(r.env.drive.presentations.get(first.presentationId)?.batches).toHaveLength(1);
  }, 60_000);

  it("Budi cannot export Ani's deck as PDF: the note says why, the deck is still updated", () => {
    const r = team();
    setSetting(r.env, "Ekspor PDF", "Ya");
    const first = generated(r.buat("2023-11"));
    expect(first.pdfUrl).toBeDefined();
    const again = generated(r.env.users.as(BUDI, () => r.buat("2023-11")));
    expect(again.presentationId).toBe(first.presentationId);
    expect(again.pdfUrl).toBeUndefined();
    expect(again.notes.join("\n")).toMatch(
      /^PDF tidak diperbarui: presentasi ini dibuat dengan akun rekan Anda/,
    );
  }, 60_000);

  it("Citra makes a new month: one message names what to pick once; after picking, her deck lands in the folder", () => {
    const r = team();
    generated(r.buat("2023-11"));
    const before = presentations(r);
    const refused = r.env.users.as(CITRA, () => r.buat("2023-10"));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.message).toContain(
      "Pilih folder laporan sekali lewat menu Ekstensi > Laporan Layanan > Pilih Folder…",
    );
    expect(presentations(r)).toEqual(before);

    r.env.drive.pick(r.folderId, CITRA);
    const october = generated(r.env.users.as(CITRA, () => r.buat("2023-10")));
    expect(october.updated).toBe(false);
    expect(r.env.drive.files.get(october.presentationId)?.parents).toEqual([r.folderId]);
    expect(r.env.drive.files.get(october.presentationId)?.owner).toBe(CITRA);
    // Ani regenerates Citra's October: the same deck, through Slides.
    const again = generated(r.buat("2023-10"));
    expect(again.presentationId).toBe(october.presentationId);
  }, 60_000);

  it("a template Ani picked: Citra is told, in one message, to pick it and the folder once", () => {
    for (const aniFirst of [true, false]) {
      const r = team();
      const template = r.env.drive.addPresentation("Template Laporan", { parent: r.folderId });
      setSetting(r.env, "ID Presentasi Template", template.id);
      // With Ani's November made, the year's chart spreadsheet exists; without, Citra's report makes it.
      if (aniFirst) generated(r.buat("2023-11"));
      const refused = r.env.users.as(CITRA, () => r.buat("2023-10"));
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.message).toMatch(
        /[Pp]ilih (template itu|juga) sekali lewat menu Ekstensi > Laporan Layanan > Pilih Template…/,
      );
      expect(refused.message).toContain("sekali lewat menu Ekstensi > Laporan Layanan > Pilih Folder…");
      r.env.drive.pick(template.id, CITRA);
      r.env.drive.pick(r.folderId, CITRA);
      generated(r.env.users.as(CITRA, () => r.buat("2023-10")));
    }
  }, 60_000);
});

describe("the team's reminder", () => {
  const reminders = (r: ReportEnv): FakeTrigger[] =>
    r.env.ScriptApp.triggers.filter((t) => t.handler === "kirimPengingat");

  /** Fires a trigger as the clock does on 3 December 2023, 07:00: as the user who made it. */
  function fire(r: ReportEnv, trigger: FakeTrigger): void {
    const ScriptDate = r.bundle.evaluate<DateConstructor>("Date");
    r.env.ScriptApp.runAsOwner(trigger, () =>
      r.bundle.call(trigger.handler, r.env.ScriptApp.clockEvent(trigger, new ScriptDate(2023, 11, 3, 7))),
    );
  }

  function incompleteTeam(): ReportEnv {
    const r = team(incompleteNovember());
    setSetting(r.env, "Penerima Pengingat", "staf1@kemenkeu.go.id");
    return r;
  }

  it("Ani and Budi both set it: Budi's dialog says Ani set it, he takes it over, one e-mail goes on the day", () => {
    const r = incompleteTeam();
    r.env.ui.answerAlerts("OK", "OK");
    r.bundle.call("aturPengingat");
    r.env.ui.answerAlerts("YES", "OK");
    r.env.users.as(BUDI, () => r.bundle.call("aturPengingat"));
    const asked = r.env.ui.alerts.at(-2)?.message ?? "";
    expect(asked).toContain(`dipasang oleh ${ANI}`);
    expect(asked).toContain("Ya: ambil alih");
    expect(reminders(r).map((t) => t.owner)).toEqual([ANI, BUDI]);

    for (const trigger of reminders(r)) fire(r, trigger);
    expect(r.env.MailApp.sent).toHaveLength(1);
    // Ani's trigger saw it was no longer the workbook's reminder and removed itself.
    expect(reminders(r).map((t) => t.owner)).toEqual([BUDI]);
    // Ani now sees Budi's reminder.
    r.env.ui.answerAlerts("CANCEL");
    r.bundle.call("aturPengingat");
    expect(r.env.ui.alerts.at(-1)?.message).toContain(`dipasang oleh ${BUDI}`);
  });

  it("Budi removes Ani's reminder: her trigger sends nothing and removes itself", () => {
    const r = incompleteTeam();
    r.env.ui.answerAlerts("OK", "OK");
    r.bundle.call("aturPengingat");
    r.env.ui.answerAlerts("NO", "OK");
    r.env.users.as(BUDI, () => r.bundle.call("aturPengingat"));
    const [trigger] = reminders(r);
    if (!trigger) throw new Error("Ani's trigger is gone too early");
    fire(r, trigger);
    expect(r.env.MailApp.sent).toEqual([]);
    expect(reminders(r)).toEqual([]);
  });

  it("an editor calling kirimPengingat through google.script.run sends nothing", () => {
    const r = incompleteTeam();
    r.env.ui.answerAlerts("OK", "OK");
    r.bundle.call("aturPengingat");
    const [trigger] = reminders(r);
    if (!trigger) throw new Error("no trigger");
    r.env.users.as(BUDI, () => {
      r.bundle.call("kirimPengingat", { triggerUid: trigger.id, year: 2023, month: 12 });
      r.bundle.call("kirimPengingat");
    });
    r.bundle.call("kirimPengingat", { year: 2023, month: 12 });
    expect(r.env.MailApp.sent).toEqual([]);
    expect(reminders(r)).toHaveLength(1);
  });
});
