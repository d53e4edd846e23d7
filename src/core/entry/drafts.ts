/**
 * A draft: a monthly channel saved half-filled. Its only errors are empty figures the report
 * needs ("wajib diisi", or a total whose breakdown is incomplete); such a row may be saved, shows
 * "Sebagian" in the sidebar, and the report's check still names the empty fields (the deck
 * cannot be made until they are filled). Any other error (a typo, a date outside the month) is
 * refused on save and makes the channel "Ada kesalahan".
 */
import { type ChannelDef, channelByTab } from "../workbook/channels";
import type { Finding } from "../workbook/types";

export function isDraftGap(
  finding: Finding,
  def: ChannelDef | undefined = channelByTab(finding.tab ?? ""),
): boolean {
  return finding.severity === "error" && finding.code === "required" && def?.kind === "monthly";
}
