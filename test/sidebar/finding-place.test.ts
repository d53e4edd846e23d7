import { describe, expect, it } from "vitest";
import { channel } from "../../src/core/channels";
import { parseChannelRows } from "../../src/core/parse";
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

  it("reads a row as a loaded sheet row, else as the request's own numbering from 2", () => {
    // Loaded from sheet rows 40-42: sheet row 41 is the second row.
    expect(rowPositionOf(41, [40, 41, 42], 3)).toBe(1);
    // The request's rows numbered 2, 3, ... (parseChannelRows' default).
    expect(rowPositionOf(3, [40, 41, 42], 3)).toBe(1);
    expect(rowPositionOf(2, [], 1)).toBe(0);
    // Outside the rows sent, or no row: belongs to no row.
    expect(rowPositionOf(9, [], 2)).toBeUndefined();
    expect(rowPositionOf(undefined, [2], 1)).toBeUndefined();
  });
});
