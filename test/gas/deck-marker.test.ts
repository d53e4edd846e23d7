/** The deck marker and the Drive ID check, as pure functions (the bundle tests run them end to end). */
import { describe, expect, it } from "vitest";
import { deckUrl, isDriveId } from "../../src/gas/drive";
import { belonging, markerId, markerRequest, parseMarker } from "../../src/gas/report/deck-marker";
import { OBJECT_ID_PATTERN } from "../../src/gas/slides/ids";
import { validateRequests } from "../helpers/slides-validator";

const WORKBOOK = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFG";
const DECK = "1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210zyxwVUT";

describe("isDriveId", () => {
  it("accepts Drive's IDs and refuses anything that could change a link", () => {
    expect(isDriveId(DECK)).toBe(true);
    expect(isDriveId("fake-presentation-0001")).toBe(true);
    for (const bad of [
      "x/../../../url?q=https://evil.example/login#",
      "abc",
      "a b c d e f g h",
      "1234567890#x",
      "",
      42,
    ]) {
      expect(isDriveId(bad), String(bad)).toBe(false);
    }
    expect(() => deckUrl("x/../../../url?q=https://evil.example/login#")).toThrow(
      "bukan ID file Google Drive",
    );
  });
});

describe("the marker", () => {
  it("is a valid object ID that names workbook, file and period as-is, even the longest period key", () => {
    for (const key of ["2023-11", "2023-Q3", "2023-S2", "2023"]) {
      const id = markerId({ workbook: WORKBOOK, key }, DECK, "r1a2b3c4d");
      expect(id).toMatch(OBJECT_ID_PATTERN);
      expect(parseMarker(id)?.key).toBe(key);
    }
    expect(markerId({ workbook: WORKBOOK, key: "2023-11" }, DECK, "r1a2b3c4d").length).toBeLessThanOrEqual(
      50,
    );
  });

  it("is one request the Slides validator accepts, inside the page", () => {
    const request = markerRequest(
      markerId({ workbook: WORKBOOK, key: "2023-11" }, DECK, "r1a2b3c4d"),
      "cover",
    );
    expect(validateRequests([request], { existingObjectIds: ["cover"] })).toEqual([]);
  });

  it("tells this month's deck from another month's, another workbook's, a copy, and an unmarked file", () => {
    const identity = { workbook: WORKBOOK, key: "2023-11" };
    const mark = (workbook: string, deck: string, key: string) =>
      markerId({ workbook, key }, deck, "r00000000");
    expect(belonging([mark(WORKBOOK, DECK, "2023-11")], identity, DECK)).toEqual({ kind: "ours" });
    expect(belonging([mark(WORKBOOK, DECK, "2023-10")], identity, DECK)).toEqual({
      kind: "other-period",
      key: "2023-10",
    });
    expect(belonging([mark("another-workbook-id", DECK, "2023-11")], identity, DECK)).toEqual({
      kind: "foreign",
    });
    expect(belonging([mark(WORKBOOK, "another-deck-id-0001", "2023-11")], identity, DECK)).toEqual({
      kind: "foreign",
    });
    expect(belonging([], identity, DECK)).toEqual({ kind: "unmarked" });
  });
});
