/**
 * Whether the month's deck in Riwayat still shows the workbook's figures: the fingerprint of the
 * data now (dataFingerprint, as Buat Laporan writes it) against the deck row's "Sidik Data". The
 * e-mail states figures, so it is only composed while they are the deck's.
 */
import { dataFingerprint } from "../../core/judgement/report-check";
import type { WorkbookData } from "../../core/workbook/data";
import type { Month } from "../../core/workbook/period";
import type { RawTab } from "../../core/workbook/types";
import { type PreviousDeck, previousDeck } from "../history";
import { deckFingerprint } from "./history";

export interface DeckState {
  deck: PreviousDeck;
  /** The fingerprint of the data now. */
  fingerprint: string;
  /** True when the deck was made from exactly this data (e-mail settings aside). */
  unchanged: boolean;
}

export function deckState(
  history: RawTab | undefined,
  month: Month,
  data: WorkbookData,
): DeckState | undefined {
  const deck = previousDeck(history, month);
  if (!deck) return undefined;
  const fingerprint = dataFingerprint(data, month);
  const recorded = deckFingerprint(history, month, deck.presentationId);
  return { deck, fingerprint, unchanged: recorded !== "" && recorded === fingerprint };
}
