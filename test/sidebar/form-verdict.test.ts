/**
 * The form judges as the report does: the report's consistency rules run live on the rows as
 * typed; the stated total of an item tab is its own field; the server's check findings that the
 * form cannot work out land at their field or above the form.
 */
import { describe, expect, it } from "vitest";
import { channel } from "../../src/core/workbook/channels";
import type { Finding } from "../../src/core/workbook/types";
import type { ChannelView } from "../../src/rpc/sidebar";
import {
  errorFields,
  fieldKey,
  formFromView,
  isDirty,
  sentRows,
  setCell,
  TOTAL_ROW,
  validate,
} from "../../src/sidebar/form-state";
import { problemCount, saveStatusText } from "../../src/sidebar/messages";
import { createState, nextToFill } from "../../src/sidebar/state";

function view(key: ChannelView["key"], rows: string[][], findings: Finding[] = []): ChannelView {
  return {
    key,
    tab: channel(key).tab,
    status: "lengkap",
    statusLabel: "Lengkap",
    rows,
    rowNumbers: rows.map((_, i) => i + 10),
    references: {},
    version: "v1",
    findings,
  };
}

const tickets = channel("tiketKonsultasi");
const ticketRow = (total: string): string[] =>
  tickets.columns.map(
    (c) =>
      (
        ({
          whatsapp: "988",
          telepon: "103",
          emailCallCenter: "143",
          haiKemenkeu: "14",
          liveChat: "23",
          total,
        }) as Record<string, string>
      )[c.key] ?? "",
  );

describe("the report's rules in the form", () => {
  it("a Total Tiket of 9.999 against channels of 1.271 is an error at Total Tiket that does not stop a save", () => {
    const form = formFromView(tickets, "2023-11", view("tiketKonsultasi", [ticketRow("9.999")]));
    const validation = validate(form);
    const issue = validation.fields.get(fieldKey(1, "total"));
    expect(issue?.severity).toBe("error");
    expect(issue?.message).toMatch(/^Total Tiket tertulis 9\.999, tetapi WhatsApp \+ .* = 1\.271 /);
    expect(validation.blocking).toBe(0);
    expect(errorFields(form, validation).map((f) => f.name)).toEqual(["Total Tiket"]);
    expect(problemCount(validation, 1)).toBe(
      "1 isian perlu diperbaiki; bisa disimpan, tetapi laporan belum dapat dibuat.",
    );
    setCell(form, 1, "total", "1.271");
    expect(validate(form).fields.get(fieldKey(1, "total"))).toBeUndefined();
  });

  it("a parse error stops the save and says so", () => {
    const form = formFromView(tickets, "2023-11", view("tiketKonsultasi", [ticketRow("banyak")]));
    const validation = validate(form);
    expect(validation.blocking).toBe(1);
    expect(problemCount(validation, 1)).toBe("1 isian salah; belum bisa disimpan.");
  });
});

describe("an item tab's stated total", () => {
  const webinar = channel("webinar"); // Tanggal, Judul, Jumlah
  const loaded = [
    ["6/11/2023", "Satu", ""],
    ["", "", "5"],
    ["7/11/2023", "Dua", ""],
  ];

  it("is taken out of the rows into its own field, and sent back as the row without a title", () => {
    const form = formFromView(webinar, "2023-11", view("webinar", loaded));
    expect(form.total).toBe("5");
    expect(form.rows.map((r) => r.cells[1])).toEqual(["Satu", "Dua"]);
    expect(isDirty(form)).toBe(false);
    expect(sentRows(form)).toEqual({
      cells: [
        ["6/11/2023", "Satu", null],
        ["7/11/2023", "Dua", null],
        [null, null, "5"],
      ],
      ids: [1, 3, TOTAL_ROW],
      // Each row names the stored row it came from: the total was the loaded rows' second.
      origins: [0, 2, 1],
    });
  });

  it("that disagrees with the rows gets the report's message at the total field", () => {
    const form = formFromView(webinar, "2023-11", view("webinar", loaded));
    const issue = validate(form).fields.get(fieldKey(TOTAL_ROW, "jumlah"));
    expect(issue?.severity).toBe("error");
    expect(issue?.message).toMatch(/^Total bulan ini tertulis 5 .* 2 baris rinciannya berjumlah 2/);
    setCell(form, TOTAL_ROW, "jumlah", "");
    expect(isDirty(form)).toBe(true);
    expect(validate(form).errorCount).toBe(0);
    expect(sentRows(form).cells).toHaveLength(2);
  });
});

describe("the server's check findings", () => {
  it("a bound from another tab lands at its field; another month's row goes above the form", () => {
    const pemda = channel("pemdaTeratas");
    const cells = pemda.columns.map((c) =>
      c.key === "pemda" ? "Kab. Bima" : c.key === "jumlahTiket" ? "5000" : "",
    );
    const findings: Finding[] = [
      {
        severity: "error",
        code: "pemda-over-total",
        message:
          'Tab "Pemda Teratas" baris 10 (November 2023): Jumlah Tiket Kab. Bima (5.000) lebih banyak daripada total tiket konsultasi bulan itu (1.271).',
        tab: "Pemda Teratas",
        row: 10,
        column: "Jumlah Tiket",
      },
      {
        severity: "error",
        code: "pemda-over-total",
        message:
          'Tab "Pemda Teratas" baris 3 (Oktober 2023): Jumlah Tiket Kab. Asahan (9.000) lebih banyak daripada total.',
        tab: "Pemda Teratas",
        row: 3,
        column: "Jumlah Tiket",
      },
    ];
    const form = formFromView(pemda, "2023-11", view("pemdaTeratas", [cells], findings));
    const validation = validate(form);
    expect(validation.fields.get(fieldKey(1, "jumlahTiket"))?.message).toMatch(
      /^Jumlah Tiket Kab\. Bima \(5\.000\) lebih banyak/,
    );
    expect(validation.report.map((f) => f.message)).toEqual([findings[1]?.message]);
    expect(validation.errorCount).toBe(2);
    expect(validation.blocking).toBe(0);
  });
});

describe("after a save", () => {
  it("the status beside Save says when and how much, and whether there is more to save", () => {
    const form = formFromView(channel("ppid"), "2023-11", view("ppid", [["22"]]));
    expect(saveStatusText(form, false, undefined)).toBe("");
    expect(saveStatusText(form, true, undefined)).toBe("Menyimpan...");
    expect(saveStatusText(form, false, { time: "09:31", changed: 3 })).toBe(
      "Tersimpan 09:31, 3 isian berubah.",
    );
    setCell(form, 1, "permohonan", "23");
    expect(saveStatusText(form, false, { time: "09:31", changed: 3 })).toBe(
      "Tersimpan 09:31, 3 isian berubah; ada perubahan baru yang belum disimpan.",
    );
  });

  it("Simpan & lanjut goes to the next channel that is Kosong or Sebagian, wrapping round", () => {
    const state = createState();
    const channels = (["ppid", "webinar", "evaluasi", "kepuasan"] as const).map((key, i) => ({
      ...view(key, []),
      status: (["lengkap", "lengkap", "sebagian", "kosong"] as const)[i] ?? "kosong",
    }));
    state.view = { month: "2023-11", monthLabel: "November 2023", channels, findings: [] };
    expect(nextToFill(state, "ppid")).toBe("evaluasi");
    expect(nextToFill(state, "evaluasi")).toBe("kepuasan");
    expect(nextToFill(state, "kepuasan")).toBe("evaluasi");
    for (const c of channels) c.status = "lengkap";
    expect(nextToFill(state, "ppid")).toBeUndefined();
  });
});

describe("the guest-limit warning of Pengaturan", () => {
  it("marks each visit it lists at its Jumlah Tamu and keeps its first sentence above the rows", () => {
    const def = channel("tatapMuka");
    const cells = (who: string, guests: string) =>
      def.columns.map((c) => ({ tanggal: "1/11/2023", pengguna: who, tamu: guests })[c.key as "tamu"] ?? "");
    const warning: Finding = {
      severity: "warning",
      code: "guests-over-limit",
      message:
        'Tab "Tatap Muka" (November 2023): 2 kunjungan melebihi batas 5 tamu per konsultasi: 1 November 2023, Kab. Asahan, 7 tamu (baris 10); 1 November 2023, Kab. Bima, 8 tamu (baris 12).',
      tab: "Tatap Muka",
      column: "Jumlah Tamu",
    };
    const form = formFromView(
      def,
      "2023-11",
      view(
        "tatapMuka",
        [cells("Kab. Asahan", "7"), cells("Kab. Lebak", "3"), cells("Kab. Bima", "8")],
        [warning],
      ),
    );
    const validation = validate(form);
    expect(validation.fields.get(fieldKey(1, "tamu"))).toEqual({
      message: "Melebihi batas 5 tamu per konsultasi (Pengaturan).",
      severity: "warning",
    });
    expect(validation.fields.get(fieldKey(2, "tamu"))).toBeUndefined();
    expect(validation.fields.get(fieldKey(3, "tamu"))?.severity).toBe("warning");
    expect(validation.report).toEqual([
      {
        message:
          'Tab "Tatap Muka" (November 2023): 2 kunjungan melebihi batas 5 tamu per konsultasi. Barisnya ditandai "periksa".',
        severity: "warning",
      },
    ]);
    expect(validation.errorCount).toBe(0);
  });
});
