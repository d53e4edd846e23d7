import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../src/core/words/format";
import { renderPptx } from "../../src/node/pptx";
import { chartOptions, palette, valueFormat } from "../../src/node/pptx-chart";
import { keepFirstParagraphProps } from "../../src/node/pptx-xml";
import { type ChartElement, type Deck, PAGE, type Slide, type TextElement } from "../../src/report/deck";
import { COLORS } from "../../src/report/theme";
import {
  CHATBOT_MENU,
  CONSULTATIONS,
  CONTACT_CENTER_TEAM,
  FACE_TO_FACE,
  INSTAGRAM_FOLLOWERS,
  KMK_400,
  OUTSIDE_HOURS,
  SAMPLE_DECK,
  SUMMARY_TILES,
  TICKETS_BY_CHANNEL,
} from "../fixtures/sample-deck";
import { readParts, readPptx, type SlideContent } from "../helpers/pptx-text";

/**
 * A minimal reading of an Excel number format, enough for the codes the renderer writes:
 * `[>=N]` conditions, quoted literals, `#`/`0` digit places, a last unconditional section.
 * It is how PowerPoint and LibreOffice draw the labels, written out independently.
 */
function applyFormatCode(code: string, value: number): string {
  const sections = code.split(";");
  const chosen =
    sections.find((section) => {
      const condition = /^\[>=(\d+)\]/.exec(section);
      return condition ? value >= Number(condition[1]) : true;
    }) ?? "";
  const pattern = chosen.replace(/^\[[^\]]*\]/, "");
  const tokens = [...pattern.matchAll(/"([^"]*)"|([#0])|(.)/g)];
  const digits = String(Math.round(value)).split("");
  let out = "";
  for (let i = tokens.length - 1; i >= 0; i--) {
    const [, literal, place, other] = tokens[i] as RegExpMatchArray;
    if (place) {
      const digit = digits.pop();
      const isFirstPlace = tokens.slice(0, i).every((t) => !t[2]);
      if (digit !== undefined) out = (isFirstPlace ? digits.join("") : "") + digit + out;
      else if (place === "0") out = `0${out}`;
      if (isFirstPlace) digits.length = 0;
    } else out = (literal ?? other ?? "") + out;
  }
  return out.replace(/^[.]+/, "");
}

let slides: SlideContent[];
let file: Buffer;

beforeAll(async () => {
  file = await renderPptx(SAMPLE_DECK);
  slides = await readPptx(file);
});

function slideOf(id: string): SlideContent {
  const index = SAMPLE_DECK.slides.findIndex((s) => s.id === id);
  const slide = slides[index];
  if (index < 0 || !slide) throw new Error(`no slide ${id}`);
  return slide;
}

describe("renderPptx on the sample deck", () => {
  it("writes one slide per Deck slide, in order, each content slide titled", () => {
    expect(slides).toHaveLength(SAMPLE_DECK.slides.length);
    SAMPLE_DECK.slides.forEach((model, i) => {
      if (model.kind === "content") expect(slides[i]?.shapes[0]).toBe(model.title);
    });
  });

  it("draws the cover with the report title, the month and the unit's full name", () => {
    const cover = slides[0] as SlideContent;
    expect(cover.shapes).toEqual([
      "Laporan Layanan Informasi DJPK",
      "November 2023",
      "Direktorat Jenderal Perimbangan Keuangan",
    ]);
  });

  it("uses a 16:9 page of 10 x 5.625 inches", async () => {
    const presentation = (await readParts(file, /^ppt\/presentation\.xml$/))["ppt/presentation.xml"] ?? "";
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
    expect(Number(size?.[1]) / 914400).toBeCloseTo(PAGE.width, 3);
    expect(Number(size?.[2]) / 914400).toBeCloseTo(PAGE.height, 3);
  });

  it("puts the 8 summary tiles on the summary slide, value above label", () => {
    const summary = slideOf("s02-ringkasan");
    for (const [value, label] of SUMMARY_TILES) expect(summary.shapes).toContain(`${value}\n${label}`);
    expect(summary.shapes).toContain("*rata-rata publikasi media sosial");
  });

  it("keeps a sentence with bold runs as one sentence", () => {
    expect(slideOf("s04-publikasi-website").shapes).toContain(
      "Sampai dengan bulan November 2023, terdapat 111 publikasi pada Website DJPK yang terdiri atas peraturan, pemberitahuan ke daerah, berita, laporan, video tutorial, serta data.\n" +
        "Jumlah publikasi website bulan November turun 41,2% dibandingkan bulan sebelumnya (17) dan bulan November 2022 (17).",
    );
  });

  it("writes the longest publication title whole, in its table cell", () => {
    const table = slideOf("s05-rincian-website").tables[0] ?? [];
    expect(table[0]).toEqual(["Kategori", "Tanggal", "Judul"]);
    expect(table[1]).toEqual(["Peraturan", "6 November", KMK_400]);
  });

  it("splits the 30 face-to-face visits over two slides without losing or repeating a row", () => {
    const first = slideOf("s29-tatap-muka").tables[0] ?? [];
    const second = slideOf("s29-tatap-muka-2").tables[0] ?? [];
    expect(first[0]).toEqual(["No", "Tanggal", "Pengguna Layanan", "Jumlah Tamu", "Topik"]);
    expect(second[0]).toEqual(first[0]);
    expect([...first.slice(1), ...second.slice(1)]).toEqual(FACE_TO_FACE);
  });

  it("writes the chatbot table with its bold Grand Total row", async () => {
    const table = slideOf("s21-chatbot-2").tables[0] ?? [];
    expect(table.slice(1, -1)).toEqual(CHATBOT_MENU.map(([menu, total]) => [menu, String(total)]));
    expect(table.at(-1)).toEqual(["Grand Total", "583"]);
    const part = slideOf("s21-chatbot-2").part;
    const xml = (await readParts(file, new RegExp(`^${part}$`)))[part] ?? "";
    const rows = [...xml.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((m) => m[0]);
    const runsBold = (row: string) => [...row.matchAll(/<a:rPr\b[^>]*>/g)].map((m) => / b="1"/.test(m[0]));
    expect(runsBold(rows.at(-1) ?? "")).toEqual([true, true]);
    expect(runsBold(rows[1] ?? "")).toEqual([false, false]);
    // Header: navy fill, white bold text.
    expect(rows[0]).toContain(`<a:srgbClr val="${COLORS.tableHeaderFill}"/>`);
    expect(runsBold(rows[0] ?? "")).toEqual([true, true]);
  });

  it("draws the Tim Contact Center list as one bullet per item", async () => {
    const slide = slideOf("s37-evaluasi");
    const list =
      slide.shapes.find((s) => s.startsWith("Dengan telah ditetapkan KMK Nomor 412 Tahun 2023")) ?? "";
    expect(list.split("\n").slice(1)).toEqual(CONTACT_CENTER_TEAM);
    const xml = (await readParts(file, new RegExp(`^${slide.part}$`)))[slide.part] ?? "";
    expect(xml.match(/<a:buChar /g)).toHaveLength(CONTACT_CENTER_TEAM.length);
    expect(slide.shapes).toContain(
      "Penyajian informasi penyaluran TKD yang lebih cepat pada aplikasi SIMTRAD4 serta diperlukannya dashboard status penyaluran yang memuat informasi rekomendasi penyaluran untuk setiap jenis Dana TKD.",
    );
    expect(xml).toMatch(/i="1"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>dashboard<\/a:t>/);
  });

  it("numbers the numbered lists", async () => {
    const slide = slideOf("s14-topik-teknis");
    const xml = (await readParts(file, new RegExp(`^${slide.part}$`)))[slide.part] ?? "";
    expect(xml.match(/<a:buAutoNum /g)).toHaveLength(9);
    expect(slide.shapes).toContain(
      "DBH Perkebunan Sawit\nInformasi syarat salur dan penyaluran DBH tw III\nInformasi rincian penyaluran remunerasi Dana TDF tw III",
    );
  });

  it("writes native charts with the Deck's categories, series and values", () => {
    const expectChart = (slide: SlideContent, chart: ChartElement) => {
      const found = slide.charts.find((c) => c.title === chart.title);
      expect(found).toMatchObject({ kind: chart.kind, categories: chart.categories, series: chart.series });
    };
    expectChart(slideOf("s04-publikasi-website"), CONSULTATIONS);
    expectChart(slideOf("s18-rincian-tiket"), TICKETS_BY_CHANNEL);
    expectChart(slideOf("s18-rincian-tiket"), OUTSIDE_HOURS);
    expectChart(slideOf("s31-instagram"), INSTAGRAM_FOLLOWERS);
  });

  it("starts bar charts' value axis at 0 and shows a legend only for several series", async () => {
    const charts = await readParts(file, /^ppt\/charts\/chart\d+\.xml$/);
    const byTitle = (title: string) =>
      Object.values(charts).find((xml) => xml.includes(`<a:t>${title}</a:t>`)) ?? "";
    const single = byTitle(CONSULTATIONS.title);
    const double = byTitle(TICKETS_BY_CHANNEL.title);
    for (const xml of [single, double]) expect(xml).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/);
    expect(single).not.toContain("<c:legend>");
    expect(double).toContain("<c:legend>");
  });

  it("labels bar values the Indonesian way (1.271, 16.534) in any viewer's locale", () => {
    const chart = slideOf("s04-publikasi-website").charts[0];
    expect(chart?.labelFormats).toHaveLength(1);
    expect(chart?.axisFormat).toBe(chart?.labelFormats[0]);
    const code = chart?.axisFormat ?? "";
    expect(code).not.toContain(","); // a locale grouping separator would follow the viewer's locale
    expect(applyFormatCode(code, 1271)).toBe("1.271");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(applyFormatCode(code, n)).toBe(formatNumber(n));
      }),
    );
  });

  it("labels pie slices with whole percents", () => {
    const pie = slideOf("s18-rincian-tiket").charts.find((c) => c.kind === "pie");
    expect(pie?.labelFormats).toEqual(["0%"]);
    expect(chartOptions(OUTSIDE_HOURS)).toMatchObject({ showPercent: true, showValue: false });
  });

  it("keeps text boxes anchored at the top", async () => {
    const slide = slideOf("s04-publikasi-website");
    const xml = (await readParts(file, new RegExp(`^${slide.part}$`)))[slide.part] ?? "";
    const body = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
      .map((m) => m[0])
      .find((sp) => sp.includes("terdapat"));
    expect(body).toMatch(/<a:bodyPr [^>]*anchor="t"/);
  });

  it("gives every paragraph at most one <a:pPr>, first (PowerPoint repairs files that do not)", async () => {
    const parts = await readParts(file, /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/);
    for (const xml of Object.values(parts)) {
      for (const [, body = ""] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const props = body.match(/<a:pPr\b/g) ?? [];
        expect(props.length).toBeLessThanOrEqual(1);
        if (props.length === 1) expect(body.startsWith("<a:pPr")).toBe(true);
      }
    }
  });
});

describe("escaping", () => {
  const tricky = ['Nilai < 5 & "lainnya"', "=SUM(A1:A3)", "<b>tebal</b> & 'kutip'", "R&D > 100%"];
  const deck: Deck = {
    title: 'Uji <escape> & "kutip"',
    unit: "DJPK & <Unit>",
    monthLabel: "November 2023",
    slides: [
      {
        id: "s01-escape",
        title: tricky[0] as string,
        kind: "content",
        elements: [
          {
            type: "text",
            box: { x: 0.4, y: 1, w: 4, h: 2 },
            style: "body",
            fontSize: 12,
            paragraphs: tricky.map((t) => ({ runs: [{ text: t, bold: true }, { text: ` ${t}` }] })),
          },
          { type: "kpi", box: { x: 5, y: 1, w: 2, h: 1.5 }, value: "=1", label: tricky[2] as string },
          {
            type: "table",
            box: { x: 0.4, y: 3.2, w: 9, h: 1.5 },
            header: [tricky[1] as string, "Total"],
            rows: tricky.map((t, i) => [t, String(i)]),
            columnWidths: [0.8, 0.2],
            fontSize: 10,
          },
          {
            type: "chart",
            box: { x: 7.2, y: 1, w: 2.4, h: 2 },
            kind: "bar",
            title: tricky[3] as string,
            categories: tricky,
            series: [
              { name: tricky[0] as string, values: [1, 2, 3, 4] },
              { name: tricky[1] as string, values: [4, 3, 2, 1] },
            ],
          },
        ],
      },
    ],
  };

  /** Every `<` and `&` outside markup must be escaped: strip tags, then none may remain. */
  function expectWellFormedText(xml: string): void {
    const text = xml.replace(/<[^<>]*>/g, "");
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  }

  it('shows < & " and a leading = literally, in text, tiles, tables and charts', async () => {
    const out = await renderPptx(deck);
    const [slide] = await readPptx(out);
    expect(slide?.shapes[0]).toBe(tricky[0]);
    expect(slide?.shapes).toContain(tricky.map((t) => `${t} ${t}`).join("\n"));
    expect(slide?.shapes).toContain(`=1\n${tricky[2]}`);
    expect(slide?.tables[0]).toEqual([[tricky[1], "Total"], ...tricky.map((t, i) => [t, String(i)])]);
    expect(slide?.charts[0]).toMatchObject({
      title: tricky[3],
      categories: tricky,
      series: [
        { name: tricky[0], values: [1, 2, 3, 4] },
        { name: tricky[1], values: [4, 3, 2, 1] },
      ],
    });
    const parts = await readParts(out, /^ppt\/(slides|slideLayouts|charts)\/[^/]+\.xml$/);
    for (const xml of Object.values(parts)) expectWellFormedText(xml);
    // The footer on the layout carries the unit as typed.
    expect(Object.values(parts).join("")).toContain("DJPK &amp; &lt;Unit&gt; · November 2023");
  });
});

describe("determinism", () => {
  it("gives the same slide, chart, layout and master XML for the same Deck", async () => {
    const parts = /^ppt\/(slides|charts|slideLayouts|slideMasters)\/[^/]+\.xml$/;
    const first = await readParts(await renderPptx(SAMPLE_DECK), parts);
    const second = await readParts(await renderPptx(SAMPLE_DECK), parts);
    expect(Object.keys(first).length).toBeGreaterThan(SAMPLE_DECK.slides.length);
    expect(second).toEqual(first);
  });

  it("never leaves a pie with more slices than colours (pptxgenjs would pick random ones)", () => {
    const slices = Array.from({ length: 14 }, (_, i) => `Kategori ${i + 1}`);
    const pie: ChartElement = {
      ...OUTSIDE_HOURS,
      categories: slices,
      series: [{ name: "n", values: slices.map((_, i) => i + 1) }],
    };
    expect(chartOptions(pie).chartColors).toHaveLength(14);
    expect(palette(3)).toEqual(COLORS.chart.slice(0, 3));
  });
});

describe("pieces", () => {
  it("falls back to a locale format when values are not whole numbers", () => {
    const rating: ChartElement = { ...CONSULTATIONS, series: [{ name: "Nilai", values: [4.9, 5] }] };
    expect(valueFormat(rating)).not.toBe(valueFormat(CONSULTATIONS));
    expect(applyFormatCode(valueFormat(CONSULTATIONS), 16534)).toBe("16.534");
  });

  it("keeps only the first paragraph properties of a paragraph", () => {
    const xml =
      '<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p><a:p><a:pPr/><a:r><a:t>c</a:t></a:r></a:p>';
    expect(keepFirstParagraphProps(xml)).toBe(
      '<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:pPr/><a:r><a:t>c</a:t></a:r></a:p>',
    );
  });

  it("draws the cover's own elements in white, without repeating the month it already shows", async () => {
    const note = "Data per 30 November 2023";
    const line = (text: string): TextElement => ({
      type: "text",
      box: { x: 0.7, y: 4.4, w: 6, h: 0.4 },
      style: "heading",
      fontSize: 12,
      paragraphs: [{ runs: [{ text }] }],
    });
    const cover: Slide = {
      id: "s01",
      title: "Laporan Layanan Informasi DJPK",
      kind: "cover",
      elements: [line("November 2023"), line(note)],
    };
    const out = await renderPptx({ ...SAMPLE_DECK, unit: "DJPK", slides: [cover] });
    const [slide] = await readPptx(out);
    // deck.unit is already in the title and no full name is given: no unit line.
    expect(slide?.shapes).toEqual(["Laporan Layanan Informasi DJPK", "November 2023", note]);
    const xml = Object.values(await readParts(out, /^ppt\/slides\/slide1\.xml$/))[0] ?? "";
    const noteShape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
      .map((m) => m[0])
      .find((sp) => sp.includes(note));
    expect(noteShape).toContain('<a:srgbClr val="FFFFFF"/>');

    const named = await readPptx(
      await renderPptx({ ...SAMPLE_DECK, unit: "DJPK", slides: [cover] }, { unitName: "Ditjen PK" }),
    );
    expect(named[0]?.shapes).toEqual(["Laporan Layanan Informasi DJPK", "November 2023", "Ditjen PK", note]);
  });
});
