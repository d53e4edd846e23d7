/** The dialog's split of a many-case finding into its lead and a list (pure; no browser). */
import { describe, expect, it } from "vitest";
import { findingParts } from "../../../src/core/judgement/finding-parts";

describe("findingParts", () => {
  it("lists the cases after the lead", () => {
    const message =
      'Tab "Tatap Muka" (November 2023): 3 kunjungan melebihi batas 5 tamu per konsultasi: 1 November 2023, Kab. Asahan, 7 tamu (baris 12); 1 November 2023, Kab. Bima, 7 tamu (baris 13); 2 November 2023, Kab. Pangandaran, 8 tamu (baris 15).';
    expect(findingParts(message)).toEqual({
      head: 'Tab "Tatap Muka" (November 2023): 3 kunjungan melebihi batas 5 tamu per konsultasi:',
      items: [
        "1 November 2023, Kab. Asahan, 7 tamu (baris 12)",
        "1 November 2023, Kab. Bima, 7 tamu (baris 13)",
        "2 November 2023, Kab. Pangandaran, 8 tamu (baris 15)",
      ],
    });
  });

  it("leaves a sentence whole when it is not a list of three or more", () => {
    for (const message of [
      'Tab "Tiket Konsultasi" baris 13 (November 2023): Total Tiket tertulis 9.999, tetapi jumlahnya 1.271.',
      "Dua kasus: satu; dua.",
      "Tanpa titik dua; tetapi; dengan titik koma.",
    ]) {
      expect(findingParts(message)).toEqual({ head: message, items: [] });
    }
  });
});
