/**
 * Which logged fake calls are round trips to Google. A round trip carries data between the
 * script and a Google backend or the user's browser: the Sheets, Slides and Drive advanced
 * services, DriveApp, SpreadsheetApp calls that read or write the document, and what is shown
 * to the user (a sidebar, a dialog, an alert). Not round trips, shown apart:
 * - handles: SpreadsheetApp.getActiveSpreadsheet / getActive / getUi and Spreadsheet.getId name
 *   the document the script is bound to, which Apps Script knows when the execution starts;
 * - local: LockService, Session, Utilities, PropertiesService, CacheService, Logger, Blob and building
 *   HtmlService output (it reaches the user with the showSidebar call, which is counted).
 *   The lock and property stores are services too, but cheap ones next to a document round trip.
 */
import type { Call } from "../test/fakes/calls";

export type CallClass = "roundTrip" | "handle" | "local";

const REMOTE_SERVICES = new Set(["Sheets", "Slides", "Drive", "DriveApp"]);
const LOCAL_SERVICES = new Set([
  "LockService",
  "Session",
  "Utilities",
  "PropertiesService",
  "CacheService",
  "Logger",
  "HtmlService",
  // A Blob's methods (getBytes, setName) work on bytes the script already holds.
  "Blob",
]);
const HANDLES = new Set(["getActiveSpreadsheet", "getActive", "getUi", "Spreadsheet.getId"]);
/** UI building that is sent with the call that shows it (`Menu.addToUi`, `Ui.showSidebar`). */
const UI_LOCAL = new Set(["Ui.createMenu", "Ui.createAddonMenu", "Menu.addItem", "Menu.addSeparator"]);

export function classify(call: Call): CallClass {
  if (REMOTE_SERVICES.has(call.service)) return "roundTrip";
  if (LOCAL_SERVICES.has(call.service)) return "local";
  if (call.service === "SpreadsheetApp") {
    if (HANDLES.has(call.method)) return "handle";
    if (UI_LOCAL.has(call.method)) return "local";
  }
  // SpreadsheetApp document reads and writes, UI output, and any service not listed above.
  return "roundTrip";
}

/** `Sheets.Spreadsheets.Values.batchGet` */
export const callKey = (call: Call): string => `${call.service}.${call.method}`;

export interface ClassifiedCalls {
  /** Round trips by call key, in the order first made. */
  roundTrips: Map<string, number>;
  handles: number;
  local: number;
}

export function classifyAll(calls: readonly Call[]): ClassifiedCalls {
  const result: ClassifiedCalls = { roundTrips: new Map(), handles: 0, local: 0 };
  for (const call of calls) {
    const kind = classify(call);
    if (kind === "roundTrip") {
      const key = callKey(call);
      result.roundTrips.set(key, (result.roundTrips.get(key) ?? 0) + 1);
    } else if (kind === "handle") result.handles += 1;
    else result.local += 1;
  }
  return result;
}

export const roundTripTotal = (calls: ClassifiedCalls): number =>
  [...calls.roundTrips.values()].reduce((a, b) => a + b, 0);
