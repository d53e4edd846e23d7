/**
 * Text as read from a workbook cell (xlsx or Sheets), made safe for every renderer once, here:
 * Unicode NFC, line breaks kept only where a field is multi-line, every other control character
 * removed. Slide XML and the Slides API refuse C0 controls (a Word Shift+Enter pasted into a
 * cell is a vertical tab), lone surrogates and U+FFFE/U+FFFF.
 */

/** Characters that end a line as staff see it: CR LF, CR, vertical tab, form feed, NEL, LS, PS. */
const LINE_BREAK = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
/** C0 and C1 controls except tab and line feed, DEL, BOM, noncharacters, lone surrogates. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this regex's job
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A cell's text as the report and the workbook keep it: trimmed, NFC, tabs as spaces, line
 * breaks as `\n` in a multi-line field (trailing spaces of each line and runs of more than one
 * empty line dropped) and as one space elsewhere.
 */
export function cleanText(text: string, multiline = false): string {
  const lines = text
    .replace(LINE_BREAK, "\n")
    .replace(UNSAFE, "")
    .replace(/\t/g, " ")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.trimEnd());
  if (!multiline)
    return lines
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join(" ");
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Length as staff count it: characters (code points), not UTF-16 units. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
