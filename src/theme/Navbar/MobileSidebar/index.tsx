import {useEffect, useState, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';
import {useWindowSize} from '@docusaurus/theme-common';
import {LEFT_TO_THE_DOM} from '@site/src/components/leftToTheDom';

const OPEN_NAVBAR = 'nav.navbar.navbar-sidebar--show';

/** Whether the reader opened the menu before the app arrived (the loader shows it on the navbar). */
const openedBeforeHydration = (): boolean =>
  typeof document !== 'undefined' && document.querySelector(OPEN_NAVBAR) !== null;

/** Calls `done` once the open menu has closed and slid out of view. */
function afterMenuCloses(done: () => void): () => void {
  const navbar = document.querySelector(OPEN_NAVBAR);
  if (!navbar) {
    done();
    return () => {};
  }
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (navbar.classList.contains('navbar-sidebar--show')) return;
    observer.disconnect();
    // The theme's transition is --ifm-transition-fast (200 ms).
    timer = window.setTimeout(done, 250);
  });
  observer.observe(navbar, {attributes: true, attributeFilter: ['class']});
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

/** The panel as the server renders it: the theme's own parts, and a slot for the docs menu. */
function ServerPanel(): ReactNode {
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={
        <>
          <NavbarMobileSidebarSecondaryMenu />
          <div data-phone-menu-docs="" dangerouslySetInnerHTML={LEFT_TO_THE_DOM} />
        </>
      }
    />
  );
}

/**
 * The phone menu's panel, in the server HTML too. Docusaurus renders it only
 * once React knows the window is narrow, so before the app arrived a tap on
 * the menu button had nothing to show. Here the server (and hydration, which
 * must match it) renders the same panel, hidden by CSS until the navbar has
 * `navbar-sidebar--show`; the hydrate-on-intent loader opens it and fills the
 * docs slot with the page's sidebar (src/plugins/performance/hydrateOnIntent/
 * phoneMenu.ts). A menu opened before the app arrived stays this panel until
 * it closes, so React takes it over in place; then the original renders the
 * menu, as everywhere else.
 */
export default function MobileSidebarWrapper(): ReactNode {
  const windowSize = useWindowSize();
  const [openedEarly, setOpenedEarly] = useState(openedBeforeHydration);
  useEffect(() => (openedEarly ? afterMenuCloses(() => setOpenedEarly(false)) : undefined), [openedEarly]);
  if (windowSize === 'ssr' || openedEarly) return <ServerPanel />;
  return <MobileSidebar />;
}
