/**
 * HtmlService: outputs and templates over a set of "project files" (name -> HTML) the test
 * provides, e.g. the built dist/Sidebar.html. Templates support `<?= name ?>` and
 * `<?!= name ?>` with names (or dotted paths) assigned on the template; no other scriptlets.
 */
import { type CallLog, Counted } from "./calls";
import { enumOf, type FakeOf } from "./typing";

type Html = typeof GoogleAppsScript.HTML;

export const SandboxMode = enumOf<Html["SandboxMode"]>(["EMULATED", "IFRAME", "NATIVE"]);
export const XFrameOptionsMode = enumOf<Html["XFrameOptionsMode"]>(["ALLOWALL", "DEFAULT"]);

const OUTPUT_METHODS = [
  "getContent",
  "setContent",
  "append",
  "clear",
  "getTitle",
  "setTitle",
  "getWidth",
  "setWidth",
  "getHeight",
  "setHeight",
  "setSandboxMode",
  "setXFrameOptionsMode",
  "addMetaTag",
  "setFaviconUrl",
] as const;
type Chained = Exclude<(typeof OUTPUT_METHODS)[number], `get${string}`>;

export class FakeHtmlOutput
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.HTML.HtmlOutput,
      (typeof OUTPUT_METHODS)[number],
      { [K in Chained]: FakeHtmlOutput }
    >
{
  title = "";
  width = 300;
  height = 500;
  faviconUrl = "";
  sandboxMode: GoogleAppsScript.HTML.SandboxMode = SandboxMode.IFRAME;
  xFrameOptionsMode: GoogleAppsScript.HTML.XFrameOptionsMode = XFrameOptionsMode.DEFAULT;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    calls: CallLog,
    public content = "",
  ) {
    super(calls, "HtmlService", "HtmlOutput");
  }
  getContent(): string {
    this.hit("getContent");
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.hit("setContent");
    this.content = content;
    return this;
  }
  append(addedContent: string): FakeHtmlOutput {
    this.hit("append");
    this.content += addedContent;
    return this;
  }
  clear(): FakeHtmlOutput {
    this.hit("clear");
    this.content = "";
    return this;
  }
  getTitle(): string {
    this.hit("getTitle");
    return this.title;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.hit("setTitle");
    this.title = title;
    return this;
  }
  getWidth(): number {
    this.hit("getWidth");
    return this.width;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.hit("setWidth");
    this.width = width;
    return this;
  }
  getHeight(): number {
    this.hit("getHeight");
    return this.height;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.hit("setHeight");
    this.height = height;
    return this;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): FakeHtmlOutput {
    this.hit("setSandboxMode");
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): FakeHtmlOutput {
    this.hit("setXFrameOptionsMode");
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.hit("addMetaTag");
    this.metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(iconUrl: string): FakeHtmlOutput {
    this.hit("setFaviconUrl");
    this.faviconUrl = iconUrl;
    return this;
  }
}

export class FakeHtmlTemplate
  extends Counted
  implements
    FakeOf<GoogleAppsScript.HTML.HtmlTemplate, "evaluate" | "getRawContent", { evaluate: FakeHtmlOutput }>
{
  /** Values assigned by the code (`template.month = "2023-11"`). */
  [name: string]: unknown;

  constructor(
    calls: CallLog,
    private readonly raw: string,
  ) {
    super(calls, "HtmlService", "HtmlTemplate");
  }
  getRawContent(): string {
    this.hit("getRawContent");
    return this.raw;
  }
  evaluate(): FakeHtmlOutput {
    this.hit("evaluate");
    const content = this.raw.replace(/<\?(!?)=\s*([\w.$]+)\s*\?>/g, (_all, raw: string, path: string) => {
      const value = path
        .split(".")
        .reduce<unknown>((obj, key) => (obj as Record<string, unknown>)?.[key], this);
      const text = value === undefined || value === null ? "" : String(value);
      return raw ? text : escapeHtml(text);
    });
    return new FakeHtmlOutput(this.calls, content);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export class FakeHtmlService
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.HTML.HtmlService,
      | "SandboxMode"
      | "XFrameOptionsMode"
      | "createHtmlOutput"
      | "createHtmlOutputFromFile"
      | "createTemplate"
      | "createTemplateFromFile",
      {
        createHtmlOutput: FakeHtmlOutput;
        createHtmlOutputFromFile: FakeHtmlOutput;
        createTemplate: FakeHtmlTemplate;
        createTemplateFromFile: FakeHtmlTemplate;
      }
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    calls: CallLog,
    /** Project files by name, with or without `.html`. */
    readonly files: Record<string, string> = {},
  ) {
    super(calls, "HtmlService", "");
  }

  private file(filename: string): string {
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    this.hit("createHtmlOutput");
    return new FakeHtmlOutput(this.calls, typeof html === "string" ? html : "");
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.hit("createHtmlOutputFromFile");
    return new FakeHtmlOutput(this.calls, this.file(filename));
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): FakeHtmlTemplate {
    this.hit("createTemplate");
    return new FakeHtmlTemplate(this.calls, typeof html === "string" ? html : "");
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    this.hit("createTemplateFromFile");
    return new FakeHtmlTemplate(this.calls, this.file(filename));
  }
}
