/**
 * The Slides advanced service (`Slides.Presentations`): get, create and batchUpdate over the
 * presentations of the fake Drive. A batch is checked whole first, as the API does: by the
 * request validator (test/helpers/slides-validator.ts), plus what only the service can know
 * (the layouts of the presentation, the Sheets charts that exist); an invalid batch, or one a
 * test chose to fail with `failWhen`, throws and changes nothing.
 */
import { validateRequests } from "../helpers/slides-validator";
import { type CallLog, Counted } from "./calls";
import type { FakeDriveStore } from "./drive-api";
import type { FakePresentation } from "./presentation";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeOf } from "./typing";

type Request = GoogleAppsScript.Slides.Schema.Request;
type Presentation = GoogleAppsScript.Slides.Schema.Presentation;
type Presentations = GoogleAppsScript.Slides.Collection.PresentationsCollection;

export function slidesError(method: string, message: string): Error {
  return new Error(`API call to slides.presentations.${method} failed with error: ${message}`);
}

export class FakeSlidesPresentations
  extends Counted
  implements
    FakeOf<
      Presentations,
      "get" | "create" | "batchUpdate",
      {
        get: Presentation;
        create: Presentation;
        batchUpdate: GoogleAppsScript.Slides.Schema.BatchUpdatePresentationResponse;
      }
    >
{
  /** A request for which this returns true fails the whole batch (failure injection). */
  failWhen: ((request: Request, index: number) => boolean) | undefined;
  /** Every batch sent, valid or not, with the object IDs the presentation had before it. */
  readonly sent: { presentationId: string; requests: Request[]; existingObjectIds: string[] }[] = [];

  constructor(
    calls: CallLog,
    private readonly store: FakeDriveStore,
    private readonly spreadsheets: (id: string) => FakeSpreadsheet | undefined,
  ) {
    super(calls, "Slides", "Presentations");
  }

  /**
   * The `presentations` scope reaches every presentation the user can open, with no per-file
   * grant (https://developers.google.com/slides/api/scopes); one not shared with the user is
   * refused (drive-api.ts, canOpen).
   */
  private presentation(id: string, method: string): FakePresentation {
    const found = this.store.presentations.get(id);
    if (!found) throw slidesError(method, "Requested entity was not found.");
    const denied = this.store.openDenied(id);
    if (denied) throw slidesError(method, denied);
    return found;
  }

  /** The presentation's page size, slides (with their linked Sheets charts) and layouts; a `fields` mask is not applied. */
  get(presentationId: string, _optionalArgs: Record<string, unknown> = {}): Presentation {
    this.hit("get");
    const p = this.presentation(presentationId, "get");
    return {
      presentationId,
      title: p.title,
      pageSize: {
        width: { magnitude: p.pageSize.width, unit: "EMU" },
        height: { magnitude: p.pageSize.height, unit: "EMU" },
      },
      slides: p.slides.map((objectId) => ({
        objectId,
        pageElements: [...p.elements].flatMap(([elementId, page]) => {
          if (page !== objectId) return [];
          const c = p.charts.find((chart) => chart.objectId === elementId);
          return [
            c
              ? { objectId: elementId, sheetsChart: { spreadsheetId: c.spreadsheetId, chartId: c.chartId } }
              : { objectId: elementId },
          ];
        }),
      })),
      layouts: p.layouts.map((l) => ({
        objectId: l.objectId,
        layoutProperties: { name: l.name, displayName: l.name },
      })),
    };
  }

  create(resource: Presentation): Presentation {
    this.hit("create");
    const made = this.store.addPresentation(resource.title ?? "Untitled presentation");
    return {
      presentationId: made.id,
      title: made.title,
      slides: made.slides.map((objectId) => ({ objectId })),
    };
  }

  batchUpdate(
    resource: GoogleAppsScript.Slides.Schema.BatchUpdatePresentationRequest,
    presentationId: string,
  ): GoogleAppsScript.Slides.Schema.BatchUpdatePresentationResponse {
    this.hit("batchUpdate");
    const p = this.presentation(presentationId, "batchUpdate");
    const requests = resource.requests ?? [];
    this.sent.push({ presentationId, requests: [...requests], existingObjectIds: [...p.slides] });
    const problems = validateRequests(requests, { existingObjectIds: p.slides, pageSize: p.pageSize });
    if (problems.length > 0)
      throw slidesError("batchUpdate", `Invalid requests: ${problems.slice(0, 3).join("; ")}`);
    requests.forEach((request, i) => {
      this.checkService(p, request, i);
      if (this.failWhen?.(request, i)) {
        const kind = Object.keys(request)[0] ?? "";
        throw slidesError("batchUpdate", `Invalid requests[${i}].${kind}: The object could not be created.`);
      }
    });
    p.apply(requests);
    return { presentationId, replies: requests.map(() => ({})) };
  }

  /** What only the service knows: the presentation's layouts and the Sheets charts. */
  private checkService(p: FakePresentation, request: Request, i: number): void {
    const layoutId = request.createSlide?.slideLayoutReference?.layoutId;
    if (layoutId !== undefined && !p.layouts.some((l) => l.objectId === layoutId)) {
      throw slidesError(
        "batchUpdate",
        `Invalid requests[${i}].createSlide: The layout (${layoutId}) could not be found.`,
      );
    }
    const chart = request.createSheetsChart;
    if (chart) {
      const spreadsheet = this.spreadsheets(chart.spreadsheetId ?? "");
      if (!spreadsheet?.charts.some((c) => c.chartId === chart.chartId)) {
        throw slidesError(
          "batchUpdate",
          `Invalid requests[${i}].createSheetsChart: The chart ${chart.chartId} of spreadsheet ${chart.spreadsheetId} could not be found.`,
        );
      }
    }
  }
}

/** `Slides`: the advanced service object. */
export class FakeSlidesApi {
  readonly Presentations: FakeSlidesPresentations;

  constructor(
    calls: CallLog,
    store: FakeDriveStore,
    spreadsheets: (id: string) => FakeSpreadsheet | undefined,
  ) {
    this.Presentations = new FakeSlidesPresentations(calls, store, spreadsheets);
  }
}
