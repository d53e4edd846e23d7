/**
 * The validator rejects what the Slides API would reject. Each broken batch is a valid base
 * batch with one thing broken, and must fail with that specific problem (and only for it).
 */
import { describe, expect, it } from "vitest";
import { validateRequests } from "../helpers/slides-validator";

type Request = GoogleAppsScript.Slides.Schema.Request;

const PT = 12700;
const at = (pageObjectId: string, x: number, y: number, w: number, h: number) => ({
  pageObjectId,
  size: { width: { magnitude: w * PT, unit: "EMU" }, height: { magnitude: h * PT, unit: "EMU" } },
  transform: { scaleX: 1, scaleY: 1, translateX: x * PT, translateY: y * PT, unit: "EMU" },
});
const navy = () => ({ rgbColor: { red: 0.1216, green: 0.2275, blue: 0.4078 } });

/** A slide with a text box ("Halo dunia", "dunia" bold) and a 2 x 2 table with one filled cell. */
function base(): Request[] {
  return [
    {
      createSlide: {
        objectId: "slide_1",
        insertionIndex: 0,
        slideLayoutReference: { predefinedLayout: "BLANK" },
      },
    },
    {
      createShape: {
        objectId: "shape_1",
        shapeType: "TEXT_BOX",
        elementProperties: at("slide_1", 36, 36, 300, 40),
      },
    },
    { insertText: { objectId: "shape_1", insertionIndex: 0, text: "Halo dunia" } },
    {
      updateTextStyle: {
        objectId: "shape_1",
        textRange: { type: "FIXED_RANGE", startIndex: 5, endIndex: 10 },
        style: {
          bold: true,
          foregroundColor: { opaqueColor: navy() },
          fontSize: { magnitude: 12, unit: "PT" },
        },
        fields: "bold,foregroundColor,fontSize",
      },
    },
    {
      createTable: {
        objectId: "table_1",
        rows: 2,
        columns: 2,
        elementProperties: at("slide_1", 36, 100, 300, 60),
      },
    },
    { insertText: { objectId: "table_1", cellLocation: { rowIndex: 1, columnIndex: 1 }, text: "1.271" } },
    {
      updateTableCellProperties: {
        objectId: "table_1",
        tableRange: { location: { rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 },
        tableCellProperties: { tableCellBackgroundFill: { solidFill: { color: navy() } } },
        fields: "tableCellBackgroundFill.solidFill.color",
      },
    },
  ];
}

function broken(change: (requests: Request[]) => void): string[] {
  const requests = structuredClone(base());
  change(requests);
  return validateRequests(requests);
}

function expectOneProblem(problems: string[], pattern: RegExp): void {
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(pattern);
}

describe("validateRequests", () => {
  it("accepts the valid base batch", () => {
    expect(validateRequests(base())).toEqual([]);
  });

  it("rejects a duplicate object ID", () => {
    const problems = broken((r) => {
      r.push({
        createShape: {
          objectId: "shape_1",
          shapeType: "RECTANGLE",
          elementProperties: at("slide_1", 0, 0, 10, 10),
        },
      });
    });
    expectOneProblem(problems, /#7 createShape: objectId "shape_1" already exists/);
  });

  it("rejects an ID with bad characters, a too short and a too long one", () => {
    expectOneProblem(
      broken((r) => {
        (r[1] as Required<Request>).createShape.objectId = "shape 1!";
        r.splice(2, 2);
      }),
      /objectId "shape 1!" has characters outside/,
    );
    expectOneProblem(
      broken((r) => {
        (r[0] as Required<Request>).createSlide.objectId = "-slide";
        r.splice(1);
      }),
      /starts with -/,
    );
    expectOneProblem(
      broken((r) => {
        (r[0] as Required<Request>).createSlide.objectId = "s1";
        r.splice(1);
      }),
      /"s1" must be 5-50 characters/,
    );
    expectOneProblem(
      broken((r) => {
        (r[0] as Required<Request>).createSlide.objectId = "s".repeat(51);
        r.splice(1);
      }),
      /must be 5-50 characters/,
    );
  });

  it("rejects a reference to an object created later", () => {
    const problems = broken((r) => {
      const insert = r.splice(2, 1)[0] as Request;
      r.splice(1, 0, insert);
    });
    expect(problems[0]).toMatch(/#1 insertText: objectId "shape_1" does not exist/);
    // The style then looks past the end of the (still empty) text of the shape.
    expect(problems.slice(1).every((p) => /outside the text/.test(p))).toBe(true);
  });

  it("rejects an element placed on a page that does not exist", () => {
    const problems = broken((r) => {
      (r[1] as Required<Request>).createShape.elementProperties = at("slide_9", 36, 36, 300, 40);
    });
    expectOneProblem(problems, /#1 createShape: elementProperties.pageObjectId "slide_9" does not exist/);
  });

  it("rejects text indices past the end of the text inserted so far", () => {
    expectOneProblem(
      broken((r) => {
        (r[3] as Required<Request>).updateTextStyle.textRange = {
          type: "FIXED_RANGE",
          startIndex: 5,
          endIndex: 11,
        };
      }),
      /#3 updateTextStyle: range \[5, 11\) is outside the text \(length 10\)/,
    );
    expectOneProblem(
      broken((r) => {
        r.push({ insertText: { objectId: "shape_1", insertionIndex: 11, text: "!" } });
      }),
      /#7 insertText: insertionIndex 11 is outside the text \(length 10\)/,
    );
    expectOneProblem(
      broken((r) => {
        (r[3] as Required<Request>).updateTextStyle.textRange = {
          type: "FIXED_RANGE",
          startIndex: 4,
          endIndex: 4,
        };
      }),
      /range \[4, 4\) is empty/,
    );
  });

  it("tracks text per table cell: a range fits the cell's own text only", () => {
    const style = (row: number, end: number): Request => ({
      updateTextStyle: {
        objectId: "table_1",
        cellLocation: { rowIndex: row, columnIndex: 1 },
        textRange: { type: "FIXED_RANGE", startIndex: 0, endIndex: end },
        style: { bold: true },
        fields: "bold",
      },
    });
    expect(validateRequests([...base(), style(1, 5)])).toEqual([]);
    expectOneProblem(validateRequests([...base(), style(0, 5)]), /outside the text \(length 0\)/);
  });

  it("rejects a cell outside the table", () => {
    expectOneProblem(
      broken((r) => {
        (r[5] as Required<Request>).insertText.cellLocation = { rowIndex: 2, columnIndex: 0 };
      }),
      /#5 insertText: cell \(2, 0\) span 1x1 is outside the table's 2 rows x 2 columns/,
    );
    expectOneProblem(
      broken((r) => {
        (r[6] as Required<Request>).updateTableCellProperties.tableRange = {
          location: { rowIndex: 1, columnIndex: 1 },
          rowSpan: 1,
          columnSpan: 2,
        };
      }),
      /#6 updateTableCellProperties: cell \(1, 1\) span 1x2 is outside/,
    );
    expectOneProblem(
      broken((r) => {
        delete (r[5] as Required<Request>).insertText.cellLocation;
      }),
      /cellLocation is required for table "table_1"/,
    );
  });

  it("rejects an element off the page or without a size", () => {
    expectOneProblem(
      broken((r) => {
        (r[1] as Required<Request>).createShape.elementProperties = at("slide_1", 500, 36, 300, 40);
      }),
      /#1 createShape: element .* ends outside the page 9144000 x 5143500/,
    );
    expectOneProblem(
      broken((r) => {
        (r[1] as Required<Request>).createShape.elementProperties = at("slide_1", -1, 36, 300, 40);
      }),
      /is off the page/,
    );
    expectOneProblem(
      broken((r) => {
        (r[1] as Required<Request>).createShape.elementProperties = at("slide_1", 36, 36, 0, 40);
      }),
      /must be positive/,
    );
  });

  it("rejects a colour component of 1.5 and an alpha below 0", () => {
    expectOneProblem(
      broken((r) => {
        navyOf(r[3]).red = 1.5;
      }),
      /#3 updateTextStyle: style.foregroundColor.opaqueColor.rgbColor.red 1.5 is outside 0..1/,
    );
    expectOneProblem(
      broken((r) => {
        const fill = (r[6] as Required<Request>).updateTableCellProperties.tableCellProperties
          ?.tableCellBackgroundFill;
        if (fill?.solidFill) fill.solidFill.alpha = -0.1;
      }),
      /alpha -0.1 is outside 0..1/,
    );
  });

  it("rejects an empty insertText", () => {
    expectOneProblem(
      broken((r) => {
        r.push({
          insertText: { objectId: "table_1", cellLocation: { rowIndex: 0, columnIndex: 0 }, text: "" },
        });
      }),
      /#7 insertText: text must be a non-empty string/,
    );
  });

  it("rejects using an object after it, or its slide, was deleted", () => {
    const problems = broken((r) => {
      r.push(
        { deleteObject: { objectId: "slide_1" } },
        { insertText: { objectId: "shape_1", text: "lagi" } },
      );
    });
    expectOneProblem(problems, /#8 insertText: objectId "shape_1" was deleted earlier in the batch/);
    const reuse = broken((r) => {
      r.push(
        { deleteObject: { objectId: "table_1" } },
        {
          createShape: {
            objectId: "table_1",
            shapeType: "RECTANGLE",
            elementProperties: at("slide_1", 0, 0, 9, 9),
          },
        },
      );
    });
    expectOneProblem(reuse, /#8 createShape: objectId "table_1" reuses the ID of an object deleted/);
  });

  it("accepts existing slides, and counts slides for insertionIndex", () => {
    const existing = ["old_slide_1", "old_slide_2"];
    const batch: Request[] = [
      { deleteObject: { objectId: "old_slide_1" } },
      { deleteObject: { objectId: "old_slide_2" } },
      ...base(),
    ];
    expect(validateRequests(batch, { existingObjectIds: existing })).toEqual([]);
    expect(validateRequests(batch)[0]).toMatch(/#0 deleteObject: objectId "old_slide_1" does not exist/);
    const tooFar: Request[] = [
      {
        createSlide: {
          objectId: "slide_x",
          insertionIndex: 3,
          slideLayoutReference: { predefinedLayout: "BLANK" },
        },
      },
    ];
    expectOneProblem(
      validateRequests(tooFar, { existingObjectIds: existing }),
      /insertionIndex 3 is outside 0..2/,
    );
  });

  it("requires what createSheetsChart needs", () => {
    const chart = (fields: Record<string, unknown>): Request[] => [
      base()[0] as Request,
      {
        createSheetsChart: {
          objectId: "chart_1",
          elementProperties: at("slide_1", 10, 10, 300, 200),
          ...fields,
        },
      },
    ];
    expect(validateRequests(chart({ spreadsheetId: "1AbCdEf", chartId: 42, linkingMode: "LINKED" }))).toEqual(
      [],
    );
    expectOneProblem(
      validateRequests(chart({ chartId: 42, linkingMode: "LINKED" })),
      /spreadsheetId is required/,
    );
    expectOneProblem(validateRequests(chart({ spreadsheetId: "1AbCdEf", linkingMode: "LINKED" })), /chartId/);
    expectOneProblem(validateRequests(chart({ spreadsheetId: "1AbCdEf", chartId: 42 })), /linkingMode/);
  });

  it("rejects a request holding two kinds, styles not listed in fields and absurd font sizes", () => {
    expectOneProblem(
      broken((r) => {
        r.push({ deleteObject: { objectId: "shape_1" }, insertText: { objectId: "table_1", text: "x" } });
      }),
      /exactly one kind, found 2/,
    );
    expectOneProblem(
      broken((r) => {
        (r[3] as Required<Request>).updateTextStyle.fields = "bold,foregroundColor";
      }),
      /style.fontSize is set but not listed in fields/,
    );
    expectOneProblem(
      broken((r) => {
        const style = (r[3] as Required<Request>).updateTextStyle.style;
        if (style) style.fontSize = { magnitude: 0.5, unit: "PT" };
      }),
      /fontSize .* is outside 1..400 pt/,
    );
  });
});

function navyOf(request: Request | undefined): { red?: number } {
  const rgb = request?.updateTextStyle?.style?.foregroundColor?.opaqueColor?.rgbColor;
  if (!rgb) throw new Error("base batch changed");
  return rgb;
}
