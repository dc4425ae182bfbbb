import type { Db } from '../../platform/db/database.ts';
import { channelLabels, dealLineStatusLabels, outcomeTypes } from '../../labels/index.ts';
import { can, type StaffActor } from '../access/index.ts';
import type { CaseworkServices } from '../casework/index.ts';
import { alertCountsByPeriod, alertKinds, alertTitles, type AlertKind } from '../correlation/index.ts';
import { disruptionsByPeriod, lineCountsByStatus } from '../deal-lines/index.ts';
import { operationalCountsByPeriod, outcomeCountsByPeriod } from '../operations/index.ts';
import { reportChannels, reportCountsByPeriod } from '../reports/index.ts';
import type { Dashboard } from './dashboard.responses.ts';
import { alongPeriods, type Bucket } from './periods.ts';

// Each tile of the tactical assessment dashboard, counted by its owning module in grouped queries,
// shown only to the roles whose work it is (DOMAIN-OPERATIONS e): the intelligence unit sees reports
// and every alert; safeguarding leads the child and cuckooing alerts and their cases; police roles
// warrants, arrests, seizures, outcomes and deal lines. Counts only, never a record.

type Section = Dashboard['sections'][number];
type Series = Section['series'][number];
type Range = { from: string; to: string };
export type SectionContext = { db: Db; actor: StaffActor; range: Range; bucket: Bucket; periods: readonly string[] };

const series = (key: string, label: string, values: number[]): Series => ({
  key,
  label,
  values,
  total: values.reduce((a, b) => a + b, 0),
});

function alertKindsFor(actor: StaffActor): readonly AlertKind[] {
  if (can(actor, 'report.read')) return alertKinds;
  if (can(actor, 'safeguarding.read')) return ['child_safeguarding', 'child_drug_use', 'possible_cuckooing'];
  return [];
}

export async function reportsSection({ db, actor, range, bucket, periods }: SectionContext): Promise<Section | null> {
  if (!can(actor, 'report.read')) return null;
  const rows = await reportCountsByPeriod(db, range, bucket);
  return {
    id: 'reports',
    title: 'New reports',
    description: 'Reports received from the public, by phone and from partner agencies, by channel.',
    series: reportChannels.map((c) =>
      series(
        c,
        channelLabels[c] ?? c,
        alongPeriods(
          periods,
          rows.filter((r) => r.channel === c),
        ),
      ),
    ),
    now: [],
  };
}

export async function alertsSection({ db, actor, range, bucket, periods }: SectionContext): Promise<Section | null> {
  const kinds = alertKindsFor(actor);
  if (kinds.length === 0) return null;
  const rows = await alertCountsByPeriod(db, kinds, range, bucket);
  return {
    id: 'alerts',
    title: 'Correlation alerts by kind',
    description: 'Alerts first raised in each period, by kind (only the kinds your role works on).',
    series: kinds.map((k) =>
      series(
        k,
        alertTitles[k],
        alongPeriods(
          periods,
          rows.filter((r) => r.kind === k),
        ),
      ),
    ),
    now: [],
  };
}

export async function caseworkSection(
  context: SectionContext,
  figures: CaseworkServices['figures'],
): Promise<Section | null> {
  const found = await figures.figures(context.actor, context.range, context.bucket);
  if (!found) return null;
  return {
    id: 'casework',
    title: 'Safeguarding cases',
    description: 'Cases opened in each period, and open cases with overdue statutory clocks and actions now.',
    series: [series('opened', 'Cases opened', alongPeriods(context.periods, found.opened))],
    now: [
      { key: 'open_cases', label: 'Open cases', value: found.openCases },
      {
        key: 'overdue_referral_decision',
        label: 'Overdue: referral decision',
        value: found.overdueClocks.referral_decision,
      },
      {
        key: 'overdue_strategy_discussion',
        label: 'Overdue: strategy discussion',
        value: found.overdueClocks.strategy_discussion,
      },
      {
        key: 'overdue_conference',
        label: 'Overdue: child protection conference',
        value: found.overdueClocks.conference,
      },
      { key: 'overdue_assessment', label: 'Overdue: assessment', value: found.overdueClocks.assessment },
      { key: 'overdue_actions', label: 'Overdue actions', value: found.overdueActions },
    ],
  };
}

export async function operationsSections({ db, actor, range, bucket, periods }: SectionContext): Promise<Section[]> {
  if (!can(actor, 'operations.read')) return [];
  const [counts, outcomes] = await Promise.all([
    operationalCountsByPeriod(db, range, bucket),
    outcomeCountsByPeriod(db, range, bucket),
  ]);
  const types = [...new Set(outcomes.map((o) => o.outcome_type))].sort((a, b) => a - b);
  return [
    {
      id: 'warrants',
      title: 'Warrants issued and executed',
      description: 'Misuse of Drugs Act s.23 warrants the court issued, and those first executed, in each period.',
      series: [
        series('issued', 'Issued', alongPeriods(periods, counts.issued)),
        series('executed', 'Executed', alongPeriods(periods, counts.executed)),
      ],
      now: [],
    },
    {
      id: 'arrests',
      title: 'Arrests and seizures',
      description: 'Arrests and seizures recorded in each period.',
      series: [
        series('arrests', 'Arrests', alongPeriods(periods, counts.arrests)),
        series('seizures', 'Seizures', alongPeriods(periods, counts.seizures)),
      ],
      now: [],
    },
    {
      id: 'outcomes',
      title: 'Outcomes by type',
      description: 'Charges and other outcomes (Home Office outcome types) decided in each period.',
      series: types.map((t) =>
        series(
          String(t),
          `${String(t)}: ${outcomeTypes[t] ?? 'Outcome'}`,
          alongPeriods(
            periods,
            outcomes.filter((o) => o.outcome_type === t),
          ),
        ),
      ),
      now: [],
    },
  ];
}

export async function linesSection({ db, actor, range, bucket, periods }: SectionContext): Promise<Section | null> {
  if (!can(actor, 'network.read')) return null;
  const [statuses, changes] = await Promise.all([lineCountsByStatus(db), disruptionsByPeriod(db, range, bucket)]);
  const count = (s: string) => statuses.find((r) => r.status === s)?.count ?? 0;
  return {
    id: 'lines',
    title: 'Deal lines active and disrupted',
    description: 'Lines disrupted or closed in each period, and how many lines are in each state now.',
    series: [
      series(
        'disrupted',
        'Disrupted',
        alongPeriods(
          periods,
          changes.filter((c) => c.status === 'disrupted'),
        ),
      ),
      series(
        'closed',
        'Closed',
        alongPeriods(
          periods,
          changes.filter((c) => c.status === 'closed'),
        ),
      ),
    ],
    now: [
      { key: 'active', label: 'Active (suspected or confirmed)', value: count('suspected') + count('confirmed') },
      ...(['suspected', 'confirmed', 'disrupted', 'closed', 'rebranded'] as const).map((s) => ({
        key: s,
        label: dealLineStatusLabels[s],
        value: count(s),
      })),
    ],
  };
}
