import { describe, expect, it } from "vitest";
import {
  MISSING_PART,
  MISSING_SECTION,
  missingFindings,
  missingLabel,
  needMet,
  type SectionNeed,
  unmetNeeds,
} from "../../../src/core/judgement/needs";
import { toMonth } from "../../../src/core/workbook/period";
import { buildData } from "../../helpers/data-builder";

const NOV = toMonth("2023-11");
const twitter: SectionNeed = {
  key: "mediaSosial",
  columns: ["twKonten", "twFollowers", "twProfileVisits"],
  part: "Twitter",
};
const teknis: SectionNeed = {
  key: "topikKonsultasi",
  where: { column: "bagian", value: "Teknis" },
  part: "topik teknis",
};
const NEEDS: SectionNeed[] = [{ key: "ppid" }, twitter, teknis, { key: "evaluasi" }, { key: "ppid" }];

describe("needMet", () => {
  it("a tab needs its month's headline figure; a part needs one of its columns or one of its items", () => {
    const data = buildData({
      ppid: [{ month: "2023-10", permohonan: 14 }],
      mediaSosial: [{ month: "2023-11", rataRataPublikasi: 51, twFollowers: 16726 }],
      topikKonsultasi: [{ month: "2023-11", bagian: "Lainnya", topik: "Surat Masuk" }],
    });
    expect(needMet(data, NOV, { key: "ppid" })).toBe(false);
    expect(needMet(data, toMonth("2023-10"), { key: "ppid" })).toBe(true);
    expect(needMet(data, NOV, twitter)).toBe(true);
    expect(needMet(data, NOV, { ...twitter, columns: ["fbKonten"] })).toBe(false);
    expect(needMet(data, NOV, teknis)).toBe(false);
    expect(needMet(data, NOV, { ...teknis, where: { column: "bagian", value: "Lainnya" } })).toBe(true);
  });
});

describe("missingFindings", () => {
  it("lists each unmet need once, in the workbook's tab order, whole tabs and parts told apart", () => {
    const data = buildData({
      mediaSosial: [{ month: "2023-11", rataRataPublikasi: 51 }],
      topikKonsultasi: [{ month: "2023-11", bagian: "Lainnya", topik: "Surat Masuk" }],
    });
    const findings = missingFindings(data, NOV, NEEDS);
    expect(findings.map(missingLabel)).toEqual([
      "Topik Konsultasi (topik teknis)",
      "Media Sosial (Twitter)",
      "PPID",
      "Evaluasi",
    ]);
    expect(findings.map((f) => f.code)).toEqual([
      MISSING_PART,
      MISSING_PART,
      MISSING_SECTION,
      MISSING_SECTION,
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(findings[2]?.message).toBe('Tab "PPID" belum diisi untuk November 2023.');
    expect(findings[1]?.message).toBe(
      'Tab "Media Sosial": Twitter (kolom Twitter Konten, Twitter Followers, Twitter Profile Visits) belum diisi untuk November 2023.',
    );
    expect(findings[0]?.message).toBe(
      'Tab "Topik Konsultasi": topik teknis (baris dengan Bagian "Teknis") belum diisi untuk November 2023.',
    );
  });

  it("a part of a tab with no rows is the tab itself, listed once", () => {
    const unmet = unmetNeeds(buildData(), NOV, [twitter, { key: "mediaSosial" }, teknis]);
    expect(unmet).toEqual([{ key: "topikKonsultasi" }, { key: "mediaSosial" }]);
  });

  it("is empty when every need is met", () => {
    const data = buildData({
      ppid: [{ month: "2023-11", permohonan: 21 }],
      mediaSosial: [{ month: "2023-11", rataRataPublikasi: 51, twKonten: 49 }],
      topikKonsultasi: [{ month: "2023-11", bagian: "Teknis", topik: "DBH" }],
      evaluasi: [{ month: "2023-11", judul: "A", uraian: "B" }],
    });
    expect(missingFindings(data, NOV, NEEDS)).toEqual([]);
  });
});
