import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { openJson, sealJson } from './casework-sealing.ts';
import { requireCasework } from './casework.policy.ts';
import { touchCase } from './casework.repository.ts';
import { caseworkContext, invalid, type CaseworkDeps } from './casework-context.ts';
import { mayMove, nrmDates, type ExploitationType, type NrmStatus } from './nrm.ts';
import { assessScreening, riskLevelLabels, type CceIndicator, type ScreeningAnswer } from './screening.ts';
import {
  findNrmReferral,
  insertNrmReferral,
  insertScreening,
  nrmReferralsOf,
  screeningsOf,
  updateNrmAtVersion,
} from './screening-nrm.repository.ts';

type ScreeningInput = { answers: Record<CceIndicator, ScreeningAnswer>; notes?: string | undefined };

/** CCE screenings, NRM referrals and duty-to-notify reports on a case. */
export function createScreeningNrmService(deps: CaseworkDeps) {
  const { db, sealer, audit, clock, calendar } = deps;
  const context = caseworkContext(deps);

  async function openCase(actor: StaffActor, caseId: string) {
    const row = await context.readableCase(db, actor, caseId);
    if (row.status !== 'open') throw new AppError('conflict', 'The case is closed');
    return row;
  }

  return {
    /** Screens a child for criminal exploitation; answers the risk level and its reasons. */
    async screen(actor: StaffActor, caseId: string, input: ScreeningInput) {
      await requireCasework(deps, actor, 'casework.screening.create', 'casework.manage');
      const row = await openCase(actor, caseId);
      if (row.subject_kind !== 'child') throw invalid('answers', 'The CCE screening tool is for children');
      const result = assessScreening(input.answers);
      const id = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertScreening(tx, {
          id,
          case_id: row.id,
          answers_sealed: sealJson(sealer, 'screening', id, { answers: input.answers, notes: input.notes ?? null }),
          risk_level: result.level,
          screened_by: actor.userId,
          screened_at: clock.now(),
        });
        await touchCase(tx, row.id, clock.now());
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.screening.create', {
            subject: { type: 'casework_case', id: row.id },
            details: { screeningId: id, riskLevel: result.level },
          }),
        );
      });
      return { id, ...result };
    },

    /**
     * Starts an NRM referral (a draft). For an adult who does not consent it becomes a duty to
     * notify instead: anonymous, no decisions. A child needs no consent.
     */
    async startReferral(
      actor: StaffActor,
      caseId: string,
      input: { firstResponder: string; exploitationTypes: ExploitationType[]; countyLines: boolean; consent?: boolean },
    ) {
      await requireCasework(deps, actor, 'casework.nrm.create', 'casework.manage');
      const row = await openCase(actor, caseId);
      if (row.subject_kind === 'adult' && input.consent === undefined) {
        throw invalid('consent', 'Say whether the adult consents to a referral to the NRM');
      }
      const kind = row.subject_kind === 'adult' && input.consent === false ? 'duty_to_notify' : 'nrm';
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertNrmReferral(tx, {
          id,
          case_id: row.id,
          kind,
          consent: row.subject_kind === 'adult' ? (input.consent ?? null) : null,
          first_responder: input.firstResponder,
          exploitation_types: JSON.stringify(input.exploitationTypes),
          county_lines: input.countyLines,
          status: 'draft',
          submitted_on: null,
          rg_decided_on: null,
          rg_positive: null,
          cg_decided_on: null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await touchCase(tx, row.id, now);
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.nrm.create', {
            subject: { type: 'casework_case', id: row.id },
            details: {
              referralId: id,
              kind,
              exploitationTypes: input.exploitationTypes,
              countyLines: input.countyLines,
            },
          }),
        );
      });
      return { id, kind };
    },

    /** Moves a referral on: submitted, the reasonable and conclusive grounds decisions, withdrawn. */
    async moveReferral(
      actor: StaffActor,
      caseId: string,
      referralId: string,
      input: { status: NrmStatus; on: string; expectedVersion: number },
    ) {
      await requireCasework(deps, actor, 'casework.nrm.update', 'casework.manage');
      const row = await openCase(actor, caseId);
      const referral = isUuid(referralId) ? await findNrmReferral(db, row.id, referralId) : undefined;
      if (!referral) throw new AppError('not_found_or_no_access');
      if (!mayMove(referral.kind, referral.status, input.status)) {
        throw invalid(
          'status',
          `A ${referral.status.replace('_', ' ')} referral cannot become ${input.status.replace('_', ' ')}`,
        );
      }
      if (input.on > context.today()) throw invalid('on', 'The date cannot be in the future');
      const earliest = referral.submitted_on ?? londonDay(row.referral_received_at);
      if (input.on < earliest) throw invalid('on', 'The date cannot be before the referral or its submission');
      const changes =
        input.status === 'submitted'
          ? { submitted_on: input.on }
          : input.status === 'rg_positive' || input.status === 'rg_negative'
            ? { rg_decided_on: input.on, rg_positive: input.status === 'rg_positive' }
            : input.status === 'cg_positive' || input.status === 'cg_negative'
              ? { cg_decided_on: input.on }
              : {};
      await db.transaction().execute(async (tx) => {
        const moved = await updateNrmAtVersion(tx, referral.id, input.expectedVersion, {
          status: input.status,
          ...changes,
          updated_at: clock.now(),
        });
        if (!moved) throw new AppError('conflict', 'The referral changed since you read it: reload and try again');
        await touchCase(tx, row.id, clock.now());
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.nrm.update', {
            subject: { type: 'casework_case', id: row.id },
            details: { referralId: referral.id, from: referral.status, to: input.status, on: input.on },
          }),
        );
      });
    },

    /** For the case page, beside the case's own read (which is the audited one). */
    async partsOf(actor: StaffActor, id: string) {
      await requireCasework(deps, actor, 'casework.case.read', 'casework.read');
      const caseId = (await context.readableCase(db, actor, id)).id;
      const today = context.today();
      const [screenings, referrals] = await Promise.all([screeningsOf(db, caseId), nrmReferralsOf(db, caseId)]);
      return {
        screenings: screenings.map((s) => {
          const opened = openJson(sealer, 'screening', s.id, s.answers_sealed) as {
            answers: Record<CceIndicator, ScreeningAnswer>;
            notes: string | null;
          };
          return {
            id: s.id,
            riskLevel: s.risk_level,
            riskLevelLabel: riskLevelLabels[s.risk_level],
            reasons: assessScreening(opened.answers).reasons,
            answers: opened.answers,
            notes: opened.notes,
            screenedAt: s.screened_at.toISOString(),
          };
        }),
        nrmReferrals: referrals.map((r) => ({
          id: r.id,
          kind: r.kind,
          consent: r.consent,
          firstResponder: r.first_responder,
          exploitationTypes: r.exploitation_types,
          countyLines: r.county_lines,
          status: r.status,
          submittedOn: r.submitted_on,
          rgDecidedOn: r.rg_decided_on,
          cgDecidedOn: r.cg_decided_on,
          version: r.version,
          ...nrmDates(
            calendar,
            {
              kind: r.kind,
              status: r.status,
              submittedOn: r.submitted_on,
              rgDecidedOn: r.rg_decided_on,
              rgPositive: r.rg_positive,
            },
            today,
          ),
        })),
      };
    },
  };
}

export type ScreeningNrmService = ReturnType<typeof createScreeningNrmService>;
