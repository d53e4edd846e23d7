/**
 * A Google API `fields` mask (`sheets(properties(sheetId,title),charts(chartId)),properties.title`)
 * applied to an answer, as the API applies it: only the named fields are kept, a mask on a list
 * applies to each element. So what a test or benchmark measures of an answer is what Google sends.
 */

type Mask = Map<string, Mask | true>;

function parseList(text: string, start: number): { mask: Mask; end: number } {
  const mask: Mask = new Map();
  let i = start;
  while (i < text.length && text[i] !== ")") {
    let name = "";
    while (i < text.length && !",()".includes(text[i] ?? "")) name += text[i++];
    let sub: Mask | true = true;
    if (text[i] === "(") {
      const inner = parseList(text, i + 1);
      sub = inner.mask;
      i = inner.end + 1;
    }
    add(mask, name.trim().split("."), sub);
    if (text[i] === ",") i += 1;
  }
  return { mask, end: i };
}

function add(mask: Mask, path: string[], leaf: Mask | true): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    const existing = mask.get(head);
    mask.set(head, existing instanceof Map && leaf instanceof Map ? merge(existing, leaf) : leaf);
    return;
  }
  let next = mask.get(head);
  if (next === true) return;
  if (!next) {
    next = new Map();
    mask.set(head, next);
  }
  add(next, rest, leaf);
}

function merge(a: Mask, b: Mask): Mask {
  for (const [k, v] of b) {
    const old = a.get(k);
    a.set(k, old instanceof Map && v instanceof Map ? merge(old, v) : old === true ? true : v);
  }
  return a;
}

export function parseFieldMask(fields: string): Mask {
  return parseList(fields.replace(/\s+/g, ""), 0).mask;
}

function apply(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => apply(v, mask));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = apply(v, sub);
  }
  return out;
}

/** The answer with only the fields the mask names (the whole answer when there is no mask). */
export function withFields<T>(answer: T, fields: string | undefined): T {
  if (fields === undefined || fields.trim() === "" || fields.trim() === "*") return answer;
  return apply(answer, parseFieldMask(fields)) as T;
}
