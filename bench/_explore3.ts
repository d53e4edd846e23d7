import { sampleWorkbook } from "../examples/sample-workbook";
import { toMonth } from "../src/core/period";
import { runActions } from "./calls";
import { classifyAll, roundTripTotal } from "./classify";
import { growWorkbook } from "./history-data";
import { requestCalls } from "./element-calls";
const month = toMonth("2023-11");
for (const o of [null, { years: 10 }, { years: 1, items: 1000 }]) {
  const t0 = performance.now();
  const wb = o ? growWorkbook(sampleWorkbook(), { month, ...o }) : sampleWorkbook();
  const run = runActions(wb, month);
  console.log(JSON.stringify(o), (performance.now() - t0).toFixed(0), "ms", run.slidesRequests.length, requestCalls(run.slidesRequests));
  for (const [name, a] of Object.entries(run.actions)) { const c = classifyAll(a.calls); console.log(name, roundTripTotal(c), c.handles, c.local, [...c.roundTrips].join(" "), a.changedCells ?? ""); }
}
