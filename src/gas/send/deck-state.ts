/**
 * Whether the month's deck in Riwayat still shows the workbook's figures: the fingerprint of the
 * data now (as Buat Laporan writes it) against the deck row's "Sidik Data". The
 * e-mail states figures, so it is only composed while they are the deck's.
 */
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

/**
 * `key`: the month or period as Riwayat holds it (`2023-11`, `2023-Q3`); `fingerprint`: its data's
 * now, as Buat Laporan would record it (a month's: dataFingerprint).
 */
export function deckState(
  history: RawTab | undefined,
  key: string,
  fingerprint: string,
): DeckState | undefined {
  const deck = previousDeck(history, key);
  if (!deck) return undefined;
  const recorded = deckFingerprint(history, key, deck.presentationId);
  return { deck, fingerprint, unchanged: recorded !== "" && recorded === fingerprint };
}
