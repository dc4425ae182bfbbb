import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findTeamIdsOf, listActiveStaffWithRoles } from '../users/index.ts';
import { subjectKeyInput, type CaseSubject, type SubjectKind } from './case.ts';
import { sealJson } from './casework-sealing.ts';
import { findOpenCaseBySubjectKey, insertCase, insertConcern, touchCase } from './casework.repository.ts';

export type CaseIntakeDeps = { sealer: Sealer; blindIndex: BlindIndex; audit: AuditTrail; clock: Clock };

export type OperationalConcern = {
  subjectKind: SubjectKind;
  subject: CaseSubject;
  /** The warrant entry or the arrest the concern arose from. */
  source: 'warrant' | 'arrest';
  sourceId: string;
  summary: string;
  receivedAt: Date;
  /**
   * For people present at a warrant who are not identified: a key that keeps one case per
   * warrant entry and kind, instead of one per (unknown) person.
   */
  unidentifiedKey?: string;
};

/**
 * The team a case opened from operations goes to (there is no configured intake team): of the
 * teams active safeguarding leads belong to, one the officer is in too, else the only one there
 * is (the unit's safeguarding hub); with several and none shared, no team, so every lead sees it
 * rather than the wrong team alone.
 */
export async function intakeTeamFor(tx: DbOrTx, actor: StaffActor): Promise<string | null> {
  const leads = await listActiveStaffWithRoles(tx, ['safeguarding_lead']);
  const teamsOf = await findTeamIdsOf(
    tx,
    leads.map((l) => l.id),
  );
  const leadTeams = [...new Set([...teamsOf.values()].flat())].sort();
  const shared = leadTeams.find((t) => actor.teamIds.includes(t));
  return shared ?? (leadTeams.length === 1 ? (leadTeams[0] ?? null) : null);
}

/**
 * Opens a safeguarding case, or adds the concern to the one open for the person, inside the
 * caller's unit of work (operations records the warrant entry or arrest in the same
 * transaction, so both land or neither does). The officer needs no casework permission: the
 * case is the safeguarding lead's; the officer learns only the case id and whether it joined.
 */
export async function openCaseFromOperations(
  tx: DbOrTx,
  deps: CaseIntakeDeps,
  actor: StaffActor,
  concern: OperationalConcern,
): Promise<{ caseId: string; joined: boolean }> {
  const keyInput = concern.unidentifiedKey ?? subjectKeyInput(concern.subject);
  const subjectKey = deps.blindIndex('casework-subject', keyInput);
  const existing = await findOpenCaseBySubjectKey(tx, subjectKey);
  const caseId = existing?.id ?? randomUUID();
  const now = deps.clock.now();
  if (existing) {
    await touchCase(tx, caseId, now);
  } else {
    await insertCase(tx, {
      id: caseId,
      subject_kind: concern.subjectKind,
      subject_key: subjectKey,
      subject_sealed: sealJson(deps.sealer, 'subject', caseId, concern.subject),
      person_entity_id: concern.subject.personEntityId,
      team_id: await intakeTeamFor(tx, actor),
      referral_received_at: concern.receivedAt,
      opened_by: actor.userId,
      opened_at: now,
      updated_at: now,
    });
  }
  const concernId = randomUUID();
  await insertConcern(tx, {
    id: concernId,
    case_id: caseId,
    source: concern.source,
    source_id: concern.sourceId,
    summary_sealed: sealJson(deps.sealer, 'concern', concernId, concern.summary),
    received_at: concern.receivedAt,
    recorded_by: actor.userId,
    recorded_at: now,
  });
  await deps.audit.record(
    tx,
    auditEventBy(actor, existing ? 'casework.concern.join' : 'casework.case.open', {
      subject: { type: 'casework_case', id: caseId },
      details: { concernId, source: concern.source, sourceId: concern.sourceId },
    }),
  );
  return { caseId, joined: existing !== undefined };
}
