/** Logger and console as Apps Script provides them; both record into `lines`. */
import { type CallLog, Counted } from "./calls";
import type { FakeOf } from "./typing";

export class FakeLogger
  extends Counted
  implements FakeOf<GoogleAppsScript.Base.Logger, "log" | "getLog" | "clear", { log: FakeLogger }>
{
  readonly lines: string[] = [];

  constructor(calls: CallLog) {
    super(calls, "Logger", "");
  }
  log(format: unknown, ...values: unknown[]): FakeLogger {
    this.hit("log");
    let i = 0;
    const text = String(format).replace(/%s/g, () => String(values[i++]));
    this.lines.push(text);
    return this;
  }
  getLog(): string {
    this.hit("getLog");
    return this.lines.join("\n");
  }
  clear(): void {
    this.hit("clear");
    this.lines.length = 0;
  }
}

export type ConsoleLevel = "log" | "info" | "warn" | "error";

/** The `console` global of the Apps Script sandbox (Cloud Logging); calls are not counted. */
export function fakeConsole(lines: { level: ConsoleLevel; text: string }[]): Pick<Console, ConsoleLevel> {
  const writer =
    (level: ConsoleLevel) =>
    (...args: unknown[]) => {
      lines.push({ level, text: args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ") });
    };
  return { log: writer("log"), info: writer("info"), warn: writer("warn"), error: writer("error") };
}
