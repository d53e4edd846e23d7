/**
 * The people a test runs the script as. Apps Script runs every call as some Google account, and
 * much of what the script can reach is that account's own:
 * - `Session.getActiveUser()` / `getEffectiveUser()` name the user running the call
 *   (https://developers.google.com/apps-script/reference/base/session);
 * - under `drive.file` Drive reaches only the files this user's runs created or this user picked
 *   with the Google Picker (https://developers.google.com/drive/api/guides/about-auth), see
 *   drive-api.ts;
 * - installable triggers belong to the user who made them and run as that user
 *   (https://developers.google.com/apps-script/guides/triggers/installable), see script-app.ts;
 * - user properties and the user cache are per user; document properties, the document cache and
 *   the document lock are shared by everyone using the document
 *   (https://developers.google.com/apps-script/guides/properties,
 *   https://developers.google.com/apps-script/reference/cache/cache-service,
 *   https://developers.google.com/apps-script/reference/lock/lock-service).
 *
 * One FakeUsers is shared by every fake of an env; `env.users.as(email, fn)` runs `fn` as that
 * user. Without a switch, everything runs as the env's one user (its default), who owns and has
 * picked whatever a test sets up, so single-user tests behave as before.
 */

export const DEFAULT_USER = "staf@kemenkeu.go.id";

export class FakeUsers {
  constructor(
    /** The user the script runs as now ("" models a hidden e-mail: consumer account, simple trigger). */
    public current = DEFAULT_USER,
  ) {}

  /** Runs `run` as `email`, then switches back (also when it throws). */
  as<T>(email: string, run: () => T): T {
    const before = this.current;
    this.current = email;
    try {
      return run();
    } finally {
      this.current = before;
    }
  }
}

/** `kemenkeu.go.id` of `staf@kemenkeu.go.id` ("" without one). */
export function domainOf(email: string): string {
  return /@([^@\s]+)$/.exec(email)?.[1]?.toLowerCase() ?? "";
}

/** One value per user, made on first use (user properties, user cache ...). */
export class PerUser<T> {
  private readonly byUser = new Map<string, T>();

  constructor(
    private readonly users: FakeUsers,
    private readonly make: (email: string) => T,
  ) {}

  get current(): T {
    return this.of(this.users.current);
  }

  of(email: string): T {
    let value = this.byUser.get(email);
    if (value === undefined) {
      value = this.make(email);
      this.byUser.set(email, value);
    }
    return value;
  }
}
