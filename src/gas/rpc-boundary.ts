/**
 * The door every page call comes through. Any editor can call a public server function from the
 * browser with any JSON (https://developers.google.com/apps-script/guides/html/reference/run),
 * so each one's arguments are checked against src/rpc/args.ts before the function runs: a wrong
 * type or an unknown field is refused with an Indonesian message and nothing is read or written.
 */
import * as z from "zod/mini";
import { argsMessage } from "../rpc/arg-issues";
import { RPC_ARGS, type RpcArgs, type RpcName } from "../rpc/args";

/** `fn` behind its argument check, for `global.name = rpc("name", fn)` in main.ts. */
export function rpc<N extends RpcName, R>(
  name: N,
  fn: (...args: RpcArgs<N>) => R,
): (...args: unknown[]) => R {
  const schema = RPC_ARGS[name];
  return (...args: unknown[]) => {
    const parsed = z.safeParse(schema, args, { reportInput: true });
    if (!parsed.success) throw new Error(argsMessage(name, parsed.error.issues));
    return fn(...(parsed.data as RpcArgs<N>));
  };
}
