import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { openCaseFromOperations, type OperationalConcern } from '../casework/index.ts';
import { requireOperations } from './operations.policy.ts';
import { expiryOf } from './warrant.ts';
import { insertWarrantEntry, updateWarrantAtVersion, warrantEntries } from './warrant.repository.ts';
import {
  day,
  invalid,
  requireWarrant,
  stale,
  warrantSubject,
  type WarrantDeps,
  type WarrantEntryInput,
} from './warrant-support.ts';

/** The warrant's decisions after the application: the inspector's, the court's, entries and the return. */
export function createWarrantDecisions(deps: WarrantDeps) {
  const { db, audit, clock } = deps;
  return {
    /** The inspector's authority: never the applicant's own (four eyes). */
    async authorise(actor: StaffActor, id: string, input: { note: string; expectedVersion: number }) {
      await requireOperations(deps, actor, 'operations.warrant.authorise', ['warrant.authorise']);
      const row = await requireWarrant(db, id);
      if (row.applicant_id === actor.userId) {
        throw new AppError('forbidden', 'An inspector other than the applicant must authorise the application');
      }
      if (row.status !== 'awaiting_authorisation') {
        throw new AppError('conflict', `A warrant ${row.status.replace('_', ' ')} cannot be authorised`);
      }
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        const changed = await updateWarrantAtVersion(tx, id, input.expectedVersion, {
          status: 'authorised',
          authorised_by: actor.userId,
          authorised_at: now,
          authorisation_note: input.note,
          updated_at: now,
        });
        if (!changed) throw stale();
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.warrant.authorise', { subject: warrantSubject(id), reason: input.note }),
        );
      });
    },

    /** The inspector declines the application, with the reason; it goes no further (four eyes). */
    async decline(actor: StaffActor, id: string, input: { reason: string; expectedVersion: number }) {
      await requireOperations(deps, actor, 'operations.warrant.decline', ['warrant.authorise']);
      const row = await requireWarrant(db, id);
      if (row.applicant_id === actor.userId) {
        throw new AppError('forbidden', 'An inspector other than the applicant must decide on the application');
      }
      if (row.status !== 'awaiting_authorisation') {
        throw new AppError('conflict', `A warrant ${row.status.replace('_', ' ')} cannot be declined`);
      }
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        const changed = await updateWarrantAtVersion(tx, id, input.expectedVersion, {
          status: 'declined',
          declined_by: actor.userId,
          declined_at: now,
          decline_reason: input.reason,
          updated_at: now,
        });
        if (!changed) throw stale();
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.warrant.decline', { subject: warrantSubject(id), reason: input.reason }),
        );
      });
    },

    /** The court's decision: issued (the expiry clock starts) or refused. */
    async decide(
      actor: StaffActor,
      id: string,
      input: { decision: 'issued' | 'refused'; court: string; decidedOn: string; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.warrant.decide', ['warrant.apply']);
      const row = await requireWarrant(db, id);
      if (row.status !== 'authorised') throw new AppError('conflict', 'Only an authorised application goes to court');
      const authorisedOn = day(row.authorised_at) ?? '';
      if (input.decidedOn < authorisedOn) {
        throw invalid('decidedOn', 'The court cannot decide before the inspector authorised');
      }
      if (input.decidedOn > londonDay(clock.now())) {
        throw invalid('decidedOn', 'The decision date cannot be in the future');
      }
      const months = deps.warrantValidityMonths;
      await db.transaction().execute(async (tx) => {
        const changed = await updateWarrantAtVersion(tx, id, input.expectedVersion, {
          status: input.decision,
          court_decision: input.decision,
          court_name: input.court,
          decided_on: input.decidedOn,
          validity_months: input.decision === 'issued' ? months : null,
          expires_at: input.decision === 'issued' ? expiryOf(input.decidedOn, months) : null,
          updated_at: clock.now(),
        });
        if (!changed) throw stale();
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.warrant.decide', {
            subject: warrantSubject(id),
            details: { decision: input.decision, court: input.court, decidedOn: input.decidedOn },
          }),
        );
      });
    },

    /** One entry under the warrant; children or vulnerable adults present flag a safeguarding referral. */
    async recordEntry(actor: StaffActor, id: string, input: WarrantEntryInput) {
      await requireOperations(deps, actor, 'operations.warrant.execute', ['warrant.apply']);
      const row = await requireWarrant(db, id);
      const executedAt = new Date(input.executedAt);
      if (row.status !== 'issued' || row.expires_at === null || row.decided_on === null) {
        throw new AppError(
          'conflict',
          row.status === 'expired'
            ? 'The warrant has expired: it cannot be executed'
            : `A warrant that is ${row.status.replace('_', ' ')} cannot be executed`,
        );
      }
      if (executedAt.toISOString().slice(0, 10) < (day(row.decided_on) ?? '')) {
        throw invalid('executedAt', 'The entry cannot be before the warrant was issued');
      }
      if (executedAt > clock.now()) throw invalid('executedAt', 'The entry cannot be in the future');
      if (executedAt >= row.expires_at) {
        throw new AppError(
          'conflict',
          `The warrant expired on ${row.expires_at.toISOString().slice(0, 10)}: it cannot be executed`,
        );
      }
      const entries = await warrantEntries(db, id);
      if (entries.length >= row.entries_sought) {
        throw new AppError('conflict', 'Every entry the warrant allows has been used');
      }
      const referral = input.childrenPresent || input.vulnerableAdultsPresent;
      const known = input.personsToProtect ?? [];
      if (known.some((p) => p.kind === 'child') && !input.childrenPresent) {
        throw invalid('childrenPresent', 'You named a child present: say that children were present');
      }
      if (known.some((p) => p.kind === 'adult') && !input.vulnerableAdultsPresent) {
        throw invalid('vulnerableAdultsPresent', 'You named a vulnerable adult present: say that one was present');
      }
      const now = clock.now();
      const entryId = randomUUID();
      const concerns = safeguardingConcerns(input, { entryId, warrantId: id, premises: row.premises, executedAt });
      const cases = { opened: 0, joined: 0 };
      await db.transaction().execute(async (tx) => {
        const last = entries.length + 1 === row.entries_sought;
        const changed = await updateWarrantAtVersion(tx, id, input.expectedVersion, {
          status: last ? 'executed' : 'issued',
          updated_at: now,
        });
        if (!changed) throw stale();
        await insertWarrantEntry(tx, {
          id: entryId,
          warrant_id: id,
          entry_number: entries.length + 1,
          executed_at: executedAt,
          entry_method: input.entryMethod,
          officers_present: input.officersPresent,
          persons_present: input.personsPresent,
          children_present: input.childrenPresent,
          vulnerable_adults_present: input.vulnerableAdultsPresent,
          safeguarding_referral_needed: referral,
          force_used: input.forceUsed ?? null,
          damage: input.damage ?? null,
          articles_found: input.articlesFound,
          items_seized: input.itemsSeized,
          recorded_by: actor.userId,
          recorded_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.warrant.execute', {
            subject: warrantSubject(id),
            details: { entry: entries.length + 1, safeguardingReferralNeeded: referral },
          }),
        );
        // The safeguarding cases open (or join) in the same unit of work as the entry.
        for (const concern of concerns) {
          const { joined } = await openCaseFromOperations(tx, deps, actor, concern);
          cases[joined ? 'joined' : 'opened'] += 1;
        }
      });
      return { safeguardingReferralNeeded: referral, safeguardingCases: cases };
    },

    /** The endorsement (what was found and seized) and the return to the court. */
    async endorseReturn(
      actor: StaffActor,
      id: string,
      input: { endorsement: string; returnedOn: string; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.warrant.return', ['warrant.apply']);
      const row = await requireWarrant(db, id);
      if (row.status !== 'executed' && row.status !== 'expired') {
        throw new AppError('conflict', 'Only an executed or expired warrant is returned');
      }
      if (input.returnedOn > londonDay(clock.now())) {
        throw invalid('returnedOn', 'The return date cannot be in the future');
      }
      await db.transaction().execute(async (tx) => {
        const changed = await updateWarrantAtVersion(tx, id, input.expectedVersion, {
          status: 'returned',
          returned_on: input.returnedOn,
          return_endorsement: input.endorsement,
          updated_at: clock.now(),
        });
        if (!changed) throw stale();
        await audit.record(tx, auditEventBy(actor, 'operations.warrant.return', { subject: warrantSubject(id) }));
      });
    },
  };
}

/**
 * The concerns a warrant entry raises: one per child or vulnerable adult named, and, where
 * children or vulnerable adults were present but none of that kind is named, one "not yet
 * identified" case per entry and kind for the safeguarding lead to identify.
 */
function safeguardingConcerns(
  input: WarrantEntryInput,
  at: { entryId: string; warrantId: string; premises: string; executedAt: Date },
): OperationalConcern[] {
  const known = input.personsToProtect ?? [];
  const when = at.executedAt.toISOString().slice(0, 16).replace('T', ' ');
  const summary = (who: string) =>
    `${who} present when a drugs warrant was executed at ${at.premises} on ${when} (UTC). Persons present: ${input.personsPresent}`;
  const concerns: OperationalConcern[] = known.map((person) => ({
    subjectKind: person.kind,
    subject: {
      name: person.name,
      dateOfBirth: person.dateOfBirth ?? null,
      personEntityId: person.personEntityId ?? null,
    },
    source: 'warrant',
    sourceId: at.entryId,
    summary: summary(person.kind === 'child' ? 'A child' : 'A vulnerable adult'),
    receivedAt: at.executedAt,
  }));
  const unnamed = (kind: 'child' | 'adult', present: boolean, label: string) => {
    if (!present || known.some((p) => p.kind === kind)) return;
    concerns.push({
      subjectKind: kind,
      subject: { name: `${label} at ${at.premises} (not yet identified)`, dateOfBirth: null, personEntityId: null },
      source: 'warrant',
      sourceId: at.entryId,
      summary: summary(label),
      receivedAt: at.executedAt,
      unidentifiedKey: `warrant-entry:${at.entryId}:${kind}`,
    });
  };
  unnamed('child', input.childrenPresent, 'Children');
  unnamed('adult', input.vulnerableAdultsPresent, 'Vulnerable adults');
  return concerns;
}
