import { describe, expect, it } from "vitest";
import { channel } from "../../src/core/workbook/channels";
import type { ChannelView } from "../../src/rpc/sidebar";
import {
  addRow,
  applyServerFindings,
  fieldKey,
  formFromView,
  isDirty,
  isShown,
  moveRow,
  problemText,
  removeRow,
  rowAfterRemoval,
  sentRows,
  setCell,
  validate,
} from "../../src/sidebar/form-state";

function view(
  key: ChannelView["key"],
  rows: string[][],
  rowNumbers = rows.map((_, i) => i + 2),
): ChannelView {
  const def = channel(key);
  return {
    key,
    tab: def.tab,
    status: "kosong",
    statusLabel: "Kosong",
    rows,
    rowNumbers,
    references: {},
    version: "v1",
    findings: [],
  };
}

describe("a monthly form", () => {
  it("starts with one empty row whose messages wait until staff touch it", () => {
    const form = formFromView(channel("ppid"), "2023-11", view("ppid", []));
    expect(form.rows).toHaveLength(1);
    const result = validate(form);
    expect(result.errorCount).toBe(0); // an empty form sends nothing
    setCell(form, 1, "permohonan", "1.271");
    expect(validate(form).errorCount).toBe(0);
    expect(validate(form).measure).toBe(1271); // 1.271 is one thousand two hundred seventy-one
    expect(sentRows(form).cells).toEqual([["1.271"]]);
    expect(isDirty(form)).toBe(true);
  });

  it("shows a typo at its field and names the field beside Save", () => {
    const form = formFromView(channel("ppid"), "2023-11", view("ppid", []));
    setCell(form, 1, "permohonan", "2l");
    const result = validate(form);
    expect(result.errorCount).toBe(1);
    expect(result.fields.get(fieldKey(1, "permohonan"))?.message).toMatch(/^"2l" bukan angka/);
    expect(isShown(form, fieldKey(1, "permohonan"))).toBe(true);
    expect(problemText(form, result)).toBe("Perlu diperbaiki: Permohonan.");
  });

  it("holds Save for a field nobody touched yet, and names it", () => {
    const form = formFromView(channel("tiketKonsultasi"), "2023-11", view("tiketKonsultasi", []));
    setCell(form, 1, "whatsapp", "988");
    const result = validate(form);
    // Total empty and its parts incomplete: the parser's rule, placed at Total Tiket.
    expect(result.fields.get(fieldKey(1, "total"))?.severity).toBe("error");
    expect(isShown(form, fieldKey(1, "total"))).toBe(false);
    expect(problemText(form, result)).toBe("Perlu diperbaiki: Total Tiket.");
  });
});

describe("an item form", () => {
  it("adds, moves and removes rows; blank rows are not sent; the live count follows", () => {
    const def = channel("webinar");
    const form = formFromView(def, "2023-11", view("webinar", [["2023-11-06", "Webinar DAU", ""]]));
    expect(isDirty(form)).toBe(false);
    const second = addRow(form);
    setCell(form, second.id, "tanggal", "7 November 2023");
    setCell(form, second.id, "judul", "=1+1");
    addRow(form); // left blank
    expect(validate(form).measure).toBe(2);
    expect(moveRow(form, second.id, -1)).toBe(true);
    expect(moveRow(form, second.id, -1)).toBe(false);
    expect(sentRows(form)).toEqual({
      cells: [
        ["7 November 2023", "=1+1", null],
        ["2023-11-06", "Webinar DAU", null],
      ],
      ids: [2, 1],
      // The added row is new; the loaded one came from the view's first row.
      origins: [null, 0],
    });
    removeRow(form, 1);
    expect(validate(form).measure).toBe(1);
    expect(validate(form).rows[0]?.values).toEqual({ tanggal: "2023-11-07", judul: "=1+1", jumlah: null });
  });

  it("puts a date outside the month at its field", () => {
    const form = formFromView(channel("webinar"), "2023-11", view("webinar", [["6/10/2023", "Lama", ""]]));
    const result = validate(form);
    expect(result.fields.get(fieldKey(1, "tanggal"))?.message).toMatch(/tidak berada di bulan November 2023/);
    expect(problemText(form, result)).toBe("Perlu diperbaiki: Baris 1 Tanggal.");
  });

  it("places the server's findings by the request's row (from 1), the rest in general", () => {
    const def = channel("webinar");
    const form = formFromView(
      def,
      "2023-11",
      view(
        "webinar",
        [
          ["2023-11-06", "A", ""],
          ["2023-11-07", "B", ""],
        ],
        [40, 41],
      ),
    );
    const ids = sentRows(form).ids;
    applyServerFindings(
      form,
      [
        {
          severity: "error",
          code: "x",
          message: 'Tab "Webinar", baris 2, kolom C (Judul): sudah ada.',
          row: 2,
          column: "Judul",
        },
        { severity: "error", code: "x", message: 'Tab "Webinar": tab terkunci.' },
      ],
      ids,
    );
    const result = validate(form);
    expect(result.fields.get(fieldKey(2, "judul"))).toEqual({ message: "Sudah ada.", severity: "error" });
    expect(result.general).toEqual(['Tab "Webinar": tab terkunci.']);
    expect(result.errorCount).toBe(1);
    setCell(form, 2, "judul", "B2"); // editing the field clears the server's message
    expect(validate(form).errorCount).toBe(0);
  });

  it("after a removal, points at the row now in its place, else the one before, else none", () => {
    const form = formFromView(
      channel("webinar"),
      "2023-11",
      view("webinar", [
        ["2023-11-06", "A", ""],
        ["2023-11-07", "B", ""],
        ["2023-11-08", "C", ""],
      ]),
    );
    removeRow(form, 2);
    expect(rowAfterRemoval(form, 1)?.cells[1]).toBe("C");
    removeRow(form, 3);
    expect(rowAfterRemoval(form, 1)?.cells[1]).toBe("A");
    removeRow(form, 1);
    expect(rowAfterRemoval(form, 0)).toBeUndefined();
  });
});
