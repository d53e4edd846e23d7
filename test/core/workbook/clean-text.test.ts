/**
 * Text from a cell is cleaned once, in the core: control characters out (they break slide XML),
 * line breaks only where a field is multi-line, NFC; and every text field has a maximum length,
 * refused with a message naming tab, row, column and the limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS, channel, headersOf } from "../../../src/core/workbook/channels";
import { cleanText, textLength } from "../../../src/core/workbook/clean-text";
import { parseSettings, parseWorkbook } from "../../../src/core/workbook/parse";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB } from "../../../src/core/workbook/settings";
import type { CellValue, RawWorkbook } from "../../../src/core/workbook/types";

/** Characters slide XML (XML 1.0) cannot hold, and the C1 controls the Slides API mangles. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function tabWith(key: Parameters<typeof channel>[0], rows: CellValue[][]): RawWorkbook {
  const def = channel(key);
  return { [def.tab]: { name: def.tab, header: headersOf(def), rows, firstRow: 2 } };
}

describe("cleanText", () => {
  it("turns Word's Shift+Enter (a vertical tab, Excel's _x000B_) into a line break in a multi-line field", () => {
    expect(cleanText("Baris satu\u000bBaris dua", true)).toBe("Baris satu\nBaris dua");
    expect(cleanText("a\r\nb\rc\u2028d", true)).toBe("a\nb\nc\nd");
  });

  it("joins lines with one space in a one-line field", () => {
    expect(cleanText("Rapat\u000bKoordinasi \r\n  DBH", false)).toBe("Rapat Koordinasi DBH");
  });

  it("removes other control characters, a BOM and lone surrogates, and turns tabs into spaces", () => {
    expect(cleanText("\ufeffJudul\u0000 \u0007baru\u001b\u0085x\tdan\ud800 y", false)).toBe(
      "Judul baru x dan y",
    );
  });

  it("composes to NFC, so 'é' typed two ways is one text", () => {
    const decomposed = "Pe\u0301ngumuman";
    expect(cleanText(decomposed)).toBe("P\u00e9ngumuman");
    expect(textLength(cleanText(decomposed))).toBe(10);
  });

  it("keeps at most one empty line between paragraphs and drops trailing spaces", () => {
    expect(cleanText("a  \n\n\n\n b", true)).toBe("a\n\n b");
  });

  it("for any text: nothing XML refuses, NFC, idempotent, and one line unless multi-line", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\u000b", "\t", "\u0000", "\u0301", "é") }),
    );
    fc.assert(
      fc.property(unit, fc.boolean(), (text, multiline) => {
        const clean = cleanText(text, multiline);
        expect(clean).not.toMatch(FORBIDDEN);
        expect(clean).toBe(clean.normalize("NFC"));
        expect(cleanText(clean, multiline)).toBe(clean);
        expect(clean).toBe(clean.trim());
        if (!multiline) expect(clean).not.toContain("\n");
      }),
    );
  });
});

describe("text read from a workbook", () => {
  it("is cleaned by the parser: a title with a vertical tab reads as one line", () => {
    const raw = tabWith("webinar", [["2023-11", "2023-11-07", "Rapat\u000bKoordinasi\u0001 DBH", null]]);
    const { data } = parseWorkbook(raw);
    expect(data.rows.webinar[0]?.values.judul).toBe("Rapat Koordinasi DBH");
  });

  it("keeps the line breaks of a multi-line field (Evaluasi's Uraian: '- ' lines become bullets)", () => {
    const raw = tabWith("evaluasi", [["2023-11", "Manajemen", "Pengantar\u000b- satu\r\n- dua\u0000"]]);
    const { data } = parseWorkbook(raw);
    expect(data.rows.evaluasi[0]?.values.uraian).toBe("Pengantar\n- satu\n- dua");
  });

  it("treats a cell of only control characters as empty", () => {
    const raw = tabWith("webinar", [["2023-11", "2023-11-07", "\u000b\u0000", null]]);
    const { findings, data } = parseWorkbook(raw);
    expect(data.rows.webinar).toEqual([]);
    expect(findings.find((f) => f.tab === "Webinar")?.message).toBe(
      'Tab "Webinar", baris 2, kolom C (Judul): wajib diisi.',
    );
  });
});

describe("maximum lengths", () => {
  it("every text column and text setting has one", () => {
    for (const def of CHANNELS) {
      for (const column of def.columns.filter((c) => c.type === "text")) {
        expect(column.maxLength, `${def.tab} ${column.header}`).toBeGreaterThan(0);
      }
    }
    for (const setting of SETTINGS.filter((s) => s.type === "text")) {
      expect("maxLength" in setting && setting.maxLength, setting.label).toBeGreaterThan(0);
    }
  });

  it("refuses a title past the limit, naming tab, row, column and the limit; the limit itself passes", () => {
    const limit = channel("webinar").columns[1]?.maxLength ?? 0;
    const raw = tabWith("webinar", [
      ["2023-11", "2023-11-07", "x".repeat(limit), null],
      ["2023-11", "2023-11-08", "x".repeat(5000), null],
    ]);
    const { findings, data } = parseWorkbook(raw);
    expect(data.rows.webinar.map((r) => r.row)).toEqual([2]);
    const found = findings.filter((f) => f.tab === "Webinar");
    expect(found).toEqual([
      {
        severity: "error",
        code: "too-long",
        tab: "Webinar",
        row: 3,
        column: "Judul",
        message:
          'Tab "Webinar", baris 3, kolom C (Judul): teks 5.000 karakter, melebihi batas 300 karakter; ' +
          "persingkat isinya (teks yang lebih panjang tidak muat di slide).",
      },
    ]);
  });

  it("counts characters after cleaning: control characters and a decomposed accent do not count", () => {
    const limit = channel("webinar").columns[1]?.maxLength ?? 0;
    const text = `${"e\u0301".repeat(limit)}\u0000\u0000`;
    const { data } = parseWorkbook(tabWith("webinar", [["2023-11", "2023-11-07", text, null]]));
    expect(textLength(String(data.rows.webinar[0]?.values.judul))).toBe(limit);
  });

  it("refuses a 300-character Singkatan Unit, naming the limit", () => {
    const raw: RawWorkbook = {
      [SETTINGS_TAB]: {
        name: SETTINGS_TAB,
        header: [...SETTINGS_HEADERS],
        rows: [
          ["Singkatan Unit", "D".repeat(300), ""],
          ["Nama Unit", "Direktorat Jenderal Perimbangan Keuangan", ""],
        ],
        firstRow: 2,
      },
    };
    const { settings, findings } = parseSettings(raw);
    expect(settings.singkatanUnit).toBe("DJPK");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.code).toBe("too-long");
    expect(findings[0]?.message).toContain(
      'Tab "Pengaturan", baris 2, kolom B (Nilai): nilai "Singkatan Unit" tidak sah: teks 300 karakter, melebihi batas 20 karakter',
    );
    expect(findings[0]?.message).toContain("tidak muat di slide");
  });

  it("a setting the deck never shows (an e-mail one) is no finding of the deck, whatever its length", () => {
    const raw: RawWorkbook = {
      [SETTINGS_TAB]: {
        name: SETTINGS_TAB,
        header: [...SETTINGS_HEADERS],
        rows: [
          ["Pesan Pengantar", "kata ".repeat(500), ""],
          ["Penerima Laporan", "a@b.id,".repeat(400), ""],
          ["Nama Unit", "Direktorat Jenderal Perimbangan Keuangan", ""],
          ["Singkatan Unit", "DJPK", ""],
        ],
        firstRow: 2,
      },
    };
    // The limit stops the e-mail (test/core/mail/mail-settings.test.ts), never Buat Laporan.
    expect(parseSettings(raw).findings).toEqual([]);
  });
});
