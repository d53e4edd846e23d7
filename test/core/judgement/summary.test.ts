/**
 * summarizeMonth on raw workbooks laid out by the registry. Figures come from the November
 * 2023 reference (transcribed from the seed report), so the expected numbers and their
 * Indonesian spelling (`1.271`) are independent of the code under test.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  type ChannelStatus,
  findingsText,
  type MonthSummary,
  monthOfCell,
  statusText,
  summarizeMonth,
} from "../../../src/core/judgement/summary";
import { toMonth } from "../../../src/core/workbook/period";
import type { RawWorkbook } from "../../../src/core/workbook/types";
import { registrySheets, type SheetRowSpec, type SheetRows } from "../../fakes/registry-sheets";

const referencePath = [
  new URL("../../fixtures/2023-11-figures.json", import.meta.url),
  new URL("../../../../shared/reference/2023-11-figures.json", import.meta.url),
]
  .map((u) => fileURLToPath(u))
  .find((p) => existsSync(p));
if (!referencePath) throw new Error("2023-11-figures.json not found");
const ref = JSON.parse(readFileSync(referencePath, "utf8"));

const NOV = toMonth("2023-11");

function raw(sheets: Record<string, SheetRows>): RawWorkbook {
  return Object.fromEntries(
    Object.entries(sheets).map(([name, [header = [], ...rows]]) => [
      name,
      { name, header: header.map(String), rows: rows as RawWorkbook[string]["rows"], firstRow: 2 },
    ]),
  );
}

const statusOf = (summary: MonthSummary, key: string): ChannelStatus | undefined =>
  summary.channels.find((c) => c.key === key)?.status;
const channelOf = (summary: MonthSummary, key: string) => summary.channels.find((c) => c.key === key);

const tickets = ref.checks.timeZones;
/** November 2023's ticket row as the seed reports it; inside-hours by zone is not in the seed, so it is split here to add up. */
const ticketRow: SheetRowSpec = {
  month: "2023-11",
  whatsapp: ref.series.tiketWhatsapp.month,
  telepon: ref.series.tiketTelepon.month,
  emailCallCenter: ref.series.tiketEmailCallCenter.month,
  haiKemenkeu: ref.series.tiketHaiKemenkeu.month,
  liveChat: ref.series.tiketLiveChat.month,
  zonaTeridentifikasi: tickets.identified,
  zonaTidakTeridentifikasi: tickets.unidentified,
  dalamJamWib: 900,
  dalamJamWita: 200,
  dalamJamWit: tickets.insideHours - 1100,
  luarJamWib: tickets.outsideByZone.WIB,
  luarJamWita: tickets.outsideByZone.WITA,
  luarJamWit: tickets.outsideByZone.WIT,
  eskalasi: ref.checks.escalated.count,
  topikEskalasi: ref.checks.escalated.topics.join(", "),
};

const webinarItems: SheetRowSpec[] = Array.from({ length: ref.series.webinarFgd.month }, (_, i) => ({
  month: "2023-11",
  tanggal: `2023-11-${String(i + 1).padStart(2, "0")}`,
  judul: `Webinar ${i + 1}`,
}));

const november = () =>
  registrySheets({
    tiketKonsultasi: [ticketRow],
    ppid: [
      { month: "2023-10", permohonan: ref.series.permohonanPpid.prev },
      { month: "2023-11", permohonan: ref.series.permohonanPpid.month },
    ],
    webinar: webinarItems,
    emailLaporan: [{ month: "2023-11", total: ref.otherServices.emailLaporan }],
    kunjunganWebsite: [{ month: "2023-10", pengunjung: ref.series.pengunjungWebsite.prev }],
    mediaSosial: [
      {
        month: "2023-11",
        rataRataPublikasi: ref.series.mediaSosialRataRataPublikasi.month,
        igFollowers: ref.instagram.followersByMonth2023[10],
        igReachTotal: ref.instagram.reachTotal,
        igReachRataRata: ref.instagram.reachAverage,
        igFeeds: ref.instagram.feeds,
        igStory: ref.instagram.stories,
        igAkunDesaBaru: ref.instagram.villageAccountsNew,
        igAkunDesaTotal: ref.instagram.villageAccountsTotal,
        twKonten: ref.twitter.contents,
        twFollowers: ref.twitter.followers,
        twProfileVisits: ref.twitter.profileVisits,
        fbKonten: ref.facebook.contents,
        fbFollowers: ref.facebook.followers,
        fbReachRataRata: ref.facebook.reachAverage,
      },
    ],
  });

describe("summarizeMonth", () => {
  it("gives each complete channel its figure as the report prints it", () => {
    const summary = summarizeMonth(raw(november()), NOV);
    expect(summary.month).toBe("2023-11");
    expect(summary.monthLabel).toBe("November 2023");
    // The seed: "1.271 tiket", "21 permohonan", "10 webinar", "51 publikasi rata-rata".
    expect(channelOf(summary, "tiketKonsultasi")).toMatchObject({
      tab: "Tiket Konsultasi",
      kind: "monthly",
      status: "lengkap",
      figure: ref.summaryTiles.tiketKonsultasi,
      figureText: "1.271",
    });
    expect(channelOf(summary, "ppid")).toMatchObject({ status: "lengkap", figure: 21, figureText: "21" });
    expect(channelOf(summary, "webinar")).toMatchObject({ kind: "items", status: "lengkap", figure: 10 });
    expect(channelOf(summary, "mediaSosial")).toMatchObject({ status: "lengkap", figureText: "51" });
  });

  it("lists every registry channel once, in registry order", () => {
    const summary = summarizeMonth(raw(november()), NOV);
    const tabs = Object.keys(november()).filter((t) => t !== "Pengaturan");
    expect(summary.channels.map((c) => c.tab)).toEqual(tabs);
  });

  it("marks a channel without rows for the month empty, even when other months are filled", () => {
    const summary = summarizeMonth(raw(november()), NOV);
    expect(channelOf(summary, "kunjunganWebsite")).toEqual({
      key: "kunjunganWebsite",
      tab: "Kunjungan Website",
      kind: "monthly",
      status: "kosong",
    });
    expect(statusOf(summary, "chatbot")).toBe("kosong");
  });

  it("marks a monthly row partial when figures the report shows are empty", () => {
    // E-mail total given, its breakdown by report type (a slide of its own) not yet.
    const summary = summarizeMonth(raw(november()), NOV);
    expect(channelOf(summary, "emailLaporan")).toMatchObject({ status: "sebagian", figure: 409 });
  });

  it("does not count an optional figure outside any breakdown as missing", () => {
    // The seed gives the satisfaction average (5,0) but not how many ratings it came from.
    const sheets = registrySheets({ kepuasan: [{ month: "2023-11", rataRata: ref.kepuasan.rataRata }] });
    expect(channelOf(summarizeMonth(raw(sheets), NOV), "kepuasan")).toMatchObject({
      status: "lengkap",
      figureText: "5",
    });
  });

  it("does not count a total its parts give as missing", () => {
    const sheets = november();
    const summary = summarizeMonth(raw(sheets), NOV);
    expect(ticketRow.total).toBeUndefined();
    expect(statusOf(summary, "tiketKonsultasi")).toBe("lengkap");
    // Zones identified (a part of the total, and the total of the hours) left to its parts.
    const { zonaTeridentifikasi: _given, ...withoutIdentified } = ticketRow;
    const derived = registrySheets({ tiketKonsultasi: [withoutIdentified] });
    expect(statusOf(summarizeMonth(raw(derived), NOV), "tiketKonsultasi")).toBe("lengkap");
    const { luarJamWit: _wit, ...withoutWit } = withoutIdentified;
    const gap = registrySheets({ tiketKonsultasi: [withoutWit] });
    expect(statusOf(summarizeMonth(raw(gap), NOV), "tiketKonsultasi")).toBe("sebagian");
  });

  it("marks a channel wrong when a row of the month has an error, and reports it", () => {
    const sheets = registrySheets({
      kepuasan: [{ month: "2023-11", rataRata: 6, jumlahPenilaian: 40 }],
    });
    const summary = summarizeMonth(raw(sheets), NOV);
    expect(statusOf(summary, "kepuasan")).toBe("ada-kesalahan");
    const finding = summary.findings.find((f) => f.tab === "Kepuasan");
    expect(finding).toMatchObject({ severity: "error", row: 2, column: "Rata-rata Nilai" });
  });

  it("marks a missing tab wrong and says so", () => {
    const summary = summarizeMonth(raw(registrySheets({}, ["evaluasi"])), NOV);
    expect(statusOf(summary, "evaluasi")).toBe("ada-kesalahan");
    expect(statusOf(summary, "webinar")).toBe("kosong");
    expect(summary.findings.filter((f) => f.tab === "Evaluasi" && f.severity === "error")).toHaveLength(1);
  });

  it("marks two rows for the same month of a monthly tab wrong, though both are left out", () => {
    const sheets = registrySheets({
      ppid: [
        { month: "2023-11", permohonan: 21 },
        { month: "2023-11", permohonan: 12 },
      ],
    });
    const summary = summarizeMonth(raw(sheets), NOV);
    expect(channelOf(summary, "ppid")).toMatchObject({ status: "ada-kesalahan" });
    expect(channelOf(summary, "ppid")?.figure).toBeUndefined();
  });

  it("keeps errors of other months out of the month's status, and far months out of its findings", () => {
    const sheets = registrySheets({
      ppid: [
        { month: "2021-05", permohonan: "banyak" },
        { month: "2023-10", permohonan: "-3" },
        { month: "2023-11", permohonan: 21 },
      ],
    });
    const summary = summarizeMonth(raw(sheets), NOV);
    expect(statusOf(summary, "ppid")).toBe("lengkap");
    // October is the report's previous month: its error matters; May 2021 is in no comparison.
    expect(summary.findings.filter((f) => f.tab === "PPID").map((f) => f.row)).toEqual([3]);
  });

  it("reads a Bulan cell Sheets turned into a date as its month", () => {
    const sheets = registrySheets({ ppid: [{ month: new Date(2023, 10, 1), permohonan: 21 }] });
    expect(channelOf(summarizeMonth(raw(sheets), NOV), "ppid")).toMatchObject({
      status: "lengkap",
      figure: 21,
    });
  });

  it("is plain JSON", () => {
    const summary = summarizeMonth(raw(november()), NOV);
    expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
  });
});

describe("monthOfCell", () => {
  it("reads text and date cells, and nothing else", () => {
    expect(monthOfCell(" 2023-11 ")).toBe("2023-11");
    expect(monthOfCell(new Date(2023, 10, 15))).toBe("2023-11");
    expect(monthOfCell("November")).toBeUndefined();
    expect(monthOfCell(202311)).toBeUndefined();
    expect(monthOfCell(null)).toBeUndefined();
  });
});

describe("findingsText and statusText", () => {
  it("counts errors and warnings and quotes each message", () => {
    const sheets = registrySheets({ kepuasan: [{ month: "2023-11", rataRata: 6 }] }, ["evaluasi"]);
    const summary = summarizeMonth(raw(sheets), NOV);
    const errors = summary.findings.filter((f) => f.severity === "error");
    const text = findingsText(summary);
    expect(text).toContain(`Data November 2023: ${errors.length} kesalahan`);
    for (const f of summary.findings) expect(text).toContain(f.message);
  });

  it("cuts a long list short and says how many are left", () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      month: "2023-11",
      tanggal: "kemarin",
      judul: `J${i}`,
    }));
    const summary = summarizeMonth(raw(registrySheets({ webinar: rows })), NOV);
    expect(summary.findings.length).toBe(20);
    expect(findingsText(summary, 15)).toContain("... dan 5 temuan lainnya.");
  });

  it("says so when there is nothing to report", () => {
    const summary = summarizeMonth(raw(november()), NOV);
    expect(summary.findings).toEqual([]);
    expect(findingsText(summary)).toBe("Data November 2023: tidak ada kesalahan atau peringatan.");
  });

  it("gives one line per channel with its status and figure", () => {
    const lines = statusText(summarizeMonth(raw(november()), NOV)).split("\n");
    expect(lines).toContain("Tiket Konsultasi: Lengkap (1.271)");
    expect(lines).toContain("Kunjungan Website: Kosong");
    expect(lines).toHaveLength(17);
  });
});
