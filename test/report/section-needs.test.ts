/**
 * The list of what a month lacks is derived from the layout: each section of SECTIONS declares
 * what it reads (section-needs.ts). These tests walk the layout's sections and fail when a section
 * says "belum diisi" for something the check before generation does not list, or when the check
 * lists something no slide misses.
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { missingFindings, needLabel, type SectionNeed, unmetNeeds } from "../../src/core/judgement/needs";
import { checkMonth, missingKeys } from "../../src/core/judgement/report-check";
import { CHANNELS } from "../../src/core/workbook/channels";
import type { DataRow, WorkbookData } from "../../src/core/workbook/data";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { type Month, toMonth } from "../../src/core/workbook/period";
import type { LayoutContext } from "../../src/report/context";
import { buildDeck, MONTH_NEEDS, SECTIONS } from "../../src/report/layout";
import { needsOf } from "../../src/report/section-needs";
import { missingDataSection } from "../../src/report/sections/missing";
import { buildData } from "../helpers/data-builder";
import { deckText } from "../helpers/deck-text";

const sample = parseWorkbook(sampleWorkbook()).data;
const NOV = toMonth("2023-11");
const MISSING_NOTE = /belum diisi/;

/** The layout's needs, each once (the summary and a channel's own slide share some). */
const DISTINCT: SectionNeed[] = MONTH_NEEDS.filter(
  (need, i) => MONTH_NEEDS.findIndex((n) => JSON.stringify(n) === JSON.stringify(need)) === i,
);

function contextOf(data: WorkbookData, month: Month): LayoutContext {
  const missing = missingFindings(data, month, MONTH_NEEDS);
  return {
    data,
    month,
    settings: data.settings,
    unit: String(data.settings.singkatanUnit),
    missing: missingKeys(missing),
  };
}

/** The data without what `need` names for the month: its rows, its columns, or its kind of item. */
function without(data: WorkbookData, month: Month, need: SectionNeed): WorkbookData {
  const rows = data.rows[need.key];
  const inMonth = (r: DataRow) => r.month === month;
  let kept: DataRow[];
  if (need.columns) {
    const emptied = Object.fromEntries(need.columns.map((c) => [c, null]));
    kept = rows.map((r) => (inMonth(r) ? { ...r, values: { ...r.values, ...emptied } } : r));
  } else if (need.where) {
    const { column, value } = need.where;
    kept = rows.filter((r) => !(inMonth(r) && r.values[column] === value));
  } else {
    kept = rows.filter((r) => !inMonth(r));
  }
  return { ...data, rows: { ...data.rows, [need.key]: kept } };
}

/**
 * Every section whose slides say "belum diisi" declares a need the month does not meet: a slide
 * can never miss data the check before generation keeps quiet about. Returns those sections.
 */
function expectNotesListed(data: WorkbookData, month: Month): number[] {
  const ctx = contextOf(data, month);
  const noting: number[] = [];
  SECTIONS.forEach((section, i) => {
    // The notice that lists the missing data is the list itself.
    if (section === missingDataSection) return;
    const text = deckText(section(ctx));
    if (!MISSING_NOTE.test(text)) return;
    noting.push(i);
    const unmet = unmetNeeds(data, month, needsOf(section, i));
    expect(
      unmet.length,
      `section ${i} (${section.name}) says "belum diisi" but lists nothing: ${text}`,
    ).toBeGreaterThan(0);
  });
  return noting;
}

describe("the missing-data list comes from the layout's sections", () => {
  it("every section of the layout declares what it reads; an undeclared one stops the layout", () => {
    SECTIONS.forEach((section, i) => {
      expect(() => needsOf(section, i)).not.toThrow();
    });
    expect(() => needsOf(() => [], 99)).toThrow(/section-needs\.ts/);
  });

  it("every tab of the registry is read by some section, so every tab is checked", () => {
    expect(new Set(MONTH_NEEDS.map((n) => n.key))).toEqual(new Set(CHANNELS.map((c) => c.key)));
  });

  it("the seed's month lacks nothing, and no slide says `belum diisi`", () => {
    expect(unmetNeeds(sample, NOV, MONTH_NEEDS)).toEqual([]);
    expect(deckText(buildDeck(sample, NOV).slides)).not.toMatch(MISSING_NOTE);
  });

  it.each(
    DISTINCT.map((need) => [needLabel(need) + (need.where ? ` ${need.where.value}` : ""), need] as const),
  )(
    "November without %s: the check lists it, the deck's list names it, and only sections that read it say so",
    (_, need) => {
      const data = without(sample, NOV, need);
      const findings = checkMonth(sampleWorkbookWithout(need), NOV).missing;
      const listed = missingFindings(data, NOV, MONTH_NEEDS);
      expect(findings.map((f) => f.message)).toEqual(listed.map((f) => f.message));
      expect(listed.map((f) => f.part ?? "")).toContain(need.part ?? "");
      expect(listed.map((f) => f.tab)).toContain(CHANNELS.find((c) => c.key === need.key)?.tab);

      const deck = buildDeck(data, NOV, { missing: missingKeys(listed) });
      const notice = deck.slides.find((s) => s.id === "s38-data-belum-diisi");
      expect(notice && deckText([notice])).toContain(needLabel(need));
      expect(expectNotesListed(data, NOV).length, "some slide says the data is missing").toBeGreaterThan(0);
    },
  );

  it.each([
    ["October 2023 of the sample", sample, "2023-10"],
    ["December 2023 of the sample (no rows)", sample, "2023-12"],
    ["an empty workbook", buildData(), "2023-11"],
  ] as const)("%s: every section that says `belum diisi` is in the list", (_, data, month) => {
    const noting = expectNotesListed(data, toMonth(month));
    expect(noting.length).toBeGreaterThan(0);
  });

  it("October names Evaluasi, Twitter and the tickets' time zones, which the old list left out", () => {
    const labels = unmetNeeds(sample, toMonth("2023-10"), MONTH_NEEDS).map(needLabel);
    expect(labels).toContain("Evaluasi");
    expect(labels).toContain("Media Sosial (Twitter)");
    expect(labels).toContain("Tiket Konsultasi (zona waktu, jam layanan, dan eskalasi)");
    // Filled in October: not listed, whole or in part.
    expect(labels.filter((l) => l.startsWith("PPID") || l.startsWith("Media Sosial (Instagram"))).toEqual([]);
    const deck = buildDeck(sample, toMonth("2023-10"));
    const notice = deck.slides.find((s) => s.id === "s38-data-belum-diisi");
    for (const label of labels) expect(notice && deckText([notice])).toContain(label);
  });

  it("a part of an emptied tab is listed once, as the tab", () => {
    const data = { ...sample, rows: { ...sample.rows, mediaSosial: [] } };
    const labels = unmetNeeds(data, NOV, MONTH_NEEDS).map(needLabel);
    expect(labels.filter((l) => l.startsWith("Media Sosial"))).toEqual(["Media Sosial"]);
  });
});

/** The sample workbook as raw cells, without what `need` names for November: checkMonth's input. */
function sampleWorkbookWithout(need: SectionNeed) {
  const raw = sampleWorkbook();
  const def = CHANNELS.find((c) => c.key === need.key);
  const tab = def && raw[def.tab];
  if (!def || !tab) throw new Error(need.key);
  const col = (key: string) => tab.header.indexOf(def.columns.find((c) => c.key === key)?.header ?? "");
  const isNov = (row: (typeof tab.rows)[number]) => row[0] === "2023-11";
  if (need.columns) {
    const indexes = need.columns.map(col);
    tab.rows = tab.rows.map((row) => (isNov(row) ? row.map((v, i) => (indexes.includes(i) ? "" : v)) : row));
  } else if (need.where) {
    const at = col(need.where.column);
    const value = need.where.value;
    tab.rows = tab.rows.filter((row) => !(isNov(row) && row[at] === value));
  } else {
    tab.rows = tab.rows.filter((row) => !isNov(row));
  }
  return raw;
}
