/**
 * pptxgenjs, loaded the same way under tsx, vitest and plain Node. Its ES build's default export
 * is the class, but a loader that goes through the CommonJS build may hand over the module
 * namespace (`{ default: class }`) instead; both shapes are accepted here.
 */
import PptxGenJSImport from "pptxgenjs";

export type Pptx = PptxGenJSImport;
export type PptxSlide = PptxGenJSImport.Slide;
export type PptxTextProps = PptxGenJSImport.TextProps;
export type PptxTableRow = PptxGenJSImport.TableRow;
export type PptxChartOptions = PptxGenJSImport.IChartOpts;

type PptxConstructor = typeof PptxGenJSImport;

const PptxGenJS: PptxConstructor =
  (PptxGenJSImport as unknown as { default?: PptxConstructor }).default ?? PptxGenJSImport;

export function newPresentation(): Pptx {
  return new PptxGenJS();
}
