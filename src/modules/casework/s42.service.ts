import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { invalid } from './casework-context.ts';
import { mayReadCase, requireCasework } from './casework.policy.ts';
import { findCase } from './casework.repository.ts';
import { cuckooTypes, type CuckooType } from './cuckooed.ts';
import { s42Outcomes, type S42Outcome } from './s42.ts';
import { concludeS42AtVersion, findS42Enquiry, insertS42Enquiry, s42EnquiriesOf } from './s42.repository.ts';

type Deps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };

const context = (id: string) => `casework:s42-wishes:${id}`;

/** Care Act s.42 enquiries on an adult's case: started when the three conditions hold, concluded with an outcome. */
export function createS42Service(deps: Deps) {
  const { db, sealer, audit, clock } = deps;

  async function readable(actor: StaffActor, caseId: string) {
    const row = isUuid(caseId) ? await findCase(db, caseId) : undefined;
    if (!row || !mayReadCase(actor, row)) throw new AppError('not_found_or_no_access');
    return row;
  }

  return {
    async start(
      actor: StaffActor,
      caseId: string,
      input: {
        careAndSupportNeeds: boolean;
        abuseOrNeglect: boolean;
        cannotProtectThemselves: boolean;
        cuckooTypes: CuckooType[];
        wishes: string;
      },
    ) {
      await requireCasework(deps, actor, 'casework.s42.create', 'casework.manage');
      const row = await readable(actor, caseId);
      if (row.status !== 'open') throw new AppError('conflict', 'The case is closed');
      if (row.subject_kind !== 'adult') throw invalid('careAndSupportNeeds', 'A s.42 enquiry is for an adult');
      const unmet = [
        input.careAndSupportNeeds ? null : 'careAndSupportNeeds',
        input.abuseOrNeglect ? null : 'abuseOrNeglect',
        input.cannotProtectThemselves ? null : 'cannotProtectThemselves',
      ].filter((f) => f !== null);
      if (unmet[0] !== undefined) {
        throw invalid(
          unmet[0],
          'The s.42 duty needs all three conditions: care and support needs, abuse or neglect (or its risk), and unable to protect themselves because of those needs',
        );
      }
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertS42Enquiry(tx, {
          id,
          case_id: row.id,
          cuckoo_types: JSON.stringify([...new Set(input.cuckooTypes)]),
          wishes_sealed: sealer.seal(input.wishes, context(id)),
          status: 'open',
          outcome: null,
          started_on: londonDay(now),
          concluded_on: null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.s42.create', {
            subject: { type: 'casework_case', id: row.id },
            details: { enquiryId: id, cuckooTypes: input.cuckooTypes },
          }),
        );
      });
      return { id };
    },

    async conclude(
      actor: StaffActor,
      caseId: string,
      enquiryId: string,
      input: { outcome: S42Outcome; on: string; expectedVersion: number },
    ) {
      await requireCasework(deps, actor, 'casework.s42.conclude', 'casework.manage');
      const row = await readable(actor, caseId);
      const enquiry = isUuid(enquiryId) ? await findS42Enquiry(db, row.id, enquiryId) : undefined;
      if (!enquiry) throw new AppError('not_found_or_no_access');
      if (enquiry.status !== 'open') throw new AppError('conflict', 'The enquiry is already concluded');
      if (input.on > londonDay(clock.now())) throw invalid('on', 'The date cannot be in the future');
      if (input.on < enquiry.started_on) throw invalid('on', 'The enquiry cannot conclude before it started');
      await db.transaction().execute(async (tx) => {
        const done = await concludeS42AtVersion(tx, enquiry.id, input.expectedVersion, {
          outcome: input.outcome,
          concluded_on: input.on,
          updated_at: clock.now(),
        });
        if (!done) throw new AppError('conflict', 'The enquiry changed since you read it: reload and try again');
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.s42.conclude', {
            subject: { type: 'casework_case', id: row.id },
            details: { enquiryId: enquiry.id, outcome: input.outcome, on: input.on },
          }),
        );
      });
    },

    /** For the case page (the case's own read is the audited one; this read is audited too). */
    async of(actor: StaffActor, caseId: string) {
      await requireCasework(deps, actor, 'casework.s42.list', 'casework.read');
      const row = await readable(actor, caseId);
      const rows = await s42EnquiriesOf(db, row.id);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'casework.s42.list', { subject: { type: 'casework_case', id: row.id } }),
          ),
        );
      return rows.map((e) => ({
        id: e.id,
        cuckooTypes: e.cuckoo_types,
        cuckooTypeLabels: e.cuckoo_types.map((t) => cuckooTypes[t]),
        wishes: sealer.openText(e.wishes_sealed, context(e.id)),
        status: e.status,
        outcome: e.outcome,
        outcomeLabel: e.outcome ? s42Outcomes[e.outcome] : null,
        startedOn: e.started_on,
        concludedOn: e.concluded_on,
        version: e.version,
      }));
    },
  };
}

export type S42Service = ReturnType<typeof createS42Service>;
