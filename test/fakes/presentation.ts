/**
 * A Google Slides presentation in memory: its slides in order, the elements on them, the text
 * of each shape and table cell, the Sheets charts linked in. Changed only by applying a batch of
 * Slides API requests that the validator (test/helpers/slides-validator.ts) accepted.
 */
import { replayText } from "../helpers/slides-validator";

type Request = GoogleAppsScript.Slides.Schema.Request;

export interface FakeLinkedChart {
  objectId: string;
  pageObjectId: string;
  spreadsheetId: string;
  chartId: number;
  linkingMode: string;
}

export interface FakeLayout {
  objectId: string;
  name: string;
}

/** The layouts of Google's default theme, by their predefined names. */
export const DEFAULT_LAYOUTS: readonly FakeLayout[] = [
  "TITLE",
  "SECTION_HEADER",
  "TITLE_AND_BODY",
  "TITLE_ONLY",
  "BLANK",
].map((name, i) => ({ objectId: `g_layout_${i}`, name }));

/** 16:9 in EMU, the default of a new presentation. */
export const PAGE_16_9 = { width: 9_144_000, height: 5_143_500 };

export class FakePresentation {
  /** Slide object IDs in order. */
  slides: string[];
  /** Element object ID -> the slide it is on. */
  elements = new Map<string, string>();
  /** Object ID (or `table[row,col]`) -> its text. */
  texts = new Map<string, string>();
  charts: FakeLinkedChart[] = [];
  /** Every batch applied, in order (tests read the last one). */
  readonly batches: Request[][] = [];

  constructor(
    readonly id: string,
    public title: string,
    slides: readonly string[] = ["p"],
    readonly layouts: readonly FakeLayout[] = DEFAULT_LAYOUTS,
    readonly pageSize = PAGE_16_9,
  ) {
    this.slides = [...slides];
  }

  clone(id: string, title: string): FakePresentation {
    const copy = new FakePresentation(id, title, this.slides, this.layouts, this.pageSize);
    copy.elements = new Map(this.elements);
    copy.texts = new Map(this.texts);
    copy.charts = this.charts.map((c) => ({ ...c }));
    return copy;
  }

  /** Every object ID in the presentation (slides and elements). */
  objectIds(): string[] {
    return [...this.slides, ...this.elements.keys()];
  }

  /** All text on the slides, in no particular order, joined by newlines. */
  allText(): string {
    return [...this.texts.values()].join("\n");
  }

  /** Applies an already validated batch. */
  apply(requests: readonly Request[]): void {
    const removed = new Set<string>();
    const remove = (id: string) => {
      removed.add(id);
      for (const [element, page] of this.elements) if (page === id) removed.add(element);
    };
    for (const r of requests) {
      if (r.deleteObject?.objectId) {
        const id = r.deleteObject.objectId;
        remove(id);
        this.slides = this.slides.filter((s) => s !== id);
        for (const gone of removed) this.elements.delete(gone);
      }
      if (r.createSlide?.objectId) {
        const at = r.createSlide.insertionIndex ?? this.slides.length;
        this.slides.splice(Math.min(at, this.slides.length), 0, r.createSlide.objectId);
      }
      const created =
        r.createShape ?? r.createTable ?? r.createLine ?? r.createImage ?? r.createSheetsChart ?? undefined;
      const props = created?.elementProperties;
      if (created?.objectId && props?.pageObjectId) this.elements.set(created.objectId, props.pageObjectId);
      const chart = r.createSheetsChart;
      if (chart?.objectId) {
        this.charts.push({
          objectId: chart.objectId,
          pageObjectId: chart.elementProperties?.pageObjectId ?? "",
          spreadsheetId: chart.spreadsheetId ?? "",
          chartId: chart.chartId ?? -1,
          linkingMode: chart.linkingMode ?? "NOT_LINKED_IMAGE",
        });
      }
    }
    const alive = (key: string) => !removed.has(key.replace(/\[.*$/, ""));
    this.texts = new Map([...this.texts].filter(([key]) => alive(key)));
    this.charts = this.charts.filter((c) => !removed.has(c.objectId));
    for (const [key, text] of replayText(requests)) this.texts.set(key, text);
    this.batches.push([...requests]);
  }
}
