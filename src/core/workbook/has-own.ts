/**
 * `Object.hasOwn` without it: that is ES2022, and Apps Script's V8 is only promised ES2020 (see
 * tsconfig.gas.json), so code that runs on Google uses this instead.
 */
export function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn (its fix) is ES2022, past Apps Script's ES2020.
  return Object.prototype.hasOwnProperty.call(object, key);
}
