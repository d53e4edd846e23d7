/**
 * Kirim ke pimpinan's contract between the dialog and the server (`siapkanKirim`,
 * `kirimLaporan`): plain JSON both ways. Shared by src/dialog (types) and src/gas, which checks
 * what arrives against the request's schema (src/rpc/args.ts).
 */
import * as z from "zod/mini";

export interface SendingLine {
  when: string;
  who: string;
  to: string;
}

/** What the dialog shows before sending. */
export interface KirimDraft {
  ok: true;
  month: string;
  monthLabel: string;
  to: string[];
  subject: string;
  /** The plain-text body, as it will be sent (the dialog shows it as text). */
  body: string;
  /** Whether a PDF of the month was exported (attached when it fits, else linked). */
  pdf: boolean;
  deckUrl: string;
  /** Earlier sendings of this month, oldest first: sending again needs `confirmResend`. */
  sent: SendingLine[];
  /** Recipients the account may still e-mail today. */
  quota: number;
}

export type KirimDraftResult = KirimDraft | { ok: false; message: string };

/** `confirmResend: "false"` is refused, not read as a confirmation. */
export const kirimRequestSchema = z.strictObject({
  month: z.string(),
  confirmResend: z.optional(z.boolean()),
});
export type KirimRequest = z.infer<typeof kirimRequestSchema>;

export type KirimResult =
  | {
      ok: true;
      to: string[];
      when: string;
      /** True when the PDF travelled as an attachment. */
      attached: boolean;
      /** Things that did not stop the e-mail (Riwayat could not be written ...). */
      notes: string[];
    }
  | {
      ok: false;
      reason: "invalid" | "setup" | "quota" | "resend" | "failed";
      message: string;
    };
