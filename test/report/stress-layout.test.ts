/**
 * For any text within the parser's limits, the deck stays whole: no text leaves its box or the
 * slide and no two elements overlap, measured with the layout's own metrics (src/report/measure.ts).
 * Checked on the stress workbooks (test/fixtures/stress-workbooks.ts) and on generated ones.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import { buildDeck } from "../../src/report/layout";
import { estimateLines, joinPieces, textWidth, wordPieces } from "../../src/report/measure";
import { splitParagraph } from "../../src/report/paginate";
import { STRESS_MONTH, STRESS_WORKBOOKS, stressWorkbook } from "../fixtures/stress-workbooks";
import { deckBreaches } from "../helpers/layout-invariants";

function soundDeck(raw: ReturnType<typeof stressWorkbook>): { errors: string[]; breaches: string[] } {
  const { data, findings } = parseWorkbook(raw);
  const deck = buildDeck(data, toMonth(STRESS_MONTH));
  return {
    errors: findings.filter((f) => f.severity === "error").map((f) => f.message),
    breaches: deckBreaches(deck),
  };
}

describe("stress workbooks", () => {
  for (const [name, make] of Object.entries(STRESS_WORKBOOKS)) {
    it(`${name}: parses without errors and lays out soundly`, () => {
      const { errors, breaches } = soundDeck(make());
      expect(errors).toEqual([]);
      expect(breaches.join("\n")).toBe("");
    });
  }
});

describe("long words", () => {
  it("are cut into pieces that each fit a line, and put back together unchanged", () => {
    const word = "https://djpk.kemenkeu.go.id/".repeat(20);
    const pieces = wordPieces(`awal ${word} akhir`, 2, 12);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(textWidth(p.text, 12)).toBeLessThanOrEqual(2);
    expect(joinPieces(pieces)).toBe(`awal ${word} akhir`);
  });

  it("a paragraph of one unbroken word taller than a page is split into pieces that each fit", () => {
    const p = { runs: [{ text: "W".repeat(3000) }] };
    const pieces = splitParagraph(p, 4, 12, 1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((x) => x.runs[0]?.text).join("")).toBe("W".repeat(3000));
    for (const piece of pieces) {
      expect(estimateLines(piece.runs[0]?.text ?? "", 4, 12) * ((12 * 1.2) / 72)).toBeLessThanOrEqual(1);
    }
  });
});

/** Text as staff type it, wide letters and unbroken runs included. */
const typed = fc.string({
  unit: fc.constantFrom(..."WMmQ@éÉaeiou 0123456789-/.,\n", "kata ", "https://djpk.kemenkeu.go.id/"),
  maxLength: 600,
});

describe("any workbook within the limits", () => {
  it("lays out every slide soundly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(typed, { minLength: 7, maxLength: 7 }),
        fc.array(fc.nat({ max: 3000 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 999_999 }),
        (items, texts, lengths, number) => {
          const pick = (seed: string, i: number, limit: number): string => {
            let h = i;
            for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) % 7;
            const base = texts[h] ?? "";
            const length = Math.min(limit, lengths[h] ?? 0);
            let text = base;
            while (text.length > 0 && text.length < length) text += base;
            // cut by characters, as the limit counts them
            return Array.from(text).slice(0, length).join("");
          };
          const raw = stressWorkbook({
            items,
            text: (c, d, i) => pick(d.key + c.key, i, c.maxLength ?? 100),
            count: (_c, _d, i) => number + i,
            setting: (key, limit) => pick(key, 0, limit) || "X",
          });
          const { breaches } = soundDeck(raw);
          expect(breaches.join("\n")).toBe("");
        },
      ),
      { numRuns: 25 },
    );
    // each run builds a whole deck of long texts; the 2 shared cores make it slow, not wrong
  }, 180_000);
});
