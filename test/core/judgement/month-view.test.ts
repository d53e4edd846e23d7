/**
 * What the sidebar shows for a month, on the sample workbook. Expected figures come from the
 * November 2023 reference (an independent source), not from the code under test.
 */

import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../../examples/sample-workbook";
import { buildMonthView } from "../../../src/core/judgement/month-view";
import { CHANNELS } from "../../../src/core/workbook/channels";
import { toMonth } from "../../../src/core/workbook/period";
import type { RawWorkbook } from "../../../src/core/workbook/types";
import { MEASURE_REFERENCE } from "../../../src/rpc/sidebar";
import ref from "../../fixtures/2023-11-figures.json";

const NOV = toMonth("2023-11");

const viewOf = (raw: RawWorkbook = sampleWorkbook()) => buildMonthView(raw, NOV);
const channelOf = (key: string, raw?: RawWorkbook) => {
  const found = viewOf(raw).channels.find((c) => c.key === key);
  if (!found) throw new Error(`no channel ${key}`);
  return found;
};

describe("buildMonthView", () => {
  it("lists every channel in registry order with its status, none wrong in the sample", () => {
    const view = viewOf();
    expect(view.monthLabel).toBe("November 2023");
    expect(view.channels.map((c) => c.key)).toEqual(CHANNELS.map((c) => c.key));
    expect(view.channels.filter((c) => c.status === "ada-kesalahan")).toEqual([]);
    expect(channelOf("ppid")).toMatchObject({ status: "lengkap", statusLabel: "Lengkap", tab: "PPID" });
  });

  it("shows the month's rows as staff typed them: 1.271, 6/11/2023, text as is", () => {
    const tickets = channelOf("tiketKonsultasi");
    expect(tickets.rows).toHaveLength(1);
    // Column order: WhatsApp, Telepon, Email Call Center, HAI Kemenkeu, Live Chat, Total Tiket ...
    expect(tickets.rows[0]?.slice(0, 6)).toEqual(["988", "103", "143", "14", "23", "1.271"]);
    const webinar = channelOf("webinar");
    expect(webinar.rows).toHaveLength(ref.series.webinarFgd.month);
    expect(webinar.rows[0]?.slice(0, 2)).toEqual([
      "6/11/2023",
      "Penyerahan Insentif Fiskal Kategori Kinerja Pengendalian Inflasi di Daerah Periode III Tahun 2023",
    ]);
    expect(channelOf("ppid").rows).toEqual([[String(ref.series.permohonanPpid.month)]]);
  });

  it("gives each row's sheet row number", () => {
    const raw = sampleWorkbook();
    const ppidRows = raw.PPID?.rows ?? [];
    const november = ppidRows.findIndex((r) => r[0] === "2023-11");
    expect(channelOf("ppid", raw).rowNumbers).toEqual([november + 2]);
  });

  it("computes the reference figures: the month before and a year before", () => {
    const ppid = channelOf("ppid");
    expect(ppid.references[MEASURE_REFERENCE]).toEqual({
      previous: ref.series.permohonanPpid.prev,
      lastYear: ref.series.permohonanPpid.lastYear,
    });
    expect(ppid.references.permohonan).toEqual(ppid.references[MEASURE_REFERENCE]);
    const tickets = channelOf("tiketKonsultasi");
    expect(tickets.references[MEASURE_REFERENCE]).toEqual({
      previous: ref.series.tiketKonsultasi.prev,
      lastYear: ref.series.tiketKonsultasi.lastYear,
    });
    expect(tickets.references.whatsapp).toEqual({
      previous: ref.series.tiketWhatsapp.prev,
      lastYear: ref.series.tiketWhatsapp.lastYear,
    });
    // Text columns have no reference figure; item tabs only the headline one.
    expect(tickets.references).not.toHaveProperty("topikEskalasi");
    expect(channelOf("webinar").references).toEqual({
      [MEASURE_REFERENCE]: { previous: ref.series.webinarFgd.prev, lastYear: ref.series.webinarFgd.lastYear },
    });
    // The sample holds Kepuasan for November 2023 only: no reference is null, not 0.
    expect(channelOf("kepuasan").references[MEASURE_REFERENCE]).toEqual({ previous: null, lastYear: null });
  });

  it("a channel's version changes when its month's rows change, and only its own", () => {
    const before = viewOf();
    const raw = sampleWorkbook();
    const ppid = raw.PPID;
    if (!ppid) throw new Error("no PPID");
    ppid.rows = ppid.rows.map((r) => (r[0] === "2023-11" ? ["2023-11", 22] : r));
    const after = viewOf(raw);
    const versions = (v: typeof before) => Object.fromEntries(v.channels.map((c) => [c.key, c.version]));
    const changed = Object.keys(versions(before)).filter((k) => versions(before)[k] !== versions(after)[k]);
    expect(changed).toEqual(["ppid"]);
    // Rows of another month do not change November's version either.
    ppid.rows.push(["2023-12", 30]);
    expect(viewOf(raw).channels.find((c) => c.key === "ppid")?.version).toBe(
      after.channels.find((c) => c.key === "ppid")?.version,
    );
  });

  it("an empty month: every channel empty, no rows", () => {
    const view = buildMonthView(sampleWorkbook(), toMonth("2030-01"));
    expect(new Set(view.channels.map((c) => c.status))).toEqual(new Set(["kosong"]));
    expect(view.channels.every((c) => c.rows.length === 0)).toBe(true);
  });

  it("a missing tab makes that channel wrong and reports it", () => {
    const raw = sampleWorkbook();
    delete raw.Webinar;
    const view = viewOf(raw);
    expect(view.channels.find((c) => c.key === "webinar")?.status).toBe("ada-kesalahan");
    expect(view.findings.some((f) => f.tab === "Webinar" && f.severity === "error")).toBe(true);
  });

  it("is plain JSON, as google.script.run requires", () => {
    const view = viewOf();
    expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
  });
});
