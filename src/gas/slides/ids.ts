/**
 * Object IDs of one generation of the deck: `<prefix>_<slide>_<role><n>`, e.g. `r1a2b3c4d_05_k2`.
 * The prefix changes with the deck and with the slides it replaces, so a regeneration never
 * reuses an ID of the slides (and their elements) deleted in the same batch.
 */

/** The Slides API's rule for caller-chosen object IDs. */
export const OBJECT_ID_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9_\-:]{4,49}$/;

/** What a generated object is, encoded in its ID (tests and callers read it back with `roleOf`). */
export const ROLE = {
  slide: "s",
  titleBar: "b",
  title: "t",
  rule: "r",
  footerLine: "l",
  footer: "f",
  number: "n",
  cover: "v",
  text: "x",
  kpi: "k",
  table: "g",
  chart: "c",
  chartPlaceholder: "p",
} as const;

export type Role = keyof typeof ROLE;

const ROLE_BY_CODE = new Map<string, Role>(Object.entries(ROLE).map(([role, code]) => [code, role as Role]));

/** FNV-1a, 32 bits, as 8 hex digits: short, deterministic, the same in Apps Script and Node. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The generation prefix: `r` + a hash of the deck and of the slides being replaced, re-salted
 * until no existing ID starts with it.
 */
export function generationPrefix(seed: string, existingIds: readonly string[]): string {
  for (let salt = 0; ; salt++) {
    const prefix = `r${hash32(`${salt}|${seed}|${existingIds.join(",")}`)}`;
    if (!existingIds.some((id) => id === prefix || id.startsWith(`${prefix}_`))) return prefix;
  }
}

export function checkPrefix(prefix: string, existingIds: readonly string[]): void {
  if (!/^[a-zA-Z0-9_][a-zA-Z0-9_-]{2,29}$/.test(prefix)) {
    throw new Error(`idPrefix "${prefix}" must be 3-30 letters, digits, _ or - (not starting with -)`);
  }
  const clash = existingIds.find((id) => id === prefix || id.startsWith(`${prefix}_`));
  if (clash) throw new Error(`idPrefix "${prefix}" clashes with existing object ${clash}`);
}

/** Issues the IDs of one generation; every ID is unique because each (slide, role) has a counter. */
export class IdMaker {
  private readonly counters = new Map<string, number>();

  constructor(readonly prefix: string) {}

  slide(slideIndex: number): string {
    return `${this.prefix}_${pad(slideIndex + 1)}_${ROLE.slide}`;
  }

  element(slideIndex: number, role: Exclude<Role, "slide">): string {
    const key = `${slideIndex}:${role}`;
    const n = this.counters.get(key) ?? 0;
    this.counters.set(key, n + 1);
    return `${this.prefix}_${pad(slideIndex + 1)}_${ROLE[role]}${n}`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The role encoded in a generated ID, or undefined for IDs not made by `IdMaker`. */
export function roleOf(objectId: string): Role | undefined {
  const match = /_\d+_([a-z])\d*$/.exec(objectId);
  return match ? ROLE_BY_CODE.get(match[1] ?? "") : undefined;
}
