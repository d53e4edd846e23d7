/**
 * The "Atur Pengingat" menu item: shows whether the workbook's monthly reminder is on and who set
 * it, then installs it (again, with Pengaturan as it is now; a colleague's is taken over) or
 * removes it, after the user confirms.
 */
import { readMailSettings, recipientsProblem } from "../../core/mail/mail-settings";
import { SETTINGS_TAB } from "../../core/workbook/settings";
import { readTabs, type SheetsService } from "../sheets-values";
import { whoText } from "./owner";
import {
  installReminder,
  REMINDER_HOUR,
  removeReminders,
  type TriggerServices,
  workbookReminder,
} from "./reminder";

type Ui = GoogleAppsScript.Base.Ui;

export const REMINDER_TITLE = "Atur Pengingat";

export interface ReminderMenuServices extends TriggerServices {
  sheets: SheetsService;
}

const hour = `pukul ${String(REMINDER_HOUR).padStart(2, "0")}.00`;

function describe(day: number, to: readonly string[]): string {
  return `setiap tanggal ${day} sekitar ${hour}, data bulan sebelumnya diperiksa seperti Periksa Data; bila ada tab yang kosong, baru sebagian atau salah, e-mail dikirim ke ${to.join(", ")}.`;
}

export function setUpReminder(ui: Ui, services: ReminderMenuServices): void {
  const raw = readTabs(services.sheets, services.spreadsheetId, [SETTINGS_TAB]);
  const settings = readMailSettings(raw);
  const problem = settings.problems.tanggalPengingat ?? recipientsProblem(raw, settings, "penerimaPengingat");
  const active = workbookReminder(services);

  if (active) {
    const day = active.day;
    const mine = active.owner === services.userEmail;
    const renew = mine
      ? "Ya: pasang ulang sesuai tab Pengaturan sekarang."
      : `Ya: ambil alih, yaitu pasang ulang dengan akun Anda sesuai tab Pengaturan sekarang (pengingat dari ${whoText(active.owner, services.userEmail)} berhenti sendiri).`;
    const answer = ui.alert(
      REMINDER_TITLE,
      `Pengingat bulanan aktif${day ? ` (tanggal ${day})` : ""}, dipasang oleh ${whoText(active.owner, services.userEmail)}. Satu workbook hanya punya satu pengingat, siapa pun yang memasangnya.\n\n${renew}\nTidak: hapus pengingat.\nBatal: biarkan seperti sekarang.`,
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (answer === ui.Button.NO) {
      removeReminders(services);
      ui.alert(REMINDER_TITLE, "Pengingat bulanan dihapus.", ui.ButtonSet.OK);
      return;
    }
    if (answer !== ui.Button.YES) return;
  }
  if (problem) {
    ui.alert(REMINDER_TITLE, `Pengingat belum dapat dipasang. ${problem}`, ui.ButtonSet.OK);
    return;
  }
  if (!active) {
    const answer = ui.alert(
      REMINDER_TITLE,
      `Pasang pengingat bulanan? ${describe(settings.reminderDay, settings.reminderRecipients)}`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer !== ui.Button.OK) return;
  }
  installReminder(services, settings.reminderDay);
  ui.alert(
    REMINDER_TITLE,
    `Pengingat bulanan terpasang: ${describe(settings.reminderDay, settings.reminderRecipients)} Dipasang atas nama ${whoText(services.userEmail, services.userEmail)}. Jalankan Atur Pengingat lagi untuk mengubah atau menghapusnya; rekan Anda pun dapat mengambil alih atau menghapusnya.`,
    ui.ButtonSet.OK,
  );
}
