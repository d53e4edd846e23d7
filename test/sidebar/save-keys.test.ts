import { describe, expect, it } from "vitest";
import { savesOnEnter } from "../../src/sidebar/save-channel";

describe("savesOnEnter", () => {
  it("saves from a field or a list, and from a long text only with Ctrl or Cmd", () => {
    expect(savesOnEnter("INPUT", false)).toBe(true);
    expect(savesOnEnter("SELECT", false)).toBe(true);
    expect(savesOnEnter("TEXTAREA", false)).toBe(false); // Enter starts a new line
    expect(savesOnEnter("TEXTAREA", true)).toBe(true);
  });

  it("leaves Enter on a button to the button", () => {
    expect(savesOnEnter("BUTTON", false)).toBe(false);
    expect(savesOnEnter("BUTTON", true)).toBe(false);
  });
});
