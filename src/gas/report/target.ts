/**
 * The deck a report goes into: the month's existing presentation (rebuilt in place, so its link
 * keeps working, whoever in the team made it) or a new file (a copy of the template, or an empty
 * presentation), and what the renderer needs to know about it.
 *
 * Who can reach what (README, Scopes): Drive's `drive.file` reaches only the files this user's
 * runs made or this user picked, so a colleague's deck is "not found" in Drive for everyone else;
 * the Slides API (`presentations`) reaches every deck the user can open. So the existing deck is
 * found and read through Slides; Drive is asked only whether it is in the trash, and its "not
 * found" there means "not this user's grant", never "gone". A deck is rebuilt only when it is the
 * tool's own for this workbook and month (deck-marker.ts): Riwayat's ID pointing at another
 * month's deck, the template or any other file is refused, naming Riwayat's row, and that file is
 * left alone.
 */
import { menuPath } from "../../core/entry/menu-path";
import { PICKER_KINDS } from "../../core/entry/picker-kinds";
import { monthLabel, parseMonth } from "../../core/workbook/period";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { Deck } from "../../report/deck";
import { createDeckFile, deckUrl, isDriveId, notFound } from "../drive";
import type { DeckRow } from "../history";
import { type Belonging, belonging, type DeckIdentity, MARKER_PREFIX } from "./deck-marker";
import type { ReportServices, SlidesService } from "./services";
import { errorText } from "./stages";

export interface Target {
  id: string;
  /** True: a new file, made now or by an earlier try that stopped before Riwayat (trashed if filling fails). */
  created: boolean;
  /** The presentation as the Slides `get` found it (the fill reuses it: no second call). */
  info: PresentationInfo;
  /** Who made the deck, from Riwayat (for notes about what only they can do in Drive). */
  madeBy?: string;
}

/** Document property: the deck made for a period, kept until its Riwayat row is written (a retry reuses it). */
export const PENDING_DECK_PROPERTY = "laporan.presentasi.";

/** A 16:9 page, as the Deck is laid out: 10 x 5,625 inch. */
const PAGE_16_9 = { width: 9_144_000, height: 5_143_500 };

/** A Drive ID from an ID or a pasted link (`.../d/<id>/edit`, `.../folders/<id>`). */
export function driveId(setting: unknown): string {
  const text = String(setting ?? "").trim();
  const match =
    /\/(?:d|folders)\/([a-zA-Z0-9_-]{10,})/.exec(text) ?? /[?&]id=([a-zA-Z0-9_-]{10,})/.exec(text);
  return match?.[1] ?? text;
}

export interface TargetPlace {
  template: string;
  folder: string;
}

const periodLabel = (key: string): string => {
  const parsed = parseMonth(key);
  return parsed.ok ? monthLabel(parsed.month) : key;
};

const cellOf = (row: number): string => `tab "${HISTORY_TAB}", baris ${row}, kolom "ID Presentasi"`;

/** Refused before anything is made or changed. */
export class TargetRefusal extends Error {}

export function targetDeck(
  services: Pick<ReportServices, "drive" | "slides" | "properties">,
  rows: readonly DeckRow[],
  deck: Deck,
  place: TargetPlace,
  identity: DeckIdentity,
): Target {
  const month = rows.filter((r) => r.month === identity.key);
  const last = month[month.length - 1];
  if (last) {
    const existing = existingDeck(services, rows, last, deck, place, identity);
    if (existing) return existing;
  }
  const pending = pendingDeck(services, rows, place, identity);
  if (pending) return pending;
  const id = createDeckFile(services.drive, {
    name: deck.title,
    folderId: place.folder,
    templateId: place.template,
  });
  return { id, created: true, info: presentationInfo(services.slides, id) };
}

/** The month's deck named by Riwayat's last row, rebuilt in place; undefined when it is gone for good. */
function existingDeck(
  services: Pick<ReportServices, "drive" | "slides">,
  rows: readonly DeckRow[],
  last: DeckRow,
  deck: Deck,
  place: TargetPlace,
  identity: DeckIdentity,
): Target | undefined {
  const label = periodLabel(identity.key);
  const untouched = "Tidak ada presentasi yang dibuat atau diubah.";
  if (!isDriveId(last.id)) {
    throw new TargetRefusal(
      `${cellOf(last.row)} berisi "${last.id.slice(0, 80)}", yang bukan ID presentasi Google. ${untouched} Ganti dengan ID presentasi laporan ${label} (bagian tautannya sesudah /d/), atau kosongkan sel itu agar dibuat presentasi baru.`,
    );
  }
  const id = last.id;
  if (id === place.template) {
    throw new TargetRefusal(
      `${cellOf(last.row)} menunjuk presentasi template (Pengaturan > ID Presentasi Template), bukan presentasi laporan ${label}. Template tidak diubah. Ganti ID di baris itu dengan presentasi laporan ${label}, atau kosongkan sel itu agar dibuat presentasi baru.`,
    );
  }
  if (inTrash(services, id)) return undefined;
  let info: PresentationInfo;
  try {
    info = presentationInfo(services.slides, id);
  } catch (error) {
    if (notFound(error)) return undefined;
    throw new Error(
      `Presentasi ${label} (${deckUrl(id)}, ${cellOf(last.row)}) tidak dapat dibuka dengan akun Anda: ${errorText(error)} Presentasi itu tidak diubah. Minta pembuatnya${madeByText(rows, id)} membagikannya (atau folder laporan) kepada Anda sebagai editor, lalu coba lagi.`,
    );
  }
  const refusal = notOurs(belonging(info.markers, identity, id), rows, last, deck, info, label);
  if (refusal) throw new TargetRefusal(`${refusal} Presentasi itu tidak diubah.`);
  const madeBy = firstAuthor(rows, id);
  return { id, created: false, info, ...(madeBy ? { madeBy } : {}) };
}

/** Why a deck Riwayat names is not this month's own; undefined when it is. */
function notOurs(
  found: Belonging,
  rows: readonly DeckRow[],
  last: DeckRow,
  deck: Deck,
  info: PresentationInfo,
  label: string,
): string | undefined {
  const fix = `Ganti ID di baris itu dengan presentasi laporan ${label}, atau kosongkan sel itu agar dibuat presentasi baru.`;
  switch (found.kind) {
    case "ours":
      return undefined;
    case "other-period":
      return `${cellOf(last.row)} menunjuk presentasi laporan ${periodLabel(found.key)}, bukan ${label}. ${fix}`;
    case "foreign":
      return `${cellOf(last.row)} menunjuk presentasi yang dibuat alat ini untuk workbook lain atau salinannya, bukan presentasi laporan ${label} workbook ini. ${fix}`;
    case "unmarked": {
      // Made before decks carried a marker: taken when Riwayat names it for no other period and
      // it still has the name the tool gave it.
      const elsewhere = rows.find((r) => r.id === last.id && r.month !== last.month);
      if (elsewhere) {
        return `${cellOf(last.row)} menunjuk presentasi yang di baris ${elsewhere.row} tercatat sebagai laporan ${periodLabel(elsewhere.month)}. ${fix}`;
      }
      if (info.title !== deck.title) {
        return `${cellOf(last.row)} menunjuk presentasi "${info.title}", yang tidak dibuat alat ini sebagai laporan ${label} (namanya bukan "${deck.title}"). Bila itu memang laporan ${label} buatan alat ini, ubah namanya menjadi "${deck.title}". Atau ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`;
      }
      return undefined;
    }
  }
}

/**
 * A deck an earlier try made for this period and filled, but could not record in Riwayat (the
 * generation stopped after the deck was made): reused, so a retry leaves one deck.
 */
function pendingDeck(
  services: Pick<ReportServices, "slides" | "properties">,
  rows: readonly DeckRow[],
  place: TargetPlace,
  identity: DeckIdentity,
): Target | undefined {
  const id = services.properties.getProperty(`${PENDING_DECK_PROPERTY}${identity.key}`) ?? "";
  if (!isDriveId(id) || id === place.template || rows.some((r) => r.id === id)) return undefined;
  let info: PresentationInfo;
  try {
    info = presentationInfo(services.slides, id);
  } catch {
    return undefined;
  }
  return belonging(info.markers, identity, id).kind === "ours" ? { id, created: true, info } : undefined;
}

/** Whether Drive says the file is in the trash; unknown (not this user's grant) counts as no. */
function inTrash(services: Pick<ReportServices, "drive">, id: string): boolean {
  try {
    return services.drive.Files.get(id, { fields: "id,trashed", supportsAllDrives: true }).trashed === true;
  } catch (error) {
    if (notFound(error)) return false;
    throw new Error(
      `Presentasi bulan ini (${deckUrl(id)}) tidak dapat diperiksa di Drive: ${errorText(error)} Presentasi itu tidak diubah; coba lagi sebentar lagi.`,
    );
  }
}

function firstAuthor(rows: readonly DeckRow[], id: string): string | undefined {
  const who = rows.find((r) => r.id === id && r.who !== "")?.who;
  return who && who !== "(tidak diketahui)" ? who : undefined;
}

function madeByText(rows: readonly DeckRow[], id: string): string {
  const who = firstAuthor(rows, id);
  return who ? ` (${who})` : "";
}

/** What to tell a staff member who cannot share or export a colleague's deck (Drive: not their grant). */
export function colleagueDeckNote(target: Target): string {
  const who = target.madeBy ? ` (${target.madeBy})` : "";
  return `presentasi ini dibuat dengan akun rekan Anda${who}, dan Google Drive hanya mengizinkan alat ini mengubah file yang dibuat atau dipilih dengan akun Anda sendiri`;
}

/** The menu path staff use to pick the report folder (named in notes). */
export const FOLDER_PICK_PATH = menuPath(PICKER_KINDS.folder.item);

export interface PresentationInfo {
  slideIds: string[];
  layoutId: string | undefined;
  pageIs16by9: boolean;
  title: string;
  /** Object IDs of the tool's markers on the deck (deck-marker.ts). */
  markers: string[];
}

export function presentationInfo(slides: SlidesService, presentationId: string): PresentationInfo {
  // The advanced service takes a field mask, though its type declaration lists one argument.
  const get = slides.Presentations.get as unknown as (
    id: string,
    args: object,
  ) => GoogleAppsScript.Slides.Schema.Presentation;
  const presentation = get.call(slides.Presentations, presentationId, {
    fields: "title,pageSize,slides(objectId,pageElements(objectId)),layouts(objectId,layoutProperties(name))",
  });
  const blank = (presentation.layouts ?? []).find((l) => l.layoutProperties?.name === "BLANK");
  const size = presentation.pageSize;
  const ratio = (size?.width?.magnitude ?? PAGE_16_9.width) / (size?.height?.magnitude ?? PAGE_16_9.height);
  const pages = presentation.slides ?? [];
  return {
    slideIds: pages.flatMap((s) => (s.objectId ? [s.objectId] : [])),
    layoutId: blank?.objectId ?? undefined,
    pageIs16by9: Math.abs(ratio - PAGE_16_9.width / PAGE_16_9.height) < 0.01,
    title: presentation.title ?? "",
    markers: pages.flatMap((s) =>
      (s.pageElements ?? []).flatMap((e) => (e.objectId?.startsWith(MARKER_PREFIX) ? [e.objectId] : [])),
    ),
  };
}
