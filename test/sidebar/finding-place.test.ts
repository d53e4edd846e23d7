import { describe, expect, it } from "vitest";
import { channel } from "../../src/core/workbook/channels";
import { parseChannelRows } from "../../src/core/workbook/parse";
import { columnKeyOf, reasonOf, rowPositionOf } from "../../src/sidebar/finding-place";

describe("finding places", () => {
  it("keeps only the reason of a parser finding for the message under its field", () => {
    const [finding] = parseChannelRows(channel("ppid"), "2023-11", [["2l"]]).findings;
    expect(finding?.message).toMatch(/^Tab "PPID", baris 2, kolom B \(Permohonan\): /);
    expect(reasonOf(finding?.message ?? "")).toMatch(/^"2l" bukan angka/);
    expect(reasonOf("wajib diisi.")).toBe("Wajib diisi.");
  });

  it("finds the column by its header", () => {
    expect(columnKeyOf(channel("webinar"), "Judul")).toBe("judul");
    expect(columnKeyOf(channel("webinar"), "Bulan")).toBeUndefined();
    expect(columnKeyOf(channel("webinar"), undefined)).toBeUndefined();
  });

  it("reads a rejected save's row as the request's own numbering from 1", () => {
    expect(rowPositionOf(1, 3)).toBe(0);
    expect(rowPositionOf(3, 3)).toBe(2);
    // Outside the rows sent, or no row: belongs to no row.
    expect(rowPositionOf(4, 3)).toBeUndefined();
    expect(rowPositionOf(0, 3)).toBeUndefined();
    expect(rowPositionOf(undefined, 1)).toBeUndefined();
  });
});
