/**
 * Every call into a fake is recorded here, so tests and benchmarks can count Apps Script round
 * trips: `calls.count("SpreadsheetApp")`, `calls.count("SpreadsheetApp", "Range.getValues")`.
 * `service` is the global the object was reached through; `method` is `Class.method`
 * (or just `method` on the service object itself).
 */
export interface Call {
  service: string;
  method: string;
}

export class CallLog {
  private readonly entries: Call[] = [];

  record(service: string, method: string): void {
    this.entries.push({ service, method });
  }

  /** Calls to a service, optionally of one method (exact `Class.method` or `method`). */
  count(service?: string, method?: string): number {
    return this.entries.filter(
      (c) =>
        (service === undefined || c.service === service) && (method === undefined || c.method === method),
    ).length;
  }

  /** All calls, in order. */
  list(): readonly Call[] {
    return [...this.entries];
  }

  /** `{ "SpreadsheetApp.Range.getValues": 3, ... }`, handy for benchmark output. */
  summary(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const c of this.entries) {
      const key = `${c.service}.${c.method}`;
      totals[key] = (totals[key] ?? 0) + 1;
    }
    return totals;
  }

  reset(): void {
    this.entries.length = 0;
  }
}

/** Base of every fake object: knows its service and records each call. */
export abstract class Counted {
  constructor(
    protected readonly calls: CallLog,
    protected readonly service: string,
    /** Class name in the log (`Range`), or "" for the service object itself. */
    private readonly objectName: string,
  ) {}

  protected hit(method: string): void {
    this.calls.record(this.service, this.objectName ? `${this.objectName}.${method}` : method);
  }
}
