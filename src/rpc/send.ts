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

export type KirimDraftResult =
  | KirimDraft
  | {
      ok: false;
      /**
       * invalid: not a month; setup: Pengaturan or Riwayat must be fixed first; quota: today's e-mail quota is spent;
       * changed: the data differ from the deck's (Riwayat's "Sidik Data"): make the deck again first.
       */
      reason: "invalid" | "setup" | "quota" | "changed";
      message: string;
    };

/** `confirmResend: "false"` is refused, not read as a confirmation. */
export const kirimRequestSchema = z.strictObject({
  month: z.string(),
  /** Send although Riwayat already records a sending of the month. */
  confirmResend: z.optional(z.boolean()),
  /**
   * How many earlier sendings the user saw when confirming (KirimDraft.sent.length, or the
   * `sent` of a "resend" answer): a confirmation holds only while Riwayat still records that many.
   */
  seen: z.optional(z.int().check(z.gte(0))),
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
      /**
       * resend: Riwayat (read at sending time, under the document lock) records a sending the
       * user has not confirmed; outdated: the deck was made again since the preview, preview again;
       * changed: the data differ from the deck's; busy: the workbook's lock was not free.
       */
      reason: "invalid" | "setup" | "quota" | "resend" | "outdated" | "changed" | "busy" | "failed";
      message: string;
      /** With "resend": the sendings Riwayat records now, oldest first. */
      sent?: SendingLine[];
    };
