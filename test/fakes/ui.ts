/**
 * The spreadsheet's Ui: menus, alerts, prompts (answered from a script the test sets up), and
 * sidebars/dialogs (recorded with the HtmlOutput shown).
 */
import { type CallLog, Counted } from "./calls";
import type { FakeHtmlOutput } from "./html-service";
import { enumOf, type FakeOf } from "./typing";

type Base = typeof GoogleAppsScript.Base;
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export const Button = enumOf<Base["Button"]>(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = enumOf<Base["ButtonSet"]>(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);

export type MenuEntry = { label: string; functionName: string } | "separator";

export interface AddedMenu {
  title: string;
  entries: MenuEntry[];
  /** Made with createAddonMenu: shown under Extensions, titled after the add-on or script project. */
  addon: boolean;
}

export interface Alert {
  title: string;
  message: string;
  buttons: ButtonSet | undefined;
}

export interface ScriptedPrompt {
  text: string;
  button?: "OK" | "CANCEL" | "CLOSE" | "YES" | "NO";
}

export class FakeMenu
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Base.Menu,
      "addItem" | "addSeparator" | "addToUi",
      { addItem: FakeMenu; addSeparator: FakeMenu }
    >
{
  readonly entries: MenuEntry[] = [];
  constructor(
    calls: CallLog,
    readonly title: string,
    private readonly ui: FakeUi,
    readonly addon = false,
  ) {
    super(calls, "SpreadsheetApp", "Menu");
  }
  addItem(caption: string, functionName: string): FakeMenu {
    this.hit("addItem");
    this.entries.push({ label: caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.hit("addSeparator");
    this.entries.push("separator");
    return this;
  }
  addToUi(): void {
    this.hit("addToUi");
    this.ui.menus.push({ title: this.title, entries: [...this.entries], addon: this.addon });
  }
}

export class FakePromptResponse
  extends Counted
  implements FakeOf<GoogleAppsScript.Base.PromptResponse, "getResponseText" | "getSelectedButton">
{
  constructor(
    calls: CallLog,
    private readonly answer: ScriptedPrompt,
  ) {
    super(calls, "SpreadsheetApp", "PromptResponse");
  }
  getResponseText(): string {
    this.hit("getResponseText");
    return this.answer.text;
  }
  getSelectedButton(): Button {
    this.hit("getSelectedButton");
    return Button[this.answer.button ?? "OK"];
  }
}

export class FakeUi
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Base.Ui,
      | "Button"
      | "ButtonSet"
      | "createMenu"
      | "createAddonMenu"
      | "alert"
      | "prompt"
      | "showSidebar"
      | "showModalDialog"
      | "showModelessDialog",
      { createMenu: FakeMenu; createAddonMenu: FakeMenu; prompt: FakePromptResponse }
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus added with addToUi, in order. */
  readonly menus: AddedMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly prompts: Alert[] = [];
  readonly sidebars: GoogleAppsScript.HTML.HtmlOutput[] = [];
  readonly dialogs: { html: GoogleAppsScript.HTML.HtmlOutput; title: string; modal: boolean }[] = [];
  private readonly promptAnswers: ScriptedPrompt[] = [];
  private readonly alertAnswers: Button[] = [];
  /** The add-on's listing name, or a bound script's project name: createAddonMenu's title. */
  addonName = "Laporan Layanan";

  constructor(calls: CallLog) {
    super(calls, "SpreadsheetApp", "Ui");
  }

  /** Queues the answers to the next prompts; an unscripted prompt throws. */
  answerPrompts(...answers: ScriptedPrompt[]): this {
    this.promptAnswers.push(...answers);
    return this;
  }

  /** Queues buttons the next alerts return (default OK). */
  answerAlerts(...buttons: (keyof Base["Button"])[]): this {
    this.alertAnswers.push(...buttons.map((b) => Button[b]));
    return this;
  }

  /** The menu added with this title, if any. */
  menu(title: string): AddedMenu | undefined {
    return this.menus.find((m) => m.title === title);
  }

  createMenu(caption: string): FakeMenu {
    this.hit("createMenu");
    return new FakeMenu(this.calls, caption, this);
  }
  createAddonMenu(): FakeMenu {
    this.hit("createAddonMenu");
    return new FakeMenu(this.calls, this.addonName, this, true);
  }
  alert(first: string, second?: string | ButtonSet, third?: ButtonSet): Button {
    this.hit("alert");
    this.alerts.push(dialogOf(first, second, third));
    return this.alertAnswers.shift() ?? Button.OK;
  }
  prompt(first: string, second?: string | ButtonSet, third?: ButtonSet): FakePromptResponse {
    this.hit("prompt");
    const asked = dialogOf(first, second, third);
    this.prompts.push(asked);
    const answer = this.promptAnswers.shift();
    if (!answer) throw new Error(`Fake Ui: no scripted answer for prompt "${asked.message}"`);
    return new FakePromptResponse(this.calls, answer);
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput | FakeHtmlOutput): void {
    this.hit("showSidebar");
    this.sidebars.push(userInterface as GoogleAppsScript.HTML.HtmlOutput);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.hit("showModalDialog");
    this.dialogs.push({ html: userInterface, title, modal: true });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.hit("showModelessDialog");
    this.dialogs.push({ html: userInterface, title, modal: false });
  }
}

/** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); prompt() alike. */
function dialogOf(first: string, second?: string | ButtonSet, third?: ButtonSet): Alert {
  if (typeof second === "string") return { title: first, message: second, buttons: third };
  return { title: "", message: first, buttons: second };
}
