import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { Section } from '../Shell/navigation.ts';

export function HomeScene({ me, sections }: { me: Me; sections: readonly Section[] }) {
  return (
    <>
      <PageHeading title="Overview">Welcome, {me.displayName}</PageHeading>
      <p>Your roles: {me.roles.map((role) => role.label).join(', ')}.</p>
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
