/**
 * ScriptApp: installable triggers (time-driven ones as Atur Pengingat makes them), the enums,
 * and the OAuth token. A trigger belongs to the project AND the user who made it:
 * `getProjectTriggers()` "gets all installable triggers associated with the current project and
 * current user" (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()),
 * so one user never sees, nor can delete, another's; and an installable trigger runs as the
 * account that made it (https://developers.google.com/apps-script/guides/triggers/installable):
 * a test fires it with `env.users.as(trigger.owner, ...)`. The 20-trigger limit is per user per
 * script (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { type CallLog, Counted } from "./calls";
import { enumOf, type FakeOf } from "./typing";
import { FakeUsers } from "./users";

type AuthModeEnum = typeof GoogleAppsScript.Script.AuthMode;
type EventTypeEnum = typeof GoogleAppsScript.Script.EventType;
type TriggerSourceEnum = typeof GoogleAppsScript.Script.TriggerSource;

const AUTH_MODES = ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const;
const EVENT_TYPES = [
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
  "ON_EVENT_UPDATED",
] as const;
const TRIGGER_SOURCES = ["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR"] as const;

/** How a time-driven trigger was scheduled. */
export interface ClockSchedule {
  monthDay?: number;
  hour?: number;
  minute?: number;
  timeZone?: string;
}

export class FakeTrigger
  extends Counted
  implements
    Pick<
      GoogleAppsScript.Script.Trigger,
      "getHandlerFunction" | "getUniqueId" | "getTriggerSourceId" | "getEventType" | "getTriggerSource"
    >
{
  constructor(
    calls: CallLog,
    readonly id: string,
    readonly handler: string,
    readonly schedule: ClockSchedule,
    private readonly enums: { eventType: EventTypeEnum; source: TriggerSourceEnum },
    /** The user who made it, and whom it runs as. */
    readonly owner = "",
  ) {
    super(calls, "ScriptApp", "Trigger");
  }
  getHandlerFunction(): string {
    this.hit("getHandlerFunction");
    return this.handler;
  }
  getUniqueId(): string {
    this.hit("getUniqueId");
    return this.id;
  }
  getTriggerSourceId(): string {
    this.hit("getTriggerSourceId");
    return "";
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.hit("getEventType");
    return this.enums.eventType.CLOCK;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.hit("getTriggerSource");
    return this.enums.source.CLOCK;
  }
}

export class FakeClockTriggerBuilder
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      "onMonthDay" | "atHour" | "nearMinute" | "inTimezone" | "create",
      {
        onMonthDay: FakeClockTriggerBuilder;
        atHour: FakeClockTriggerBuilder;
        nearMinute: FakeClockTriggerBuilder;
        inTimezone: FakeClockTriggerBuilder;
        create: FakeTrigger;
      }
    >
{
  private readonly schedule: ClockSchedule = {};

  constructor(
    calls: CallLog,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(calls, "ScriptApp", "ClockTriggerBuilder");
  }
  onMonthDay(day: number): FakeClockTriggerBuilder {
    this.hit("onMonthDay");
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error(`Invalid argument: ${day}`);
    this.schedule.monthDay = day;
    return this;
  }
  atHour(hour: number): FakeClockTriggerBuilder {
    this.hit("atHour");
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: ${hour}`);
    this.schedule.hour = hour;
    return this;
  }
  nearMinute(minute: number): FakeClockTriggerBuilder {
    this.hit("nearMinute");
    this.schedule.minute = minute;
    return this;
  }
  inTimezone(timeZone: string): FakeClockTriggerBuilder {
    this.hit("inTimezone");
    this.schedule.timeZone = timeZone;
    return this;
  }
  create(): FakeTrigger {
    this.hit("create");
    if (this.schedule.monthDay === undefined && this.schedule.hour === undefined) {
      throw new Error("The trigger must be configured with a schedule before it is created.");
    }
    return this.app.addTrigger(this.handler, { ...this.schedule });
  }
}

export class FakeTriggerBuilder
  extends Counted
  implements
    FakeOf<GoogleAppsScript.Script.TriggerBuilder, "timeBased", { timeBased: FakeClockTriggerBuilder }>
{
  constructor(
    calls: CallLog,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(calls, "ScriptApp", "TriggerBuilder");
  }
  timeBased(): FakeClockTriggerBuilder {
    this.hit("timeBased");
    return new FakeClockTriggerBuilder(this.calls, this.app, this.handler);
  }
}

/** Apps Script allows 20 triggers per user per script. */
const MAX_TRIGGERS = 20;

export class FakeScriptApp
  extends Counted
  implements
    FakeOf<
      GoogleAppsScript.Script.ScriptApp,
      "newTrigger" | "getProjectTriggers" | "deleteTrigger" | "getOAuthToken",
      { newTrigger: FakeTriggerBuilder; getProjectTriggers: FakeTrigger[] }
    >
{
  readonly AuthMode = enumOf<AuthModeEnum>(AUTH_MODES);
  readonly EventType = enumOf<EventTypeEnum>(EVENT_TYPES);
  readonly TriggerSource = enumOf<TriggerSourceEnum>(TRIGGER_SOURCES);
  /** The project's installable triggers, every user's (getProjectTriggers answers the current user's). */
  readonly triggers: FakeTrigger[] = [];
  oauthToken = "fake-oauth-token";
  private next = 1;

  constructor(
    calls: CallLog,
    readonly users = new FakeUsers(),
  ) {
    super(calls, "ScriptApp", "");
  }

  private mine(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.users.current);
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    this.hit("newTrigger");
    return new FakeTriggerBuilder(this.calls, this, functionName);
  }
  getProjectTriggers(): FakeTrigger[] {
    this.hit("getProjectTriggers");
    return this.mine();
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.hit("deleteTrigger");
    const index = this.triggers.indexOf(trigger as FakeTrigger);
    // Another user's trigger is not this user's to delete (nor could the script have got it).
    if (index < 0 || this.triggers[index]?.owner !== this.users.current)
      throw new Error("Trigger not found.");
    this.triggers.splice(index, 1);
  }
  getOAuthToken(): string {
    this.hit("getOAuthToken");
    return this.oauthToken;
  }

  /** Not counted: used by the trigger builder. */
  addTrigger(handler: string, schedule: ClockSchedule): FakeTrigger {
    if (this.mine().length >= MAX_TRIGGERS) {
      throw new Error(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    const trigger = new FakeTrigger(
      this.calls,
      String(1000 + this.next++),
      handler,
      schedule,
      { eventType: this.EventType, source: this.TriggerSource },
      this.users.current,
    );
    this.triggers.push(trigger);
    return trigger;
  }

  /** Runs `run` (the trigger's handler firing) as the user who made the trigger, as Apps Script does. */
  runAsOwner<T>(trigger: FakeTrigger, run: () => T): T {
    return this.users.as(trigger.owner, run);
  }

  /** The event object Apps Script passes a time-driven trigger's handler. */
  clockEvent(trigger: FakeTrigger, when: Date): Record<string, unknown> {
    return {
      authMode: this.AuthMode.FULL,
      triggerUid: trigger.id,
      year: when.getFullYear(),
      month: when.getMonth() + 1,
      "day-of-month": when.getDate(),
      hour: when.getHours(),
    };
  }
}
