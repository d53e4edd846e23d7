/** Dates in the forms spreadsheets export, read the same by the sidebar, the Sheets parse and the CLI. */
import { describe, expect, it } from "vitest";
import { channel } from "../../../src/core/workbook/channels";
import { dateExamples, exportedDateParts } from "../../../src/core/workbook/date-text";
import { parseChannelRows } from "../../../src/core/workbook/parse";
import { parseMonth } from "../../../src/core/workbook/period";
import { readCell } from "../../../src/core/workbook/schema";

const tanggal = channel("webinar").columns[0];
if (tanggal?.type !== "date") throw new Error("Webinar's first column is its date");
const read = (text: string) => readCell(tanggal, text);

describe("dates as spreadsheets export them", () => {
  it.each([
    ["6/11/23", "2023-11-06"],
    ["06-Nov-23", "2023-11-06"],
    ["06-Okt-23", "2023-10-06"],
    ["6 November 2023", "2023-11-06"],
    ["6 Nov 2023", "2023-11-06"],
    ["6 October 2023", "2023-10-06"],
    ["06-Dec-23", "2023-12-06"],
    ["6 Des 2023", "2023-12-06"],
    ["1 May 2024", "2024-05-01"],
    ["October 6, 2023", "2023-10-06"],
    ["6.11.2023", "2023-11-06"],
    ["2023-11-06", "2023-11-06"],
  ])("%s is %s", (text, iso) => {
    expect(read(text)).toEqual({ ok: true, value: iso });
  });

  it("refuses what is no date, and a day the month does not have", () => {
    expect(read("06-Xyz-23").ok).toBe(false);
    expect(read("31-Nov-23")).toMatchObject({ ok: false, code: "bad-date" });
    expect(exportedDateParts("Webinar 6")).toBeUndefined();
  });

  it("a message's example dates are in the month being filled", () => {
    const october = parseMonth("2023-10");
    if (!october.ok) throw new Error("month");
    expect(dateExamples(october.month)).toBe("2023-10-06, 6/10/2023 atau 6 Oktober 2023");
    const parsed = parseChannelRows(channel("webinar"), "2024-02", [["kemarin", "Judul", null]]);
    const message = parsed.findings.find((f) => f.code === "bad-date")?.message ?? "";
    expect(message).toContain("2024-02-06, 6/2/2024 atau 6 Februari 2024");
    expect(message).not.toContain("November 2023");
  });
});
