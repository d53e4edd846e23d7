/**
 * `Buat Laporan` on the server: read the workbook, check it, lay out the Deck, make its charts,
 * build the Slides deck (new, or the month's existing one rebuilt in place), share it, note it in
 * Riwayat. Each step is one small function and (at most) one round trip:
 *
 *   Sheets.get (every tab: values, types, merges) · Sheets.get of the year's chart spreadsheet (or Drive create,
 *   the year's first report) · Sheets.batchUpdate there (chart data + charts) · Drive
 *   create/copy or Drive get (the existing deck) · Slides get · Slides batchUpdate · Drive
 *   permission · Values.batchUpdate (Riwayat)
 *
 * A failure names its stage. The Slides batch is one atomic call unless the deck is too big for
 * one (report/chunks.ts); either way a failed new deck is trashed and an existing one is left as
 * it was (report/fill.ts).
 */

import { SETUP_MENU_PATH } from "../../core/entry/menu-path";
import { CHANNELS } from "../../core/workbook/channels";
import type { Period } from "../../core/workbook/periods";
import { SETTINGS_TAB } from "../../core/workbook/settings";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import type { BuatLaporanRequest, BuatLaporanResult } from "../../rpc/report";
import { deckUrl } from "../drive";
import { deckRows } from "../history";
import { fillDeck } from "./fill";
import { readForReport } from "./read";
import type { ReportServices } from "./services";
import { errorText, STAGE, StageError, Stages } from "./stages";
import { historyStep, makeCharts, pdfStep, sharingStep } from "./steps";
import { judgeSubject, readSubject } from "./subject";
import { driveId, PENDING_DECK_PROPERTY, targetDeck } from "./target";

export { checkReport } from "./read";
export { type ReportServices, type SlidesService, slidesService } from "./services";
export { STAGE } from "./stages";
export { driveId } from "./target";

const LOCK_WAIT_MS = 20_000;
const UNKNOWN_USER = "(tidak diketahui)";

function refusal(reason: "invalid" | "busy", message: string): BuatLaporanResult {
  return { ok: false, reason, message, stages: [] };
}

export function generateReport(services: ReportServices, input: unknown): BuatLaporanResult {
  const request = (input ?? {}) as Partial<BuatLaporanRequest>;
  // A month (`2023-11`) or a quarter, semester or year (`2023-Q3`, `2023-S2`, `2023`).
  const parsed = readSubject(request.month);
  if (!parsed.ok) return refusal("invalid", parsed.message);
  const period = parsed.period;
  if (!services.lock.tryLock(LOCK_WAIT_MS)) {
    return refusal(
      "busy",
      "Workbook sedang dipakai (laporan lain sedang dibuat atau data sedang disimpan). Tunggu sebentar, lalu coba lagi.",
    );
  }
  const stages = new Stages();
  try {
    return generate(services, period, request, stages);
  } catch (error) {
    const stage = error instanceof StageError ? error.stage : undefined;
    const message = errorText(error);
    return {
      ok: false,
      reason: "failed",
      message: stage ? `Gagal pada tahap "${stage}": ${message}` : message,
      ...(stage ? { stage } : {}),
      stages: stages.done,
    };
  } finally {
    services.lock.releaseLock();
  }
}

function generate(
  services: ReportServices,
  period: Period,
  request: Partial<BuatLaporanRequest>,
  stages: Stages,
): BuatLaporanResult {
  const read = stages.run(STAGE.read, () => readForReport(services.sheets, services.spreadsheetId));
  const history = read.history;
  if (!history) {
    throw new StageError(
      STAGE.read,
      `Tab "${HISTORY_TAB}" tidak ada. Jalankan menu ${SETUP_MENU_PATH}, lalu buat laporan lagi.`,
    );
  }
  if (!read.raw[SETTINGS_TAB] && CHANNELS.every((c) => !read.raw[c.tab])) {
    throw new StageError(STAGE.read, `Workbook belum disiapkan. Jalankan menu ${SETUP_MENU_PATH}.`);
  }
  const check = stages.run(STAGE.check, () => judgeSubject(read.raw, period));
  const month = check.key;
  const allowed = check.verdict(request);
  if (!allowed.ok) return { ...allowed, stages: stages.done };

  const settings = check.data.settings;
  const deck = stages.run(STAGE.layout, () => check.deck());
  const rows = deckRows(history.tab);
  const identity = { workbook: services.spreadsheetId, key: month };
  const pendingKey = `${PENDING_DECK_PROPERTY}${month}`;
  const notes: string[] = [];
  const folder = driveId(settings.folderDrive);
  const plan = stages.run(STAGE.charts, () => makeCharts(services, deck, month, folder, notes));

  const target = stages.run(STAGE.slides, () => {
    const chosen = targetDeck(
      services,
      rows,
      deck,
      { template: driveId(settings.templatePresentasi), folder },
      identity,
    );
    fillDeck(services, chosen, deck, plan.links, notes, undefined, identity);
    // Until Riwayat names it, a retry finds the new deck here and reuses it (target.ts).
    if (chosen.created) services.properties.setProperty(pendingKey, chosen.id);
    return chosen;
  });
  const url = deckUrl(target.id);
  const sharing = stages.run(STAGE.share, () => sharingStep(services, target, settings.berbagi, notes));
  const wantsPdf =
    String(settings.eksporPdf ?? "")
      .trim()
      .toLowerCase() === "ya";
  const pdfUrl = wantsPdf
    ? stages.run(STAGE.pdf, () => pdfStep(services, target, deck, month, folder, notes))
    : undefined;

  stages.run(STAGE.history, () =>
    historyStep(
      services,
      history.tab,
      {
        month,
        url,
        when: services.timestamp(),
        who: services.userEmail || UNKNOWN_USER,
        fingerprint: check.fingerprint(),
        presentationId: target.id,
        updated: !target.created,
      },
      history.gridRows,
    ),
  );
  if (target.created) services.properties.deleteProperty(pendingKey);

  return {
    ok: true,
    month,
    monthLabel: check.label,
    name: deck.title,
    url,
    presentationId: target.id,
    updated: !target.created,
    sharing,
    ...(pdfUrl ? { pdfUrl } : {}),
    notes,
    stages: stages.done,
  };
}
