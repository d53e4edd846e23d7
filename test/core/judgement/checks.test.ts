import { describe, expect, it } from "vitest";
import { checkedMonths, hasErrors, runChecks } from "../../../src/core/judgement/checks";
import { toMonth } from "../../../src/core/workbook/period";
import type { Finding } from "../../../src/core/workbook/types";
import figures from "../../fixtures/2023-11-figures.json";
import { buildData, type RowSpec, type RowsSpec } from "../../helpers/data-builder";

const NOV = toMonth("2023-11");
const s = figures.series;
const zones = figures.checks.timeZones;

/** The seed's November 2023 tickets, as staff would type them (total included). */
function tickets(overrides: Partial<RowSpec> = {}): RowSpec {
  return {
    month: "2023-11",
    whatsapp: s.tiketWhatsapp.month,
    telepon: s.tiketTelepon.month,
    emailCallCenter: s.tiketEmailCallCenter.month,
    haiKemenkeu: s.tiketHaiKemenkeu.month,
    liveChat: s.tiketLiveChat.month,
    total: s.tiketKonsultasi.month,
    zonaTeridentifikasi: zones.identified,
    zonaTidakTeridentifikasi: zones.unidentified,
    // The seed gives inside hours as one figure (1.165); put it all in WIB.
    dalamJamWib: zones.insideHours,
    dalamJamWita: 0,
    dalamJamWit: 0,
    luarJamWib: zones.outsideByZone.WIB,
    luarJamWita: zones.outsideByZone.WITA,
    luarJamWit: zones.outsideByZone.WIT,
    eskalasi: figures.checks.escalated.count,
    ...overrides,
  };
}

const chatbotMenus = (): RowSpec[] =>
  figures.chatbotMenu.map(([menu, jumlah]) => ({
    month: "2023-11",
    menu: String(menu),
    jumlah: Number(jumlah),
  }));

const amp = figures.amplifikasiPegawai;
const amplifikasi = (overrides: Partial<RowSpec> = {}): RowSpec => ({
  month: "2023-11",
  pegawai: amp.pegawai,
  aktivasi: amp.aktivasi,
  kontenTersedia: amp.kontenTersedia,
  likeCommentShare: amp.likeCommentShare,
  kreasiMandiri: amp.kreasiMandiri,
  targetPegawai: amp.targetPegawaiQ3,
  totalPegawai: amp.totalPegawai,
  ...overrides,
});

/** 30 face-to-face visits, as in the seed's table. */
const visits = (guests: (n: number) => number = () => 2): RowSpec[] =>
  Array.from({ length: s.konsultasiTatapMuka.month }, (_, i) => ({
    month: "2023-11",
    tanggal: `2023-11-${String((i % 28) + 1).padStart(2, "0")}`,
    pengguna: `Pemda ${i + 1}`,
    tamu: guests(i),
  }));

const pemda = (): RowSpec[] =>
  figures.pemdaTeratas.map(([name, count, topik]) => ({
    month: "2023-11",
    pemda: String(name),
    jumlahTiket: Number(count),
    topik: String(topik),
  }));

function seedData(rows: RowsSpec = {}) {
  return buildData({
    tiketKonsultasi: [tickets()],
    chatbot: chatbotMenus(),
    tatapMuka: visits(),
    pemdaTeratas: pemda(),
    amplifikasi: [amplifikasi()],
    ...rows,
  });
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe("runChecks on the seed's consistent figures", () => {
  it("finds nothing: channels sum to 1.271, time zones and hours add up, chatbot menus sum to 583", () => {
    const findings = runChecks(seedData(), NOV);
    expect(findings).toEqual([]);
    expect(hasErrors(findings)).toBe(false);
  });

  it("also accepts October 2023 and November 2022 tickets that sum to their totals", () => {
    const data = seedData({
      tiketKonsultasi: [
        tickets(),
        {
          month: "2023-10",
          whatsapp: 1134,
          telepon: 106,
          emailCallCenter: 175,
          haiKemenkeu: 18,
          liveChat: 17,
          total: 1450,
        },
        {
          month: "2022-11",
          whatsapp: 1099,
          telepon: 71,
          emailCallCenter: 98,
          haiKemenkeu: 48,
          liveChat: 6,
          total: 1322,
        },
      ],
    });
    expect(runChecks(data, NOV)).toEqual([]);
  });
});

describe("runChecks catches the seed's own inconsistencies", () => {
  it("Tatap Muka: a stated 29 against 30 listed visits", () => {
    const data = seedData({ tatapMuka: [...visits(), { month: "2023-11", jumlah: 29, row: 40 }] });
    const findings = runChecks(data, NOV);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      severity: "error",
      code: "items-total-mismatch",
      tab: "Tatap Muka",
      row: 40,
      column: "Jumlah",
    });
    expect(f?.message).toContain("29");
    expect(f?.message).toContain("30");
    expect(f?.message).toContain("selisih 1");
    expect(f?.message).toContain('Tab "Tatap Muka" baris 40 (November 2023)');
    expect(hasErrors(findings)).toBe(true);
  });

  it("Amplifikasi: 290,84% of target typed, but 12.637 / 4.167 = 303,3%", () => {
    const data = seedData({ amplifikasi: [amplifikasi({ persenTarget: 290.84 })] });
    const findings = runChecks(data, NOV);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "error", code: "ratio-mismatch", tab: "Amplifikasi Pegawai" });
    expect(f?.column).toBe("Persen terhadap Target");
    expect(f?.message).toContain("290,84%");
    expect(f?.message).toContain("12.637 / 4.167 = 303,3%");
    // 303,264 - 290,84
    expect(f?.message).toContain("selisih 12,42 poin persen");
  });

  it("a typed percent within 0,05 points of its ratio passes; the seed's 16,05% of all employees does", () => {
    const ok = seedData({ amplifikasi: [amplifikasi({ persenTarget: 303.27, persenPegawai: 16.05 })] });
    expect(runChecks(ok, NOV)).toEqual([]);
    const off = seedData({ amplifikasi: [amplifikasi({ persenPegawai: 16.2 })] });
    expect(codes(runChecks(off, NOV))).toEqual(["ratio-mismatch"]);
  });

  it("a typo'd ticket total is caught with the difference", () => {
    const data = seedData({ tiketKonsultasi: [tickets({ total: 1217, zonaTeridentifikasi: 1168 })] });
    const findings = runChecks(data, NOV);
    const channelSum = findings.find((f) => f.message.includes("WhatsApp + Telepon"));
    expect(channelSum).toMatchObject({
      severity: "error",
      code: "sum-mismatch",
      tab: "Tiket Konsultasi",
      column: "Total Tiket",
    });
    expect(channelSum?.message).toContain("Total Tiket tertulis 1.217");
    expect(channelSum?.message).toContain("988 + 103 + 143 + 14 + 23 = 1.271");
    expect(channelSum?.message).toContain("selisih 54");
  });

  it("time zones that do not add up to the total, and hours that do not add up to the identified zone", () => {
    const data = seedData({ tiketKonsultasi: [tickets({ zonaTidakTeridentifikasi: 50, luarJamWit: 4 })] });
    const messages = runChecks(data, NOV).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain(
      "Zona Waktu Teridentifikasi + Zona Waktu Tidak Teridentifikasi = 1.222 + 50 = 1.272",
    );
    expect(messages[1]).toContain("Zona Waktu Teridentifikasi tertulis 1.222");
    expect(messages[1]).toContain("= 1.223 (selisih 1)");
  });

  it("checks the zones against the channels' sum when the total cell is left empty", () => {
    const data = seedData({ tiketKonsultasi: [tickets({ total: null, zonaTidakTeridentifikasi: 48 })] });
    const findings = runChecks(data, NOV);
    expect(codes(findings)).toEqual(["sum-mismatch"]);
    expect(findings[0]?.message).toContain("Total Tiket (jumlah rinciannya) 1.271");
    expect(findings[0]?.column).toBeUndefined();
  });

  it("chatbot menus (583) against a wrong stated total", () => {
    const data = seedData({
      chatbot: [...chatbotMenus(), { month: "2023-11", menu: null, jumlah: 538, row: 30 }],
    });
    const findings = runChecks(data, NOV);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "items-total-mismatch", tab: "Chatbot", row: 30 });
    expect(findings[0]?.message).toContain("538");
    expect(findings[0]?.message).toContain(String(figures.checks.chatbotMenuSumToTotal));
    expect(findings[0]?.message).toContain("selisih 45");
  });

  it("a chatbot total that matches its menus passes", () => {
    const data = seedData({
      chatbot: [...chatbotMenus(), { month: "2023-11", jumlah: figures.otherServices.chatbot }],
    });
    expect(runChecks(data, NOV)).toEqual([]);
  });

  it("a part larger than its total when the other parts are empty", () => {
    const data = seedData({
      tiketKonsultasi: [tickets({ dalamJamWib: null, luarJamWib: 1300 })],
    });
    const findings = runChecks(data, NOV);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "part-over-total", column: "Luar Jam Layanan WIB" });
    expect(findings[0]?.message).toContain(
      "Luar Jam Layanan WIB (1.300) lebih besar daripada Zona Waktu Teridentifikasi (1.222)",
    );
  });

  it("more escalated tickets than tickets", () => {
    const data = seedData({ tiketKonsultasi: [tickets({ eskalasi: 1300 })] });
    const findings = runChecks(data, NOV);
    expect(codes(findings)).toEqual(["escalation-over-total"]);
    expect(findings[0]?.message).toContain("Tiket Eskalasi (1.300)");
    expect(findings[0]?.message).toContain("(1.271)");
  });

  it("a Pemda Teratas entry with more tickets than the month's total", () => {
    const rows = pemda();
    rows[1] = { ...rows[1], month: "2023-11", jumlahTiket: 1500, row: 3 };
    const findings = runChecks(seedData({ pemdaTeratas: rows }), NOV);
    expect(codes(findings)).toEqual(["pemda-over-total"]);
    expect(findings[0]).toMatchObject({ tab: "Pemda Teratas", row: 3, severity: "error" });
    expect(findings[0]?.message).toContain("Prov. Riau (1.500)");
  });

  it("warns once about the visits over the guest limit, listing date, user and guests", () => {
    const data = seedData({ tatapMuka: visits((i) => (i === 3 ? 8 : i === 10 ? 12 : 5)) });
    const findings = runChecks(data, NOV);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "warning", code: "guests-over-limit", tab: "Tatap Muka" });
    expect(f?.message).toContain("2 kunjungan melebihi batas 5 tamu");
    expect(f?.message).toContain("4 November 2023, Pemda 4, 8 tamu");
    expect(f?.message).toContain("11 November 2023, Pemda 11, 12 tamu");
    expect(hasErrors(findings)).toBe(false);
  });

  it("uses the guest limit from Pengaturan", () => {
    const strict = buildData({ tatapMuka: visits(() => 3) }, { batasTamuTatapMuka: 2 });
    expect(codes(runChecks(strict, NOV))).toEqual(["guests-over-limit"]);
    const lax = buildData({ tatapMuka: visits(() => 3) }, { batasTamuTatapMuka: 3 });
    expect(runChecks(lax, NOV)).toEqual([]);
  });

  it("checks the previous month too, naming it, but not months the report does not use", () => {
    const october = {
      month: "2023-10",
      whatsapp: 1134,
      telepon: 106,
      emailCallCenter: 175,
      haiKemenkeu: 18,
      liveChat: 17,
    };
    const data = seedData({
      tiketKonsultasi: [tickets(), { ...october, total: 1460 }, { ...october, month: "2023-12", total: 1 }],
    });
    const findings = runChecks(data, NOV);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("(Oktober 2023)");
  });
});

describe("checkedMonths", () => {
  it("covers M, M-1, M-12 and January..M, each once", () => {
    expect(checkedMonths(toMonth("2024-01"))).toEqual(["2024-01", "2023-12", "2023-01"]);
    const nov = checkedMonths(NOV);
    expect(nov.slice(0, 3)).toEqual(["2023-11", "2023-10", "2022-11"]);
    expect(new Set(nov).size).toBe(nov.length);
    expect(nov).toHaveLength(12);
  });
});

describe("hasErrors", () => {
  it("is true only with an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ severity: "warning", code: "x", message: "" }])).toBe(false);
    expect(
      hasErrors([
        { severity: "warning", code: "x", message: "" },
        { severity: "error", code: "y", message: "" },
      ]),
    ).toBe(true);
  });
});
