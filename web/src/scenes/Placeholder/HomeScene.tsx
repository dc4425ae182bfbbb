import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { hasPermission, type Section } from '../Shell/navigation.ts';

export function HomeScene({ me, sections }: { me: Me; sections: readonly Section[] }) {
  return (
    <>
      <PageHeading title="Overview">Welcome, {me.displayName}</PageHeading>
      <p>Your roles: {me.roles.map((role) => role.label).join(', ')}.</p>
      {/* The report forms are server-rendered pages on this site, outside the app: plain links. */}
      {(hasPermission(me, 'report.create_phone') || hasPermission(me, 'report.create_partner')) && (
        <ul className="lb-card-list">
          {hasPermission(me, 'report.create_phone') && (
            <li>
              <a href="/phone-report">Key a report taken by phone</a>
              <p>A 101 or Crimestoppers call, through the questions the public answers online.</p>
            </li>
          )}
          {hasPermission(me, 'report.create_partner') && (
            <li>
              <a href="/partner-report">Make a referral</a>
              <p>Drug supply or exploitation you have come across in your work, sent to the police.</p>
            </li>
          )}
        </ul>
      )}
      <ul className="lb-card-list">
        {sections.map((section) => (
          <li key={section.path}>
            <Link to={section.path}>{section.label}</Link>
            <p>{section.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
