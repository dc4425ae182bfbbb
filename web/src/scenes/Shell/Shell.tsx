import { useLayoutEffect } from 'react';
import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PrintFrame } from '../../components/PrintMarking.tsx';
import { useRoute } from '../../hooks/useRoute.ts';
import { AccountScene } from '../Account/AccountScene.tsx';
import { HomeScene } from '../Placeholder/HomeScene.tsx';
import { PlaceholderScene } from '../Placeholder/PlaceholderScene.tsx';
import { HeaderSearch } from '../Search/HeaderSearch.tsx';
import { routeOf, routesFor, sectionRoot } from './routes.tsx';

// The signed-in frame: header, the sections this person may use, and the current page.
export function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const path = useRoute();
  const available = routesFor(me);
  const found = path === '/' || path === '' || path === '/account' ? undefined : routeOf(available, path);
  const title = path === '/account' ? 'Your account' : (found?.route.title ?? 'Overview');

  // The section's title first; a page's own heading (PageHeading) then gives a finer one.
  useLayoutEffect(() => {
    document.title = `${title} – Linebreak staff`;
  }, [title]);

  async function handleSignOut() {
    await api.post('/api/auth/sign-out').catch(() => undefined);
    onSignedOut();
  }

  function page() {
    if (path === '/' || path === '') return <HomeScene me={me} sections={available} />;
    if (path === '/account') return <AccountScene me={me} onSignedOut={onSignedOut} />;
    const page = found?.page;
    if (!page) {
      return (
        <PlaceholderScene title="Page not found" summary="This page does not exist, or you do not have access to it." />
      );
    }
    return page.page.render({ me, path, ids: page.ids });
  }

  return (
    <>
      <a className="lb-skip-link" href="#main">
        Skip to main content
      </a>
      <PrintFrame>
        <header className="lb-header">
          <span className="lb-brand">Linebreak</span> <span className="lb-tag">Staff</span>
          {me.permissions.includes('report.read') ? <HeaderSearch /> : null}
          <nav className="lb-account-nav" aria-label="Your account">
            <Link to="/account" current={path === '/account'}>
              {me.displayName}
            </Link>
            <button type="button" className="lb-link-button" onClick={() => void handleSignOut()}>
              Sign out
            </button>
          </nav>
        </header>
        <div className="lb-layout">
          <nav className="lb-side-nav" aria-label="Sections">
            <ul>
              <li>
                <Link to="/" current={path === '/'}>
                  Overview
                </Link>
              </li>
              {available.map((section) => (
                <li key={section.path}>
                  <Link to={section.path} current={path.startsWith(sectionRoot(section))}>
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <main className="lb-main" id="main">
            {page()}
          </main>
        </div>
      </PrintFrame>
    </>
  );
}
