/** The month field: a settled change loads that month, after staff agree to drop unsaved changes. */
import type { Sidebar } from "./elements";
import { loadMonth } from "./load-month";
import { forgetForm } from "./restore-drafts";
import { unsavedKeys } from "./state";

/** The month input fires a change per edited segment; the load waits until typing settles. */
const SETTLE_MS = 350;

export function wireMonthPicker(page: Sidebar): void {
  const { el, state } = page;
  let timer: ReturnType<typeof setTimeout> | undefined;
  el.month.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const month = el.month.value;
      if (month === "" || month === state.month) return;
      const leave =
        unsavedKeys(state).size === 0 ||
        window.confirm("Ada perubahan yang belum disimpan. Pindah bulan dan buang perubahan itu?");
      if (leave) {
        // Staff agreed to drop them: they do not come back when the month is opened again.
        for (const key of unsavedKeys(state)) forgetForm(page, state.month, key);
        void loadMonth(page, month);
      } else el.month.value = state.month;
    }, SETTLE_MS);
  });
}
