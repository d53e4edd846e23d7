import { describe, expect, it } from "vitest";
import { toMonth } from "../../src/core/workbook/period";
import { changeNote, figureText, LARGE_CHANGE_PERCENT, shortMonthLabel } from "../../src/sidebar/change";

describe("changeNote", () => {
  // Percentages printed in the seed report (shared/seed/laporan-layanan-informasi-2023-11.txt).
  it.each([
    [988, 1134, "\u221212,9%"], // WhatsApp: "turun 12,9%" from October (1.134)
    [988, 1099, "\u221210,1%"], // WhatsApp: "turun sebesar 10,1%" from November 2022 (1.099)
    [23, 17, "+35,3%"], // Live Chat: "naik 35,3%"
    [23, 6, "+283,3%"], // Live Chat: "naik 283,3%"
    [10, 17, "\u221241,2%"], // Publikasi website: "turun 41,2%"
  ])("%d against %d is %s", (current, reference, text) => {
    expect(changeNote(current, reference)?.text).toBe(text);
  });

  it("flags a change beyond ±50% as a likely typing slip, and only that", () => {
    expect(changeNote(9880, 1134)?.large).toBe(true); // 988 typed with an extra 0
    expect(changeNote(98, 1134)?.large).toBe(true); // a digit left out
    expect(changeNote(21, 14)).toEqual({ text: "+50,0%", large: false }); // exactly the limit
    expect(changeNote(988, 1134)?.large).toBe(false);
    expect(LARGE_CHANGE_PERCENT).toBe(50);
  });

  it("says nothing without both figures, and never prints Infinity for a zero base", () => {
    expect(changeNote(undefined, 14)).toBeUndefined();
    expect(changeNote(21, null)).toBeUndefined();
    expect(changeNote(5, 0)).toEqual({ text: "naik dari 0", large: false });
    expect(changeNote(0, 0)).toEqual({ text: "tetap", large: false });
    expect(changeNote(51, 51)).toEqual({ text: "tetap", large: false });
  });
});

describe("reference labels", () => {
  it("names months short and prints figures the Indonesian way", () => {
    expect(shortMonthLabel(toMonth("2023-10"))).toBe("Okt 2023");
    expect(shortMonthLabel(toMonth("2022-11"))).toBe("Nov 2022");
    expect(figureText(1271)).toBe("1.271");
    expect(figureText(4.85, "decimal")).toBe("4,85");
    expect(figureText(41.176, "percent")).toBe("41,2%");
    expect(figureText(null)).toBe("\u2013");
  });
});
