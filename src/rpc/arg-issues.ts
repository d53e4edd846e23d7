/**
 * A refused server call's arguments, said in Indonesian: which argument or field, what it must
 * be and what came. Staff only see this when a page is out of date with the server (a deploy
 * while it was open) or someone calls the server by hand; it says what to do either way.
 */

/** What this needs of a zod issue (zod/mini's issues have these fields). */
export interface ArgIssue {
  code: string;
  path: readonly PropertyKey[];
  expected?: string;
  input?: unknown;
  keys?: readonly string[];
  values?: readonly unknown[];
  maximum?: number | bigint;
  minimum?: number | bigint;
  origin?: string;
  errors?: readonly (readonly ArgIssue[])[];
}

const TYPE_WORDS: Record<string, string> = {
  string: "teks",
  number: "angka",
  boolean: "true atau false",
  object: "objek",
  array: "daftar",
  tuple: "daftar",
  null: "kosong (null)",
};

const typeWord = (expected: string | undefined): string => TYPE_WORDS[expected ?? ""] ?? expected ?? "?";

const SHOWN_TEXT = 40;

/** The value that came, briefly: `teks "false"`, `angka 3`, `daftar`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "tidak ada";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > SHOWN_TEXT ? `${value.slice(0, SHOWN_TEXT)}…` : value;
    return `teks ${JSON.stringify(shown)}`;
  }
  if (typeof value === "number") return `angka ${value}`;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "daftar";
  return typeof value === "object" ? "objek" : typeof value;
}

/** `argumen ke-1`, `"confirmResend"`, `"rows[3][2]"`. */
function place(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path;
  if (first === undefined) return "argumennya";
  if (rest.length === 0) return `argumen ke-${Number(first) + 1}`;
  const [field, ...indexes] = rest;
  return `"${String(field)}${indexes.map((i) => `[${String(i)}]`).join("")}"`;
}

const came = (issue: ArgIssue): string => ("input" in issue ? `, bukan ${describeValue(issue.input)}` : "");

function unionTypes(issue: ArgIssue): string {
  const expected = (issue.errors ?? []).flatMap((branch) => branch.map((i) => typeWord(i.expected)));
  return [...new Set(expected)].join(" atau ");
}

export function issueText(issue: ArgIssue): string {
  const where = place(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `${where} harus ${typeWord(issue.expected)}${came(issue)}`;
    case "invalid_union":
      return `${where} harus ${unionTypes(issue)}${came(issue)}`;
    case "invalid_value":
      return `${where} harus salah satu dari ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}${came(issue)}`;
    case "unrecognized_keys":
      return `${where} berisi kolom yang tidak dikenal: ${(issue.keys ?? []).join(", ")}`;
    case "too_big":
      return issue.path.length === 0
        ? `argumennya terlalu banyak (paling banyak ${issue.maximum})`
        : `${where} terlalu panjang (paling banyak ${issue.maximum})`;
    case "too_small":
      return issue.path.length === 0
        ? `argumennya kurang (perlu ${issue.minimum})`
        : `${where} terlalu pendek (paling sedikit ${issue.minimum})`;
    default:
      return `${where} tidak sah`;
  }
}

const MAX_ISSUES = 3;

/** The whole refusal: the function, up to three issues, and what to do. */
export function argsMessage(name: string, issues: readonly ArgIssue[]): string {
  const texts = issues.slice(0, MAX_ISSUES).map(issueText);
  const more = issues.length > MAX_ISSUES ? ` (dan ${issues.length - MAX_ISSUES} lainnya)` : "";
  return `Permintaan ke server tidak sah (${name}): ${texts.join("; ")}${more}. Tidak ada yang diubah. Tutup halaman ini, buka lagi dari menu, lalu coba lagi.`;
}
