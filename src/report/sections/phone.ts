/** Slide 22: Layanan Telepon Dering DJPK. */
import type { LayoutContext } from "../context";
import { channelSlide } from "./channel-slide";

const serviceName = (ctx: LayoutContext) => String(ctx.settings.namaLayananTelepon);

export const teleponSection = channelSlide({
  id: "s22-telepon",
  channel: "telepon",
  title: (ctx) => `Layanan Telepon ${serviceName(ctx)}`,
  subject: (ctx) => `Jumlah konsultasi melalui telepon ${serviceName(ctx)}`,
  topics: { style: "list", heading: "Top 3 Topik Konsultasi" },
});
