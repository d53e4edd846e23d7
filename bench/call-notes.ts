/**
 * What each round trip is, and what removing it would take: printed next to the counts and
 * in bench/RESULTS.md where a target is missed.
 */
export interface CallNote {
  what: string;
  /** How the call could go, when it could. */
  remove?: string;
}

export const CALL_NOTES: Record<string, CallNote> = {
  "SpreadsheetApp.Ui.showSidebar": { what: "the sidebar page, sent to the user's browser" },
  "SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone": {
    what: "the spreadsheet's time zone, for the timestamp of the Riwayat or Log row",
    remove:
      "ask for `properties.timeZone` in the field mask of the Sheets.Spreadsheets.get the generation already makes, or use Session.getScriptTimeZone() (local; appsscript.json sets Asia/Jakarta). src/gas/main.ts calls it eagerly in reportServices() and simpanKanal",
  },
  "Sheets.Spreadsheets.get": {
    what: "tab titles, sheet IDs, grid sizes and the IDs of existing charts (a save: only when a full tab must grow)",
    remove:
      "needed for the chart batch (sheet and chart IDs); a save could grow a full tab without it by writing with values.append, which adds rows itself",
  },
  "Sheets.Spreadsheets.Values.batchGet": {
    what: "every tab the action reads, in one call",
  },
  "Sheets.Spreadsheets.batchUpdate": {
    what: "chart data, every Sheets chart (created or updated) and room for the Riwayat row, in one batch; a save: rows added to a full tab",
  },
  "Drive.Files.create": { what: "the new deck's file, in the Pengaturan folder" },
  "Drive.Files.copy": { what: "the new deck as a copy of the template, in the Pengaturan folder" },
  "Drive.Files.get": { what: "whether the month's earlier deck still exists (regenerated in place)" },
  "Drive.Files.update": { what: "a half-built deck moved to the trash, or the PDF replaced" },
  "Slides.Presentations.get": {
    what: "the deck's slide IDs (to delete), its BLANK layout and page size",
    remove:
      "for a new empty deck, Slides.Presentations.create returns the same in its answer, but then the file must be moved into the folder (Drive.Files.update): no saving",
  },
  "Slides.Presentations.batchUpdate": {
    what: "every slide, shape, text, table and linked chart, in one atomic batch",
  },
  "Drive.Permissions.create": {
    what: "sharing as Pengaturan says",
    remove: "none when the folder is already shared (the deck inherits it) and Pengaturan says so",
  },
  "Sheets.Spreadsheets.Values.batchUpdate": {
    what: "written values in one call: the Riwayat row (generation), or the channel's rows and the Log entries (save)",
  },
  "DriveApp.getFileById": { what: "the deck as PDF (only when Pengaturan asks for a PDF)" },
};

export const noteOf = (key: string): string => CALL_NOTES[key]?.what ?? "";
