/** The fakes behave like Apps Script where code can tell, and count every call. */
import { describe, expect, it } from "vitest";
import { createFakeEnv } from "./env";

describe("fake spreadsheet", () => {
  it("reads and writes 1-based ranges and counts each call by service and method", () => {
    const env = createFakeEnv({
      sheets: {
        Data: [
          ["Bulan", "Jumlah"],
          ["2023-11", 21],
        ],
      },
    });
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data");
    expect(sheet?.getDataRange().getValues()).toEqual([
      ["Bulan", "Jumlah"],
      ["2023-11", 21],
    ]);
    sheet?.getRange(3, 1, 1, 2).setValues([["2023-12", 30]]);
    expect(sheet?.getRange("A3:B3").getA1Notation()).toBe("A3:B3");
    expect(sheet?.getRange("B3").getValue()).toBe(30);
    expect(sheet?.getLastRow()).toBe(3);
    expect(env.calls.count("SpreadsheetApp", "Sheet.getRange")).toBe(3);
    expect(env.calls.count("SpreadsheetApp", "getActiveSpreadsheet")).toBe(1);
    expect(env.calls.summary()["SpreadsheetApp.Range.setValues"]).toBe(1);
  });

  it("rejects values that do not fit the range, and ranges outside the sheet, as Sheets does", () => {
    const sheet = createFakeEnv().spreadsheet.insertSheet("Baru");
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([["a"]])).toThrow(/number of columns/);
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([["a"]])).toThrow(/number of rows/);
    expect(() => sheet.getRange(1, 27)).toThrow(/outside the dimensions/);
    expect(sheet.getDataRange().getValues()).toEqual([[""]]);
  });

  it("refuses a second sheet with the same name", () => {
    const env = createFakeEnv({ sheets: { PPID: [] } });
    expect(() => env.spreadsheet.insertSheet("PPID")).toThrow(/already exists/);
  });

  it("keeps data validations built with the builder", () => {
    const env = createFakeEnv();
    const rule = env.SpreadsheetApp.newDataValidation().requireValueInList(["Ya", "Tidak"]).build();
    const sheet = env.spreadsheet.insertSheet("X");
    sheet.getRange("B2:B3").setDataValidation(rule);
    const kept = sheet.getRange("B3").getDataValidations()[0]?.[0];
    expect(String(kept?.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(kept?.getCriteriaValues()[0]).toEqual(["Ya", "Tidak"]);
  });
});

describe("fake Ui", () => {
  it("answers prompts from the script and records alerts", () => {
    const { ui } = createFakeEnv();
    ui.answerPrompts({ text: "2023-11" }, { text: "", button: "CANCEL" });
    expect(ui.prompt("Bulan?").getResponseText()).toBe("2023-11");
    expect(ui.prompt("Judul", "Bulan?", ui.ButtonSet.OK_CANCEL).getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(() => ui.prompt("Lagi?")).toThrow(/no scripted answer/);
    ui.alert("Judul", "Pesan", ui.ButtonSet.OK);
    expect(ui.alerts).toEqual([{ title: "Judul", message: "Pesan", buttons: ui.ButtonSet.OK }]);
  });
});

describe("fake Utilities and services", () => {
  it("formats dates in the given time zone (Jakarta is UTC+7)", () => {
    const instant = new Date(Date.UTC(2023, 10, 30, 20, 5, 9));
    expect(env().Utilities.formatDate(instant, "Asia/Jakarta", "yyyy-MM-dd HH:mm:ss")).toBe(
      "2023-12-01 03:05:09",
    );
    expect(env().Utilities.formatDate(instant, "Asia/Jakarta", "yyyy-MM-dd'T'HH:mmXXX")).toBe(
      "2023-12-01T03:05+07:00",
    );
  });

  it("digests and encodes with Java's signed bytes", () => {
    const bytes = env().Utilities.computeDigest(env().Utilities.DigestAlgorithm.SHA_256, "abc");
    // SHA-256("abc") starts with ba 78: 0xba is -70 as a signed byte.
    expect(bytes.slice(0, 2)).toEqual([-70, 120]);
    expect(env().Utilities.base64Encode("Laporan")).toBe("TGFwb3Jhbg==");
  });

  it("simulates a lock held by someone else", () => {
    const e = env();
    e.LockService.document.heldElsewhere = true;
    expect(e.LockService.getDocumentLock().tryLock(100)).toBe(false);
    expect(() => e.LockService.getDocumentLock().waitLock(100)).toThrow(/Lock timeout/);
  });

  it("serves project HTML files and fills template values", () => {
    const e = createFakeEnv({ htmlFiles: { Sidebar: "<p><?= bulan ?></p>" } });
    const template = e.HtmlService.createTemplateFromFile("Sidebar");
    template.bulan = "<2023-11>";
    expect(template.evaluate().setTitle("Isi Data").getContent()).toBe("<p>&#60;2023-11&#62;</p>");
    expect(() => e.HtmlService.createHtmlOutputFromFile("Tidak")).toThrow(/No HTML file named Tidak/);
  });

  it("installs its globals and restores what was there", () => {
    const target: Record<string, unknown> = { SpreadsheetApp: "before" };
    const e = createFakeEnv();
    const restore = e.install(target);
    expect(target.SpreadsheetApp).toBe(e.SpreadsheetApp);
    expect(target.Session).toBe(e.Session);
    restore();
    expect(target).toEqual({ SpreadsheetApp: "before" });
  });
});

function env() {
  return createFakeEnv();
}
