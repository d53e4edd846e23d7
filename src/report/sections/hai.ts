/** Slide 23: Layanan HAI Kemenkeu. */
import { bold, plain } from "../blocks";
import { channelSlide, shareRuns } from "./channel-slide";

export const haiKemenkeuSection = channelSlide({
  id: "s23-hai-kemenkeu",
  channel: "haiKemenkeu",
  title: () => "Layanan HAI Kemenkeu",
  subject: () => "Jumlah layanan HAI Kemenkeu",
  intro: (ctx, current, total) => [
    ...shareRuns(ctx, current, total, [bold("layanan HAI Kemenkeu")]),
    plain(" sebagai layanan terintegrasi Contact Center Kemenkeu yang dapat diakses melalui situs "),
    bold(String(ctx.settings.liveChat)),
    plain("."),
  ],
  topics: { style: "sentence", lead: "Topik konsultasi terbanyak melalui HAI Kemenkeu adalah" },
});
