/** Slide 22: Layanan Telepon Dering DJPK. */
import { phoneServiceName } from "../context";
import { channelSlide } from "./channel-slide";

export const teleponSection = channelSlide({
  id: "s22-telepon",
  channel: "telepon",
  title: (ctx) => `Layanan Telepon ${phoneServiceName(ctx)}`,
  subject: (ctx) => `Jumlah konsultasi melalui telepon ${phoneServiceName(ctx)}`,
  topics: { style: "list", heading: "Top 3 Topik Konsultasi" },
});
