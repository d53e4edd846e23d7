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
import { checkMonth, dataFingerprint, missingKeys, verdict } from "../../core/judgement/report-check";
import { CHANNELS } from "../../core/workbook/channels";
import { type Month, monthLabel, parseMonth } from "../../core/workbook/period";
import { SETTINGS_TAB } from "../../core/workbook/settings";
import { HISTORY_TAB } from "../../core/workbook/system-tabs";
import { buildDeck } from "../../report/layout";
import type { BuatLaporanRequest, BuatLaporanResult } from "../../rpc/report";
import { deckUrl } from "../drive";
import { previousDeck } from "../history";
import { fillDeck } from "./fill";
import { readForReport } from "./read";
import type { ReportServices } from "./services";
import { errorText, STAGE, StageError, Stages } from "./stages";
import { historyStep, makeCharts, pdfStep, sharingStep } from "./steps";
import { driveId, targetDeck } from "./target";

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
  const parsed = parseMonth(request.month);
  if (!parsed.ok) return refusal("invalid", parsed.message);
  const month = parsed.month;
  if (!services.lock.tryLock(LOCK_WAIT_MS)) {
    return refusal(
      "busy",
      "Workbook sedang dipakai (laporan lain sedang dibuat atau data sedang disimpan). Tunggu sebentar, lalu coba lagi.",
    );
  }
  const stages = new Stages();
  try {
    return generate(services, month, request, stages);
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
  month: Month,
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
  const check = stages.run(STAGE.check, () => checkMonth(read.raw, month));
  const allowed = verdict(check, month, request);
  if (!allowed.ok) return { ...allowed, stages: stages.done };

  const settings = check.data.settings;
  const deck = stages.run(STAGE.layout, () =>
    buildDeck(check.data, month, { missing: missingKeys(check.missing) }),
  );
  const previous = previousDeck(history.tab, month);
  const notes: string[] = [];
  const folder = driveId(settings.folderDrive);
  const plan = stages.run(STAGE.charts, () => makeCharts(services, deck, month, folder, notes));

  const target = stages.run(STAGE.slides, () => {
    const chosen = targetDeck(services, previous, deck, {
      template: driveId(settings.templatePresentasi),
      folder,
    });
    fillDeck(services, chosen, deck, plan.links, notes);
    return chosen;
  });
  const url = deckUrl(target.id);
  const sharing = stages.run(STAGE.share, () => sharingStep(services, target.id, settings.berbagi, notes));
  const wantsPdf =
    String(settings.eksporPdf ?? "")
      .trim()
      .toLowerCase() === "ya";
  const pdfUrl = wantsPdf
    ? stages.run(STAGE.pdf, () => pdfStep(services, target.id, deck, month, folder, notes))
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
        fingerprint: dataFingerprint(check.data, month),
        presentationId: target.id,
        updated: !target.created,
      },
      history.gridRows,
    ),
  );

  return {
    ok: true,
    month,
    monthLabel: monthLabel(month),
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
