/**
 * `FakeOf<Real, "a" | "b", { a: FakeX }>`: the methods a fake implements, with parameters as
 * the real Apps Script type declares them (the last overload), and return types as declared
 * unless replaced (a fake returns other fakes). A fake class `implements` it, so a method with
 * a wrong signature, or a missing one, fails to compile.
 */
export type FakeOf<T, K extends keyof T, R extends { [P in K]?: unknown } = Record<never, never>> = {
  [P in K]: T[P] extends (...args: infer A) => infer Ret
    ? (...args: A) => P extends keyof R ? R[P] : Ret
    : T[P];
};

/** One value of a fake enum: an object, as in Apps Script, whose string form is its name. */
export interface EnumValue {
  readonly name: string;
  toString(): string;
  toJSON(): string;
}

/**
 * Apps Script's enums (Button.OK, DataValidationCriteria.VALUE_IN_LIST) are objects at run
 * time, told apart by identity, printing as their names. The type declarations describe them
 * as TS enums of a namespace that does not exist in Node, hence the cast.
 */
export function enumOf<E>(names: readonly string[]): E {
  const values = names.map((name): [string, EnumValue] => [
    name,
    Object.freeze({ name, toString: () => name, toJSON: () => name }),
  ]);
  return Object.freeze(Object.fromEntries(values)) as E;
}

/**
 * Methods take the real Apps Script types (so the signature check holds) but only ever receive
 * fakes; this narrows, and fails loudly if code passes something else.
 */
export function asFake<T>(value: unknown, fakeClass: abstract new (...args: never[]) => T): T {
  if (value instanceof fakeClass) return value;
  throw new Error(`Fake: expected a ${fakeClass.name}, got ${String(value)}`);
}
