/** The result step's hook for other modules (Kirim ke pimpinan ...), on a minimal DOM stand-in. */
import { describe, expect, it } from "vitest";
import { addResultAction, type DeckResult, renderResultActions } from "../../src/dialog/result-actions";

/** Just enough of an element for the hook: children, attributes, remove. */
class Node {
  children: Node[] = [];
  attributes = new Map<string, string>();
  parent?: Node;
  constructor(readonly name: string) {}
  append(child: Node): void {
    child.parent = this;
    this.children.push(child);
  }
  setAttribute(key: string, value: string): void {
    this.attributes.set(key, value);
  }
  remove(): void {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
  }
  querySelectorAll(): Node[] {
    return this.children.filter((c) => c.attributes.has("data-extension"));
  }
}

const deck = (url: string) => ({ url, monthLabel: "November 2023" }) as DeckResult;

describe("result actions", () => {
  it("a registered action adds its button after the built-in ones, once per result", () => {
    const container = new Node("div");
    for (const name of ["Buka presentasi", "Salin tautan", "Tutup"]) container.append(new Node(name));
    const seen: string[] = [];
    addResultAction((result, actions) => {
      seen.push(result.url);
      (actions as unknown as Node).append(new Node("Kirim ke pimpinan"));
    });
    const el = container as unknown as HTMLElement;
    renderResultActions(deck("https://a"), el);
    renderResultActions(deck("https://b"), el);
    expect(seen).toEqual(["https://a", "https://b"]);
    expect(container.children.map((c) => c.name)).toEqual([
      "Buka presentasi",
      "Salin tautan",
      "Tutup",
      "Kirim ke pimpinan",
    ]);
  });
});
