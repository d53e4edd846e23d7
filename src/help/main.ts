/**
 * The Bantuan dialog: the staff guide, already rendered into the page at build time
 * (scripts/build-help.ts). The script only closes the dialog and keeps in-page links inside it.
 */
import { scriptHost } from "../ui/script-run";

document.getElementById("tutup")?.addEventListener("click", () => scriptHost()?.close());

// The page has <base target="_top">: without this, a table-of-contents link would try to
// navigate Sheets itself instead of scrolling the guide.
document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link) return;
  const target = document.getElementById(decodeURIComponent(link.getAttribute("href")?.slice(1) ?? ""));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
});
