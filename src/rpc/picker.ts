/**
 * The picker page's requests (`infoPemilih`, `simpanPilihan`); what they mean (kinds, Drive IDs)
 * is src/core/entry/picker-kinds.ts. Checked by src/gas on arrival (src/rpc/args.ts).
 */
import * as z from "zod/mini";
import { PICKER_KINDS, type PickerKindKey } from "../core/entry/picker-kinds";

const kinds = Object.keys(PICKER_KINDS) as [PickerKindKey, ...PickerKindKey[]];

export const pickerKindSchema = z.enum(kinds);

/** The ID's form (a Drive ID) is judged by parsePickerChoice, with its own message. */
export const pickerChoiceSchema = z.strictObject({
  kind: pickerKindSchema,
  id: z.string(),
  name: z.string(),
});
