/**
 * Apps Script's V8 as far as we may count on it: ES2020. Google does not say which ECMAScript
 * edition its V8 runtime has (https://developers.google.com/apps-script/guides/v8-runtime lists
 * "modern ECMAScript syntax" without an edition), and its own TypeScript template types against
 * ES2020, so the bundle is loaded into a realm from which every built-in newer than ES2020 is
 * deleted: a call to one fails here as it may on Google. Syntax is held to ES2020 separately (the
 * bundle must parse as ES2020, test/gas/es2020.test.ts); tsconfig.gas.json types the sources so.
 */
import vm from "node:vm";

export interface NewerBuiltin {
  /** Where it lives, as an expression of the script's realm. */
  owner: string;
  name: string;
  /** The ECMAScript (or ECMA-402 for Intl) edition that added it. */
  edition: number;
}

const on = (owner: string, edition: number, ...names: string[]): NewerBuiltin[] =>
  names.map((name) => ({ owner, name, edition }));

const TYPED_ARRAY = "Object.getPrototypeOf(Int8Array.prototype)";

export const NEWER_BUILTINS: readonly NewerBuiltin[] = [
  ...on("String.prototype", 2021, "replaceAll"),
  ...on("Promise", 2021, "any"),
  ...on("globalThis", 2021, "AggregateError", "WeakRef", "FinalizationRegistry"),
  ...on("Intl", 2021, "ListFormat", "DisplayNames"),
  ...on("Object", 2022, "hasOwn"),
  ...on("Array.prototype", 2022, "at"),
  ...on("String.prototype", 2022, "at"),
  ...on(TYPED_ARRAY, 2022, "at"),
  ...on("Intl", 2022, "Segmenter", "supportedValuesOf"),
  ...on("Array.prototype", 2023, "findLast", "findLastIndex", "toReversed", "toSorted", "toSpliced", "with"),
  ...on(TYPED_ARRAY, 2023, "findLast", "findLastIndex", "toReversed", "toSorted", "with"),
  ...on("Object", 2024, "groupBy"),
  ...on("Map", 2024, "groupBy"),
  ...on("Promise", 2024, "withResolvers"),
  ...on("String.prototype", 2024, "isWellFormed", "toWellFormed"),
  ...on("ArrayBuffer.prototype", 2024, "resize", "transfer", "transferToFixedLength"),
  ...on("Atomics", 2024, "waitAsync"),
  ...on("Array", 2025, "fromAsync"),
  ...on("globalThis", 2025, "Iterator", "Float16Array"),
  ...on("Set.prototype", 2025, "union", "intersection", "difference", "symmetricDifference"),
  ...on("Set.prototype", 2025, "isSubsetOf", "isSupersetOf", "isDisjointFrom"),
  ...on("Promise", 2025, "try"),
  ...on("RegExp", 2025, "escape"),
  ...on("Math", 2025, "f16round"),
  ...on("Intl", 2025, "DurationFormat"),
];

/** Deletes the newer built-ins from a context's realm (those its V8 has; the rest are absent already). */
export function stripNewerBuiltins(context: vm.Context): void {
  const script = NEWER_BUILTINS.map(({ owner, name }) => `delete (${owner})[${JSON.stringify(name)}];`);
  vm.runInContext(script.join("\n"), context);
}
