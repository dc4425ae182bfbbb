import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { AgreementsScene } from '../Safeguarding/AgreementsScene.tsx';
import { hasPermission } from '../Shell/navigation.ts';
import { TeamsScene } from './TeamsScene.tsx';
import { UserDetailScene } from './UserDetailScene.tsx';
import { UsersScene } from './UsersScene.tsx';

/** Administration: staff accounts, teams and partner organisations, information-sharing agreements. */
export function AdminScene({ me, path }: { me: Me; path: string }) {
  const userId = /^\/admin\/users\/([0-9a-f-]{36})$/.exec(path)?.[1];
  return (
    <>
      <nav className="lb-sub-nav" aria-label="Administration">
        <ul>
          {hasPermission(me, 'user.manage') && (
            <li>
              <Link to="/admin/users" current={path.startsWith('/admin/users')}>
                Users
              </Link>
            </li>
          )}
          <li>
            <Link to="/admin/teams" current={path === '/admin/teams'}>
              Teams and partner organisations
            </Link>
          </li>
          {hasPermission(me, 'casework.sharing_agreement') && (
            <li>
              <Link to="/admin/agreements" current={path === '/admin/agreements'}>
                Information-sharing agreements
              </Link>
            </li>
          )}
        </ul>
      </nav>
      {path === '/admin/teams' ? (
        <TeamsScene />
      ) : path === '/admin/agreements' && hasPermission(me, 'casework.sharing_agreement') ? (
        <AgreementsScene back={null} />
      ) : userId ? (
        <UserDetailScene id={userId} me={me} />
      ) : (
        <UsersScene />
      )}
    </>
  );
}
