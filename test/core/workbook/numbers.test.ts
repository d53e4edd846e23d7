import { describe, expect, it } from "vitest";
import { type NumberType, parseNumberText } from "../../../src/core/workbook/numbers";

const value = (text: string | number, type: NumberType = "count") => {
  const result = parseNumberText(text, type);
  return result.ok ? result.value : `gagal: ${result.reason}`;
};
const reason = (text: string | number, type: NumberType = "count") => {
  const result = parseNumberText(text, type);
  return result.ok ? `terbaca ${result.value}` : result.reason;
};

describe("parseNumberText: numbers typed the Indonesian way", () => {
  it.each([
    ["1.271", 1271],
    ["1271", 1271],
    ["1 271", 1271],
    ["1\u00a0271", 1271],
    ["1\u202f271", 1271],
    ["1\u2009271", 1271],
    [" 1.271 ", 1271],
    ["16.534", 16534],
    ["1.000.000", 1000000],
    ["0", 0],
    ["007", 7],
  ])("reads %j as the count %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("never reads 1.271 as one point two seven one, whatever the column type", () => {
    expect(value("1.271", "decimal")).toBe(1271);
    expect(value("1.271", "percent")).toBe(1271);
  });

  it.each([
    ["41,2", "decimal", 41.2],
    [" 41,2 ", "decimal", 41.2],
    ["1.271,5", "decimal", 1271.5],
    ["5,0", "decimal", 5],
    ["-3,5", "decimal", -3.5],
    ["41,2%", "percent", 41.2],
    ["41,2 %", "percent", 41.2],
    ["290,84", "percent", 290.84],
    ["16,05%", "percent", 16.05],
  ] as const)("reads %j as the %s %d", (text, type, expected) => {
    expect(value(text, type)).toBe(expected);
  });

  it("rejects the seed's typo 1.1108 with the rule for dots", () => {
    expect(reason("1.1108")).toBe(
      '"1.1108" bukan angka yang sah; titik harus memisahkan tiap 3 angka (contoh: 1.108).',
    );
  });

  it.each([
    ["12abc", "count", "bukan angka yang sah"],
    ["1,2,3", "decimal", "koma desimal hanya boleh satu"],
    ["-5", "count", "tidak boleh negatif"],
    ["1,5", "count", "harus bilangan bulat"],
    ["Infinity", "decimal", "bukan angka yang sah"],
    ["NaN", "decimal", "bukan angka yang sah"],
    ["1e5", "count", "bukan angka yang sah"],
    ["0x10", "count", "bukan angka yang sah"],
    ["12.34", "decimal", "desimal ditulis dengan koma"],
    ["1.27", "count", "titik harus memisahkan tiap 3 angka"],
    ["1 27", "count", "spasi hanya boleh memisahkan tiap 3 angka"],
    ["1.271 000", "count", "pakai titik saja"],
    ["41,", "decimal", "setelah koma harus ada angka"],
    [",5", "decimal", "bukan angka yang sah"],
    ["50%", "count", "tidak boleh berisi tanda persen"],
    ["#DIV/0!", "count", "galat rumus"],
    ["-", "decimal", "bukan angka yang sah"],
    ["99999999999999999", "count", "terlalu besar"],
  ] as const)("rejects %j for a %s: %s", (text, type, part) => {
    const result = parseNumberText(text, type);
    expect(result.ok).toBe(false);
    expect(reason(text, type)).toContain(part);
  });

  it("quotes what was typed in the reason, so staff can find it", () => {
    expect(reason("12abc")).toMatch(/^"12abc" /);
  });

  it("takes a spreadsheet number as is, still checking it", () => {
    expect(value(1271)).toBe(1271);
    expect(value(4.5, "decimal")).toBe(4.5);
    expect(value(1.5)).toBe(
      'gagal: "1,5" harus bilangan bulat; ribuan ditulis dengan titik (contoh: 1.271).',
    );
    expect(reason(-3)).toContain("tidak boleh negatif");
    expect(reason(Number.POSITIVE_INFINITY, "decimal")).toContain("bukan angka yang sah");
    expect(reason(Number.NaN, "decimal")).toContain("bukan angka yang sah");
    expect(value(-3, "decimal")).toBe(-3);
  });

  it("reads minus zero as plain zero", () => {
    expect(Object.is(value("-0", "decimal"), 0)).toBe(true);
    expect(Object.is(value(-0), 0)).toBe(true);
  });

  it("never throws on values of the wrong type", () => {
    for (const bad of [null, undefined, {}, [], true, Symbol("x"), 10n]) {
      expect(parseNumberText(bad as unknown as string, "count").ok).toBe(false);
    }
  });
});
