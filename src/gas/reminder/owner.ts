/**
 * Whose the workbook's reminder is. An installable trigger belongs to the user who made it and
 * runs as that user; `ScriptApp.getProjectTriggers()` answers only the current user's. So staff
 * cannot see or remove each other's triggers, and two staff running Atur Pengingat would make two
 * reminders. The one reminder of a workbook is therefore named in the DOCUMENT properties, which
 * every staff member shares: who set it, which trigger, which day. Setting it again, by anyone,
 * takes it over; removing it, by anyone, leaves a note that it was removed. A trigger that is not
 * the one named there does nothing when it fires and deletes itself (it runs as its maker, so it
 * can), so the workbook ends with one reminder a month whoever set it.
 */

type Properties = Pick<GoogleAppsScript.Properties.Properties, "getProperty" | "setProperty">;

export const REMINDER_OWNER_PROPERTY = "laporan.pengingat";

/** The workbook's reminder: set by `owner` (trigger `uid`, on `day`), or removed by `removedBy`. */
export type OwnerRecord =
  | { owner: string; uid: string; day: number; since: string }
  | { owner: ""; removedBy: string; since: string };

export function readOwner(properties: Properties | null | undefined): OwnerRecord | undefined {
  const text = properties?.getProperty(REMINDER_OWNER_PROPERTY);
  if (!text) return undefined;
  try {
    const record = JSON.parse(text) as Partial<OwnerRecord> & Record<string, unknown>;
    if (typeof record.owner !== "string") return undefined;
    if (record.owner === "") {
      return { owner: "", removedBy: String(record.removedBy ?? ""), since: String(record.since ?? "") };
    }
    return {
      owner: record.owner,
      uid: String(record.uid ?? ""),
      day: Number(record.day ?? 0),
      since: String(record.since ?? ""),
    };
  } catch {
    return undefined;
  }
}

export function writeOwner(properties: Properties, record: OwnerRecord): void {
  properties.setProperty(REMINDER_OWNER_PROPERTY, JSON.stringify(record));
}

/** `Anda` for the current user, else their e-mail (or a neutral word when Google hides it). */
export function whoText(email: string, current: string): string {
  if (email !== "" && email === current) return `Anda (${email})`;
  return email || "rekan Anda (alamat e-mail tidak diketahui)";
}
