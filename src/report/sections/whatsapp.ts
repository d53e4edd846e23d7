/** Slide 19: Layanan WhatsApp DJPK. */

import { share } from "../../core/words/compare";
import { formatPercent } from "../../core/words/format";
import type { Run } from "../../core/words/text";
import { TICKET_CHANNELS } from "../../core/workbook/channels";
import { figure } from "../../core/workbook/dataset";
import { monthLabel } from "../../core/workbook/period";
import { bold, plain } from "../blocks";
import type { LayoutContext } from "../context";
import { channelSlide } from "./channel-slide";

/** Whether WhatsApp carried more tickets than every other channel in the month. */
function isMostUsed(ctx: LayoutContext, current: number): boolean {
  return TICKET_CHANNELS.every(
    (c) => c.key === "whatsapp" || (figure(ctx.data, "tiketKonsultasi", c.key, ctx.month) ?? 0) < current,
  );
}

function intro(ctx: LayoutContext, current: number, total: number | undefined): Run[] {
  const pct = share(current, total);
  const runs: Run[] = isMostUsed(ctx, current)
    ? [
        plain("WhatsApp menjadi media konsultasi yang "),
        bold("paling diminati"),
        plain(` pengguna layanan informasi ${ctx.unit}`),
      ]
    : [plain(`WhatsApp melayani konsultasi pengguna layanan informasi ${ctx.unit}`)];
  if (pct !== undefined) {
    runs.push(
      plain(": "),
      bold(formatPercent(pct)),
      plain(` dari seluruh tiket konsultasi bulan ${monthLabel(ctx.month)}`),
    );
  }
  runs.push(
    plain(". Layanan yang diberikan melalui WhatsApp meliputi "),
    bold("konsultasi/pengaduan"),
    plain(" dan "),
    bold("pesan siaran"),
    plain(" (WhatsApp Blast)."),
  );
  return runs;
}

export const whatsappSection = channelSlide({
  id: "s19-whatsapp",
  channel: "whatsapp",
  title: (ctx) => `Layanan WhatsApp ${ctx.unit}`,
  subject: (ctx) => `Jumlah konsultasi melalui WhatsApp ${ctx.unit}`,
  intro,
  topics: { style: "list", heading: "Top 3 Topik Konsultasi" },
});
