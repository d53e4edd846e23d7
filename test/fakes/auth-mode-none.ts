/**
 * The services an Editor add-on may use in ScriptApp.AuthMode.NONE (installed, not yet used in
 * this document): the Ui, to build its menu, and nothing else. Every other global service is
 * replaced by a proxy that throws on any use and records it, as Apps Script refuses them.
 */
import type { FakeEnv } from "./env";

/** What stays reachable: SpreadsheetApp.getUi() and the ScriptApp.AuthMode enum to compare with. */
const ALLOWED: Record<string, readonly string[]> = {
  SpreadsheetApp: ["getUi"],
  ScriptApp: ["AuthMode"],
};

export interface AuthModeNone {
  /** An env whose globals() are the restricted ones (for loadBundle). */
  env: FakeEnv;
  /** `Service.member` of every refused use, in order (in case code catches the error). */
  refused: string[];
}

export function authModeNone(env: FakeEnv): AuthModeNone {
  const refused: string[] = [];
  const guard = (name: string, service: object): object =>
    new Proxy(service, {
      get(target, property, receiver) {
        if (typeof property === "symbol" || ALLOWED[name]?.includes(property)) {
          const value: unknown = Reflect.get(target, property, receiver);
          // Called on the fake itself, whose own bookkeeping (call counting) is not a service use.
          return typeof value === "function" ? value.bind(target) : value;
        }
        refused.push(`${name}.${property}`);
        throw new Error(`${name}.${property} is not allowed in AuthMode.NONE.`);
      },
    });
  const globals = (): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(env.globals()).map(([name, service]) => [
        name,
        name === "console" || typeof service !== "object" || service === null
          ? service
          : guard(name, service),
      ]),
    );
  return { env: { ...env, globals }, refused };
}
