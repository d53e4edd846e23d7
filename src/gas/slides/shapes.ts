/** Shapes: rectangles, text boxes and KPI tiles as createShape + updateShapeProperties + text. */
import type { Box, KpiElement, Paragraph } from "../../report/deck";
import { kpiLook, TILE, TILE_PAD, tileColors } from "../../report/tiles";
import { type TextLook, textRequests } from "./text";
import { placement, pt, type Request, rgb } from "./units";

type ShapeProperties = GoogleAppsScript.Slides.Schema.ShapeProperties;

export type ShapeType = "TEXT_BOX" | "RECTANGLE" | "ROUND_RECTANGLE";
export type VerticalAlign = "TOP" | "MIDDLE" | "BOTTOM";

export interface ShapeLook {
  fill?: string;
  /** An outline colour and weight in points; no outline when absent. */
  outline?: { color: string; weight: number };
  valign?: VerticalAlign;
}

export function createShape(objectId: string, pageId: string, box: Box, shapeType: ShapeType): Request {
  return { createShape: { objectId, shapeType, elementProperties: placement(pageId, box) } };
}

/** One updateShapeProperties for fill, outline and vertical alignment (only the fields given). */
export function shapeProperties(objectId: string, look: ShapeLook, shapeType: ShapeType): Request[] {
  const props: ShapeProperties = {};
  const fields: string[] = [];
  if (look.fill) {
    props.shapeBackgroundFill = { solidFill: { color: rgb(look.fill), alpha: 1 } };
    fields.push("shapeBackgroundFill.solidFill.color", "shapeBackgroundFill.solidFill.alpha");
  }
  if (look.outline) {
    props.outline = {
      outlineFill: { solidFill: { color: rgb(look.outline.color), alpha: 1 } },
      weight: pt(look.outline.weight),
    };
    fields.push(
      "outline.outlineFill.solidFill.color",
      "outline.outlineFill.solidFill.alpha",
      "outline.weight",
    );
  } else if (shapeType !== "TEXT_BOX") {
    // Rectangles get the theme's outline by default; text boxes have none.
    props.outline = { propertyState: "NOT_RENDERED" };
    fields.push("outline.propertyState");
  }
  if (look.valign) {
    props.contentAlignment = look.valign;
    fields.push("contentAlignment");
  }
  if (fields.length === 0) return [];
  return [{ updateShapeProperties: { objectId, shapeProperties: props, fields: fields.join(",") } }];
}

/** A filled rectangle without text (bars and rules of the chrome). */
export function rectangle(objectId: string, pageId: string, box: Box, fill: string): Request[] {
  return [
    createShape(objectId, pageId, box, "RECTANGLE"),
    ...shapeProperties(objectId, { fill }, "RECTANGLE"),
  ];
}

/** A text box (or a shape of another type) holding paragraphs; nothing at all when the text is empty. */
export function textShape(
  objectId: string,
  pageId: string,
  box: Box,
  paragraphs: readonly Paragraph[],
  look: TextLook,
  shape: ShapeLook & { type?: ShapeType } = {},
): Request[] {
  const text = textRequests({ objectId }, paragraphs, look);
  const type = shape.type ?? "TEXT_BOX";
  if (text.length === 0 && type === "TEXT_BOX") return [];
  return [createShape(objectId, pageId, box, type), ...shapeProperties(objectId, shape, type), ...text];
}

/** A plain one-paragraph text. */
export function plain(text: string): Paragraph[] {
  return [{ runs: [{ text }] }];
}

/**
 * A rounded tile: the value big above the label, both bold and centred, with blank lines up to
 * its row's line count (tiles.ts), so a row's values sit on one baseline.
 */
export function kpiTile(objectId: string, pageId: string, element: KpiElement): Request[] {
  const look = kpiLook(element);
  const colors = tileColors(element);
  const pad = Array.from({ length: look.padLines }, () => plain(TILE_PAD)).flat();
  const paragraphs = [...plain(element.value), ...plain(element.label), ...pad];
  const text: TextLook = {
    fontSize: look.label,
    color: colors.label,
    bold: true,
    italic: false,
    align: "center",
  };
  const valueEnd = element.value.length;
  const shape: ShapeLook = {
    fill: colors.fill,
    outline: { color: TILE.outline.color, weight: TILE.outline.weightPt },
    valign: "MIDDLE",
  };
  return [
    createShape(objectId, pageId, element.box, "ROUND_RECTANGLE"),
    ...shapeProperties(objectId, shape, "ROUND_RECTANGLE"),
    ...textRequests({ objectId }, paragraphs, { ...text, spaceBelow: 0 }, [
      {
        start: 0,
        end: valueEnd,
        style: { fontSize: pt(look.value), foregroundColor: { opaqueColor: rgb(colors.value) } },
        fields: "fontSize,foregroundColor",
      },
    ]),
  ];
}
