/**
 * A finding that lists many cases in one sentence (`...: 12 kunjungan melebihi batas 5 tamu:
 * 1 November 2023, Kab. Asahan, 7 tamu (baris 12); 1 November 2023, ...`) reads better as its
 * lead and a list. Only a tail of three or more `; `-separated parts after a `: ` is split.
 */
export interface FindingParts {
  head: string;
  items: string[];
}

const MIN_ITEMS = 3;

export function findingParts(message: string): FindingParts {
  let at = message.indexOf(": ");
  while (at >= 0) {
    const items = message
      .slice(at + 2)
      .replace(/\.$/, "")
      .split("; ");
    if (items.length >= MIN_ITEMS && items.every((item) => item.trim() !== "" && !item.includes(": "))) {
      return { head: message.slice(0, at + 1), items };
    }
    at = message.indexOf(": ", at + 2);
  }
  return { head: message, items: [] };
}
