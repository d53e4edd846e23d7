/**
 * The benchmark's counting rules: which fake calls are round trips (checked against the names
 * the fakes really log, so a renamed fake cannot silently drop out of the count), and the
 * element-by-element estimate of a deck, counted by hand on small decks and batches.
 */
import { describe, expect, it } from "vitest";
import { classify, classifyAll, roundTripTotal } from "../../bench/classify";
import { deckCalls, requestCalls, requestKinds } from "../../bench/element-calls";
import type { Deck } from "../../src/report/deck";
import { createFakeEnv } from "../fakes/env";

describe("classify", () => {
  it("counts the document and the Google APIs as round trips, handles and local services apart", () => {
    const env = createFakeEnv({
      sheets: { PPID: [["Bulan", "Permohonan"]] },
      htmlFiles: { Sidebar: "<p>s</p>" },
    });
    const spreadsheet = env.SpreadsheetApp.getActiveSpreadsheet(); // handle
    const id = spreadsheet.getId(); // handle
    spreadsheet.getSpreadsheetTimeZone(); // round trip: reads the document
    env.Sheets.Spreadsheets.Values.batchGet(id, { ranges: ["'PPID'"] }); // round trip
    env.LockService.getDocumentLock().tryLock(1000); // local: 2 calls
    env.Session.getActiveUser().getEmail(); // local: 2 calls
    const page = env.HtmlService.createHtmlOutputFromFile("Sidebar"); // local
    env.SpreadsheetApp.getUi().showSidebar(page as never); // handle, then a round trip to the browser

    const calls = classifyAll(env.calls.list());
    expect([...calls.roundTrips]).toEqual([
      ["SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone", 1],
      ["Sheets.Spreadsheets.Values.batchGet", 1],
      ["SpreadsheetApp.Ui.showSidebar", 1],
    ]);
    expect(roundTripTotal(calls)).toBe(3);
    expect(calls.handles).toBe(3);
    expect(calls.local).toBe(5);
  });

  it("treats a service it does not know as a round trip", () => {
    expect(classify({ service: "GmailApp", method: "sendEmail" })).toBe("roundTrip");
    expect(classify({ service: "Slides", method: "Presentations.batchUpdate" })).toBe("roundTrip");
    expect(classify({ service: "DriveApp", method: "getFileById" })).toBe("roundTrip");
    expect(classify({ service: "PropertiesService", method: "getDocumentProperties" })).toBe("local");
  });
});

const box = { x: 0, y: 0, w: 1, h: 1 };

describe("deckCalls", () => {
  it("counts one call per slide, element, non-empty text run and non-empty table cell", () => {
    const deck: Deck = {
      title: "t",
      unit: "u",
      monthLabel: "November 2023",
      slides: [
        { id: "s1", title: "a", kind: "cover", elements: [] },
        {
          id: "s2",
          title: "b",
          kind: "content",
          elements: [
            {
              type: "text",
              box,
              style: "body",
              fontSize: 12,
              paragraphs: [
                { runs: [{ text: "naik " }, { text: "41,2%", bold: true }] },
                { runs: [{ text: "" }] },
              ],
            },
            { type: "kpi", box, value: "21", label: "Layanan PPID" },
            {
              type: "table",
              box,
              header: ["Tanggal", "Judul"],
              rows: [
                ["6/11", "Rapat"],
                ["7/11", " "],
              ],
              columnWidths: [0.3, 0.7],
              fontSize: 10,
            },
            { type: "chart", box, kind: "bar", title: "PPID", categories: ["Nov"], series: [] },
          ],
        },
      ],
    };
    // 2 slides; 4 elements; runs: 2 (text, the empty one left out) + 2 (KPI value and label);
    // cells: 2 header + 3 filled (the blank one left out).
    expect(deckCalls(deck)).toEqual({ slides: 2, shapes: 4, runs: 4, cells: 5, total: 15 });
  });
});

describe("requestCalls", () => {
  it("counts each request once, and the requests on one table cell once together", () => {
    const cell = (row: number, column: number) => ({
      objectId: "tbl",
      cellLocation: { rowIndex: row, columnIndex: column },
    });
    const requests = [
      { createSlide: { objectId: "p1" } },
      { createTable: { objectId: "tbl", rows: 2, columns: 1 } },
      { insertText: { ...cell(0, 0), text: "Tanggal" } },
      { updateTextStyle: { ...cell(0, 0), fields: "bold" } },
      { updateParagraphStyle: { ...cell(0, 0), fields: "alignment" } },
      { insertText: { ...cell(1, 0), text: "6/11" } },
      { insertText: { objectId: "other", cellLocation: { rowIndex: 1, columnIndex: 0 }, text: "x" } },
    ];
    expect(requestCalls(requests)).toBe(5);
    expect(requestKinds(requests)).toEqual({
      createSlide: 1,
      createTable: 1,
      insertText: 3,
      updateTextStyle: 1,
      updateParagraphStyle: 1,
    });
  });
});
