/**
 * An error's message. Checked by shape, not `instanceof Error`: a service's error can come from
 * another realm (Apps Script's Java-backed services; the fakes in node:vm), where instanceof fails.
 */
export function errorMessage(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return String(error);
}
