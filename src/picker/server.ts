/** The picker page's server calls (src/gas/main.ts), as promises. */
import type { PickerChoice, PickerInfo, PickerKindKey } from "../core/entry/picker-kinds";
import { callServer } from "../ui/script-run";

export { scriptHost as host } from "../ui/script-run";

export const server = {
  infoPemilih: (kind: PickerKindKey) => callServer<PickerInfo>("infoPemilih", kind),
  simpanPilihan: (choice: PickerChoice) => callServer<{ message: string }>("simpanPilihan", choice),
};
