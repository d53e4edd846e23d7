/**
 * The sample workbook against the seed report: parsed with the real parser, its figures must be
 * the ones the reference JSON transcribes from the seed (read from the file, not retyped here).
 */
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../examples/sample-workbook";
import {
  AMPLIFICATION_PLATFORMS,
  CHANNELS,
  type ChannelKey,
  channel,
  headersOf,
} from "../src/core/workbook/channels";
import type { WorkbookData } from "../src/core/workbook/data";
import { figure, itemsOf, measureOf, monthlyRow, numberOf, textOf } from "../src/core/workbook/dataset";
import { parseWorkbook } from "../src/core/workbook/parse";
import {
  type Month,
  previousMonth,
  sameMonthLastYear,
  toMonth,
  yearToDate,
} from "../src/core/workbook/period";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB } from "../src/core/workbook/settings";
import { HISTORY_HEADERS, HISTORY_TAB, LOG_HEADERS, LOG_TAB } from "../src/core/workbook/system-tabs";
import reference from "./fixtures/2023-11-figures.json";

const MONTH = toMonth("2023-11");
const PREV = previousMonth(MONTH);
const LAST_YEAR = sameMonthLastYear(MONTH);
const YTD = yearToDate(MONTH);

type Getter = (data: WorkbookData, month: Month) => number | undefined;
const measure =
  (key: ChannelKey): Getter =>
  (data, month) =>
    measureOf(data, key, month);
const column =
  (key: ChannelKey, col: string): Getter =>
  (data, month) =>
    figure(data, key, col, month);

/** The reference's names for the seed's figures, and where each lives in the workbook. */
const SERIES: Record<string, Getter> = {
  publikasiWebsite: measure("publikasiWebsite"),
  webinarFgd: measure("webinar"),
  whatsappBlast: measure("whatsappBlast"),
  pengunjungWebsite: measure("kunjunganWebsite"),
  tiketKonsultasi: measure("tiketKonsultasi"),
  tiketWhatsapp: column("tiketKonsultasi", "whatsapp"),
  tiketTelepon: column("tiketKonsultasi", "telepon"),
  tiketHaiKemenkeu: column("tiketKonsultasi", "haiKemenkeu"),
  tiketLiveChat: column("tiketKonsultasi", "liveChat"),
  tiketEmailCallCenter: column("tiketKonsultasi", "emailCallCenter"),
  emailLaporan: measure("emailLaporan"),
  videoConference: measure("videoConference"),
  konsultasiTatapMuka: measure("tatapMuka"),
  mediaSosialRataRataPublikasi: measure("mediaSosial"),
  permohonanPpid: measure("ppid"),
};

const TILES: Record<string, ChannelKey> = {
  publikasiWebsite: "publikasiWebsite",
  publikasiMediaSosialRataRata: "mediaSosial",
  whatsappBlast: "whatsappBlast",
  layananPpid: "ppid",
  tiketKonsultasi: "tiketKonsultasi",
  videoConference: "videoConference",
  konsultasiTatapMuka: "tatapMuka",
  webinarFgd: "webinar",
};

const { data, findings } = parseWorkbook(sampleWorkbook());
const mediaSosial = (col: string) => figure(data, "mediaSosial", col, MONTH);
const tiket = (col: string) => figure(data, "tiketKonsultasi", col, MONTH);

describe("sample workbook: shape", () => {
  const raw = sampleWorkbook();

  it("has every registry tab with its headers, plus Pengaturan, Riwayat and Log", () => {
    expect(Object.keys(raw)).toEqual([...CHANNELS.map((c) => c.tab), SETTINGS_TAB, HISTORY_TAB, LOG_TAB]);
    for (const def of CHANNELS) {
      expect(raw[def.tab]?.header).toEqual(headersOf(def));
    }
    expect(raw[SETTINGS_TAB]?.header).toEqual([...SETTINGS_HEADERS]);
    expect(raw[HISTORY_TAB]).toMatchObject({ header: [...HISTORY_HEADERS], rows: [] });
    expect(raw[LOG_TAB]).toMatchObject({ header: [...LOG_HEADERS], rows: [] });
  });

  it("holds cells as a sheet gives them: full rows of text or numbers, Bulan as YYYY-MM text", () => {
    for (const tab of Object.values(raw)) {
      expect(tab.firstRow).toBe(2);
      for (const row of tab.rows) {
        expect(row).toHaveLength(tab.header.length);
        for (const cell of row) expect(["string", "number"]).toContain(typeof cell);
        if (tab.header[0] === "Bulan") expect(row[0]).toMatch(/^\d{4}-\d{2}$/);
      }
    }
  });

  it("lists one Pengaturan row per setting with its default value", () => {
    expect(raw[SETTINGS_TAB]?.rows).toEqual(SETTINGS.map((s) => [s.label, s.defaultValue, s.help]));
  });

  it("returns a fresh copy on every call", () => {
    const first = sampleWorkbook();
    first.Chatbot?.rows.pop();
    expect(sampleWorkbook().Chatbot?.rows).toHaveLength(reference.chatbotMenu.length);
  });
});

describe("sample workbook: parsed", () => {
  it("parses without errors", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("holds the seed's agents' tools and face-to-face letter as Pengaturan rows", () => {
    for (const tool of reference.teleponAgentTools)
      expect(String(data.settings.aplikasiAgenTelepon)).toContain(tool);
    expect(data.settings.suratTatapMuka).toBe(reference.tatapMukaLetter);
  });

  it("reads the default settings", () => {
    for (const s of SETTINGS) expect(data.settings[s.key]).toEqual(s.defaultValue);
  });

  it("knows every series of the reference", () => {
    expect(Object.keys(SERIES).sort()).toEqual(Object.keys(reference.series).sort());
  });

  const stated = Object.entries(reference.series).flatMap(([name, ref]) =>
    (
      [
        ["month", MONTH, ref.month],
        ["prev", PREV, ref.prev],
        ["lastYear", LAST_YEAR, ref.lastYear],
      ] as const
    )
      .filter(([, , expected]) => expected !== null)
      .map(([which, month, expected]) => ({ name, which, month, expected })),
  );

  it.each(stated)("$name: $which ($month) is the seed's $expected", ({ name, month, expected }) => {
    expect((SERIES[name] as Getter)(data, month)).toBe(expected);
  });

  const withYtd = Object.entries(reference.series).filter(([, ref]) => ref.ytd !== null);

  it.each(withYtd)(
    "%s: every month Jan..Nov 2023 filled, adding up to the seed's year-to-date",
    (name, ref) => {
      const values = YTD.map((m) => (SERIES[name] as Getter)(data, m));
      expect(values.every((v) => v !== undefined)).toBe(true);
      expect(values.reduce<number>((s, v) => s + (v ?? 0), 0)).toBe(ref.ytd);
    },
  );

  it("gives the summary tiles of the seed", () => {
    expect(Object.keys(TILES).sort()).toEqual(Object.keys(reference.summaryTiles).sort());
    for (const [tile, key] of Object.entries(TILES)) {
      expect(measureOf(data, key, MONTH), tile).toBe(
        reference.summaryTiles[tile as keyof typeof reference.summaryTiles],
      );
    }
  });

  it("has tickets per channel for every month of the channel charts", () => {
    for (const key of ["whatsapp", "telepon", "emailCallCenter", "haiKemenkeu", "liveChat"]) {
      const values = YTD.map((m) => figure(data, "tiketKonsultasi", key, m));
      expect(
        values.every((v) => v !== undefined && v > 0),
        key,
      ).toBe(true);
    }
  });

  it("gives the seed's time zones, service hours and escalations", () => {
    const { timeZones, escalated } = reference.checks;
    expect(measureOf(data, "tiketKonsultasi", MONTH)).toBe(escalated.of);
    expect(tiket("zonaTeridentifikasi")).toBe(timeZones.identified);
    expect(tiket("zonaTidakTeridentifikasi")).toBe(timeZones.unidentified);
    const inside = ["dalamJamWib", "dalamJamWita", "dalamJamWit"].map((c) => tiket(c) ?? Number.NaN);
    expect(inside.reduce((a, b) => a + b, 0)).toBe(timeZones.insideHours);
    expect([tiket("luarJamWib"), tiket("luarJamWita"), tiket("luarJamWit")]).toEqual([
      timeZones.outsideByZone.WIB,
      timeZones.outsideByZone.WITA,
      timeZones.outsideByZone.WIT,
    ]);
    expect(tiket("eskalasi")).toBe(escalated.count);
    const topics = textOf(monthlyRow(data, "tiketKonsultasi", MONTH)?.values.topikEskalasi);
    expect(topics.split(",").map((t) => t.trim())).toEqual(escalated.topics);
  });

  it("gives the other services of the seed (chatbot, email laporan, video conference, tatap muka)", () => {
    const { otherServices } = reference;
    expect(measureOf(data, "chatbot", MONTH)).toBe(otherServices.chatbot);
    expect(measureOf(data, "chatbot", MONTH)).toBe(reference.checks.chatbotMenuSumToTotal);
    expect(measureOf(data, "emailLaporan", MONTH)).toBe(otherServices.emailLaporan);
    expect(measureOf(data, "videoConference", MONTH)).toBe(otherServices.videoConference);
    expect(measureOf(data, "tatapMuka", MONTH)).toBe(otherServices.tatapMuka);
  });

  it("splits email laporan by type as the seed does", () => {
    const def = channel("emailLaporan");
    for (const [header, expected] of Object.entries(reference.emailLaporanByType)) {
      const col = def.columns.find((c) => c.header === header);
      expect(col, header).toBeDefined();
      expect(figure(data, "emailLaporan", col?.key ?? "", MONTH), header).toBe(expected);
    }
  });

  it("lists the chatbot menus of the seed, in its order", () => {
    const rows = itemsOf(data, "chatbot", MONTH).map((r) => [
      textOf(r.values.menu),
      numberOf(r.values.jumlah),
    ]);
    expect(rows).toEqual(reference.chatbotMenu);
  });

  it("lists the telephone's top topics and the top regional governments of the seed", () => {
    const telepon = itemsOf(data, "topikKonsultasi", MONTH)
      .filter((r) => r.values.bagian === "Telepon")
      .map((r) => [textOf(r.values.topik), numberOf(r.values.jumlah)]);
    expect(telepon).toEqual(reference.teleponTopTopics);
    const pemda = itemsOf(data, "pemdaTeratas", MONTH).map((r) => [
      textOf(r.values.pemda),
      numberOf(r.values.jumlahTiket),
      textOf(r.values.topik),
    ]);
    expect(pemda).toEqual(reference.pemdaTeratas);
  });

  it("counts 3 pengaduan and 12 keluhan, the keluhan from 12 regions (seed: '3 Pengaduan', '12 Keluhan Layanan')", () => {
    const rows = itemsOf(data, "pengaduanKeluhan", MONTH);
    const count = (jenis: string) =>
      rows.filter((r) => r.values.jenis === jenis).reduce((s, r) => s + (numberOf(r.values.jumlah) ?? 1), 0);
    expect(count("Pengaduan")).toBe(3);
    expect(count("Keluhan")).toBe(12);
    const keluhan = rows.find((r) => r.values.jenis === "Keluhan");
    expect(textOf(keluhan?.values.daerah).split(",")).toHaveLength(12);
  });

  it("gives Instagram followers for every month of 2023 and the seed's Instagram figures", () => {
    const { instagram } = reference;
    expect(YTD.map((m) => figure(data, "mediaSosial", "igFollowers", m))).toEqual(
      instagram.followersByMonth2023,
    );
    expect(mediaSosial("igReachTotal")).toBe(instagram.reachTotal);
    expect(mediaSosial("igReachRataRata")).toBe(instagram.reachAverage);
    expect(mediaSosial("igFeeds")).toBe(instagram.feeds);
    expect(mediaSosial("igStory")).toBe(instagram.stories);
    expect(mediaSosial("igAkunDesaBaru")).toBe(instagram.villageAccountsNew);
    expect(mediaSosial("igAkunDesaTotal")).toBe(instagram.villageAccountsTotal);
  });

  it("gives the seed's Twitter and Facebook figures, and a rising Facebook follower series for the chart", () => {
    const { twitter, facebook } = reference;
    expect(mediaSosial("twKonten")).toBe(twitter.contents);
    expect(mediaSosial("twFollowers")).toBe(twitter.followers);
    expect(mediaSosial("twProfileVisits")).toBe(twitter.profileVisits);
    expect(mediaSosial("fbKonten")).toBe(facebook.contents);
    expect(mediaSosial("fbReachRataRata")).toBe(facebook.reachAverage);
    const followers = YTD.map((m) => figure(data, "mediaSosial", "fbFollowers", m) ?? Number.NaN);
    expect(followers.at(-1)).toBe(facebook.followers);
    expect(followers.every((f, i) => i === 0 || f >= (followers[i - 1] ?? Number.NaN))).toBe(true);
  });

  it("gives the seed's employee amplification and satisfaction figures", () => {
    const a = reference.amplifikasiPegawai;
    const amp = (col: string) => figure(data, "amplifikasi", col, MONTH);
    expect(amp("pegawai")).toBe(a.pegawai);
    expect(amp("aktivasi")).toBe(a.aktivasi);
    expect(amp("kontenTersedia")).toBe(a.kontenTersedia);
    expect(amp("likeCommentShare")).toBe(a.likeCommentShare);
    expect(amp("kreasiMandiri")).toBe(a.kreasiMandiri);
    expect(amp("targetPegawai")).toBe(a.targetPegawaiQ3);
    expect(amp("totalPegawai")).toBe(a.totalPegawai);
    expect(amp("persenTarget")).toBeUndefined();
    const row = data.rows.amplifikasi.find((r) => r.month === MONTH);
    expect(row?.values.triwulanTarget).toBe(a.targetQuarter);
    // "Jumlah Media Sosial": one count per platform column, the seed's values (largest first there).
    const perPlatform = AMPLIFICATION_PLATFORMS.map((p) => amp(p.key));
    expect([...perPlatform].sort((x, y) => (y ?? 0) - (x ?? 0))).toEqual(a.jumlahMediaSosial);
    expect(figure(data, "kepuasan", "rataRata", MONTH)).toBe(reference.kepuasan.rataRata);
  });

  it("keeps the history before the tool as totals and November 2023 as items", () => {
    const itemTabs = [
      ["publikasiWebsite", "publikasiWebsite"],
      ["webinar", "webinarFgd"],
      ["whatsappBlast", "whatsappBlast"],
      ["videoConference", "videoConference"],
      ["tatapMuka", "konsultasiTatapMuka"],
    ] as const;
    for (const [key, tile] of itemTabs) {
      expect(itemsOf(data, key, PREV), key).toEqual([]);
      expect(measureOf(data, key, PREV), key).toBeGreaterThan(0);
      expect(itemsOf(data, key, MONTH), key).toHaveLength(reference.summaryTiles[tile] ?? Number.NaN);
    }
  });

  it("keeps the Tim Contact Center list as '- ' lines of the Uraian", () => {
    const items = itemsOf(data, "evaluasi", MONTH);
    expect(items.map((r) => r.values.judul)).toEqual([
      "Portal Data Penyaluran TKD",
      "Manajemen Informasi",
      "Tim Contact Center",
    ]);
    const lines = textOf(items[2]?.values.uraian).split("\n");
    expect(lines.filter((l) => l.startsWith("- "))).toHaveLength(11);
  });
});
