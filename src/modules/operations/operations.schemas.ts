import { z } from 'zod';
import { drugForms, offenceCodes, seizureUnits } from './arrest.ts';
import { controlledDrugCodes } from './drugs.ts';
import { intelligenceResults } from './traceability.service.ts';
import { evidenceKinds } from './disruption.service.ts';
import { assigneeKinds } from './tasking.ts';
import { entryMethods } from './warrant.ts';

export const idParams = z.object({ id: z.uuid('Not a valid id') });

export const targetListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  /** The `next` cursor of the previous page. */
  after: z.string().min(1).max(200).optional(),
});

const date = (message: string) => z.iso.date(message);
const version = z.number().int().min(1);

export const createTargetBody = z.object({
  personEntityId: z.uuid('Choose the person'),
  rationale: z.string().trim().min(10, 'Say why this person should be a target (at least 10 characters)').max(2000),
  reviewOn: date('Give the review date, like 2027-01-15'),
});

export const adjustTargetBody = z.object({
  adjustment: z
    .number({ error: 'Give the adjustment as a whole number from -50 to 50' })
    .int('Use a whole number')
    .min(-50, 'At most 50 down')
    .max(50, 'At most 50 up'),
  reason: z.string().trim().min(10, 'Give the reason for the adjustment (at least 10 characters)').max(2000),
  expectedVersion: version,
});

export const reviewTargetBody = z.object({
  nextReviewOn: date('Give the next review date, like 2027-01-15'),
  note: z.string().trim().min(5, 'Say what the review found').max(2000),
  expectedVersion: version,
});

export const closeTargetBody = z.object({
  reason: z.string().trim().min(5, 'Say why the target is closed').max(2000),
  expectedVersion: version,
});

const text = (min: number, message: string, max = 4000) => z.string().trim().min(min, message).max(max);
const optionalText = z
  .string()
  .trim()
  .max(4000)
  .optional()
  .transform((v) => (v === '' ? undefined : v));

export const warrantIntelligenceQuery = z.object({
  ids: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.uuid('Not a valid id')).max(100)),
});

export const warrantApplicationBody = z.object({
  intelligenceIds: z
    .array(z.uuid('Not a valid id'))
    .min(1, 'Choose the graded intelligence the application rests on')
    .max(100),
  premises: text(5, 'Give the address of the premises to be searched', 500),
  personEntityIds: z.array(z.uuid()).max(20).default([]),
  searchPersonsFound: z.boolean({ error: 'Say whether persons found on the premises may be searched' }),
  drugsSought: z.array(z.enum(controlledDrugCodes)).min(1, 'Choose at least one controlled drug sought'),
  entriesSought: z.number({ error: 'Give the number of entries' }).int().min(1).max(20),
  multipleEntryGrounds: optionalText,
  grounds: text(20, 'Set out the grounds (at least 20 characters)'),
  undermining: text(3, 'State anything that undermines the application (write “Nothing known” if there is nothing)'),
  corroborationNote: optionalText,
  plannedExecutionOn: date('Give the planned execution date, like 2026-12-10'),
});

export const authoriseBody = z.object({
  note: text(5, 'Record the inspector’s reasons for authorising'),
  expectedVersion: version,
});

export const declineBody = z.object({
  reason: text(10, 'Give the reason for declining the application (at least 10 characters)'),
  expectedVersion: version,
});

export const intelligenceResultBody = z.object({
  result: z.enum(intelligenceResults, { error: 'Choose the result: actioned, no further action or not substantiated' }),
  note: text(10, 'Say what the report led to, or why it is closed (at least 10 characters)'),
});

export const courtDecisionBody = z.object({
  decision: z.enum(['issued', 'refused'], { error: 'Choose issued or refused' }),
  court: text(3, 'Name the court', 200),
  decidedOn: date('Give the date of the decision, like 2026-11-20'),
  expectedVersion: version,
});

export const warrantEntryBody = z.object({
  executedAt: z.iso.datetime({ offset: true, error: 'Give the date and time of entry' }),
  entryMethod: z.enum(entryMethods, { error: 'Choose how entry was made' }),
  officersPresent: text(2, 'Name the officers present', 2000),
  personsPresent: text(1, 'Say who was present (write “Nobody” if the premises were empty)', 2000),
  childrenPresent: z.boolean(),
  vulnerableAdultsPresent: z.boolean(),
  /** Those present who are known (each opens or joins their safeguarding case); the rest are "not yet identified". */
  personsToProtect: z
    .array(
      z.object({
        kind: z.enum(['child', 'adult'], { error: 'Say whether each person is a child or a vulnerable adult' }),
        name: text(2, 'Give each person’s name, or a description', 200),
        dateOfBirth: z.iso.date('Give the date of birth like 2012-03-21').optional(),
        personEntityId: z.uuid('Choose a person from the store').optional(),
      }),
    )
    .max(20)
    .optional(),
  forceUsed: optionalText,
  damage: optionalText,
  articlesFound: z.boolean(),
  itemsSeized: text(1, 'List the items seized (write “None” if nothing was seized)'),
  expectedVersion: version,
});

export const returnBody = z.object({
  endorsement: text(5, 'Endorse the warrant: were the articles sought found, and what else was seized?'),
  returnedOn: date('Give the date of return, like 2026-12-20'),
  expectedVersion: version,
});

/** A UK phone number typed as 07… or +44…, normalised to E.164 (the POLE store's form). */
const ukPhone = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s()-]/g, ''))
  .transform((v) => (v.startsWith('0') ? `+44${v.slice(1)}` : v))
  .pipe(z.string().regex(/^\+44\d{10}$/, 'Enter a UK phone number, like 07700 900123'));

const seizureItem = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('drug'),
      drug: z.enum(controlledDrugCodes, { error: 'Choose the drug' }),
      form: z.enum(drugForms, { error: 'Choose the form, such as powder or rock' }),
      quantity: z.number({ error: 'Give the weight or count' }).positive('The weight or count must be more than 0'),
      unit: z.enum(seizureUnits, { error: 'Give the unit of the weight or count (g, kg, doses, plants, wraps)' }),
    }),
    z.object({
      kind: z.literal('cash'),
      amountPence: z.number({ error: 'Give the amount' }).int().positive('The amount must be more than 0'),
    }),
    z.object({ kind: z.literal('phone'), number: ukPhone.optional(), description: optionalText }),
    z.object({ kind: z.literal('weapon'), description: text(2, 'Describe the weapon', 500) }),
    z.object({ kind: z.literal('vehicle'), description: text(2, 'Describe the vehicle', 500) }),
  ],
  { error: 'Choose what was seized: drug, cash, phone, weapon or vehicle' },
);

export const arrestBody = z.object({
  personEntityId: z.uuid('Choose the person arrested'),
  arrestedAt: z.iso.datetime({ offset: true, error: 'Give the date and time of arrest' }),
  place: text(3, 'Say where the arrest was made', 500),
  warrantId: z.uuid().optional(),
  suspectedOffence: z.enum(offenceCodes, { error: 'Choose the offence suspected' }),
  childAtArrest: z.boolean().default(false),
});

export const nrmBody = z.object({
  note: text(10, 'Record how a referral to the NRM and the s.45 defence were considered'),
  expectedVersion: version,
});

export const chargeBody = z.object({
  offence: z.enum(offenceCodes, { error: 'Choose the offence' }),
  outcomeType: z
    .number({ error: 'Choose a Home Office outcome type from 1 to 22' })
    .int('Choose a Home Office outcome type from 1 to 22')
    .min(1, 'Choose a Home Office outcome type from 1 to 22')
    .max(22, 'Choose a Home Office outcome type from 1 to 22'),
  decidedOn: date('Give the date of the decision, like 2026-11-20'),
  note: optionalText,
});

export const seizureBody = z.object({
  arrestId: z.uuid().optional(),
  warrantId: z.uuid().optional(),
  seizedAt: z.iso.datetime({ offset: true, error: 'Give the date and time of the seizure' }),
  place: text(3, 'Say where the items were seized', 500),
  items: z.array(seizureItem).min(1, 'List at least one item seized').max(50),
});

// Tasking (TT&CG): operations, their members and tasks.
export const operationBody = z.object({
  name: text(3, 'Give the operation a name, like Operation Kestrel', 120),
  objective: text(10, 'Say what the operation is for (at least 10 characters)', 2000),
});

export const memberBody = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('target'), targetId: z.uuid('Choose a target'), expectedVersion: version }),
    z.object({ kind: z.literal('deal_line'), dealLineId: z.uuid('Choose a deal line'), expectedVersion: version }),
    z.object({ kind: z.literal('address'), address: text(5, 'Give the address', 500), expectedVersion: version }),
  ],
  { error: 'Choose what to add: a target, a deal line or an address' },
);

export const taskBody = z.object({
  title: text(3, 'Give the task a title', 200),
  detail: text(5, 'Say what is to be done (at least 5 characters)', 4000),
  assigneeKind: z.enum(assigneeKinds, { error: 'Choose a team or an officer' }),
  assigneeId: z.uuid('Choose who the task is assigned to'),
  dueOn: date('Give the due date, like 2026-12-18'),
  expectedVersion: version,
});

export const taskResultBody = z.object({
  status: z.enum(['done', 'cancelled'], { error: 'Choose done or cancelled' }),
  result: text(5, 'Record the result (at least 5 characters)'),
  expectedVersion: version,
});

export const agendaQuery = z.object({ meetingOn: date('Give the meeting date, like 2026-12-18').optional() });

export const disruptionBody = z.object({
  status: z.enum(['disrupted', 'closed'], { error: 'Choose disrupted or closed' }),
  reason: text(10, 'Give the reason, with what was done (at least 10 characters)', 2000),
  evidence: z
    .array(z.object({ kind: z.enum(evidenceKinds), id: z.uuid('Not a valid record') }), {
      error: 'Link the records it rests on',
    })
    .min(1, 'Link at least one arrest, seizure, charge or warrant')
    .max(50),
  expectedVersion: version,
});
