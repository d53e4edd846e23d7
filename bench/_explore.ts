import { readFileSync } from "node:fs";
import { sampleWorkbook } from "../examples/sample-workbook";
import { channelByTab } from "../src/core/channels";
import { SETTINGS_TAB } from "../src/core/settings";
import { createFakeEnv } from "../test/fakes/env";
import { loadBundle, BUNDLE_PATH } from "../test/fakes/runtime";

const source = readFileSync(BUNDLE_PATH, "utf8");
const env = createFakeEnv({ htmlFiles: { Dialog: "<p>d</p>", Sidebar: "<p>s</p>" }, userEmail: "staf@kemenkeu.go.id" });
const bundle = loadBundle(env, source);
const ScriptDate = bundle.evaluate<DateConstructor>("Date");
const date = (iso: string) => { const [y, m, d] = iso.split("-").map(Number); return new ScriptDate(y ?? 0, (m ?? 1) - 1, d ?? 1); };
for (const tab of Object.values(sampleWorkbook())) {
  const def = channelByTab(tab.name);
  const dc = new Set((def?.columns ?? []).flatMap((c, i) => (c.type === "date" ? [i + 1] : [])));
  env.spreadsheet.addSheet(tab.name, [tab.header, ...tab.rows.map((r) => r.map((c, i) => (dc.has(i) && typeof c === "string" && c ? date(c) : c)))]);
}
const folder = env.drive.addFolder("Laporan");
const sheet = env.spreadsheet.sheet(SETTINGS_TAB)!;
const idx = sheet.snapshot().findIndex((r) => r[0] === "ID Folder Drive");
sheet.setCell(idx + 1, 2, folder.id);
const show = (label: string) => { console.log("==", label); console.log(env.calls.list().map((c) => `${c.service}.${c.method}`).join("\n")); env.calls.reset(); };
env.calls.reset();
bundle.call("bukaSidebar"); show("bukaSidebar");
const view: any = bundle.call("muatBulan", "2023-11"); show("muatBulan");
const ppid = view.channels.find((c: any) => c.key === "ppid");
console.log(JSON.stringify(bundle.call("simpanKanal", { month: "2023-11", channel: "ppid", rows: [["22"]], version: ppid.version })).slice(0, 200)); show("simpanKanal ppid");
const r: any = bundle.call("buatLaporanBulan", { month: "2023-11", allowMissing: true, acceptWarnings: true }); console.log(r.ok, r.message); show("buat");
const r2: any = bundle.call("buatLaporanBulan", { month: "2023-11", allowMissing: true, acceptWarnings: true }); console.log(r2.ok, r2.message); show("buat again");
console.log(env.Slides.Presentations.sent.map((b: any) => b.requests.length));
const reqs: any[] = env.Slides.Presentations.sent[0].requests;
const hist: Record<string, number> = {};
let cellReqs = 0; const cells = new Set<string>();
for (const r of reqs) { const k = Object.keys(r)[0]!; hist[k] = (hist[k] ?? 0) + 1; const v = r[k]; if (v.cellLocation) { cellReqs++; cells.add(`${v.objectId}:${v.cellLocation.rowIndex}:${v.cellLocation.columnIndex}`); } }
console.log(hist, cellReqs, cells.size);
console.log(JSON.stringify(reqs.filter((r) => r.insertText?.cellLocation).slice(0, 1)), JSON.stringify(reqs.filter((r) => r.updateTextStyle?.cellLocation).slice(0, 2)));
