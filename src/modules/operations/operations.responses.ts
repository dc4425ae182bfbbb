import { z } from 'zod';
import { warrantStatuses } from './warrant.ts';

// What the operations routes answer (the staff API contract): targets, warrants and arrests.

const band = z.enum(['high', 'medium', 'low']);
const orNull = z.string().nullable();

export const targetPriorityResponse = z.object({
  harm: z.number(),
  likelihood: z.number(),
  confidence: z.number(),
  confidenceBand: band,
  computed: z.number(),
  adjustment: z.number(),
  score: z.number(),
  band,
  reasons: z.array(z.string()),
  modelVersion: z.string(),
});

const victimStatus = z.object({ isVictim: z.boolean(), reasons: z.array(z.string()) });

export const targetResponse = z.object({
  id: z.string(),
  personId: z.string(),
  personLabel: z.string(),
  status: z.enum(['active', 'closed']),
  rationale: z.string(),
  reviewOn: z.string(),
  reviewOverdue: z.boolean(),
  adjustmentReason: orNull,
  priority: targetPriorityResponse,
  victim: victimStatus.nullable(),
  version: z.number(),
});
export const targetListResponse = z.object({ items: z.array(targetResponse), next: z.string().nullable() });

export const targetDetailResponse = targetResponse.extend({
  history: z.array(
    z.object({
      action: z.string(),
      note: orNull,
      adjustment: z.number(),
      computedScore: z.number(),
      modelVersion: z.string(),
      by: z.string(),
      at: z.string(),
    }),
  ),
});

export const personOperationsResponse = z.object({
  personId: z.string(),
  target: targetResponse.nullable(),
  victim: victimStatus.extend({ child: z.boolean() }),
  computedIfTargeted: targetPriorityResponse.nullable(),
});

export const warrantIntelligenceResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      sourceType: z.string(),
      source: z.string(),
      assessment: z.string(),
      handling: z.string(),
      sanitisedText: z.string(),
      createdOn: z.string(),
    }),
  ),
  warning: orNull,
});

export const ledToResponse = z.object({
  warrants: z.array(z.object({ id: z.string(), reference: z.string(), status: z.enum(warrantStatuses) })),
  arrests: z.array(
    z.object({ id: z.string(), warrantId: orNull, arrestedAt: z.string(), suspectedOffence: z.string() }),
  ),
  seizures: z.array(
    z.object({ id: z.string(), warrantId: orNull, arrestId: orNull, seizedAt: z.string(), place: z.string() }),
  ),
  closed: z.object({ result: z.string(), note: z.string(), by: z.string(), at: z.string() }).nullable(),
});

export const warrantSummaryResponse = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(warrantStatuses),
  premises: z.string(),
  applicantId: z.string(),
  plannedExecutionOn: z.string(),
  expiry: z.object({ expiresAt: z.string(), daysLeft: z.number() }).nullable(),
  /** Expired without an entry: endorse it and return it to the court. */
  alert: orNull,
  version: z.number(),
});
export const warrantListResponse = z.object({ items: z.array(warrantSummaryResponse) });

export const warrantDetailResponse = warrantSummaryResponse.extend({
  personEntityIds: z.array(z.string()),
  searchPersonsFound: z.boolean(),
  drugsSought: z.array(z.string()),
  entriesSought: z.number(),
  multipleEntryGrounds: orNull,
  grounds: z.string(),
  undermining: z.string(),
  corroborationNote: orNull,
  warning: orNull,
  intelligence: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      sourceType: z.string(),
      grade: z.string(),
      sanitisedText: orNull,
    }),
  ),
  authorisation: z.object({ by: z.string(), at: orNull, note: orNull }).nullable(),
  declined: z.object({ by: z.string(), at: orNull, reason: orNull }).nullable(),
  court: z
    .object({
      decision: z.enum(['issued', 'refused']),
      court: orNull,
      decidedOn: orNull,
      validityMonths: z.number().nullable(),
    })
    .nullable(),
  entries: z.array(
    z.object({
      number: z.number(),
      executedAt: z.string(),
      entryMethod: z.string(),
      officersPresent: z.string(),
      personsPresent: z.string(),
      childrenPresent: z.boolean(),
      vulnerableAdultsPresent: z.boolean(),
      safeguardingReferralNeeded: z.boolean(),
      forceUsed: orNull,
      damage: orNull,
      articlesFound: z.boolean(),
      itemsSeized: z.string(),
    }),
  ),
  returned: z.object({ on: orNull, endorsement: orNull }).nullable(),
  results: z.object({
    arrests: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        personLabel: z.string(),
        arrestedAt: z.string(),
        suspectedOffenceLabel: z.string(),
      }),
    ),
    seizures: z.array(
      z.object({
        id: z.string(),
        arrestId: orNull,
        seizedAt: z.string(),
        place: z.string(),
        items: z.array(z.object({ kind: z.string(), label: z.string(), dealLineId: orNull })),
      }),
    ),
  }),
});
export const warrantEntryResponse = z.object({
  safeguardingReferralNeeded: z.boolean(),
  /** Safeguarding cases opened for those present, or concerns added to cases already open. */
  safeguardingCases: z.object({ opened: z.number(), joined: z.number() }),
});

export const arrestSummaryResponse = z.object({
  id: z.string(),
  personId: z.string(),
  personLabel: z.string(),
  arrestedAt: z.string(),
  place: z.string(),
  suspectedOffence: z.string(),
  childAtArrest: z.boolean(),
  nrmConsidered: z.boolean(),
});
export const arrestListResponse = z.object({ items: z.array(arrestSummaryResponse) });

/** A graded intelligence report behind an operational record (grades as cited by the warrant). */
const intelligenceRef = z.object({ id: z.string(), reference: z.string(), grade: z.string() });

export const arrestDetailResponse = z.object({
  id: z.string(),
  personId: z.string(),
  personLabel: z.string(),
  arrestedAt: z.string(),
  place: z.string(),
  warrantId: orNull,
  intelligence: z.array(intelligenceRef),
  suspectedOffence: z.string(),
  suspectedOffenceLabel: z.string(),
  childAtArrest: z.boolean(),
  nrm: z.object({ by: z.string(), at: orNull, note: orNull }).nullable(),
  chargingBlocked: orNull,
  charges: z.array(
    z.object({
      id: z.string(),
      offence: z.string(),
      offenceLabel: z.string(),
      outcomeType: z.number(),
      outcomeLabel: z.string(),
      decidedOn: z.string(),
      note: orNull,
    }),
  ),
  seizures: z.array(
    z.object({
      seizureId: z.string(),
      warrantId: orNull,
      intelligence: z.array(intelligenceRef),
      seizedAt: z.string(),
      place: z.string(),
      kind: z.string(),
      drug: orNull,
      drugClass: orNull,
      form: orNull,
      quantity: z.number().nullable(),
      unit: orNull,
      cashPence: z.number().nullable(),
      phoneNumber: orNull,
      phoneEntityId: orNull,
      dealLineId: orNull,
      description: orNull,
    }),
  ),
  version: z.number(),
});
export const chargeResponse = z.object({ id: z.string() });
export const seizureResponse = z.object({ id: z.string(), linkedDealLines: z.array(z.string()) });
