/** The workbook's tabs in order, and the empty workbook of a unit starting fresh. */
import { CHANNELS, headersOf } from "./channels";
import { SETTINGS, SETTINGS_HEADERS, SETTINGS_TAB } from "./settings";
import { HISTORY_HEADERS, HISTORY_TAB, LOG_HEADERS, LOG_TAB } from "./system-tabs";
import type { CellValue, RawTab, RawWorkbook } from "./types";

/** Every tab the tool knows: the registry's data tabs, then Pengaturan, Riwayat, Log. */
export const TAB_ORDER: readonly string[] = [
  ...CHANNELS.map((c) => c.tab),
  SETTINGS_TAB,
  HISTORY_TAB,
  LOG_TAB,
];

/** Headers only, Pengaturan filled with its defaults. */
export function newWorkbook(): RawWorkbook {
  const tabs: RawTab[] = [
    ...CHANNELS.map((c) => ({ name: c.tab, header: headersOf(c), rows: [], firstRow: 2 })),
    {
      name: SETTINGS_TAB,
      header: [...SETTINGS_HEADERS],
      rows: SETTINGS.map((s): CellValue[] => [s.label, s.defaultValue, s.help]),
      firstRow: 2,
    },
    { name: HISTORY_TAB, header: [...HISTORY_HEADERS], rows: [], firstRow: 2 },
    { name: LOG_TAB, header: [...LOG_HEADERS], rows: [], firstRow: 2 },
  ];
  return Object.fromEntries(tabs.map((t) => [t.name, t]));
}
