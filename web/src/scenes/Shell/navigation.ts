import type { Me } from '../../api/types.ts';

export type Section = {
  readonly path: string;
  readonly label: string;
  /** Shown to anyone holding one of these permissions (the API checks again). */
  readonly anyOf: readonly string[];
  readonly summary: string;
};

// The sections of the staff site. Later issues fill the placeholder ones.
export const sections: readonly Section[] = [
  {
    path: '/inbox',
    label: 'Inbox',
    anyOf: ['report.read'],
    summary: 'Public reports waiting for triage.',
  },
  {
    path: '/intelligence',
    label: 'Intelligence',
    anyOf: ['intelligence.create', 'intelligence.read_disseminated'],
    summary: 'Graded (3x5x2), sanitised intelligence reports.',
  },
  {
    path: '/shared',
    label: 'Shared with us',
    anyOf: ['intelligence.read_disseminated'],
    summary: 'Records disseminated to your team or organisation.',
  },
  {
    path: '/entities',
    label: 'People and places',
    anyOf: ['entity.read'],
    summary: 'People, objects, locations and events.',
  },
  {
    path: '/alerts',
    label: 'Alerts',
    // The intelligence unit sees every alert; safeguarding leads see those about people at risk.
    anyOf: ['report.read', 'safeguarding.read'],
    summary: 'Correlation alerts with their evidence.',
  },
  { path: '/networks', label: 'Networks', anyOf: ['network.read'], summary: 'Line networks and link charts.' },
  {
    path: '/safeguarding',
    label: 'Safeguarding',
    anyOf: ['safeguarding.read'],
    summary: 'Referrals and follow-up for exploited people.',
  },
  {
    path: '/operations',
    label: 'Operations',
    // Police work only: partner users never see operations.
    anyOf: ['operations.read'],
    summary: 'Targets in priority order, warrants, arrests and seizures.',
  },
  {
    path: '/treatment',
    label: 'Drugs: treatment and diversion',
    anyOf: ['casework.treatment'],
    summary: 'Referrals to the local treatment service, with consent, and the diversion scheme.',
  },
  { path: '/maps', label: 'Maps', anyOf: ['entity.read'], summary: 'Hotspots and locations in St Albans district.' },
  {
    path: '/retention',
    label: 'Review due',
    anyOf: ['report.review_retention'],
    summary: 'Reports whose review date has come: keep them for longer, or erase them.',
  },
  {
    path: '/admin/users',
    label: 'Administration',
    anyOf: ['user.manage', 'team.manage'],
    summary: 'Staff accounts, teams and partner organisations.',
  },
  { path: '/audit', label: 'Audit', anyOf: ['audit.read_record'], summary: 'Who did what, to which record, and why.' },
];

export function sectionsFor(me: Me): Section[] {
  return sections.filter((section) => section.anyOf.some((permission) => me.permissions.includes(permission)));
}

export function hasPermission(me: Me, permission: string): boolean {
  return me.permissions.includes(permission);
}
