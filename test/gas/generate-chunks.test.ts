/**
 * Very large decks: the Slides requests go in several batchUpdate calls only when one call would
 * be too big (src/gas/report/chunks.ts), without giving up what one atomic call guaranteed.
 * First the planner on its own (each call valid alone, same deck as one batch), then Buat Laporan
 * through the BUILT dist/Code.js in node:vm over the fakes, on the sample workbook with 1.000
 * webinar items in November (and, where a middle call is needed, 1.000 WhatsApp Blast items too).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { DECK_LIST_ROWS } from "../../src/core/judgement/list-limit";
import { checkMonth, missingKeys } from "../../src/core/judgement/report-check";
import { formatNumber } from "../../src/core/words/format";
import { type ChannelKey, channel, channelByTab, LIMIT } from "../../src/core/workbook/channels";
import { toMonth } from "../../src/core/workbook/period";
import { SETTINGS_TAB } from "../../src/core/workbook/settings";
import { HISTORY_TAB } from "../../src/core/workbook/system-tabs";
import type { RawWorkbook } from "../../src/core/workbook/types";
import { CALL_BUDGET, type CallBudget, planCalls, type SlidesCall } from "../../src/gas/report/chunks";
import { roleOf } from "../../src/gas/slides/ids";
import { buildSlidesRequests } from "../../src/gas/slides/requests";
import type { Deck } from "../../src/report/deck";
import { buildDeck } from "../../src/report/layout";
import type { BuatLaporanResult } from "../../src/rpc/report";
import { PRESENTATION_MIME } from "../fakes/drive-api";
import { createFakeEnv, type FakeEnv } from "../fakes/env";
import { FakePresentation } from "../fakes/presentation";
import { ensureBundle, loadBundle } from "../fakes/runtime";
import { validateRequests } from "../helpers/slides-validator";

type Request = GoogleAppsScript.Slides.Schema.Request;

const MONTH = toMonth("2023-11");
const ALL = { month: "2023-11", allowMissing: true, acceptWarnings: true };
const ITEMS = 1000;

/**
 * A title as long as the column takes: the deck shows only the first DECK_LIST_ROWS items of a
 * list, so long titles make those rows tall enough for a deck that needs several calls.
 */
const longTitle = (start: string, limit: number = LIMIT.title): string =>
  `${start} ${"pembahasan rinci dana transfer ke daerah ".repeat(80)}`.slice(0, limit).trim();

/** Lists filled with ITEMS long items: together their shown rows need several calls. */
const BIG_LISTS: readonly ChannelKey[] = [
  "webinar",
  "whatsappBlast",
  "publikasiWebsite",
  "videoConference",
  "tatapMuka",
  "evaluasi",
];

/** The sample workbook with exactly `ITEMS` November items in each named list (dates spread over the month). */
function bigWorkbook(lists: readonly ChannelKey[] = BIG_LISTS): RawWorkbook {
  const raw = sampleWorkbook();
  for (const key of lists) {
    const def = channel(key);
    const tab = raw[def.tab];
    if (!tab) throw new Error(`no ${key} tab`);
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const day = String(Math.floor((i * 28) / ITEMS) + 1).padStart(2, "0");
      return [
        "2023-11",
        ...def.columns.map((c) =>
          c.type === "date"
            ? `2023-11-${day}`
            : c.type === "text"
              ? longTitle(`${def.tab} ke-${i + 1}`, c.maxLength)
              : c.type === "choice"
                ? (c.choices?.[0] ?? "")
                : "",
        ),
      ];
    });
    tab.rows = [...tab.rows.filter((r) => r[0] !== "2023-11"), ...items];
  }
  return raw;
}

function deckOf(raw: RawWorkbook): Deck {
  const check = checkMonth(raw, MONTH);
  if (check.errors.length > 0) throw new Error("the workbook has errors");
  return buildDeck(check.data, MONTH, { missing: missingKeys(check.missing) });
}

const idsCreatedBy = (requests: readonly Request[]): string[] =>
  requests.flatMap((r) => (r.createSlide?.objectId ? [r.createSlide.objectId] : []));

const deletedBy = (requests: readonly Request[]): string[] =>
  requests.flatMap((r) => (r.deleteObject?.objectId ? [r.deleteObject.objectId] : []));

/** Sends calls to a fake presentation as the API would: each validated alone, against what is there now. */
function applyCalls(p: FakePresentation, calls: readonly { requests: Request[] }[]): void {
  for (const call of calls) {
    expect(validateRequests(call.requests, { existingObjectIds: p.slides, pageSize: p.pageSize })).toEqual(
      [],
    );
    p.apply(call.requests);
  }
}

/** The page an element request draws on, if it creates one. */
const pageOf = (r: Request): string | undefined =>
  (r.createShape ?? r.createTable ?? r.createLine ?? r.createImage ?? r.createSheetsChart)?.elementProperties
    ?.pageObjectId ?? undefined;

describe("planCalls", () => {
  const sample = deckOf(sampleWorkbook());
  const big = deckOf(bigWorkbook());

  it("sends the sample month in one call: new slides after the old one, the old one deleted last", () => {
    const batch = buildSlidesRequests(sample, { existingSlideIds: ["p"] });
    const calls = planCalls(batch, ["p"]);
    expect(calls).toHaveLength(1);
    const requests = calls[0]?.requests ?? [];
    expect(calls[0]?.slideIds).toEqual(batch.slideIds);
    // The same requests, the deletion moved from the head to the end ...
    expect(requests).toHaveLength(batch.requests.length);
    expect(requests.at(-1)).toEqual({ deleteObject: { objectId: "p" } });
    expect(requests.filter((r) => !r.createSlide && !r.deleteObject)).toEqual(
      batch.requests.filter((r) => !r.createSlide && !r.deleteObject),
    );
    // ... every new slide inserted after the old one, so the deck never has zero slides.
    const built = batch.requests.flatMap((r) => (r.createSlide ? [r.createSlide] : []));
    const sent = requests.flatMap((r) => (r.createSlide ? [r.createSlide] : []));
    expect(sent).toEqual(built.map((s) => ({ ...s, insertionIndex: (s.insertionIndex ?? 0) + 1 })));
    expect(validateRequests(requests, { existingObjectIds: ["p"] })).toEqual([]);
  });

  it("splits 1.000 items a list into calls within budget, each valid alone, giving the deck one batch gives", () => {
    const old = ["old_01_s", "old_02_s", "old_03_s"];
    const batch = buildSlidesRequests(big, { existingSlideIds: old });
    expect(batch.requests.length).toBeGreaterThan(CALL_BUDGET.requests);
    const calls = planCalls(batch, old);
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) {
      expect(call.requests.length).toBeLessThanOrEqual(CALL_BUDGET.requests);
      expect(JSON.stringify(call.requests).length).toBeLessThanOrEqual(CALL_BUDGET.chars);
    }
    const oneBatch = new FakePresentation("a", "a", old);
    applyCalls(oneBatch, [batch]);
    const split = new FakePresentation("b", "b", old);
    applyCalls(split, calls);
    expect(split.slides).toEqual(oneBatch.slides);
    expect(split.slides).toEqual(batch.slideIds);
    expect(split.texts).toEqual(oneBatch.texts);
    expect([...split.elements]).toEqual([...oneBatch.elements]);
    // Every request of the one batch is sent exactly once.
    expect(calls.reduce((n, c) => n + c.requests.length, 0)).toBe(batch.requests.length);
  });

  it("never splits a slide, creates after the old slides, and deletes them only in the last call", () => {
    const old = ["old_01_s", "old_02_s"];
    const batch = buildSlidesRequests(sample, { existingSlideIds: old });
    const budget: CallBudget = { requests: 300, chars: Number.MAX_SAFE_INTEGER };
    const calls = planCalls(batch, old, budget);
    expect(calls.length).toBeGreaterThan(5);
    const p = new FakePresentation("p", "p", old);
    calls.forEach((call: SlidesCall, i) => {
      const last = i === calls.length - 1;
      expect(call.requests[0]?.createSlide).toBeDefined();
      expect(call.slideIds).toEqual(idsCreatedBy(call.requests));
      // Every element goes on a slide this same call creates.
      const mine = new Set(call.slideIds);
      for (const r of call.requests) {
        const page = pageOf(r);
        if (page !== undefined) expect(mine.has(page)).toBe(true);
      }
      expect(deletedBy(call.requests)).toEqual(last ? old : []);
      applyCalls(p, [call]);
      // The old slides stay first and whole until the last call.
      if (!last) expect(p.slides.slice(0, old.length)).toEqual(old);
    });
    // More than 300 requests only when one slide alone needs more.
    for (const call of calls.filter((c) => c.requests.length > budget.requests)) {
      expect(call.slideIds).toHaveLength(1);
    }
    expect(p.slides).toEqual(batch.slideIds);
  });
});

// ---------------------------------------------------------------- Through the bundle

let source = "";
beforeAll(async () => {
  source = readFileSync(await ensureBundle(), "utf8");
});

interface Loaded {
  env: FakeEnv;
  buat(request: unknown): BuatLaporanResult;
  sent(): FakeEnv["Slides"]["Presentations"]["sent"];
}

/** The workbook in the fake spreadsheet, date cells as the script's Dates (as Sheets gives them). */
function load(raw: RawWorkbook): Loaded {
  const env = createFakeEnv({ htmlFiles: { Dialog: "<p>d</p>" }, userEmail: "staf@kemenkeu.go.id" });
  const bundle = loadBundle(env, source);
  const ScriptDate = bundle.evaluate<DateConstructor>("Date");
  for (const tab of Object.values(raw)) {
    const def = channelByTab(tab.name);
    const dates = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
    const rows = tab.rows.map((row) =>
      row.map((cell, i) => {
        if (!dates.has(i) || typeof cell !== "string" || cell === "") return cell;
        const [y, m, d] = cell.split("-").map(Number);
        return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1);
      }),
    );
    env.spreadsheet.addSheet(tab.name, [tab.header, ...rows]);
  }
  const folder = env.drive.addFolder("Laporan Bulanan");
  const settings = env.spreadsheet.sheet(SETTINGS_TAB);
  const row = (settings?.snapshot() ?? []).findIndex((r) => r[0] === "ID Folder Drive");
  if (!settings || row < 0) throw new Error("no ID Folder Drive setting");
  settings.setCell(row + 1, 2, folder.id);
  env.calls.reset();
  return {
    env,
    buat: (request) => bundle.call("buatLaporanBulan", request) as BuatLaporanResult,
    sent: () => env.Slides.Presentations.sent,
  };
}

function ok(result: BuatLaporanResult): Extract<BuatLaporanResult, { ok: true }> {
  if (!result.ok) throw new Error(`generation failed: ${result.message}`);
  return result;
}

function presentationOf(env: FakeEnv, id: string): FakePresentation {
  const found = env.drive.presentations.get(id);
  if (!found) throw new Error(`no presentation ${id}`);
  return found;
}

/** The title text of each slide of the presentation, in order ("" for the cover). */
function slideTitles(p: FakePresentation): string[] {
  const titleOf = new Map<string, string>();
  for (const [id, text] of p.texts) {
    const page = p.elements.get(id);
    if (page && roleOf(id) === "title") titleOf.set(page, text);
  }
  return p.slides.map((s) => titleOf.get(s) ?? "");
}

const historyRows = (env: FakeEnv) => (env.spreadsheet.sheet(HISTORY_TAB)?.snapshot() ?? []).slice(1);

/** What a test compares to say "left exactly as it was". */
const snapshot = (p: FakePresentation) => ({
  slides: [...p.slides],
  texts: new Map(p.texts),
  elements: new Map(p.elements),
  charts: p.charts.map((c) => ({ ...c })),
});

/** Fails the `n`-th Slides batchUpdate counted from now (1-based), and only that one. */
function failCall(loaded: Loaded, n: number): void {
  const before = loaded.sent().length;
  loaded.env.Slides.Presentations.failWhen = () => loaded.sent().length === before + n;
}

describe("buatLaporanBulan with 1.000 items a list", () => {
  it("sends several calls, each valid alone, and the deck has the laid-out slides in order", () => {
    const raw = bigWorkbook();
    const loaded = load(raw);
    const result = ok(loaded.buat(ALL));
    const sent = loaded.sent();
    expect(sent.length).toBeGreaterThan(1);
    for (const call of sent) {
      expect(validateRequests(call.requests, { existingObjectIds: call.existingObjectIds })).toEqual([]);
      expect(call.requests.length).toBeLessThanOrEqual(CALL_BUDGET.requests);
    }
    const deck = presentationOf(loaded.env, result.presentationId);
    expect(deck.slides).toEqual(sent.flatMap((c) => idsCreatedBy(c.requests)));
    // The new presentation's own slide went only in the last call.
    expect(sent.map((c) => deletedBy(c.requests))).toEqual([...sent.slice(1).map(() => []), ["p"]]);
    const expected = deckOf(raw).slides.map((s) => (s.kind === "cover" ? "" : s.title));
    expect(slideTitles(deck)).toEqual(expected);
    // the deck lists the first DECK_LIST_ROWS items of each list, then how many more there are
    expect(deck.allText()).toContain(`Webinar ke-${DECK_LIST_ROWS} `);
    expect(deck.allText()).not.toContain(`Webinar ke-${DECK_LIST_ROWS + 1} `);
    expect(deck.allText()).toContain(`dan ${formatNumber(ITEMS - DECK_LIST_ROWS)} lainnya`);
    // Every chart is still linked.
    expect(deck.charts.length).toBeGreaterThan(0);
    expect(deck.charts.every((c) => c.linkingMode === "LINKED")).toBe(true);
    // Only the Slides batch grew: every other round trip is what the sample month makes.
    const sample = load(sampleWorkbook());
    ok(sample.buat(ALL));
    const withoutBatch = (env: FakeEnv) =>
      Object.entries(env.calls.summary()).filter(([k]) => k !== "Slides.Presentations.batchUpdate");
    expect(withoutBatch(loaded.env)).toEqual(withoutBatch(sample.env));
    expect(loaded.env.calls.count("Slides", "Presentations.batchUpdate")).toBe(sent.length);
  });

  it("the sample month still makes exactly one Slides call", () => {
    const loaded = load(sampleWorkbook());
    ok(loaded.buat(ALL));
    expect(loaded.env.calls.count("Slides", "Presentations.batchUpdate")).toBe(1);
    expect(deletedBy(loaded.sent()[0]?.requests ?? [])).toEqual(["p"]);
  });

  it("regenerating in place deletes the old slides only in the last call", () => {
    const loaded = load(bigWorkbook());
    const first = ok(loaded.buat(ALL));
    const deck = presentationOf(loaded.env, first.presentationId);
    const old = [...deck.slides];
    const titles = slideTitles(deck);
    const from = loaded.sent().length;
    const again = ok(loaded.buat(ALL));
    expect(again).toMatchObject({ updated: true, presentationId: first.presentationId });
    const calls = loaded.sent().slice(from);
    expect(calls.length).toBeGreaterThan(1);
    calls.forEach((call, i) => {
      const last = i === calls.length - 1;
      // The old deck is all there while the new slides are being made.
      expect(call.existingObjectIds.slice(0, old.length)).toEqual(old);
      expect(deletedBy(call.requests)).toEqual(last ? old : []);
      const created = idsCreatedBy(call.requests);
      expect(created.filter((id) => call.existingObjectIds.includes(id))).toEqual([]);
    });
    expect(deck.slides.filter((s) => old.includes(s))).toEqual([]);
    expect(slideTitles(deck)).toEqual(titles);
    expect(historyRows(loaded.env)).toHaveLength(2);
  });
});

describe("a failure in a middle call", () => {
  const lists = BIG_LISTS;

  it("a new deck: the file is trashed and nothing is recorded", () => {
    const loaded = load(bigWorkbook(lists));
    failCall(loaded, 2);
    const result = loaded.buat(ALL);
    expect(result).toMatchObject({ ok: false, reason: "failed", stage: "Menyusun slide" });
    expect(result.ok ? "" : result.message).toMatch(/dipindahkan ke Sampah\.$/);
    // The call that failed was not the last one.
    const planned = deckOf(bigWorkbook(lists));
    const made = loaded.sent().flatMap((c) => idsCreatedBy(c.requests));
    expect(made.length).toBeLessThan(planned.slides.length);
    const files = [...loaded.env.drive.files.values()].filter((f) => f.mimeType === PRESENTATION_MIME);
    expect(files.map((f) => f.trashed)).toEqual([true]);
    expect(historyRows(loaded.env)).toEqual([]);
  });

  it("an existing deck: the new slides made so far are deleted again, the old ones untouched", () => {
    const loaded = load(bigWorkbook(lists));
    const first = ok(loaded.buat(ALL));
    const calls = loaded.sent().length;
    expect(calls).toBeGreaterThanOrEqual(3);
    const deck = presentationOf(loaded.env, first.presentationId);
    const before = snapshot(deck);
    const from = loaded.sent().length;
    failCall(loaded, 2);
    const result = loaded.buat(ALL);
    expect(result).toMatchObject({ ok: false, reason: "failed", stage: "Menyusun slide" });
    expect(result.ok ? "" : result.message).toMatch(
      /\d+ slide baru yang sempat dibuat sudah dihapus lagi\. Presentasi yang sudah ada tidak diubah\.$/,
    );
    expect(snapshot(deck)).toEqual(before);
    // One call made slides, one failed, one cleanup deleted exactly the slides of the first.
    const sent = loaded.sent().slice(from);
    expect(sent).toHaveLength(3);
    expect(deletedBy(sent[2]?.requests ?? [])).toEqual(idsCreatedBy(sent[0]?.requests ?? []));
    expect(loaded.env.drive.files.get(first.presentationId)?.trashed).toBe(false);
    expect(historyRows(loaded.env)).toHaveLength(1);
  });

  it("an existing deck: a failing last call (the one that deletes) leaves it as it was too", () => {
    const loaded = load(bigWorkbook());
    const first = ok(loaded.buat(ALL));
    const deck = presentationOf(loaded.env, first.presentationId);
    const before = snapshot(deck);
    const from = loaded.sent().length;
    loaded.env.Slides.Presentations.failWhen = (request) =>
      before.slides.includes(request.deleteObject?.objectId ?? "");
    const result = loaded.buat(ALL);
    expect(result.ok ? "" : result.message).toContain("Presentasi yang sudah ada tidak diubah.");
    expect(snapshot(deck)).toEqual(before);
    // The deleting call was the last planned one: the calls before it made slides, then the cleanup.
    const sent = loaded.sent().slice(from);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(deletedBy(sent[sent.length - 1]?.requests ?? [])).toEqual(
      sent.slice(0, -2).flatMap((c) => idsCreatedBy(c.requests)),
    );
  });

  it("when the cleanup fails too, the message says what is left and where", () => {
    const loaded = load(bigWorkbook(lists));
    const first = ok(loaded.buat(ALL));
    const deck = presentationOf(loaded.env, first.presentationId);
    const old = [...deck.slides];
    const from = loaded.sent().length;
    loaded.env.Slides.Presentations.failWhen = () => loaded.sent().length >= from + 2;
    const result = loaded.buat(ALL);
    expect(result.ok ? "" : result.message).toMatch(
      new RegExp(`Slide lama tidak diubah, tetapi \\d+ slide baru .* hapus sendiri: ${first.url}$`),
    );
    // The old slides are still first and whole; the leftovers come after them.
    expect(deck.slides.slice(0, old.length)).toEqual(old);
    expect(deck.slides.length).toBeGreaterThan(old.length);
  });
});
