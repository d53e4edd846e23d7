import { sampleWorkbook } from "../examples/sample-workbook";
import { toMonth } from "../src/core/period";
import { checkMonth, missingKeys } from "../src/gas/report-check";
import { buildDeck } from "../src/report/layout";
import { growWorkbook, dataRowCount } from "./history-data";
const month = toMonth("2023-11");
for (const o of [{ years: 1 }, { years: 5 }, { years: 10 }, { years: 1, items: 10 }, { years: 1, items: 100 }, { years: 1, items: 1000 }]) {
  const wb = growWorkbook(sampleWorkbook(), { month, ...o });
  const t0 = performance.now();
  const c = checkMonth(wb, month);
  const deck = buildDeck(c.data, month, { missing: missingKeys(c.missing) });
  console.log(JSON.stringify(o), dataRowCount(wb), "errors", c.errors.map((e) => e.message).slice(0, 3), "warn", c.warnings.length, "missing", c.missing.length, "slides", deck.slides.length, (performance.now() - t0).toFixed(1));
}
const s = sampleWorkbook(); const c = checkMonth(s, month); console.log("sample warn", c.warnings.length, c.missing.length);
