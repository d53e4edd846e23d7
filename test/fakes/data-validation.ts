/** Data validation rules and their builder (SpreadsheetApp.newDataValidation()). */
import { type CallLog, Counted } from "./calls";
import { enumOf, type FakeOf } from "./typing";

type SS = typeof GoogleAppsScript.Spreadsheet;

export const DataValidationCriteria = enumOf<SS["DataValidationCriteria"]>([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export interface ValidationRule {
  criteria: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.DataValidation,
      "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText"
    >
{
  constructor(
    calls: CallLog,
    readonly rule: ValidationRule,
  ) {
    super(calls, "SpreadsheetApp", "DataValidation");
  }
  getAllowInvalid(): boolean {
    this.hit("getAllowInvalid");
    return this.rule.allowInvalid;
  }
  getCriteriaType(): Criteria {
    this.hit("getCriteriaType");
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.hit("getCriteriaValues");
    return [...this.rule.values];
  }
  getHelpText(): string {
    this.hit("getHelpText");
    return this.rule.helpText;
  }
}

type BuilderMethods =
  | "build"
  | "setAllowInvalid"
  | "setHelpText"
  | "requireValueInList"
  | "requireNumberBetween"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThanOrEqualTo"
  | "requireDate"
  | "requireCheckbox"
  | "requireFormulaSatisfied"
  | "requireTextIsUrl";
type Builder = FakeDataValidationBuilder;

export class FakeDataValidationBuilder
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      BuilderMethods,
      { [K in Exclude<BuilderMethods, "build">]: Builder } & { build: FakeDataValidation }
    >
{
  private rule: ValidationRule = {
    criteria: DataValidationCriteria.CUSTOM_FORMULA,
    values: [],
    allowInvalid: true,
    helpText: "",
  };
  constructor(calls: CallLog) {
    super(calls, "SpreadsheetApp", "DataValidationBuilder");
  }
  private require(method: string, criteria: keyof SS["DataValidationCriteria"], values: unknown[]): Builder {
    this.hit(method);
    this.rule = { ...this.rule, criteria: DataValidationCriteria[criteria], values };
    return this;
  }
  build(): FakeDataValidation {
    this.hit("build");
    return new FakeDataValidation(this.calls, { ...this.rule, values: [...this.rule.values] });
  }
  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.hit("setAllowInvalid");
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): Builder {
    this.hit("setHelpText");
    this.rule = { ...this.rule, helpText };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.require("requireValueInList", "VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireNumberBetween(start: number, end: number): Builder {
    return this.require("requireNumberBetween", "NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(value: number): Builder {
    return this.require("requireNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [value]);
  }
  requireNumberLessThanOrEqualTo(value: number): Builder {
    return this.require("requireNumberLessThanOrEqualTo", "NUMBER_LESS_THAN_OR_EQUAL_TO", [value]);
  }
  requireDate(): Builder {
    return this.require("requireDate", "DATE_IS_VALID_DATE", []);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): Builder {
    return this.require(
      "requireCheckbox",
      "CHECKBOX",
      [checked, unchecked].filter((v) => v !== undefined),
    );
  }
  requireFormulaSatisfied(formula: string): Builder {
    return this.require("requireFormulaSatisfied", "CUSTOM_FORMULA", [formula]);
  }
  requireTextIsUrl(): Builder {
    return this.require("requireTextIsUrl", "TEXT_IS_VALID_URL", []);
  }
}
