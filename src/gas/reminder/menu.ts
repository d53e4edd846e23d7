/**
 * The "Atur Pengingat" menu item: shows whether the workbook's monthly reminder is on, then
 * installs it (again, with Pengaturan as it is now) or removes it, after the user confirms.
 */
import { readMailSettings, recipientsProblem } from "../../core/mail/mail-settings";
import { SETTINGS_TAB } from "../../core/workbook/settings";
import { readTabs, type SheetsService } from "../sheets-values";
import {
  installReminder,
  REMINDER_HOUR,
  removeReminders,
  type TriggerServices,
  workbookReminders,
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
  const active = workbookReminders(services);

  if (active.length > 0) {
    const day = active[0]?.day;
    const answer = ui.alert(
      REMINDER_TITLE,
      `Pengingat bulanan aktif${day ? ` (tanggal ${day})` : ""}.\n\nYa: pasang ulang sesuai tab Pengaturan sekarang.\nTidak: hapus pengingat.\nBatal: biarkan seperti sekarang.`,
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
  if (active.length === 0) {
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
    `Pengingat bulanan terpasang: ${describe(settings.reminderDay, settings.reminderRecipients)} Jalankan Atur Pengingat lagi untuk mengubah atau menghapusnya.`,
    ui.ButtonSet.OK,
  );
}
