/** SpreadsheetApp: the active (bound) spreadsheet, its Ui, builders and enums. */
import { type CallLog, Counted } from "./calls";
import { DataValidationCriteria, FakeDataValidationBuilder } from "./data-validation";
import { ProtectionType } from "./protection";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeOf } from "./typing";
import type { FakeUi } from "./ui";

export class FakeSpreadsheetApp
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | "DataValidationCriteria"
      | "ProtectionType"
      | "getActive"
      | "getActiveSpreadsheet"
      | "getActiveSheet"
      | "getUi"
      | "newDataValidation"
      | "flush"
      | "openById",
      {
        getActive: FakeSpreadsheet;
        getActiveSpreadsheet: FakeSpreadsheet;
        getActiveSheet: FakeSheet;
        getUi: FakeUi;
        newDataValidation: FakeDataValidationBuilder;
        openById: FakeSpreadsheet;
      }
    >
{
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  /** How many times code forced pending writes out. */
  flushes = 0;

  constructor(
    calls: CallLog,
    readonly active: FakeSpreadsheet,
    readonly ui: FakeUi,
    /** Other spreadsheets openById can reach, by id. */
    readonly others: Map<string, FakeSpreadsheet> = new Map(),
  ) {
    super(calls, "SpreadsheetApp", "");
  }
  getActive(): FakeSpreadsheet {
    this.hit("getActive");
    return this.active;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.hit("getActiveSpreadsheet");
    return this.active;
  }
  getActiveSheet(): FakeSheet {
    this.hit("getActiveSheet");
    return this.active.getActiveSheet();
  }
  getUi(): FakeUi {
    this.hit("getUi");
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    this.hit("newDataValidation");
    return new FakeDataValidationBuilder(this.calls);
  }
  flush(): void {
    this.hit("flush");
    this.flushes++;
  }
  openById(id: string): FakeSpreadsheet {
    this.hit("openById");
    const found = id === this.active.id ? this.active : this.others.get(id);
    if (!found) throw new Error(`Fake SpreadsheetApp: no spreadsheet with id ${id}`);
    return found;
  }
}
