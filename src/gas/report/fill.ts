/**
 * Filling the target deck: the Deck rendered to Slides requests and sent in as few calls as the
 * call budget allows (one for any ordinary month, see report/chunks.ts). A failure never leaves
 * a half-built deck behind: a new file is trashed; an existing deck gets back exactly its old
 * slides (the new ones made by earlier calls are deleted again; its old ones were never touched).
 */
import { formatNumber } from "../../core/words/format";
import type { Deck } from "../../report/deck";
import { deckUrl, trashFile } from "../drive";
import { buildSlidesRequests, type LinkedChart } from "../slides/requests";
import { type CallBudget, planCalls } from "./chunks";
import { type DeckIdentity, markableKey, markerId, markerRequest } from "./deck-marker";
import type { ReportServices, SlidesService } from "./services";
import { errorText } from "./stages";
import type { Target } from "./target";

export function fillDeck(
  services: Pick<ReportServices, "slides" | "drive">,
  target: Target,
  deck: Deck,
  links: Record<string, LinkedChart>,
  notes: string[],
  budget?: CallBudget,
  identity?: DeckIdentity,
): void {
  const created: string[] = [];
  try {
    const info = target.info;
    if (!info.pageIs16by9) {
      notes.push(
        "Ukuran halaman presentasi bukan 16:9; letak isi slide mungkin bergeser. Pakai template 16:9.",
      );
    }
    const batch = buildSlidesRequests(deck, {
      existingSlideIds: info.slideIds,
      charts: links,
      ...(info.layoutId ? { layoutId: info.layoutId } : {}),
      unitName: deck.unit,
    });
    const calls = planCalls(batch, info.slideIds, budget);
    const cover = batch.slideIds[0];
    const lastCall = calls[calls.length - 1];
    if (identity && markableKey(identity.key) && cover && lastCall) {
      // With the old slides' deletion, in the last call: the deck is marked as this period's
      // only once it is whole (deck-marker.ts). The generation part is the slides' ID prefix.
      const generation = cover.split("_")[0] ?? "r";
      lastCall.requests.push(markerRequest(markerId(identity, target.id, generation), cover));
    }
    for (const call of calls) {
      services.slides.Presentations.batchUpdate({ requests: call.requests }, target.id);
      created.push(...call.slideIds);
    }
  } catch (error) {
    const message = errorText(error);
    throw new Error(
      target.created
        ? newDeckFailure(services, target.id, message)
        : existingDeckFailure(services.slides, target.id, message, created),
    );
  }
}

function newDeckFailure(services: Pick<ReportServices, "drive">, id: string, message: string): string {
  return trashFile(services.drive, id)
    ? `${message} Presentasi baru yang belum jadi sudah dipindahkan ke Sampah.`
    : `${message} Presentasi baru yang belum jadi tidak dapat dipindahkan ke Sampah; hapus sendiri: ${deckUrl(id)}`;
}

/** The old slides are deleted only by the last call, so undoing the earlier calls restores the deck. */
function existingDeckFailure(slides: SlidesService, id: string, message: string, created: string[]): string {
  const unchanged = "Presentasi yang sudah ada tidak diubah.";
  if (created.length === 0) return `${message} ${unchanged}`;
  const count = formatNumber(created.length);
  try {
    slides.Presentations.batchUpdate(
      { requests: created.map((objectId) => ({ deleteObject: { objectId } })) },
      id,
    );
    return `${message} ${count} slide baru yang sempat dibuat sudah dihapus lagi. ${unchanged}`;
  } catch (error) {
    return `${message} Slide lama tidak diubah, tetapi ${count} slide baru yang belum jadi (sesudah slide lama) tidak dapat dihapus (${errorText(error)}); hapus sendiri: ${deckUrl(id)}`;
  }
}
