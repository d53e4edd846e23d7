/** The page's fixed elements (index.html), looked up once, and the page as the parts share it. */
import { byId } from "./dom";
import type { SidebarState } from "./state";

export function findElements() {
  return {
    month: byId<HTMLInputElement>("bulan"),
    main: byId("main"),
    progress: byId("progress"),
    notice: byId("notice"),
    listView: byId("list-view"),
    listTitle: byId("list-title"),
    listSummary: byId("list-summary"),
    channelList: byId("channel-list"),
    findings: byId<HTMLDetailsElement>("findings"),
    formView: byId("form-view"),
    back: byId<HTMLButtonElement>("back"),
    formTitle: byId("form-title"),
    formName: byId("form-name"),
    formStatus: byId("form-status"),
    formHelp: byId("form-help"),
    formGeneral: byId("form-general"),
    form: byId<HTMLFormElement>("channel-form"),
    formFields: byId<HTMLFieldSetElement>("form-fields"),
    formLegend: byId("form-legend"),
    fields: byId("fields"),
    measure: byId("measure"),
    save: byId<HTMLButtonElement>("save"),
    saveNext: byId<HTMLButtonElement>("save-next"),
    saveStatus: byId("save-status"),
    saveHint: byId("save-hint"),
    saveNotice: byId("save-notice"),
    report: byId<HTMLButtonElement>("buat-laporan"),
    reportNotice: byId("report-notice"),
  };
}

export type Elements = ReturnType<typeof findElements>;

export interface Sidebar {
  el: Elements;
  state: SidebarState;
}
