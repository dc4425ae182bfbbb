import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findAlert } from '../correlation/index.ts';
import { findEntitiesByIds } from '../pole/index.ts';
import { findReportWithSealedAnswers, isUuid } from '../reports/index.ts';
import {
  caseOpeningAlertKinds,
  subjectKeyInput,
  type CaseSubject,
  type ConcernSource,
  type SubjectKind,
} from './case.ts';
import { caseworkContext, invalid, type CaseworkDeps } from './casework-context.ts';
import { mayReadCase, requireCasework } from './casework.policy.ts';
import { presentCase, presentCaseSummary } from './casework.presenter.ts';
import {
  concernsOf,
  findOpenCaseBySubjectKey,
  insertCase,
  insertConcern,
  listOpenCases,
  touchCase,
  updateCaseAtVersion,
  type CaseChanges,
  type CaseRecord,
} from './casework.repository.ts';
import { sealJson } from './casework-sealing.ts';

/** Cases for a child or a vulnerable adult: open (or join), read, decide, close. */
export function createCaseworkService(deps: CaseworkDeps) {
  const { db, sealer, audit, clock, blindIndex } = deps;
  const context = caseworkContext(deps);
  const { today } = context;

  async function checkSource(source: ConcernSource, sourceId: string | undefined) {
    if (source === 'manual') return;
    if (!sourceId || !isUuid(sourceId)) throw invalid('sourceId', 'Give the report or alert the concern comes from');
    if (source === 'report') {
      const report = await findReportWithSealedAnswers(db, sourceId);
      if (!report || !(report.child_involved || report.vulnerable_adult_involved)) {
        throw invalid('sourceId', 'That report is not about a child or a vulnerable adult');
      }
      return;
    }
    const alert = await findAlert(db, sourceId);
    if (!alert || !(caseOpeningAlertKinds as readonly string[]).includes(alert.kind)) {
      throw invalid('sourceId', 'That alert is not a child exploitation or cuckooing alert');
    }
  }

  async function changeCase(
    actor: StaffActor,
    row: CaseRecord,
    expectedVersion: number,
    changes: CaseChanges,
    action: string,
    details: Record<string, unknown>,
  ) {
    await db.transaction().execute(async (tx) => {
      const changed = await updateCaseAtVersion(tx, row.id, expectedVersion, { ...changes, updated_at: clock.now() });
      if (!changed) throw new AppError('conflict', 'The case changed since you read it: reload and try again');
      await audit.record(tx, auditEventBy(actor, action, { subject: { type: 'casework_case', id: row.id }, details }));
    });
  }

  return {
    /** Open cases the reader may see, oldest referral first, each with its clocks. */
    async list(actor: StaffActor, options: { limit: number }) {
      await requireCasework(deps, actor, 'casework.case.list', 'casework.read');
      const rows = await listOpenCases(db, actor.teamIds, options.limit);
      const clocks = await context.clocksOf(rows);
      const now = today();
      const items = rows.map((row) => {
        const own = clocks.get(row.id);
        return presentCaseSummary(sealer, row, own?.clocks ?? [], own?.actions ?? [], now);
      });
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'casework.case.list', {
            details: { count: items.length, ids: items.map((i) => i.id) },
          }),
        ),
      );
      return items;
    },

    async get(actor: StaffActor, id: string) {
      await requireCasework(deps, actor, 'casework.case.read', 'casework.read');
      const row = await context.readableCase(db, actor, id);
      const [own, concerns] = await Promise.all([context.clocksOf([row]), concernsOf(db, row.id)]);
      const parts = own.get(row.id);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'casework.case.read', { subject: { type: 'casework_case', id: row.id } }),
          ),
        );
      return presentCase(sealer, row, {
        clocks: parts?.clocks ?? [],
        discussions: parts?.discussions ?? [],
        actions: parts?.actions ?? [],
        concerns,
        today: today(),
      });
    },

    /**
     * Opens a case for the person, or adds the concern to the case already open for them (one
     * open case per person). Answers the case's id and whether the concern joined an open case.
     */
    async open(
      actor: StaffActor,
      input: {
        subjectKind: SubjectKind;
        subject: CaseSubject;
        source: ConcernSource;
        sourceId?: string | undefined;
        summary: string;
        receivedAt?: string | undefined;
        teamId?: string | null | undefined;
      },
    ) {
      await requireCasework(deps, actor, 'casework.case.open', 'casework.manage');
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : clock.now();
      if (receivedAt.getTime() > clock.now().getTime()) {
        throw invalid('receivedAt', 'The referral cannot have arrived in the future');
      }
      if (input.subject.dateOfBirth && input.subject.dateOfBirth > today()) {
        throw invalid('subject.dateOfBirth', 'The date of birth must be in the past');
      }
      if (input.teamId && !actor.teamIds.includes(input.teamId)) {
        throw invalid('teamId', 'Give the case to a team you belong to, or to no team');
      }
      if (input.subject.personEntityId) {
        const [person] = await findEntitiesByIds(db, [input.subject.personEntityId]);
        if (person?.kind !== 'person') throw invalid('subject.personEntityId', 'Choose a person from the store');
      }
      await checkSource(input.source, input.sourceId);
      const subjectKey = blindIndex('casework-subject', subjectKeyInput(input.subject));
      return db.transaction().execute(async (tx) => {
        const existing = await findOpenCaseBySubjectKey(tx, subjectKey);
        if (existing && !mayReadCase(actor, existing)) {
          throw new AppError('conflict', 'This person already has an open case held by another team');
        }
        const caseId = existing?.id ?? randomUUID();
        const now = clock.now();
        if (!existing) {
          await insertCase(tx, {
            id: caseId,
            subject_kind: input.subjectKind,
            subject_key: subjectKey,
            subject_sealed: sealJson(sealer, 'subject', caseId, input.subject),
            person_entity_id: input.subject.personEntityId,
            team_id: input.teamId ?? null,
            referral_received_at: receivedAt,
            opened_by: actor.userId,
            opened_at: now,
            updated_at: now,
          });
        } else {
          await touchCase(tx, caseId, now);
        }
        const concernId = randomUUID();
        await insertConcern(tx, {
          id: concernId,
          case_id: caseId,
          source: input.source,
          source_id: input.source === 'manual' ? null : (input.sourceId ?? null),
          summary_sealed: sealJson(sealer, 'concern', concernId, input.summary),
          received_at: receivedAt,
          recorded_by: actor.userId,
          recorded_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, existing ? 'casework.concern.join' : 'casework.case.open', {
            subject: { type: 'casework_case', id: caseId },
            details: { concernId, source: input.source, sourceId: input.sourceId ?? null },
          }),
        );
        return { id: caseId, joined: existing !== undefined };
      });
    },

    /** The referral decision within its working day; a decision to hold a strategy discussion starts that clock. */
    async decide(
      actor: StaffActor,
      id: string,
      input: {
        decision: NonNullable<CaseRecord['referral_decision']>;
        strategyDiscussion: boolean;
        expectedVersion: number;
      },
    ) {
      await requireCasework(deps, actor, 'casework.case.decide', 'casework.manage');
      const row = await context.readableCase(db, actor, id);
      if (row.status !== 'open') throw new AppError('conflict', 'The case is closed');
      if (row.referral_decision !== null) throw new AppError('conflict', 'The referral has already been decided');
      const now = clock.now();
      await changeCase(
        actor,
        row,
        input.expectedVersion,
        {
          referral_decision: input.decision,
          referral_decided_at: now,
          ...(input.strategyDiscussion ? { strategy_required_at: now } : {}),
        },
        'casework.case.decide',
        { decision: input.decision, strategyDiscussion: input.strategyDiscussion },
      );
    },

    /** Records a milestone that stops a clock: the assessment completed, the conference held. */
    async recordMilestone(
      actor: StaffActor,
      id: string,
      input: { milestone: 'assessment_completed' | 'conference_held'; on: string; expectedVersion: number },
    ) {
      await requireCasework(deps, actor, 'casework.case.milestone', 'casework.manage');
      const row = await context.readableCase(db, actor, id);
      if (row.status !== 'open') throw new AppError('conflict', 'The case is closed');
      if (input.on > today()) throw invalid('on', 'The date cannot be in the future');
      if (input.on < londonDay(row.referral_received_at)) {
        throw invalid('on', 'The date cannot be before the referral arrived');
      }
      const changes: CaseChanges =
        input.milestone === 'assessment_completed'
          ? { assessment_completed_on: input.on }
          : { conference_held_on: input.on };
      await changeCase(actor, row, input.expectedVersion, changes, `casework.case.${input.milestone}`, {
        on: input.on,
      });
    },

    async close(actor: StaffActor, id: string, input: { reason: string; expectedVersion: number }) {
      await requireCasework(deps, actor, 'casework.case.close', 'casework.manage');
      const row = await context.readableCase(db, actor, id);
      if (row.status !== 'open') throw new AppError('conflict', 'The case is already closed');
      await changeCase(
        actor,
        row,
        input.expectedVersion,
        { status: 'closed', closed_reason: input.reason },
        'casework.case.close',
        {},
      );
    },
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
