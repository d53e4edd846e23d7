/**
 * The fakes know several users, each rule as Google states it (the pages are cited beside each
 * rule in users.ts, drive-api.ts, slides-api.ts, sheets-api.ts, script-app.ts,
 * properties-service.ts, cache-service.ts, lock-service.ts).
 */
import { describe, expect, it } from "vitest";
import { PRESENTATION_MIME } from "./drive-api";
import { createFakeEnv } from "./env";

const A = "ani@kemenkeu.go.id";
const B = "budi@kemenkeu.go.id";
const OUTSIDER = "tamu@gmail.com";

/** A's env: a report folder shared with B, a deck A's run made in it. */
function team() {
  const env = createFakeEnv({ userEmail: A });
  const folder = env.drive.addFolder("Laporan");
  env.drive.shareWith(folder.id, B);
  const deck = env.Drive.Files.create(
    { name: "November", mimeType: PRESENTATION_MIME, parents: [folder.id] },
    null as unknown as GoogleAppsScript.Base.Blob,
  );
  return { env, folderId: folder.id, deckId: deck.id ?? "" };
}

describe("the active user", () => {
  it("is the one a call runs as, and can be switched for a call", () => {
    const env = createFakeEnv({ userEmail: A });
    expect(env.Session.getActiveUser().getEmail()).toBe(A);
    expect(env.users.as(B, () => env.Session.getActiveUser().getEmail())).toBe(B);
    expect(env.users.as(B, () => env.Session.getEffectiveUser().getEmail())).toBe(B);
    expect(env.Session.getActiveUser().getEmail()).toBe(A);
  });
});

describe("Drive under drive.file: per-user grants", () => {
  it("reaches a file for the user whose run created it, and answers File not found to another", () => {
    const { env, deckId } = team();
    expect(env.Drive.Files.get(deckId, {}).id).toBe(deckId);
    env.users.as(B, () => {
      expect(() => env.Drive.Files.get(deckId, {})).toThrow(
        `API call to drive.files.get failed with error: File not found: ${deckId}.`,
      );
      expect(() => env.Drive.Permissions.create({ type: "anyone", role: "reader" }, deckId, {})).toThrow(
        `File not found: ${deckId}.`,
      );
      expect(() =>
        (env.Drive.Files as unknown as { export: (...a: unknown[]) => unknown }).export(
          deckId,
          "application/pdf",
          { alt: "media" },
        ),
      ).toThrow(`File not found: ${deckId}.`);
    });
  });

  it("reaches a file the user picked with the Picker, once they can open it", () => {
    const { env, deckId } = team();
    env.drive.pick(deckId, B);
    expect(env.users.as(B, () => env.Drive.Files.get(deckId, {}).id)).toBe(deckId);
    expect(() => env.drive.pick(deckId, OUTSIDER)).toThrow(/cannot open/);
  });

  it("puts new files only in a folder the user's grant reaches; picking the folder is enough", () => {
    const { env, folderId } = team();
    const create = () =>
      env.Drive.Files.create(
        { name: "Desember", mimeType: PRESENTATION_MIME, parents: [folderId] },
        null as unknown as GoogleAppsScript.Base.Blob,
      );
    env.users.as(B, () => expect(create).toThrow(`File not found: ${folderId}.`));
    env.drive.pick(folderId, B);
    const made = env.users.as(B, create);
    expect(env.drive.files.get(made.id ?? "")?.owner).toBe(B);
    // B's run made it: B's grant, not A's, though A can open it (it is in A's folder).
    expect(() => env.Drive.Files.get(made.id ?? "", {})).toThrow("File not found");
  });

  it("a picked folder does not reach the files already in it", () => {
    const { env, folderId, deckId } = team();
    env.drive.pick(folderId, B);
    expect(() => env.users.as(B, () => env.Drive.Files.get(deckId, {}))).toThrow("File not found");
  });
});

describe("Slides and Sheets: every file the user can open", () => {
  it("Slides opens a deck in a folder shared with the user, with no Drive grant, and refuses an outsider", () => {
    const { env, deckId } = team();
    expect(env.users.as(B, () => env.Slides.Presentations.get(deckId).presentationId)).toBe(deckId);
    expect(() => env.users.as(OUTSIDER, () => env.Slides.Presentations.get(deckId))).toThrow(
      "API call to slides.presentations.get failed with error: The caller does not have permission",
    );
  });

  it("a domain permission opens the file to the domain's users only", () => {
    const { env, deckId } = team();
    env.drive.files.get(deckId)?.parents.splice(0, 1, "root-folder");
    env.Drive.Permissions.create({ type: "domain", role: "reader", domain: "kemenkeu.go.id" }, deckId, {});
    expect(env.users.as(B, () => env.Slides.Presentations.get(deckId).presentationId)).toBe(deckId);
    expect(() => env.users.as(OUTSIDER, () => env.Slides.Presentations.get(deckId))).toThrow(
      "The caller does not have permission",
    );
  });

  it("Sheets opens a spreadsheet shared with the user and refuses one that is not", () => {
    const { env, folderId } = team();
    const book = env.Drive.Files.create(
      { name: "Grafik", mimeType: "application/vnd.google-apps.spreadsheet", parents: [folderId] },
      null as unknown as GoogleAppsScript.Base.Blob,
    );
    const id = book.id ?? "";
    expect(env.users.as(B, () => env.Sheets.Spreadsheets.get(id, {}).spreadsheetId)).toBe(id);
    expect(() => env.users.as(OUTSIDER, () => env.Sheets.Spreadsheets.get(id, {}))).toThrow(
      "API call to sheets.spreadsheets.get failed with error: The caller does not have permission",
    );
  });
});

describe("triggers belong to the user who made them", () => {
  const make = (env: ReturnType<typeof createFakeEnv>) =>
    env.ScriptApp.newTrigger("kirimPengingat").timeBased().onMonthDay(3).atHour(7).create();

  it("getProjectTriggers answers the current user's only; another's cannot be deleted", () => {
    const env = createFakeEnv({ userEmail: A });
    const mine = make(env);
    const theirs = env.users.as(B, () => make(env));
    expect(env.ScriptApp.getProjectTriggers()).toEqual([mine]);
    expect(env.users.as(B, () => env.ScriptApp.getProjectTriggers())).toEqual([theirs]);
    expect(() => env.ScriptApp.deleteTrigger(theirs)).toThrow("Trigger not found.");
    expect(mine.owner).toBe(A);
    expect(theirs.owner).toBe(B);
    expect(env.ScriptApp.triggers).toHaveLength(2);
    // Fired, it runs as its maker, whoever is at the keyboard.
    expect(env.ScriptApp.runAsOwner(theirs, () => env.Session.getEffectiveUser().getEmail())).toBe(B);
    expect(env.ScriptApp.runAsOwner(theirs, () => env.ScriptApp.getProjectTriggers())).toEqual([theirs]);
  });
});

describe("properties, cache and lock", () => {
  it("user properties and the user cache are per user; document properties and lock are shared", () => {
    const env = createFakeEnv({ userEmail: A });
    env.PropertiesService.getUserProperties().setProperty("k", "A's");
    env.PropertiesService.getDocumentProperties().setProperty("d", "shared");
    env.CacheService.getUserCache().put("c", "A's");
    const lock = env.LockService.getDocumentLock();
    env.users.as(B, () => {
      expect(env.LockService.getDocumentLock()).toBe(lock);
      expect(env.PropertiesService.getUserProperties().getProperty("k")).toBeNull();
      expect(env.PropertiesService.getDocumentProperties().getProperty("d")).toBe("shared");
      expect(env.CacheService.getUserCache().get("c")).toBeNull();
    });
    expect(env.PropertiesService.getUserProperties().getProperty("k")).toBe("A's");
    expect(env.CacheService.getUserCache().get("c")).toBe("A's");
  });
});
