/** The dialog's google.script.run and host (src/ui/script-run.ts). */
import type { RpcName } from "../rpc/args";
import { callServer, scriptHost } from "../ui/script-run";

export function call<T>(name: RpcName, arg: unknown): Promise<T> {
  return callServer<T>(name, arg);
}

/** Closes the dialog (google.script.host); false outside Apps Script. */
export function closeDialog(): boolean {
  const host = scriptHost();
  if (typeof host?.close !== "function") return false;
  host.close();
  return true;
}
