/**
 * One workbook's figures: the round trips of each action (through the built bundle and the
 * fakes), what drawing its deck element by element would cost, and the pure pipeline's time.
 */

import { checkMonth, missingKeys } from "../src/core/judgement/report-check";
import type { Month } from "../src/core/workbook/period";
import type { RawWorkbook } from "../src/core/workbook/types";
import { DATA_TABS } from "../src/gas/sheets-values";
import type { Deck } from "../src/report/deck";
import { buildDeck } from "../src/report/layout";
import { type Action, runActions } from "./calls";
import { type ClassifiedCalls, classifyAll, roundTripTotal } from "./classify";
import { type DeckCalls, deckCalls, requestCalls, requestKinds } from "./element-calls";
import { dataRowCount } from "./history-data";
import { medianMs } from "./timing";

export interface ActionFigures {
  calls: ClassifiedCalls;
  roundTrips: number;
  /** The same action done tab by tab / cell by cell / element by element (see naiveCalls). */
  naive: number;
}

export interface WorkbookFigures {
  label: string;
  dataRows: number;
  slides: number;
  actions: Record<Action, ActionFigures>;
  slidesBatches: number;
  slidesRequests: number;
  requestKinds: Record<string, number>;
  /** Element by element, one call per request of our batch (cell requests once per cell). */
  requestCalls: number;
  /** Element by element, one call per slide, element, text run and table cell of the Deck. */
  deckCalls: DeckCalls;
  pipelineMs: number;
}

/** The generation's pure part, as src/gas/report/generate.ts runs it: parse, check, compare, lay out. */
export function pipeline(raw: RawWorkbook, month: Month): Deck {
  const check = checkMonth(raw, month);
  return buildDeck(check.data, month, { missing: missingKeys(check.missing) });
}

const count = (calls: ClassifiedCalls, key: string): number => calls.roundTrips.get(key) ?? 0;

/**
 * The same action without batching:
 * - muatBulan: one getValues per tab read (the tabs the one spreadsheets.get reads);
 * - simpanKanal: the tab and the Log read apart (2), one setValue per changed cell and one
 *   appendRow per Log entry, instead of one spreadsheets.get and one batchUpdate;
 * - buatLaporanBulan: the Slides batch replaced by one SlidesApp call per slide, element,
 *   text run and table cell of the Deck (the floor; see element-calls.ts).
 */
function naiveCalls(action: Action, calls: ClassifiedCalls, changed: number, deck: DeckCalls): number {
  const total = roundTripTotal(calls);
  switch (action) {
    case "bukaSidebar":
      return total;
    case "muatBulan":
      return total - count(calls, "Sheets.Spreadsheets.get") + DATA_TABS.length;
    case "simpanKanal PPID":
    case "simpanKanal Webinar":
      return (
        total -
        1 - // the one read (spreadsheets.get)
        count(calls, "Sheets.Spreadsheets.Values.batchUpdate") +
        2 +
        2 * changed
      );
    case "buatLaporanBulan":
    case "buatLaporanBulan (again)":
      return total - count(calls, "Slides.Presentations.batchUpdate") + deck.total;
  }
}

export async function measureWorkbook(
  label: string,
  raw: RawWorkbook,
  month: Month,
  source: string,
  runs: number,
): Promise<WorkbookFigures> {
  const run = runActions(raw, month, source);
  const deck = pipeline(raw, month);
  const floor = deckCalls(deck);
  const actions = Object.fromEntries(
    Object.entries(run.actions).map(([name, action]) => {
      const calls = classifyAll(action.calls);
      const figures: ActionFigures = {
        calls,
        roundTrips: roundTripTotal(calls),
        naive: naiveCalls(name as Action, calls, action.changedCells ?? 0, floor),
      };
      return [name, figures];
    }),
  ) as Record<Action, ActionFigures>;
  return {
    label,
    dataRows: dataRowCount(raw),
    slides: deck.slides.length,
    actions,
    slidesBatches: run.slidesBatches,
    slidesRequests: run.slidesRequests.length,
    requestKinds: requestKinds(run.slidesRequests),
    requestCalls: requestCalls(run.slidesRequests),
    deckCalls: floor,
    pipelineMs: await medianMs(() => pipeline(raw, month), runs),
  };
}
