import { z } from 'zod';
import { agencies, concernSources, referralDecisions, subjectKinds } from './case.ts';
import { exploitationTypes, nrmStatuses } from './nrm.ts';
import { cceIndicatorCodes, screeningAnswers } from './screening.ts';

export const idParams = z.object({ id: z.uuid('Not a valid id') });
export const actionParams = z.object({ id: z.uuid('Not a valid id'), actionId: z.uuid('Not a valid id') });
export const caseListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });

const version = z.number({ error: 'Reload the case: its version is missing' }).int().min(1);
const date = (message: string) => z.iso.date(message);
const text = (min: number, message: string, max = 4000) => z.string().trim().min(min, message).max(max);
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.iso.date('Give the date like 2014-03-21').optional());

export const openCaseBody = z.object({
  subjectKind: z.enum(subjectKinds, { error: 'Say whether the case is about a child or an adult' }),
  subject: z.object({
    name: text(2, 'Give the person’s name, or a description if the name is not known', 200),
    dateOfBirth: optionalDate.transform((v) => v ?? null),
    personEntityId: z
      .uuid('Choose a person from the store')
      .nullish()
      .transform((v) => v ?? null),
  }),
  source: z.enum(concernSources, { error: 'Say where the concern came from: a report, an alert or you' }),
  sourceId: z.uuid('Give the id of the report or alert').optional(),
  summary: text(10, 'Describe the concern (at least 10 characters)'),
  receivedAt: z.iso.datetime({ offset: true, error: 'Give the date and time the referral arrived' }).optional(),
  teamId: z.uuid('Choose a team').nullish(),
});

export const decideBody = z.object({
  decision: z.enum(referralDecisions, { error: 'Choose the decision on the referral' }),
  strategyDiscussion: z.boolean({ error: 'Say whether a strategy discussion will be held' }),
  expectedVersion: version,
});

export const milestoneBody = z.object({
  milestone: z.enum(['assessment_completed', 'conference_held'], { error: 'Choose what was done' }),
  on: date('Give the date, like 2026-12-10'),
  expectedVersion: version,
});

export const closeCaseBody = z.object({
  reason: text(5, 'Say why the case is closed', 2000),
  expectedVersion: version,
});

export const discussionBody = z.object({
  heldAt: z.iso.datetime({ offset: true, error: 'Give the date and time the discussion was held' }),
  conferenceNeeded: z.boolean({ error: 'Say whether a child protection conference is needed' }),
  attendees: z
    .array(
      z.object({
        name: text(2, 'Give each attendee’s name', 200),
        agency: z.enum(agencies, { error: 'Choose each attendee’s agency' }),
        role: text(2, 'Give each attendee’s role', 200),
      }),
    )
    .min(2, 'A strategy discussion has at least two agencies: list the attendees')
    .max(30),
  informationShared: text(5, 'Record the information shared'),
  decisions: text(5, 'Record the decisions'),
  actions: z
    .array(
      z.object({
        ownerAgency: z.enum(agencies, { error: 'Choose the agency that owns the action' }),
        description: text(5, 'Describe the action', 2000),
        dueOn: date('Give the due date, like 2026-12-10'),
      }),
    )
    .max(50)
    .default([]),
});

export const completeActionBody = z.object({ doneOn: date('Give the date the action was done, like 2026-12-10') });

const answer = z.enum(screeningAnswers, { error: 'Answer yes, no or not known' });
export const screeningBody = z.object({
  answers: z.object(
    Object.fromEntries(cceIndicatorCodes.map((code) => [code, answer])) as Record<
      (typeof cceIndicatorCodes)[number],
      typeof answer
    >,
  ),
  notes: z.string().trim().max(4000).optional(),
});

export const nrmParams = z.object({ id: z.uuid('Not a valid id'), referralId: z.uuid('Not a valid id') });

export const nrmBody = z.object({
  firstResponder: text(2, 'Name the first responder organisation', 200),
  exploitationTypes: z
    .array(z.enum(exploitationTypes, { error: 'Choose exploitation types from the NRM list' }))
    .min(1, 'Choose at least one type of exploitation')
    .max(exploitationTypes.length),
  countyLines: z.boolean({ error: 'Say whether the referral carries the county lines flag' }),
  consent: z.boolean().optional(),
});

export const nrmStatusBody = z.object({
  status: z.enum(nrmStatuses, { error: 'Choose the new status' }),
  on: date('Give the date, like 2026-12-10'),
  expectedVersion: version,
});
