import type { ReportAnswers } from './report-answers.ts';
import { childAgeBands, type ReportCategory } from '../../labels/report-vocabulary.ts';

// The few facts about a report that are kept in clear, so analysts can sort and count
// reports without opening them: what kind of report it is, the priority flags, a coarse
// area (a postcode sector covers a few thousand homes), the day it arrived, its status and
// how it came in. Everything else a reporter says is sealed (ADR 0011).
export type ReportTriage = {
  readonly categories: readonly ReportCategory[];
  readonly childInvolved: boolean;
  readonly vulnerableAdultInvolved: boolean;
  readonly threatToLife: boolean;
  readonly postcodeSector: string | null;
};

export const reportChannels = ['web', 'phone', 'partner'] as const;
export type ReportChannel = (typeof reportChannels)[number];

export const reportStatuses = ['received', 'under_review', 'passed_on', 'closed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What a reporter reads in their receipt inbox: plain words, no internal detail. */
export const reportStatusWords: Readonly<Record<ReportStatus, { title: string; explanation: string }>> = {
  received: {
    title: 'Received',
    explanation: 'We have your report. It is waiting to be read by an intelligence analyst.',
  },
  under_review: {
    title: 'Being looked at',
    explanation: 'An intelligence analyst is reading your report and checking it against what we already know.',
  },
  passed_on: {
    title: 'Action taken in your area',
    explanation:
      'What you told us has been passed to the people who work in your area and can act on it. We cannot tell you what they do, to keep everyone safe.',
  },
  closed: {
    title: 'Finished',
    explanation: 'We have finished with your report and added it to what we know. Thank you for telling us.',
  },
};

/** Derives the clear triage facts from the answers; `sectorOf` maps a postcode to its sector, if known. */
export function deriveTriage(answers: ReportAnswers, sectorOf: (postcode: string) => string | undefined): ReportTriage {
  const categories = answers.about?.categories ?? ['something_else'];
  const who = answers.who;
  const dangerNow = who?.dangerNow ?? [];
  const childSeen =
    who?.childInvolved === 'yes' ||
    dangerNow.includes('child_harmed') ||
    (who?.people ?? []).some((person) => person.age !== undefined && childAgeBands.includes(person.age));
  const exploitationSigns = (answers['young-person']?.signs.length ?? 0) > 0;
  const postcode = answers.where?.postcode;
  return {
    categories,
    childInvolved: childSeen || categories.includes('young_person') || exploitationSigns,
    // A home taken over almost always belongs to someone vulnerable (DOMAIN.md §3.3).
    vulnerableAdultInvolved: who?.vulnerableAdultInvolved === 'yes' || categories.includes('home_taken_over'),
    threatToLife: who?.lifeAtRisk === 'yes' || dangerNow.length > 0,
    postcodeSector: postcode === undefined ? null : (sectorOf(postcode) ?? null),
  };
}

/**
 * A concern about a child or a vulnerable adult: the report goes to the safeguarding team as well
 * as to intelligence (and the reporter is asked whether safeguarding may see their contact details).
 */
export function isSafeguardingConcern(answers: ReportAnswers): boolean {
  const triage = deriveTriage(answers, () => undefined);
  return triage.childInvolved || triage.vulnerableAdultInvolved;
}
