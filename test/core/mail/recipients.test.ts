import { describe, expect, it } from "vitest";
import { isEmail, parseEmailList } from "../../../src/core/mail/recipients";

describe("parseEmailList", () => {
  it("takes one address per line, or separated by commas or semicolons", () => {
    expect(parseEmailList("a@kemenkeu.go.id\nb@kemenkeu.go.id, c@x.co.id;d@y.com")).toEqual({
      ok: true,
      emails: ["a@kemenkeu.go.id", "b@kemenkeu.go.id", "c@x.co.id", "d@y.com"],
    });
  });

  it("ignores blank entries and surrounding spaces, and keeps a repeated address once", () => {
    expect(parseEmailList("  a@b.id ,\n\n , A@B.ID\r\n")).toEqual({ ok: true, emails: ["a@b.id"] });
  });

  it("accepts a display name copied from a mail client", () => {
    expect(parseEmailList("Kepala Biro <kabiro@kemenkeu.go.id>")).toEqual({
      ok: true,
      emails: ["kabiro@kemenkeu.go.id"],
    });
  });

  it("reports every entry that is not an address, as typed, and keeps the good ones", () => {
    expect(parseEmailList("a@b.id, budi@, kepala biro, x@y")).toEqual({
      ok: false,
      invalid: ["budi@", "kepala biro", "x@y"],
      emails: ["a@b.id"],
    });
  });

  it("gives an empty list for empty or missing text", () => {
    expect(parseEmailList("")).toEqual({ ok: true, emails: [] });
    expect(parseEmailList(undefined)).toEqual({ ok: true, emails: [] });
  });

  it("rejects addresses with spaces, double dots, or no top-level domain", () => {
    for (const bad of ["a b@c.id", "a..b@c.id", "a@c", "@c.id", "a@c..id", "a@-c.id", ".a@c.id"]) {
      expect(isEmail(bad), bad).toBe(false);
    }
    for (const good of ["a.b+tag@c-d.go.id", "X_Y@kemenkeu.go.id"]) expect(isEmail(good), good).toBe(true);
  });
});
