import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { listReadableGradedIntelligence, readableGradedIntelligence } from '../intelligence/index.ts';
import type { ControlledDrug } from './drugs.ts';
import { requireOperations } from './operations.policy.ts';
import { corroborationWarning, daysLeft, expiryOf, type EntryMethod } from './warrant.ts';
import {
  expireWarrants,
  findWarrant,
  insertWarrant,
  insertWarrantEntry,
  insertWarrantIntelligence,
  listWarrants,
  nextWarrantReference,
  updateWarrantAtVersion,
  warrantEntries,
  warrantIntelligence,
  warrantsCiting,
} from './warrant.repository.ts';
import { arrestsUnderWarrants } from './arrest.repository.ts';
import type { OpsWarrantRow } from './warrant.table.ts';

export type WarrantDeps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock; warrantValidityMonths: number };

export type WarrantApplication = {
  intelligenceIds: string[];
  premises: string;
  personEntityIds: string[];
  searchPersonsFound: boolean;
  drugsSought: ControlledDrug[];
  entriesSought: number;
  multipleEntryGrounds?: string | undefined;
  grounds: string;
  undermining: string;
  corroborationNote?: string | undefined;
  plannedExecutionOn: string;
};

export type WarrantEntryInput = {
  executedAt: string;
  entryMethod: EntryMethod;
  officersPresent: string;
  personsPresent: string;
  childrenPresent: boolean;
  vulnerableAdultsPresent: boolean;
  forceUsed?: string | undefined;
  damage?: string | undefined;
  articlesFound: boolean;
  itemsSeized: string;
  expectedVersion: number;
};

const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
const invalid = (field: string, message: string) => new AppError('validation_failed', message, [{ field, message }]);
const stale = () => new AppError('conflict', 'The warrant changed since you read it: reload and try again');
const subject = (id: string) => ({ type: 'ops_warrant', id });

/** s.23 Misuse of Drugs Act warrants from application to endorsed return (DOMAIN-OPERATIONS b.2). */
export function createWarrantService(deps: WarrantDeps) {
  const { db, sealer, audit, clock } = deps;

  async function requireWarrant(id: string) {
    const row = await findWarrant(db, id);
    if (!row) throw new AppError('not_found_or_no_access');
    return row;
  }

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
            subject: subject(id),
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
      const row = await requireWarrant(id);
      const [intel, entries] = await Promise.all([warrantIntelligence(db, id), warrantEntries(db, id)]);
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
        .execute((tx) => audit.record(tx, auditEventBy(actor, 'operations.warrant.read', { subject: subject(id) })));
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
      };
    },

    /** The inspector's authority: never the applicant's own (four eyes). */
    async authorise(actor: StaffActor, id: string, input: { note: string; expectedVersion: number }) {
      await requireOperations(deps, actor, 'operations.warrant.authorise', ['warrant.authorise']);
      const row = await requireWarrant(id);
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
          auditEventBy(actor, 'operations.warrant.authorise', { subject: subject(id), reason: input.note }),
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
      const row = await requireWarrant(id);
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
            subject: subject(id),
            details: { decision: input.decision, court: input.court, decidedOn: input.decidedOn },
          }),
        );
      });
    },

    /** One entry under the warrant; children or vulnerable adults present flag a safeguarding referral. */
    async recordEntry(actor: StaffActor, id: string, input: WarrantEntryInput) {
      await requireOperations(deps, actor, 'operations.warrant.execute', ['warrant.apply']);
      const row = await requireWarrant(id);
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
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        const last = entries.length + 1 === row.entries_sought;
        const changed = await updateWarrantAtVersion(tx, id, input.expectedVersion, {
          status: last ? 'executed' : 'issued',
          updated_at: now,
        });
        if (!changed) throw stale();
        await insertWarrantEntry(tx, {
          id: randomUUID(),
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
            subject: subject(id),
            details: { entry: entries.length + 1, safeguardingReferralNeeded: referral },
          }),
        );
      });
      return { safeguardingReferralNeeded: referral };
    },

    /** The endorsement (what was found and seized) and the return to the court. */
    async endorseReturn(
      actor: StaffActor,
      id: string,
      input: { endorsement: string; returnedOn: string; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.warrant.return', ['warrant.apply']);
      const row = await requireWarrant(id);
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
        await audit.record(tx, auditEventBy(actor, 'operations.warrant.return', { subject: subject(id) }));
      });
    },

    /** Traceability: what an intelligence report led to (warrants citing it, arrests under them). */
    async ledTo(actor: StaffActor, intelligenceId: string) {
      await requireOperations(deps, actor, 'operations.trace', ['operations.read']);
      const [readable] = await readableGradedIntelligence({ db, sealer }, actor, [intelligenceId]);
      if (!readable) throw new AppError('not_found_or_no_access');
      const warrants = await warrantsCiting(db, [intelligenceId]);
      const arrests = await arrestsUnderWarrants(
        db,
        warrants.map((w) => w.id),
      );
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'operations.trace', { subject: { type: 'intelligence_report', id: intelligenceId } }),
          ),
        );
      return {
        warrants: warrants.map((w) => ({ id: w.id, reference: w.reference, status: w.status })),
        arrests: arrests.map((a) => ({
          id: a.id,
          warrantId: a.warrant_id,
          arrestedAt: a.arrested_at.toISOString(),
          suspectedOffence: a.suspected_offence,
        })),
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
            subject: subject(id),
          });
        }
        return result;
      });
    },
  };
}

export type WarrantService = ReturnType<typeof createWarrantService>;
