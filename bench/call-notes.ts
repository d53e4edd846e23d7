/**
 * What each round trip is, and what removing it would take, per kind of action: printed next to
 * the counts and in bench/RESULTS.md where a target is missed.
 */
export interface CallNote {
  what: string;
  /** How the call could go, when it could. */
  remove?: string;
}

export type Context = "generate" | "save" | "other";

const GENERATE: Record<string, CallNote> = {
  "Sheets.Spreadsheets.get": {
    what: "the workbook: every data tab, Pengaturan and Riwayat (values, number-format types, merges, Riwayat's grid size), in one call; in place also the year's chart spreadsheet (its chart tab, the IDs of its charts and column A; not made for the year's first report, which creates it)",
  },
  "Sheets.Spreadsheets.batchUpdate": {
    what: "chart data and every Sheets chart (created or updated), in the year's chart spreadsheet, in one batch",
  },
  "Drive.Files.create": {
    what: "the new deck's file, in the Pengaturan folder; for a year's first report also the year's chart spreadsheet there",
  },
  "Drive.Files.copy": { what: "the new deck as a copy of the template, in the Pengaturan folder" },
  "Drive.Files.get": {
    what: "whether the month's earlier deck is in the trash (\"not found\" when a colleague made it: their drive.file grant, not this user's; then Slides decides)",
  },
  "Slides.Presentations.get": {
    what: "the deck's slide IDs (to delete in the batch), its BLANK layout, page size, name and the tool's marker (is it this month's deck?)",
    remove:
      "for a new empty deck Slides.Presentations.create answers the same, but the file must then be moved into the folder (Drive.Files.update): no net saving",
  },
  "Slides.Presentations.batchUpdate": {
    what: "every slide, shape, text, table and linked chart, in one atomic batch",
  },
  "Drive.Permissions.create": {
    what: "sharing as Pengaturan says",
    remove: "could be skipped when the folder is already shared as wanted (the deck inherits it)",
  },
  "Sheets.Spreadsheets.Values.batchUpdate": { what: "the Riwayat row" },
  "DriveApp.getFileById": { what: "the deck as PDF (only when Pengaturan asks for a PDF)" },
};

const SAVE: Record<string, CallNote> = {
  "Sheets.Spreadsheets.get": {
    what: "every data tab (values, types, merges) and column A of Log, with their sheet IDs, in one call",
  },
  "Sheets.Spreadsheets.batchUpdate": {
    what: "rows inserted and removed as rows, the grid grown if full, the changed cells and the Log entries, in one batch",
  },
  "Sheets.Spreadsheets.Values.batchUpdate": {
    what: "the changed cells and the Log entries, in one call (when no row is inserted or removed)",
  },
};

const OTHER: Record<string, CallNote> = {
  "SpreadsheetApp.Ui.showSidebar": { what: "the sidebar page, sent to the user's browser" },
  "Sheets.Spreadsheets.get": {
    what: "every data tab and Pengaturan (values, number-format types, merges), in one call",
  },
};

const NOTES: Record<Context, Record<string, CallNote>> = { generate: GENERATE, save: SAVE, other: OTHER };

export function noteOf(context: Context, key: string): CallNote | undefined {
  return NOTES[context][key];
}
