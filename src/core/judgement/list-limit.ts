/**
 * How many rows of a month's list the deck shows: past it the deck shows the first rows and
 * "dan X lainnya", and the check warns, saying how many rows the month has. The full list stays
 * in the workbook.
 */

import { formatNumber } from "../words/format";
import { CHANNELS, type ChannelKey } from "../workbook/channels";
import type { WorkbookData } from "../workbook/data";
import { itemsOf } from "../workbook/dataset";
import { type Month, monthLabel } from "../workbook/period";
import type { Finding } from "../workbook/types";

export const DECK_LIST_ROWS = 60;

/** Lists the deck never prints whole: it shows the top few governments only. */
const TOP_ONLY: ReadonlySet<string> = new Set(["pemdaTeratas"]);

/** One warning per item tab whose month has more rows than the deck shows. */
export function longListFindings(data: WorkbookData, month: Month): Finding[] {
  return CHANNELS.flatMap((def) => {
    if (def.kind !== "items" || TOP_ONLY.has(def.key)) return [];
    const count = itemsOf(data, def.key as ChannelKey, month).length;
    if (count <= DECK_LIST_ROWS) return [];
    const message =
      `Tab "${def.tab}" (${monthLabel(month)}): ${formatNumber(count)} baris untuk bulan ini; ` +
      `laporan menampilkan ${formatNumber(DECK_LIST_ROWS)} baris pertama lalu ` +
      `"dan ${formatNumber(count - DECK_LIST_ROWS)} lainnya". Daftar lengkap tetap ada di workbook.`;
    return [{ severity: "warning" as const, code: "long-list", message, tab: def.tab }];
  });
}
