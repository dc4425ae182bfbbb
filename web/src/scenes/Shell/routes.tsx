import type { ReactNode } from 'react';
import type { Me } from '../../api/types.ts';
import { AdminScene } from '../Admin/AdminScene.tsx';
import { AlertScene } from '../Alerts/AlertScene.tsx';
import { AlertsScene } from '../Alerts/AlertsScene.tsx';
import { AuditScene } from '../Audit/AuditScene.tsx';
import { BriefingScene } from '../Briefings/BriefingScene.tsx';
import { AcquisitiveCrimeScene } from '../Context/AcquisitiveCrimeScene.tsx';
import { DashboardScene } from '../Dashboard/DashboardScene.tsx';
import { EntitiesScene } from '../Entities/EntitiesScene.tsx';
import { EntityScene } from '../Entities/EntityScene.tsx';
import { InboxScene } from '../Inbox/InboxScene.tsx';
import { IntelligenceListScene } from '../Intelligence/IntelligenceListScene.tsx';
import { IntelligenceScene } from '../Intelligence/IntelligenceScene.tsx';
import { NewIntelligenceScene } from '../Intelligence/NewIntelligenceScene.tsx';
import { MapsScene } from '../Maps/MapsScene.tsx';
import { NetworksScene } from '../Networks/NetworksScene.tsx';
import { OperationsScene } from '../Operations/OperationsScene.tsx';
import { SharedScene } from '../Placeholder/SharedScene.tsx';
import { ReportScene } from '../Reports/ReportScene.tsx';
import { RetentionScene } from '../Retention/RetentionScene.tsx';
import { PartnerTasksScene } from '../PartnerTasks/PartnerTasksScene.tsx';
import { SafeguardingScene } from '../Safeguarding/SafeguardingScene.tsx';
import { ProviderReferralsScene } from '../Treatment/ProviderReferralsScene.tsx';
import { TreatmentScene } from '../Treatment/TreatmentScene.tsx';
import { SearchScene } from '../Search/SearchScene.tsx';
import { DisclosureScene } from '../Disclosure/DisclosureScene.tsx';
import type { Section } from './navigation.ts';

// The staff app's one route table: each section's place in the navigation (label, who sees it,
// its summary on the overview, its page title) and the pages under it with the scene each shows.
// The shell reads nothing else; the API checks every permission again.

/** A page of a section: the paths it answers (captures are ids) and what it shows. */
export type Page = {
  readonly pattern: RegExp;
  readonly render: (context: { me: Me; path: string; ids: readonly string[] }) => ReactNode;
};

export type Route = Section & {
  /** The document title until the page's own heading gives a finer one. */
  readonly title: string;
  readonly pages: readonly Page[];
};

const uuid = '([0-9a-f-]{36})';
const exactly = (path: string) => new RegExp(`^${path}$`);
/** The section and everything under it: the scene routes within itself. */
const within = (path: string) => new RegExp(`^${path}(?:/.*)?$`);

export const routes: readonly Route[] = [
  {
    path: '/inbox',
    label: 'Inbox',
    title: 'Inbox',
    anyOf: ['report.read'],
    summary: 'Public reports waiting for triage.',
    pages: [
      { pattern: exactly('/inbox'), render: ({ me }) => <InboxScene me={me} /> },
      { pattern: exactly('/inbox/search'), render: () => <SearchScene /> },
      {
        pattern: exactly(`/inbox/reports/${uuid}`),
        render: ({ me, ids: [id = ''] }) => <ReportScene key={id} me={me} id={id} />,
      },
    ],
  },
  {
    path: '/intelligence',
    label: 'Intelligence',
    title: 'Intelligence',
    anyOf: ['intelligence.create', 'intelligence.read_disseminated'],
    summary: 'Graded (3x5x2), sanitised intelligence reports.',
    pages: [
      { pattern: exactly('/intelligence'), render: ({ me }) => <IntelligenceListScene me={me} /> },
      { pattern: exactly('/intelligence/new'), render: () => <NewIntelligenceScene /> },
      {
        pattern: exactly(`/intelligence/${uuid}`),
        render: ({ me, ids: [id = ''] }) => <IntelligenceScene key={id} me={me} id={id} />,
      },
    ],
  },
  {
    path: '/shared',
    label: 'Shared with us',
    title: 'Shared with us',
    anyOf: ['intelligence.read_disseminated'],
    summary: 'Records disseminated to your team or organisation.',
    pages: [{ pattern: within('/shared'), render: () => <SharedScene /> }],
  },
  {
    path: '/entities',
    label: 'People and places',
    title: 'People and places',
    anyOf: ['entity.read'],
    summary: 'People, objects, locations and events.',
    pages: [
      { pattern: exactly('/entities'), render: () => <EntitiesScene /> },
      {
        pattern: exactly(`/entities/${uuid}/briefing`),
        render: ({ ids: [id = ''] }) => <BriefingScene key={id} kind="address" id={id} />,
      },
      {
        pattern: exactly(`/entities/${uuid}`),
        render: ({ me, ids: [id = ''] }) => <EntityScene key={id} me={me} id={id} />,
      },
    ],
  },
  {
    path: '/alerts',
    label: 'Alerts',
    title: 'Alerts',
    // The intelligence unit sees every alert; safeguarding leads see those about people at risk.
    anyOf: ['report.read', 'safeguarding.read'],
    summary: 'Correlation alerts with their evidence.',
    pages: [
      { pattern: exactly('/alerts'), render: () => <AlertsScene /> },
      {
        pattern: exactly(`/alerts/${uuid}`),
        render: ({ me, ids: [id = ''] }) => <AlertScene key={id} me={me} id={id} />,
      },
    ],
  },
  {
    path: '/networks',
    label: 'Networks',
    title: 'Networks',
    anyOf: ['network.read'],
    summary: 'Line networks and link charts.',
    pages: [{ pattern: within('/networks'), render: ({ me, path }) => <NetworksScene me={me} path={path} /> }],
  },
  {
    path: '/safeguarding',
    label: 'Safeguarding',
    title: 'Safeguarding',
    anyOf: ['safeguarding.read'],
    summary: 'Referrals and follow-up for exploited people.',
    pages: [{ pattern: within('/safeguarding'), render: ({ path }) => <SafeguardingScene path={path} /> }],
  },
  {
    path: '/partner-tasks',
    label: 'Partner tasks',
    title: 'Partner tasks',
    anyOf: ['casework.partner_tasks'],
    summary: 'Tasks the safeguarding team has sent to your organisation.',
    pages: [{ pattern: within('/partner-tasks'), render: ({ path }) => <PartnerTasksScene path={path} /> }],
  },
  {
    path: '/operations',
    label: 'Operations',
    title: 'Operations',
    // Police work only: partner users never see operations.
    anyOf: ['operations.read'],
    summary: 'Targets in priority order, warrants, arrests and seizures.',
    pages: [{ pattern: within('/operations'), render: ({ me, path }) => <OperationsScene me={me} path={path} /> }],
  },
  {
    path: '/treatment',
    label: 'Drugs: treatment and diversion',
    title: 'Drug treatment and diversion',
    anyOf: ['casework.treatment'],
    summary: 'Referrals to the local treatment service, with consent, and the diversion scheme.',
    pages: [{ pattern: within('/treatment'), render: ({ path }) => <TreatmentScene path={path} /> }],
  },
  {
    path: '/treatment-referrals',
    label: 'Treatment referrals',
    title: 'Referrals to your service',
    // A treatment service's own users: only the referrals made to their organisation.
    anyOf: ['casework.treatment_outcomes'],
    summary: 'People referred to your treatment service, and their progress as you record it.',
    pages: [{ pattern: within('/treatment-referrals'), render: () => <ProviderReferralsScene /> }],
  },
  {
    path: '/disclosure',
    label: 'You said, we did',
    title: 'You said, we did',
    anyOf: ['disclosure.prepare', 'disclosure.approve'],
    summary: 'Ward priorities and the monthly public releases of delayed ward totals (four eyes).',
    pages: [{ pattern: within('/disclosure'), render: ({ me, path }) => <DisclosureScene me={me} path={path} /> }],
  },
  {
    path: '/dashboard',
    label: 'Dashboard',
    title: 'Tactical assessment dashboard',
    // Each role sees its own parts; partner agencies none.
    anyOf: ['report.read', 'operations.read', 'casework.read', 'network.read', 'safeguarding.read'],
    summary:
      'Trends for the tactical assessment: reports, alerts, cases, warrants, arrests, seizures, outcomes, lines.',
    pages: [{ pattern: exactly('/dashboard'), render: () => <DashboardScene /> }],
  },
  {
    path: '/maps',
    label: 'Maps',
    title: 'Maps',
    anyOf: ['entity.read'],
    summary: 'Hotspots and locations in St Albans district.',
    pages: [
      { pattern: exactly('/maps/acquisitive-crime'), render: () => <AcquisitiveCrimeScene /> },
      { pattern: within('/maps'), render: ({ me, path }) => <MapsScene me={me} path={path} /> },
    ],
  },
  {
    path: '/retention',
    label: 'Review due',
    title: 'Reports due for review',
    anyOf: ['report.review_retention'],
    summary: 'Reports whose review date has come: keep them for longer, or erase them.',
    pages: [{ pattern: within('/retention'), render: ({ me }) => <RetentionScene me={me} /> }],
  },
  {
    path: '/admin/users',
    label: 'Administration',
    title: 'Administration',
    anyOf: ['user.manage', 'team.manage'],
    summary: 'Staff accounts, teams, partner organisations and their information-sharing agreements.',
    pages: [{ pattern: within('/admin'), render: ({ me, path }) => <AdminScene me={me} path={path} /> }],
  },
  {
    path: '/audit',
    label: 'Audit',
    title: 'Audit',
    anyOf: ['audit.read_record'],
    summary: 'Who did what, to which record, and why.',
    pages: [{ pattern: within('/audit'), render: ({ me }) => <AuditScene me={me} /> }],
  },
];

/** The sections this person may use, in navigation order. */
export function routesFor(me: Me): Route[] {
  return routes.filter((route) => route.anyOf.some((permission) => me.permissions.includes(permission)));
}

/** Where a section's pages begin (the administration section opens on its users page). */
export const sectionRoot = (route: Section): string => route.path.replace(/\/users$/, '');

/** The section a path belongs to among those given, and the page it shows, if any. */
export function routeOf(
  available: readonly Route[],
  path: string,
): { route: Route; page?: { page: Page; ids: string[] } } | undefined {
  const route = available.find((candidate) => path.startsWith(sectionRoot(candidate)));
  if (!route) return undefined;
  for (const page of route.pages) {
    const match = page.pattern.exec(path);
    if (match) return { route, page: { page, ids: match.slice(1) } };
  }
  return { route };
}
