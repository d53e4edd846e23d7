/**
 * Every server function a page calls with google.script.run, and the arguments it takes. Any
 * editor of the workbook can call any public server function from the browser with any JSON, so
 * src/gas checks each call against this table before doing anything (src/gas/rpc-boundary.ts):
 * a wrong type is refused, never coerced. Pages call only these names (src/ui/script-run.ts).
 */
import * as z from "zod/mini";
import { pickerChoiceSchema, pickerKindSchema } from "./picker";
import { buatLaporanRequestSchema } from "./report";
import { kirimRequestSchema } from "./send";
import { saveRequestSchema } from "./sidebar";

/** `2023-11`: its form is judged by parseMonth, whose message says what is wrong with it. */
const month = z.string();

export const RPC_ARGS = {
  muatBulan: z.tuple([month]),
  simpanKanal: z.tuple([saveRequestSchema]),
  bukaDialogLaporan: z.tuple([]),
  periksaLaporan: z.tuple([month]),
  buatLaporanBulan: z.tuple([buatLaporanRequestSchema]),
  siapkanKirim: z.tuple([month]),
  kirimLaporan: z.tuple([kirimRequestSchema]),
  infoPemilih: z.tuple([pickerKindSchema]),
  simpanPilihan: z.tuple([pickerChoiceSchema]),
};

export type RpcName = keyof typeof RPC_ARGS;
export type RpcArgs<N extends RpcName> = z.output<(typeof RPC_ARGS)[N]>;

export const RPC_NAMES = Object.keys(RPC_ARGS) as RpcName[];
