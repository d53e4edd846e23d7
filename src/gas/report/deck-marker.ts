/**
 * How the tool knows its own decks. Riwayat is an ordinary tab staff can edit, so the ID it names
 * is not proof that the file is this month's report: it could be October's deck, the template, or
 * any presentation. Every deck the tool fills carries a marker: an empty, invisible text box on
 * the cover whose object ID says which workbook, which file and which period it was made for:
 *
 *   lm_<hash of the workbook ID>_<hash of the presentation ID>_<period key>_<generation>
 *
 * The period key is Riwayat's Bulan text as-is (`2023-11`; a longer period such as `2023-Q3`
 * works the same). The presentation's own ID is in it so a copy (File > Make a copy of a report,
 * or a template made from one) is not taken for the original. The generation part keeps the new
 * marker's ID apart from the old one while both exist during a rebuild. Object IDs survive in
 * Google Slides as the API set them, and reading them is part of the Slides `get` a rebuild makes
 * anyway, so the check costs no call.
 */
import { hash32 } from "../slides/ids";
import type { Request } from "../slides/units";

export const MARKER_PREFIX = "lm_";
const MARKER = /^lm_([0-9a-f]{8})_([0-9a-f]{8})_([A-Za-z0-9-]{1,19})_([A-Za-z0-9]{1,12})$/;
/** One point: an empty text box this small shows nothing, on screen, in print or in a PDF. */
const MARKER_SIZE_EMU = 12_700;

export interface DeckIdentity {
  /** The workbook's spreadsheet ID. */
  workbook: string;
  /** The period as Riwayat's Bulan holds it (`2023-11`). */
  key: string;
}

export interface Marker {
  workbook: string;
  presentation: string;
  key: string;
}

/** Whether a period key fits in a marker (Riwayat's Bulan text: letters, digits and `-`). */
export const markableKey = (key: string): boolean => /^[A-Za-z0-9-]{1,19}$/.test(key);

export function markerId(identity: DeckIdentity, presentationId: string, generation: string): string {
  return `${MARKER_PREFIX}${hash32(identity.workbook)}_${hash32(presentationId)}_${identity.key}_${generation}`;
}

export function parseMarker(objectId: string): Marker | undefined {
  const match = MARKER.exec(objectId);
  if (!match) return undefined;
  return { workbook: match[1] ?? "", presentation: match[2] ?? "", key: match[3] ?? "" };
}

/** The request that puts the marker on the cover slide (sent with the batch that builds the deck). */
export function markerRequest(objectId: string, coverSlideId: string): Request {
  return {
    createShape: {
      objectId,
      shapeType: "TEXT_BOX",
      elementProperties: {
        pageObjectId: coverSlideId,
        size: {
          width: { magnitude: MARKER_SIZE_EMU, unit: "EMU" },
          height: { magnitude: MARKER_SIZE_EMU, unit: "EMU" },
        },
        transform: { scaleX: 1, scaleY: 1, translateX: 0, translateY: 0, unit: "EMU" },
      },
    },
  };
}

/** What the markers on a deck say about it, for this workbook, file and period. */
export type Belonging =
  | { kind: "ours" }
  /** No marker: a deck made before markers existed, or not by the tool. */
  | { kind: "unmarked" }
  /** Made by the tool for another period of this workbook (`key`). */
  | { kind: "other-period"; key: string }
  /** Made by the tool, but for another workbook or as another file (a copy). */
  | { kind: "foreign" };

export function belonging(
  markers: readonly string[],
  identity: DeckIdentity,
  presentationId: string,
): Belonging {
  const parsed = markers.flatMap((id) => {
    const marker = parseMarker(id);
    return marker ? [marker] : [];
  });
  if (parsed.length === 0) return { kind: "unmarked" };
  const workbook = hash32(identity.workbook);
  const file = hash32(presentationId);
  const mine = parsed.filter((m) => m.workbook === workbook && m.presentation === file);
  if (mine.some((m) => m.key === identity.key)) return { kind: "ours" };
  const other = mine[0];
  return other ? { kind: "other-period", key: other.key } : { kind: "foreign" };
}
