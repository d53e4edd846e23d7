/**
 * The deck a report goes into: the month's existing presentation (rebuilt in place, so its link
 * keeps working) or a new file (a copy of the template, or an empty presentation), and what the
 * renderer needs to know about it.
 */
import type { Deck } from "../../report/deck";
import { createDeckFile, deckUrl, isUsable } from "../drive";
import type { PreviousDeck } from "../history";
import type { ReportServices, SlidesService } from "./services";
import { errorText } from "./stages";

export interface Target {
  id: string;
  /** False: the month's existing deck, rebuilt in place. */
  created: boolean;
}

/** A 16:9 page, as the Deck is laid out: 10 x 5,625 inch. */
const PAGE_16_9 = { width: 9_144_000, height: 5_143_500 };

/** A Drive ID from an ID or a pasted link (`.../d/<id>/edit`, `.../folders/<id>`). */
export function driveId(setting: unknown): string {
  const text = String(setting ?? "").trim();
  const match =
    /\/(?:d|folders)\/([a-zA-Z0-9_-]{10,})/.exec(text) ?? /[?&]id=([a-zA-Z0-9_-]{10,})/.exec(text);
  return match?.[1] ?? text;
}

export function targetDeck(
  services: Pick<ReportServices, "drive">,
  previous: PreviousDeck | undefined,
  deck: Deck,
  place: { template: string; folder: string },
): Target {
  if (previous && usable(services, previous.presentationId)) {
    return { id: previous.presentationId, created: false };
  }
  const id = createDeckFile(services.drive, {
    name: deck.title,
    folderId: place.folder,
    templateId: place.template,
  });
  return { id, created: true };
}

function usable(services: Pick<ReportServices, "drive">, id: string): boolean {
  try {
    return isUsable(services.drive, id);
  } catch (error) {
    throw new Error(
      `Presentasi bulan ini (${deckUrl(id)}) tidak dapat diperiksa di Drive: ${errorText(error)} Presentasi itu tidak diubah; coba lagi sebentar lagi.`,
    );
  }
}

export interface PresentationInfo {
  slideIds: string[];
  layoutId: string | undefined;
  pageIs16by9: boolean;
}

export function presentationInfo(slides: SlidesService, presentationId: string): PresentationInfo {
  // The advanced service takes a field mask, though its type declaration lists one argument.
  const get = slides.Presentations.get as unknown as (
    id: string,
    args: object,
  ) => GoogleAppsScript.Slides.Schema.Presentation;
  const presentation = get.call(slides.Presentations, presentationId, {
    fields: "pageSize,slides(objectId),layouts(objectId,layoutProperties(name))",
  });
  const blank = (presentation.layouts ?? []).find((l) => l.layoutProperties?.name === "BLANK");
  const size = presentation.pageSize;
  const ratio = (size?.width?.magnitude ?? PAGE_16_9.width) / (size?.height?.magnitude ?? PAGE_16_9.height);
  return {
    slideIds: (presentation.slides ?? []).flatMap((s) => (s.objectId ? [s.objectId] : [])),
    layoutId: blank?.objectId ?? undefined,
    pageIs16by9: Math.abs(ratio - PAGE_16_9.width / PAGE_16_9.height) < 0.01,
  };
}
