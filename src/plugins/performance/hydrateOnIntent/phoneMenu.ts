/**
 * The phone menu before the app has arrived. Docusaurus renders its menu
 * panel only once React runs; this site's server HTML carries it, hidden
 * (src/theme/Navbar/MobileSidebar), so a tap on the menu button shows it at
 * once, as Docusaurus shows it: `navbar-sidebar--show` on the navbar, the
 * page locked from scrolling and, on a docs page, the docs sidebar in the
 * panel's second pane (its items cloned from the page's wide-screen
 * sidebar, which the HTML already has, hidden on phones). Its close button,
 * backdrop and "Back to main menu" work; its links are plain links.
 *
 * Once React listens, the loader presses the menu button for it if the menu
 * is still open, so React's state agrees with the screen, and React keeps
 * this panel until the menu closes (src/theme/Navbar/MobileSidebar). When
 * React's own docs menu arrives in the panel, the copy made here goes, in
 * the same frame: nothing on screen moves.
 */
const NAVBAR = 'nav.navbar';
const DOCS_MENU = '.theme-doc-sidebar-menu';

/** The navbar's menu button: the one React must be told about. */
export const MENU_BUTTON = 'button.navbar__toggle';

function showDocs(panel: Element, show: boolean): void {
  const panes = panel.querySelector('.navbar-sidebar__items');
  const [main, docs] = panel.querySelectorAll<HTMLElement>('.navbar-sidebar__item');
  if (!panes || !main || !docs) return;
  panes.classList.toggle('navbar-sidebar__items--show-secondary', show);
  main.inert = show;
  docs.inert = !show;
}

function setOpen(navbar: Element, open: boolean): void {
  navbar.classList.toggle('navbar-sidebar--show', open);
  navbar.querySelector(MENU_BUTTON)?.setAttribute('aria-expanded', String(open));
  // As Docusaurus's useLockBodyScroll does.
  document.body.style.overflow = open ? 'hidden' : 'visible';
}

/** The docs sidebar's items in the panel's docs slot, until React renders its own beside them. */
function copyDocsMenu(panel: Element): void {
  const slot = panel.querySelector('[data-phone-menu-docs]');
  const docsMenu = document.querySelector(`.theme-doc-sidebar-container ${DOCS_MENU}`);
  if (!slot || !docsMenu || slot.childElementCount > 0) return;
  slot.append(docsMenu.cloneNode(true));
  showDocs(panel, true);
  // A mutation observer runs before the next frame is painted.
  new MutationObserver((_records, observer) => {
    const reactMenu = [...panel.querySelectorAll(DOCS_MENU)].some((menu) => !slot.contains(menu));
    if (!reactMenu) return;
    observer.disconnect();
    slot.replaceChildren();
  }).observe(panel, {childList: true, subtree: true});
}

/**
 * A tap before React listens on the menu's controls: opens, closes, or goes
 * back to the main menu. Returns whether the tap was the menu's, and whether
 * the menu is now open (then React must be told).
 */
export function tapPhoneMenu(target: Element): {handled: boolean; open: boolean} {
  const navbar = target.closest(NAVBAR);
  const panel = navbar?.querySelector('.navbar-sidebar');
  if (!navbar || !panel) return {handled: false, open: false};
  if (target.closest(MENU_BUTTON)) {
    copyDocsMenu(panel);
    setOpen(navbar, true);
    return {handled: true, open: true};
  }
  if (target.closest('.navbar-sidebar__close, .navbar-sidebar__backdrop')) {
    setOpen(navbar, false);
    return {handled: true, open: false};
  }
  if (target.closest('.navbar-sidebar__back')) {
    showDocs(panel, false);
    return {handled: true, open: true};
  }
  return {handled: false, open: navbar.classList.contains('navbar-sidebar--show')};
}
