/**
 * Round trips of Generate Report for a quarter, a semester and a year, next to the month's: the
 * built dist/Code.js over the fakes, the sample workbook (2023 rows January to November), each
 * report made new and then again in place. The period's deck must stay within the month's budget.
 */
import { sampleWorkbook } from "../examples/sample-workbook";
import { formatNumber } from "../src/core/words/format";
import type { BuatLaporanResult } from "../src/rpc/report";
import type { Call } from "../test/fakes/calls";
import { loadWorkbookEnv } from "../test/helpers/workbook-env";
import { type ClassifiedCalls, classifyAll, roundTripTotal } from "./classify";
import type { Target } from "./report";
import type { Table } from "./table";

const REPORTS: readonly [string, string][] = [
  ["2023-11", "Month (November 2023)"],
  ["2023-Q3", "Quarter (Triwulan III 2023)"],
  ["2023-S2", "Semester (Semester II 2023)"],
  ["2023", "Year (Tahun 2023, December missing)"],
];

interface PeriodRun {
  key: string;
  label: string;
  created: ClassifiedCalls;
  again: ClassifiedCalls;
  slides: number;
  requests: number;
}

function run(source: string, key: string, label: string): PeriodRun {
  const { env, bundle } = loadWorkbookEnv(source, sampleWorkbook(), {
    htmlFiles: { Dialog: "<p>dialog</p>" },
  });
  const buat = (): Call[] => {
    env.calls.reset();
    const result = bundle.call("buatLaporanBulan", {
      month: key,
      allowMissing: true,
      acceptWarnings: true,
    }) as BuatLaporanResult;
    if (!result.ok) throw new Error(`buatLaporanBulan ${key} failed: ${result.message}`);
    return [...env.calls.list()];
  };
  const created = classifyAll(buat());
  const sent = env.Slides.Presentations.sent;
  const requests = sent.reduce((sum, batch) => sum + batch.requests.length, 0);
  const presentation = [...env.drive.presentations.values()][0];
  const again = classifyAll(buat());
  return { key, label, created, again, slides: presentation?.slides.length ?? 0, requests };
}

export function measurePeriods(source: string): { table: Table; targets: Target[] } {
  const runs = REPORTS.map(([key, label]) => run(source, key, label));
  const month = runs[0] as PeriodRun;
  const budget = Math.max(roundTripTotal(month.created), roundTripTotal(month.again));
  const table: Table = {
    title: "8. Generate Report per period: round trips (sample workbook, new deck / again in place)",
    columns: ["Report", "Round trips, new", "Round trips, again", "Slides", "Slides requests (new deck)"],
    rows: runs.map((r) => [
      r.label,
      String(roundTripTotal(r.created)),
      String(roundTripTotal(r.again)),
      formatNumber(r.slides),
      formatNumber(r.requests),
    ]),
    notes: [
      "A period is made by the same steps as a month (one read, one chart batch, one Slides batch, sharing, Riwayat): its figures are computed from the rows already read, so a quarter or a year costs no more calls than a month. Riwayat's Bulan holds the period's key (2023-Q3, 2023-S2, 2023), which is how the second run finds its deck and rebuilds it in place.",
    ],
  };
  const periods = runs.slice(1);
  const worst = Math.max(...periods.flatMap((r) => [roundTripTotal(r.created), roundTripTotal(r.again)]));
  return {
    table,
    targets: [
      {
        target: `Generate a quarter's, semester's or year's report: within the month's ${budget} round trips (<= 8)`,
        measured: periods
          .map((r) => `${r.key}: ${roundTripTotal(r.created)} new, ${roundTripTotal(r.again)} again`)
          .join("; "),
        met: worst <= budget && worst <= 8,
      },
    ],
  };
}
