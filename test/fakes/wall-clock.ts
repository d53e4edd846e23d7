/** The wall-clock time of an instant in a time zone, as the Apps Script services see it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The same wall-clock reading taken as UTC, in ms (handy for offsets and date serials). */
  asUtc: number;
}

/** One formatter per time zone: making one costs far more than using it (every date cell read). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  );
  const clock = {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
  return {
    ...clock,
    asUtc: Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second),
  };
}
