/** How each style of text element looks, in both renderers. */
import type { TextStyle } from "./deck";
import { COLORS } from "./theme";

export interface TextStyleLook {
  color: string;
  bold: boolean;
  italic: boolean;
}

export const TEXT_STYLES: Readonly<Record<TextStyle, TextStyleLook>> = {
  heading: { color: COLORS.primary, bold: true, italic: false },
  body: { color: COLORS.text, bold: false, italic: false },
  caption: { color: COLORS.muted, bold: false, italic: false },
  note: { color: COLORS.muted, bold: false, italic: true },
};
