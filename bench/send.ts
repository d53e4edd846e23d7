/**
 * Round trips of Kirim ke pimpinan, counted like the other actions: the built dist/Code.js over
 * the fakes, the sample workbook, the November 2023 deck generated first (not counted), then the
 * preview (`siapkanKirim`) and the sending (`kirimLaporan`), without and with the PDF.
 */
import { sampleWorkbook } from "../examples/sample-workbook";
import type { BuatLaporanResult } from "../src/rpc/report";
import type { KirimDraftResult, KirimResult } from "../src/rpc/send";
import type { Call } from "../test/fakes/calls";
import { loadWorkbook } from "../test/gas/mail-env";
import { type ClassifiedCalls, classifyAll, roundTripTotal } from "./classify";
import type { Target } from "./report";
import type { Table } from "./table";

export const PREVIEW_LIMIT = 2;
/** Sending reads Riwayat under the lock (who sent the month meanwhile), sends, and appends its row. */
export const SEND_LIMIT = 3;
const MONTH = "2023-11";

interface SendRun {
  preview: ClassifiedCalls;
  send: ClassifiedCalls;
}

function run(source: string, pdf: boolean): SendRun {
  const { env, bundle } = loadWorkbook(source, sampleWorkbook(), {
    "Penerima Laporan": "kabiro@kemenkeu.go.id, sesditjen@kemenkeu.go.id",
    "Ekspor PDF": pdf ? "Ya" : "Tidak",
  });
  const generated = bundle.call("buatLaporanBulan", {
    month: MONTH,
    allowMissing: true,
    acceptWarnings: true,
  }) as BuatLaporanResult;
  if (!generated.ok) throw new Error(`buatLaporanBulan failed: ${generated.message}`);
  const take = (): Call[] => {
    const calls = [...env.calls.list()];
    env.calls.reset();
    return calls;
  };
  env.calls.reset();
  const draft = bundle.call("siapkanKirim", MONTH) as KirimDraftResult;
  if (!draft.ok) throw new Error(`siapkanKirim failed: ${draft.message}`);
  const preview = take();
  const sent = bundle.call("kirimLaporan", { month: MONTH }) as KirimResult;
  if (!sent.ok) throw new Error(`kirimLaporan failed: ${sent.message}`);
  return { preview: classifyAll(preview), send: classifyAll(take()) };
}

const which = (calls: ClassifiedCalls): string =>
  [...calls.roundTrips.entries()]
    .map(
      ([key, count]) =>
        `${key.replace(/^Sheets\.Spreadsheets\./, "Sheets ")}${count > 1 ? ` x${count}` : ""}`,
    )
    .join(", ");

export function measureSending(source: string): { table: Table; targets: Target[] } {
  const plain = run(source, false);
  const withPdf = run(source, true);
  const row = (label: string, calls: ClassifiedCalls): string[] => [
    label,
    String(roundTripTotal(calls)),
    which(calls),
    `${calls.handles} / ${calls.local}`,
  ];
  const table: Table = {
    title: "7. Kirim ke pimpinan: round trips per call (sample, November 2023 deck made first)",
    columns: ["Call", "Round trips", "Which", "Not counted: handles / local"],
    rows: [
      row("Preview (siapkanKirim)", plain.preview),
      row("Send (kirimLaporan)", plain.send),
      row("Preview, PDF exported", withPdf.preview),
      row("Send, PDF attached", withPdf.send),
    ],
    notes: [
      "The preview reads the workbook once and checks MailApp's daily quota; the e-mail it composes waits in the user's cache. Sending, under the document lock, reads Riwayat (Sheets spreadsheets.get: another staff member may have sent the month, or made the deck again, since this preview), then MailApp.sendEmail and the Riwayat row (Values.append). Attaching the PDF fetches its bytes (Drive Files.export) once more.",
    ],
  };
  const sendTrips = roundTripTotal(plain.send);
  const pdfTrips = roundTripTotal(withPdf.send);
  const targets: Target[] = [
    {
      target: `Kirim ke pimpinan: <= ${PREVIEW_LIMIT} round trips to preview, <= ${SEND_LIMIT} to send`,
      measured: `preview ${roundTripTotal(plain.preview)}, send ${sendTrips}`,
      met: roundTripTotal(plain.preview) <= PREVIEW_LIMIT && sendTrips <= SEND_LIMIT,
    },
    {
      target: `Kirim ke pimpinan with the PDF attached: <= ${SEND_LIMIT} round trips to send`,
      measured: `${pdfTrips} (${which(withPdf.send)})`,
      met: pdfTrips <= SEND_LIMIT,
      why: [
        "The PDF's bytes must reach MailApp, and only a Drive call can fetch them (`drive.file` rules out DriveApp, and the cache holds 100 KB): one more round trip, made only when Pengaturan says `Ekspor PDF` = `Ya`.",
      ],
    },
  ];
  return { table, targets };
}
