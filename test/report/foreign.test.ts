import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../examples/sample-workbook";
import { parseWorkbook } from "../../src/core/workbook/parse";
import { toMonth } from "../../src/core/workbook/period";
import type { Slide } from "../../src/report/deck";
import { italicizeForeign } from "../../src/report/foreign";
import { buildDeck } from "../../src/report/layout";

const italics = (slide: Slide | undefined): string[] =>
  (slide?.elements ?? []).flatMap((e) =>
    e.type === "text" ? e.paragraphs.flatMap((p) => p.runs.filter((r) => r.italic).map((r) => r.text)) : [],
  );

describe("foreign terms in the tool's own sentences", () => {
  it("splits a term into an italic run and keeps bold", () => {
    expect(
      italicizeForeign([{ text: "Layanan WhatsApp Blast bulan" }, { text: "tanpa Chat Agent", bold: true }]),
    ).toEqual([
      { text: "Layanan WhatsApp " },
      { text: "Blast", italic: true },
      { text: " bulan" },
      { text: "tanpa ", bold: true },
      { text: "Chat Agent", bold: true, italic: true },
    ]);
    expect(italicizeForeign([{ text: "Blasting databases" }])).toEqual([{ text: "Blasting databases" }]);
  });

  it("sets WhatsApp Blast, database and Chat Agent in italics as the seed does", () => {
    const { data } = parseWorkbook(sampleWorkbook());
    const slides = buildDeck(data, toMonth("2023-11")).slides;
    const byId = (id: string) => slides.find((s) => s.id === id);
    expect(italics(byId("s09-whatsapp-blast"))).toEqual(["Blast", "database", "Blast"]);
    expect(italics(byId("s19-whatsapp"))).toContain("Blast");
    expect(italics(byId("s20-chatbot"))).toEqual(["Chat Agent"]);
    expect(italics(byId("s21-chatbot-2"))).toEqual(["Chat Agent"]);
  });
});
