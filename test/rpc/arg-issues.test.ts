import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { argsMessage, describeValue, issueText } from "../../src/rpc/arg-issues";

const issues = (schema: z.ZodMiniType, args: unknown[]) => {
  const parsed = z.safeParse(schema, args, { reportInput: true });
  if (parsed.success) throw new Error("accepted");
  return parsed.error.issues;
};

describe("a refused call's message", () => {
  it("says briefly what came, cutting long text", () => {
    expect(describeValue("x".repeat(100))).toBe(`teks "${"x".repeat(40)}…"`);
    expect([undefined, null, 3, false, [1], {}].map(describeValue)).toEqual([
      "tidak ada",
      "null",
      "angka 3",
      "false",
      "daftar",
      "objek",
    ]);
  });

  it("names a missing field as missing, and a nested cell by its indexes", () => {
    const schema = z.tuple([z.strictObject({ month: z.string(), rows: z.array(z.array(z.string())) })]);
    expect(issues(schema, [{ rows: [["a", 1]] }]).map(issueText)).toEqual([
      '"month" harus teks, bukan tidak ada',
      '"rows[0][1]" harus teks, bukan angka 1',
    ]);
  });

  it("lists at most three problems, then how many more", () => {
    const schema = z.tuple([
      z.strictObject({ a: z.boolean(), b: z.boolean(), c: z.boolean(), d: z.boolean() }),
    ]);
    const message = argsMessage("contoh", issues(schema, [{ a: "ya", b: "ya", c: "ya", d: "ya" }]));
    expect(message).toBe(
      'Permintaan ke server tidak sah (contoh): "a" harus true atau false, bukan teks "ya"; "b" harus true atau false, bukan teks "ya"; "c" harus true atau false, bukan teks "ya" (dan 1 lainnya). Tidak ada yang diubah. Tutup halaman ini, buka lagi dari menu, lalu coba lagi.',
    );
  });
});
