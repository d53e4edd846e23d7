/**
 * `Buat Laporan` on the server: read the workbook, check it, lay out the Deck, make its charts,
 * build the Slides deck (new, or the month's existing one rebuilt in place), share it, note it in
 * Riwayat. Each step is one small function and (at most) one round trip:
 *
 *   Sheets.get (tabs, charts) · Values.batchGet (every tab) · Sheets.batchUpdate (chart data +
 *   charts + room for the Riwayat row) · Drive create/copy or Drive get (the existing deck) ·
 *   Slides get · Slides batchUpdate · Drive permission · Values.batchUpdate (Riwayat)
 *
 * A failure names its stage. A new deck whose Slides batch fails is trashed; an existing one is
 * untouched, because a Slides batch is applied whole or not at all.
 */
import { CHANNELS } from "../core/channels";
import { type Month, monthLabel, parseMonth } from "../core/period";
import { SETTINGS_TAB } from "../core/settings";
import { HISTORY_TAB } from "../core/system-tabs";
import type { RawWorkbook } from "../core/types";
import type { Deck } from "../report/deck";
import { buildDeck } from "../report/layout";
import { CHART_TAB, type ChartPlan, type ChartTabState, planCharts } from "./charts";
import {
  createDeckFile,
  type DriveService,
  deckUrl,
  exportPdf,
  fileUrl,
  isUsable,
  share,
  sharingOf,
  trashFile,
} from "./drive";
import { historyWrite, type PreviousDeck, previousDeck } from "./history";
import { checkMonth, dataFingerprint, lines, missingKeys, verdict } from "./report-check";
import type { BuatLaporanRequest, BuatLaporanResult, PeriksaResult } from "./report-rpc";
import {
  DATA_TABS,
  readSizedTabs,
  readTabs,
  type SheetsService,
  type SizedTab,
  writeRanges,
} from "./sheets-values";
import { buildSlidesRequests, deckCharts, type LinkedChart } from "./slides-requests";

export type SlidesService = Pick<GoogleAppsScript.Slides, "Presentations">;

export function slidesService(): SlidesService {
  if (typeof Slides === "undefined" || !Slides) {
    throw new Error(
      "Layanan lanjutan Google Slides API belum aktif untuk skrip ini. Aktifkan di Editor Apps Script: Layanan > Google Slides API.",
    );
  }
  return Slides;
}

export interface ReportServices {
  sheets: SheetsService;
  slides: SlidesService;
  drive: DriveService;
  /** Asked for only when a PDF is exported. */
  spreadsheetId: string;
  userEmail: string;
  /** `2023-12-01 09:30:00` in the spreadsheet's time zone. */
  timestamp: () => string;
  lock: Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock">;
  /** Document properties: the month's PDF file ID, so a regeneration replaces it. */
  properties: Pick<GoogleAppsScript.Properties.Properties, "getProperty" | "setProperty">;
}

export const STAGE = {
  read: "Membaca data",
  check: "Memeriksa",
  layout: "Menyusun isi laporan",
  charts: "Membuat grafik",
  slides: "Menyusun slide",
  share: "Membagikan",
  pdf: "Mengekspor PDF",
  history: "Mencatat riwayat",
} as const;

const LOCK_WAIT_MS = 20_000;
const UNKNOWN_USER = "(tidak diketahui)";
/** A 16:9 page, as the Deck is laid out: 10 x 5,625 inch. */
const PAGE_16_9 = { width: 9_144_000, height: 5_143_500 };

class StageError extends Error {
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Runs the steps in order, remembering which ones finished, and names the one that failed. */
class Stages {
  readonly done: string[] = [];
  run<T>(stage: string, step: () => T): T {
    try {
      const result = step();
      this.done.push(stage);
      return result;
    } catch (error) {
      if (error instanceof StageError) throw error;
      throw new StageError(stage, error);
    }
  }
}

function monthOrThrow(text: unknown): Month {
  const parsed = parseMonth(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.month;
}

const REPORT_TABS: readonly string[] = [...DATA_TABS, HISTORY_TAB];

// ---------------------------------------------------------------- Periksa (the dialog's first call)

export function checkReport(
  access: { sheets: SheetsService; spreadsheetId: string },
  monthText: unknown,
): PeriksaResult {
  const month = monthOrThrow(monthText);
  const workbook = readTabs(access.sheets, access.spreadsheetId, REPORT_TABS);
  const check = checkMonth(dataTabs(workbook), month);
  const previous = previousDeck(workbook[HISTORY_TAB], month);
  return {
    month,
    monthLabel: monthLabel(month),
    errors: lines(check.errors),
    warnings: lines(check.warnings),
    missing: lines(check.missing),
    ...(previous
      ? { previous: { url: previous.url || deckUrl(previous.presentationId), when: previous.when } }
      : {}),
    stages: [STAGE.read, STAGE.check],
  };
}

function dataTabs(workbook: RawWorkbook): RawWorkbook {
  return Object.fromEntries(Object.entries(workbook).filter(([name]) => DATA_TABS.includes(name)));
}

// ---------------------------------------------------------------- Reading

interface Read {
  raw: RawWorkbook;
  history: SizedTab | undefined;
  historySheetId: number | undefined;
  chartTab: ChartTabState;
}

type SheetMeta = GoogleAppsScript.Sheets.Schema.Sheet;

const META_FIELDS = "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),charts(chartId))";

/** Two calls: the tabs (with their charts), then the values of every tab the report reads. */
function readForReport(sheets: SheetsService, spreadsheetId: string): Read {
  const meta = sheets.Spreadsheets.get(spreadsheetId, { fields: META_FIELDS }).sheets ?? [];
  const byTitle = new Map(meta.map((s) => [s.properties?.title ?? "", s]));
  const tabs = [...REPORT_TABS, CHART_TAB].filter((t) => byTitle.has(t));
  const sized = readSizedTabs(sheets, spreadsheetId, tabs, [CHART_TAB]);
  const raw: RawWorkbook = {};
  for (const tab of DATA_TABS) {
    const found = sized[tab];
    if (found) raw[tab] = found.tab;
  }
  return {
    raw,
    history: sized[HISTORY_TAB],
    historySheetId: byTitle.get(HISTORY_TAB)?.properties?.sheetId ?? undefined,
    chartTab: chartTabState(meta, byTitle.get(CHART_TAB), sized[CHART_TAB]),
  };
}

function chartTabState(
  meta: readonly SheetMeta[],
  tab: SheetMeta | undefined,
  read: SizedTab | undefined,
): ChartTabState {
  const ids = (sheet: SheetMeta) => (sheet.charts ?? []).map((c) => c.chartId ?? -1);
  const others = meta.filter((s) => s !== tab);
  const usedIds = new Set<number>([...meta.map((s) => s.properties?.sheetId ?? -1), ...others.flatMap(ids)]);
  const grid = tab?.properties?.gridProperties;
  const columnA = read ? [read.tab.header[0] ?? "", ...read.tab.rows.map((r) => r[0] ?? "")] : [];
  return {
    sheetId: tab?.properties?.sheetId ?? undefined,
    rowCount: grid?.rowCount ?? 0,
    columnCount: grid?.columnCount ?? 0,
    columnA,
    chartIds: new Set(tab ? ids(tab) : []),
    usedIds,
  };
}

// ---------------------------------------------------------------- Charts

/** ONE Sheets batch: chart data, charts, and the room the Riwayat row needs (if any). */
function makeCharts(
  services: ReportServices,
  read: Read,
  deck: Deck,
  month: Month,
  historyRow: number,
): ChartPlan {
  const plan = planCharts(deckCharts(deck), month, services.spreadsheetId, read.chartTab);
  const requests = [...plan.requests];
  const gridRows = read.history?.gridRows ?? 0;
  if (historyRow > gridRows && read.historySheetId !== undefined) {
    requests.push({
      appendDimension: {
        sheetId: read.historySheetId,
        dimension: "ROWS",
        length: historyRow - gridRows + 500,
      },
    });
  }
  if (requests.length > 0) services.sheets.Spreadsheets.batchUpdate({ requests }, services.spreadsheetId);
  return plan;
}

// ---------------------------------------------------------------- Slides

interface Target {
  id: string;
  /** False: the month's existing deck, rebuilt in place. */
  created: boolean;
}

/** A Drive ID from an ID or a pasted link (`.../d/<id>/edit`, `.../folders/<id>`). */
export function driveId(setting: unknown): string {
  const text = String(setting ?? "").trim();
  const match =
    /\/(?:d|folders)\/([a-zA-Z0-9_-]{10,})/.exec(text) ?? /[?&]id=([a-zA-Z0-9_-]{10,})/.exec(text);
  return match?.[1] ?? text;
}

function targetDeck(
  services: ReportServices,
  previous: PreviousDeck | undefined,
  deck: Deck,
  place: { template: string; folder: string },
): Target {
  if (previous && isUsable(services.drive, previous.presentationId)) {
    return { id: previous.presentationId, created: false };
  }
  const id = createDeckFile(services.drive, {
    name: deck.title,
    folderId: place.folder,
    templateId: place.template,
  });
  return { id, created: true };
}

interface PresentationInfo {
  slideIds: string[];
  layoutId: string | undefined;
  pageIs16by9: boolean;
}

function presentationInfo(slides: SlidesService, presentationId: string): PresentationInfo {
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

/** ONE batch: the old slides deleted and the new ones built, atomically. */
function fillDeck(
  services: ReportServices,
  target: Target,
  deck: Deck,
  links: Record<string, LinkedChart>,
  notes: string[],
): void {
  try {
    const info = presentationInfo(services.slides, target.id);
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
    services.slides.Presentations.batchUpdate({ requests: batch.requests }, target.id);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!target.created) throw new Error(`${message} Presentasi yang sudah ada tidak diubah.`);
    const trashed = trashFile(services.drive, target.id);
    throw new Error(
      trashed
        ? `${message} Presentasi baru yang belum jadi sudah dipindahkan ke Sampah.`
        : `${message} Presentasi baru yang belum jadi tidak dapat dipindahkan ke Sampah; hapus sendiri: ${deckUrl(target.id)}`,
    );
  }
}

// ---------------------------------------------------------------- The whole generation

const PDF_PROPERTY = "laporan.pdf.";

function sharingStep(services: ReportServices, id: string, setting: unknown, notes: string[]): string {
  try {
    return share(services.drive, id, sharingOf(setting), services.userEmail);
  } catch (error) {
    const message = `Presentasi dibuat, tetapi gagal dibagikan: ${error instanceof Error ? error.message : String(error)}`;
    notes.push(message);
    return message;
  }
}

function pdfStep(
  services: ReportServices,
  id: string,
  deck: Deck,
  month: Month,
  folder: string,
  notes: string[],
): string | undefined {
  try {
    const key = `${PDF_PROPERTY}${month}`;
    const previousId = services.properties.getProperty(key) ?? undefined;
    const pdfId = exportPdf(services.drive, id, {
      name: `${deck.title}.pdf`,
      folderId: folder,
      ...(previousId ? { previousId } : {}),
    });
    services.properties.setProperty(key, pdfId);
    return fileUrl(pdfId);
  } catch (error) {
    notes.push(
      `Presentasi dibuat, tetapi PDF gagal disimpan: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

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
    const message = error instanceof Error ? error.message : String(error);
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
      `Tab "${HISTORY_TAB}" tidak ada. Jalankan menu Laporan Layanan > Siapkan Workbook, lalu buat laporan lagi.`,
    );
  }
  if (!read.raw[SETTINGS_TAB] && CHANNELS.every((c) => !read.raw[c.tab])) {
    throw new StageError(
      STAGE.read,
      "Workbook belum disiapkan. Jalankan menu Laporan Layanan > Siapkan Workbook.",
    );
  }
  const check = stages.run(STAGE.check, () => checkMonth(read.raw, month));
  const allowed = verdict(check, month, request);
  if (!allowed.ok) return { ...allowed, stages: stages.done };

  const settings = check.data.settings;
  const deck = stages.run(STAGE.layout, () =>
    buildDeck(check.data, month, { missing: missingKeys(check.missing) }),
  );
  const previous = previousDeck(history.tab, month);
  const historyRow = history.tab.firstRow + history.tab.rows.length;
  const plan = stages.run(STAGE.charts, () => makeCharts(services, read, deck, month, historyRow));

  const notes: string[] = [];
  const folder = driveId(settings.folderDrive);
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

  stages.run(STAGE.history, () => {
    const write = historyWrite(history.tab, {
      month,
      url,
      when: services.timestamp(),
      who: services.userEmail || UNKNOWN_USER,
      fingerprint: dataFingerprint(check.data, month),
      presentationId: target.id,
      updated: !target.created,
    });
    try {
      writeRanges(services.sheets, services.spreadsheetId, [write]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message} Presentasi sudah jadi (${url}), tetapi belum tercatat di Riwayat.`);
    }
  });

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
