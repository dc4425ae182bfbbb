import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { listReadableGradedIntelligence, readableGradedIntelligence } from '../intelligence/index.ts';
import { requireOperations } from './operations.policy.ts';
import { corroborationWarning, daysLeft } from './warrant.ts';
import { createTraceabilityService } from './traceability.service.ts';
import { createWarrantDecisions } from './warrant-decisions.service.ts';
import { resultsOfWarrant } from './warrant-results.ts';
import {
  day,
  invalid,
  requireWarrant,
  warrantSubject,
  type WarrantApplication,
  type WarrantDeps,
} from './warrant-support.ts';
import {
  expireWarrants,
  insertWarrant,
  insertWarrantIntelligence,
  listWarrants,
  nextWarrantReference,
  warrantEntries,
  warrantIntelligence,
} from './warrant.repository.ts';
import type { OpsWarrantRow } from './warrant.table.ts';

export type { WarrantApplication, WarrantDeps, WarrantEntryInput } from './warrant-support.ts';

/** s.23 Misuse of Drugs Act warrants from application to endorsed return (DOMAIN-OPERATIONS b.2). */
export function createWarrantService(deps: WarrantDeps) {
  const { db, sealer, audit, clock } = deps;

  function clockOf(row: OpsWarrantRow) {
    if (row.expires_at === null) return null;
    return { expiresAt: row.expires_at.toISOString(), daysLeft: daysLeft(row.expires_at, clock.now()) };
  }

  function summary(row: OpsWarrantRow) {
    return {
      id: row.id,
      reference: row.reference,
      status: row.status,
      premises: row.premises,
      applicantId: row.applicant_id,
      plannedExecutionOn: day(row.planned_execution_on),
      expiry: clockOf(row),
      /** Expired without an entry: endorse it and return it to the court. */
      alert:
        row.status === 'expired' ||
        (row.status === 'issued' && row.expires_at !== null && row.expires_at <= clock.now())
          ? 'Expired without being executed: endorse and return it to the court'
          : null,
      version: row.version,
    };
  }

  return {
    ...createWarrantDecisions(deps),
    ...createTraceabilityService(deps),

    /** Graded intelligence the applicant may cite: the latest, or the chosen ones with the Code B warning. */
    async intelligenceFor(actor: StaffActor, ids: readonly string[]) {
      await requireOperations(deps, actor, 'operations.warrant.intelligence', ['warrant.apply']);
      const items =
        ids.length === 0
          ? await listReadableGradedIntelligence({ db, sealer }, actor, 200)
          : await readableGradedIntelligence({ db, sealer }, actor, ids);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'operations.warrant.intelligence', { details: { ids: items.map((i) => i.id) } }),
          ),
        );
      return { items, warning: ids.length === 0 ? null : corroborationWarning(items) };
    },

    async apply(actor: StaffActor, input: WarrantApplication): Promise<{ id: string }> {
      await requireOperations(deps, actor, 'operations.warrant.apply', ['warrant.apply']);
      const ids = [...new Set(input.intelligenceIds)];
      const cited = await readableGradedIntelligence({ db, sealer }, actor, ids);
      if (cited.length !== ids.length) {
        throw invalid('intelligenceIds', 'Choose graded intelligence reports you may read');
      }
      const warning = corroborationWarning(cited);
      if (warning !== null && (input.corroborationNote?.trim().length ?? 0) < 10) {
        throw invalid(
          'corroborationNote',
          'Say how the anonymous information was corroborated, or what was done to seek it',
        );
      }
      if (input.entriesSought > 1 && (input.multipleEntryGrounds?.trim().length ?? 0) < 10) {
        throw invalid('multipleEntryGrounds', 'Say why more than one entry is needed');
      }
      if (input.plannedExecutionOn < londonDay(clock.now())) {
        throw invalid('plannedExecutionOn', 'The planned execution date must not be in the past');
      }
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertWarrant(tx, {
          id,
          reference: await nextWarrantReference(tx, now.getUTCFullYear()),
          status: 'awaiting_authorisation',
          applicant_id: actor.userId,
          premises: input.premises,
          premises_entity_id: null,
          person_entity_ids: input.personEntityIds,
          search_persons_found: input.searchPersonsFound,
          drugs_sought: input.drugsSought,
          entries_sought: input.entriesSought,
          multiple_entry_grounds: input.entriesSought > 1 ? (input.multipleEntryGrounds ?? null) : null,
          grounds: input.grounds,
          undermining: input.undermining,
          corroboration_note: input.corroborationNote ?? null,
          planned_execution_on: input.plannedExecutionOn,
          authorised_by: null,
          authorised_at: null,
          authorisation_note: null,
          court_decision: null,
          court_name: null,
          decided_on: null,
          validity_months: null,
          expires_at: null,
          returned_on: null,
          return_endorsement: null,
          created_at: now,
          updated_at: now,
        });
        await insertWarrantIntelligence(
          tx,
          cited.map((i) => ({
            warrant_id: id,
            intelligence_id: i.id,
            reference: i.reference,
            source_type: i.sourceType,
            source_evaluation: i.source,
            intelligence_assessment: i.assessment,
            handling_code: i.handling,
          })),
        );
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.warrant.apply', {
            subject: warrantSubject(id),
            details: { intelligenceIds: ids, uncorroboratedAnonymous: warning !== null },
          }),
        );
      });
      return { id };
    },

    async list(actor: StaffActor) {
      await requireOperations(deps, actor, 'operations.warrant.list', ['operations.read']);
      const rows = await listWarrants(db, 500);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(tx, auditEventBy(actor, 'operations.warrant.list', { details: { count: rows.length } })),
        );
      return rows.map(summary);
    },

    async get(actor: StaffActor, id: string) {
      await requireOperations(deps, actor, 'operations.warrant.read', ['operations.read']);
      const row = await requireWarrant(db, id);
      const [intel, entries, results] = await Promise.all([
        warrantIntelligence(db, id),
        warrantEntries(db, id),
        resultsOfWarrant(db, sealer, id),
      ]);
      // The sanitised texts only for a reader the intelligence policy allows; grades for everyone here.
      const readable = new Map(
        (
          await readableGradedIntelligence(
            { db, sealer },
            actor,
            intel.map((i) => i.intelligence_id),
          )
        ).map((i) => [i.id, i.sanitisedText]),
      );
      await db
        .transaction()
        .execute((tx) =>
          audit.record(tx, auditEventBy(actor, 'operations.warrant.read', { subject: warrantSubject(id) })),
        );
      return {
        ...summary(row),
        personEntityIds: row.person_entity_ids,
        searchPersonsFound: row.search_persons_found,
        drugsSought: row.drugs_sought,
        entriesSought: row.entries_sought,
        multipleEntryGrounds: row.multiple_entry_grounds,
        grounds: row.grounds,
        undermining: row.undermining,
        corroborationNote: row.corroboration_note,
        warning: corroborationWarning(
          intel.map((i) => ({
            sourceType: i.source_type,
            source: i.source_evaluation,
            assessment: i.intelligence_assessment,
          })),
        ),
        intelligence: intel.map((i) => ({
          id: i.intelligence_id,
          reference: i.reference,
          sourceType: i.source_type,
          grade: `${i.source_evaluation}${i.intelligence_assessment}${i.handling_code}`,
          sanitisedText: readable.get(i.intelligence_id) ?? null,
        })),
        authorisation: row.authorised_by
          ? { by: row.authorised_by, at: row.authorised_at?.toISOString() ?? null, note: row.authorisation_note }
          : null,
        declined: row.declined_by
          ? { by: row.declined_by, at: row.declined_at?.toISOString() ?? null, reason: row.decline_reason }
          : null,
        court: row.court_decision
          ? {
              decision: row.court_decision,
              court: row.court_name,
              decidedOn: day(row.decided_on),
              validityMonths: row.validity_months,
            }
          : null,
        entries: entries.map((e) => ({
          number: e.entry_number,
          executedAt: e.executed_at.toISOString(),
          entryMethod: e.entry_method,
          officersPresent: e.officers_present,
          personsPresent: e.persons_present,
          childrenPresent: e.children_present,
          vulnerableAdultsPresent: e.vulnerable_adults_present,
          safeguardingReferralNeeded: e.safeguarding_referral_needed,
          forceUsed: e.force_used,
          damage: e.damage,
          articlesFound: e.articles_found,
          itemsSeized: e.items_seized,
        })),
        returned: row.returned_on ? { on: day(row.returned_on), endorsement: row.return_endorsement } : null,
        /** What the warrant led to: arrests under it, seizures under it or at those arrests. */
        results,
      };
    },

    /** The expiry job: issued warrants past their time; an unexecuted one becomes an alert. */
    async expireDue(): Promise<{ expired: string[]; executed: string[] }> {
      return db.transaction().execute(async (tx) => {
        const result = await expireWarrants(tx, clock.now());
        for (const id of result.expired) {
          await audit.record(tx, {
            actor: { type: 'system', id: 'warrant-expiry' },
            action: 'operations.warrant.expired',
            subject: warrantSubject(id),
          });
        }
        return result;
      });
    },
  };
}

export type WarrantService = ReturnType<typeof createWarrantService>;
