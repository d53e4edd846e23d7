/**
 * The sidebar page: pick a month, see each channel's status, fill a channel's form, save.
 * One `muatBulan` call per month; `simpanKanal` per save. Every value is shown as text.
 */
import { wireFields } from "./channel-form";
import { wireChannelList } from "./channel-list";
import { findElements, type Sidebar } from "./elements";
import { loadMonth } from "./load-month";
import { wireMonthPicker } from "./month-picker";
import { wireReportButton } from "./report-button";
import { wireRowActions } from "./row-actions";
import { wireSave } from "./save-channel";
import { createState, initialMonth } from "./state";

const page: Sidebar = { el: findElements(), state: createState() };

wireFields(page);
wireRowActions(page);
wireSave(page);
wireChannelList(page);
wireReportButton(page);
wireMonthPicker(page);

const initial = initialMonth(new Date());
page.el.month.value = initial;
void loadMonth(page, initial);
