/**
 * E-mail address lists as staff type them in Pengaturan: one per line, or separated by commas
 * or semicolons. Pure: text in, addresses (or the entries that are not addresses) out.
 */

export type EmailList = { ok: true; emails: string[] } | { ok: false; invalid: string[]; emails: string[] };

/**
 * A practical address check (what MailApp accepts in practice): one `@`, a local part without
 * spaces, a domain of dot-separated labels ending in a 2+ letter top-level domain.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;
const MAX_LENGTH = 254;

export function isEmail(text: string): boolean {
  return text.length <= MAX_LENGTH && EMAIL.test(text) && !text.includes("..") && !text.startsWith(".");
}

/** `Nama <a@b.go.id>` (as copied from a mail client) counts as `a@b.go.id`. */
function addressOf(entry: string): string {
  const angled = /<([^<>]+)>\s*$/.exec(entry);
  return (angled?.[1] ?? entry).trim();
}

/** Splits and checks a list; duplicates (case-insensitive) are kept once, in the order typed. */
export function parseEmailList(text: unknown): EmailList {
  const raw = typeof text === "string" ? text : text === null || text === undefined ? "" : String(text);
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw.split(/[\n\r,;]+/)) {
    const trimmed = entry.trim();
    if (trimmed === "") continue;
    const address = addressOf(trimmed);
    if (!isEmail(address)) {
      invalid.push(trimmed);
      continue;
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(address);
  }
  return invalid.length > 0 ? { ok: false, invalid, emails } : { ok: true, emails };
}
