/** Slide 24: Layanan Live Chat DJPK. */
import { bold, plain } from "../blocks";
import { channelSlide, shareRuns } from "./channel-slide";

export const liveChatSection = channelSlide({
  id: "s24-live-chat",
  channel: "liveChat",
  title: (ctx) => `Layanan Live Chat ${ctx.unit}`,
  subject: () => "Jumlah layanan Live Chat",
  intro: (ctx, current, total) => [
    ...shareRuns(ctx, current, total, [plain("layanan "), bold("Live Chat")]),
    plain(" yang dapat diakses melalui situs "),
    bold(String(ctx.settings.liveChat)),
    plain("."),
  ],
  topics: { style: "sentence", lead: "Topik konsultasi terbanyak melalui Live Chat adalah" },
});
