import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PrintFrame } from '../../components/PrintMarking.tsx';
import { useRoute } from '../../hooks/useRoute.ts';
import { AccountScene } from '../Account/AccountScene.tsx';
import { AdminScene } from '../Admin/AdminScene.tsx';
import { AuditScene } from '../Audit/AuditScene.tsx';
import { HomeScene } from '../Placeholder/HomeScene.tsx';
import { MapsScene } from '../Maps/MapsScene.tsx';
import { NetworksScene } from '../Networks/NetworksScene.tsx';
import { OperationsScene } from '../Operations/OperationsScene.tsx';
import { PlaceholderScene } from '../Placeholder/PlaceholderScene.tsx';
import { SharedScene } from '../Placeholder/SharedScene.tsx';
import { intelPage } from './intel-pages.tsx';
import { RetentionScene } from '../Retention/RetentionScene.tsx';
import { HeaderSearch } from '../Search/HeaderSearch.tsx';
import { SafeguardingScene } from '../Safeguarding/SafeguardingScene.tsx';
import { TreatmentScene } from '../Treatment/TreatmentScene.tsx';
import { sectionsFor } from './navigation.ts';

// The signed-in frame: header, the sections this person may use, and the current page.
export function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const path = useRoute();
  const available = sectionsFor(me);

  async function handleSignOut() {
    await api.post('/api/auth/sign-out').catch(() => undefined);
    onSignedOut();
  }

  function page() {
    if (path === '/' || path === '') return <HomeScene me={me} sections={available} />;
    if (path === '/account') return <AccountScene me={me} onSignedOut={onSignedOut} />;
    const section = available.find((candidate) => path.startsWith(candidate.path.replace(/\/users$/, '')));
    if (!section) {
      return (
        <PlaceholderScene title="Page not found" summary="This page does not exist, or you do not have access to it." />
      );
    }
    if (section.path === '/admin/users') return <AdminScene me={me} path={path} />;
    if (section.path === '/audit') return <AuditScene me={me} />;
    if (section.path === '/shared') return <SharedScene />;
    const intel = intelPage(me, section.path, path);
    if (intel) return intel;
    if (section.path === '/networks') return <NetworksScene me={me} path={path} />;
    if (section.path === '/operations') return <OperationsScene me={me} path={path} />;
    if (section.path === '/maps') return <MapsScene />;
    if (section.path === '/safeguarding') return <SafeguardingScene path={path} />;
    if (section.path === '/treatment') return <TreatmentScene path={path} />;
    if (section.path === '/retention') return <RetentionScene me={me} />;
    return (
      <PlaceholderScene title="Page not found" summary="This page does not exist, or you do not have access to it." />
    );
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
                  <Link to={section.path} current={path.startsWith(section.path.replace(/\/users$/, ''))}>
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
