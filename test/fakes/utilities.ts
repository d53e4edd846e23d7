/**
 * Utilities: date formatting in a time zone (the SimpleDateFormat letters code uses), digests
 * and base64 with Java's signed bytes, UUIDs, sleep.
 */

import { createHash, randomUUID } from "node:crypto";
import { type CallLog, Counted } from "./calls";
import { enumOf, type FakeOf } from "./typing";
import { wallClock } from "./wall-clock";

type U = typeof GoogleAppsScript.Utilities;
type Byte = number;

export const Charset = enumOf<U["Charset"]>(["US_ASCII", "UTF_8"]);
export const DigestAlgorithm = enumOf<U["DigestAlgorithm"]>([
  "MD2",
  "MD5",
  "SHA_1",
  "SHA_256",
  "SHA_384",
  "SHA_512",
]);
export const MacAlgorithm = enumOf<U["MacAlgorithm"]>([
  "HMAC_MD5",
  "HMAC_SHA_1",
  "HMAC_SHA_256",
  "HMAC_SHA_384",
  "HMAC_SHA_512",
]);
export const RsaAlgorithm = enumOf<U["RsaAlgorithm"]>(["RSA_SHA_1", "RSA_SHA_256"]);

const NODE_DIGESTS: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

/** Java bytes are signed: 255 -> -1. */
export const toSignedBytes = (buffer: Uint8Array): Byte[] =>
  Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
const toBuffer = (data: Byte[] | string): Buffer =>
  typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.map((b) => b & 0xff));

const UTILITY_METHODS = [
  "Charset",
  "DigestAlgorithm",
  "MacAlgorithm",
  "RsaAlgorithm",
  "formatDate",
  "computeDigest",
  "base64Encode",
  "base64EncodeWebSafe",
  "base64Decode",
  "base64DecodeWebSafe",
  "getUuid",
  "sleep",
] as const;

export class FakeUtilities
  extends Counted
  implements FakeOf<GoogleAppsScript.Utilities.Utilities, (typeof UTILITY_METHODS)[number]>
{
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm;
  /** Total milliseconds code asked to sleep (sleep itself returns at once). */
  slept = 0;

  constructor(calls: CallLog) {
    super(calls, "Utilities", "");
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.hit("formatDate");
    return formatDate(new Date((date as Date).getTime()), timeZone, format);
  }
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: Byte[] | string,
    _charset?: GoogleAppsScript.Utilities.Charset,
  ): Byte[] {
    this.hit("computeDigest");
    const name = NODE_DIGESTS[String(algorithm)];
    if (!name) throw new Error(`Fake Utilities: digest ${String(algorithm)} not supported`);
    return toSignedBytes(createHash(name).update(toBuffer(value)).digest());
  }
  base64Encode(data: Byte[] | string, _charset?: GoogleAppsScript.Utilities.Charset): string {
    this.hit("base64Encode");
    return toBuffer(data).toString("base64");
  }
  base64EncodeWebSafe(data: Byte[] | string, _charset?: GoogleAppsScript.Utilities.Charset): string {
    this.hit("base64EncodeWebSafe");
    return toBuffer(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Byte[] {
    this.hit("base64Decode");
    return toSignedBytes(Buffer.from(encoded, "base64"));
  }
  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Byte[] {
    this.hit("base64DecodeWebSafe");
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  getUuid(): string {
    this.hit("getUuid");
    return randomUUID();
  }
  sleep(milliseconds: number): void {
    this.hit("sleep");
    this.slept += milliseconds;
  }
}

/**
 * A SimpleDateFormat subset: yyyy yy MMMM MMM MM M dd d HH H mm ss SSS XXX Z and 'quoted'
 * text, with English month names as Apps Script's default locale prints them.
 */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const clock = wallClock(date, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const offsetMinutes = Math.round((clock.asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = [pad(Math.floor(Math.abs(offsetMinutes) / 60)), pad(Math.abs(offsetMinutes) % 60)];
  const monthName = new Intl.DateTimeFormat("en-US", { timeZone, month: "long" }).format(date);
  const tokens: Record<string, () => string> = {
    yyyy: () => pad(clock.year, 4),
    yy: () => pad(clock.year % 100),
    MMMM: () => monthName,
    MMM: () => monthName.slice(0, 3),
    MM: () => pad(clock.month),
    M: () => String(clock.month),
    dd: () => pad(clock.day),
    d: () => String(clock.day),
    HH: () => pad(clock.hour),
    H: () => String(clock.hour),
    mm: () => pad(clock.minute),
    ss: () => pad(clock.second),
    SSS: () => pad(date.getUTCMilliseconds(), 3),
    XXX: () => (offsetMinutes === 0 ? "Z" : `${sign}${offset.join(":")}`),
    Z: () => `${sign}${offset.join("")}`,
  };
  return format.replace(
    /'([^']*)'|yyyy|yy|MMMM|MMM|MM|M|dd|d|HH|H|mm|ss|SSS|XXX|Z/g,
    (token, quoted?: string) => (quoted !== undefined ? quoted : (tokens[token]?.() ?? token)),
  );
}
