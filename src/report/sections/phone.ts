/** Slide 22: Layanan Telepon Dering DJPK. */
import type { Run } from "../../core/words/text";
import { boldList, plain } from "../blocks";
import { type LayoutContext, phoneServiceName } from "../context";
import { channelSlide } from "./channel-slide";

/** `Agen Contact Center menggunakan aplikasi **Avaya Agent Desktop** dan **Avaya One-X Communicator**.` */
export function agentToolsRuns(ctx: Pick<LayoutContext, "settings">): Run[] {
  const tools = String(ctx.settings.aplikasiAgenTelepon ?? "")
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tools.length === 0) return [];
  return [plain("Agen Contact Center menggunakan aplikasi "), ...boldList(tools), plain(".")];
}

export const teleponSection = channelSlide({
  id: "s22-telepon",
  channel: "telepon",
  title: (ctx) => `Layanan Telepon ${phoneServiceName(ctx)}`,
  subject: (ctx) => `Jumlah konsultasi melalui telepon ${phoneServiceName(ctx)}`,
  about: agentToolsRuns,
  topics: { style: "list", heading: "Top 3 Topik Konsultasi" },
});
