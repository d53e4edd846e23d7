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

describe("fake Sheets advanced service", () => {
  const sheetsEnv = () =>
    createFakeEnv({
      sheets: {
        "Pengaduan & Keluhan": [
          ["Bulan", "Jenis", "", ""],
          ["2023-11", "", "x", ""],
          ["", "", "", ""],
        ],
        "It's": [["a"]],
      },
    });
  const unformatted = { valueRenderOption: "UNFORMATTED_VALUE", dateTimeRenderOption: "SERIAL_NUMBER" };

  it("reads several ranges in one call, trimming trailing empty rows and cells", () => {
    const env = sheetsEnv();
    const answer = env.Sheets.Spreadsheets.Values.batchGet(env.spreadsheet.id, {
      ranges: ["'Pengaduan & Keluhan'", "'It''s'!A:A", "'Pengaduan & Keluhan'!B5:C9"],
      ...unformatted,
    });
    expect(answer.valueRanges?.map((v) => v.values)).toEqual([
      [
        ["Bulan", "Jenis"],
        ["2023-11", "", "x"],
      ],
      [["a"]],
      undefined,
    ]);
    expect(answer.valueRanges?.[0]?.range).toBe("'Pengaduan & Keluhan'!A1:Z1000");
    expect(env.calls.count("Sheets")).toBe(1);
  });

  it("rejects a range on a missing tab, as the API does", () => {
    const env = sheetsEnv();
    expect(() =>
      env.Sheets.Spreadsheets.Values.batchGet(env.spreadsheet.id, { ranges: ["'Tidak Ada'"] }),
    ).toThrow(/Unable to parse range: 'Tidak Ada'/);
  });

  it("gives dates as serial numbers in the spreadsheet's time zone, and strings when formatted", () => {
    const env = createFakeEnv({ sheets: { T: [[new Date(Date.UTC(2023, 10, 5, 18, 0)), 1271]] } });
    const read = (options: object) =>
      env.Sheets.Spreadsheets.Values.batchGet(env.spreadsheet.id, { ranges: ["T"], ...options })
        .valueRanges?.[0]?.values;
    // 18:00 UTC on 5 November is 01:00 on 6 November in Jakarta: serial 45236 plus one hour.
    const [[serial, count] = []] = (read(unformatted) ?? []) as number[][];
    expect(serial).toBeCloseTo(45236 + 1 / 24, 9);
    expect(count).toBe(1271);
    expect(read({})).toEqual([["2023-11-06", "1271"]]);
  });

  it("writes RAW strings as text, USER_ENTERED `=` as a formula; a bad batch writes nothing", () => {
    const env = createFakeEnv({ sheets: { T: [] } });
    const sheet = env.spreadsheet.sheet("T");
    const write = (option: string, range: string) =>
      env.Sheets.Spreadsheets.Values.batchUpdate(
        { valueInputOption: option, data: [{ range, values: [["=1+1", 5, null, ""]] }] },
        env.spreadsheet.id,
      );
    write("RAW", "T!A1:D1");
    expect(sheet?.snapshot()).toEqual([["=1+1", 5]]);
    write("USER_ENTERED", "T!A2:D2");
    expect(sheet?.formulas()).toEqual(new Map([["A2", "=1+1"]]));
    expect(() =>
      env.Sheets.Spreadsheets.Values.batchUpdate(
        {
          valueInputOption: "RAW",
          data: [
            { range: "T!A3", values: [["ok"]] },
            { range: "T!A1001", values: [["past the grid"]] },
          ],
        },
        env.spreadsheet.id,
      ),
    ).toThrow(/exceeds grid limits/);
    expect(sheet?.cell(3, 1)).toBe("");
    expect(() =>
      env.Sheets.Spreadsheets.Values.batchUpdate(
        { data: [{ range: "T!A1", values: [["x"]] }] },
        env.spreadsheet.id,
      ),
    ).toThrow(/valueInputOption/);
  });

  it("SpreadsheetApp's setValues makes a formula of `=` text, as Sheets does", () => {
    const env = createFakeEnv({ sheets: { T: [] } });
    env.spreadsheet
      .sheet("T")
      ?.getRange("A1:B1")
      .setValues([['=IMPORTXML("http://x")', "'=teks"]]);
    expect(env.spreadsheet.sheet("T")?.formulas()).toEqual(new Map([["A1", '=IMPORTXML("http://x")']]));
    expect(env.spreadsheet.sheet("T")?.cell(1, 2)).toBe("=teks");
  });

  it("appends after a table and grows the grid with appendDimension", () => {
    const env = createFakeEnv({ sheets: { Log: [["Waktu"], ["a"]] } });
    const sheet = env.spreadsheet.sheet("Log");
    env.Sheets.Spreadsheets.Values.append({ values: [["b"], ["c"]] }, env.spreadsheet.id, "Log!A1", {
      valueInputOption: "RAW",
    });
    expect(sheet?.snapshot()).toEqual([["Waktu"], ["a"], ["b"], ["c"]]);
    env.Sheets.Spreadsheets.batchUpdate(
      { requests: [{ appendDimension: { sheetId: sheet?.id, dimension: "ROWS", length: 10 } }] },
      env.spreadsheet.id,
    );
    expect(sheet?.maxRows).toBe(1010);
  });
});

describe("fake Drive advanced service", () => {
  it("exports a presentation only with alt=media, as the live service does", () => {
    const e = env();
    const deck = e.drive.addPresentation("Laporan");
    const files = e.Drive.Files as unknown as {
      export(id: string, mime: string, args?: object): GoogleAppsScript.Base.Blob;
    };
    expect(() => files.export(deck.id, "application/pdf")).toThrow(/requires alt=media/);
    expect(files.export(deck.id, "application/pdf", { alt: "media" }).getContentType()).toBe(
      "application/pdf",
    );
  });
});

describe("fake CacheService", () => {
  it("refuses a value over 100 KB, as Cache.put does, and keeps nothing of it", () => {
    const cache = createFakeEnv().CacheService.getUserCache();
    cache.put("k", "x".repeat(100 * 1024));
    expect(cache.get("k")).toHaveLength(100 * 1024);
    expect(() => cache.put("big", "x".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
    expect(cache.get("big")).toBeNull();
  });
});
