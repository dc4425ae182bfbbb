import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildActor, type StaffActor } from './actor.ts';
import type { Dissemination, DisseminationRecipient, HandlingCode } from './dissemination.ts';
import {
  canReadRecord,
  decideRecordAccess,
  requireReadableRecord,
  requireSensitiveAccess,
  type RecordAccessFacts,
} from './record-access.policy.ts';
import { roles, type Role } from './roles.ts';

const orgA = 'org-a';
const orgB = 'org-b';
const teamX = 'team-x';
const teamY = 'team-y';
const subject = { type: 'intelligence', id: 'IR-1' };

function actor(heldRoles: Role[], extra: Partial<Pick<StaffActor, 'teamIds' | 'partnerOrganisationId'>> = {}) {
  return buildActor({
    userId: 'u',
    displayName: 'U',
    roles: heldRoles,
    teamIds: extra.teamIds ?? [],
    partnerOrganisationId: extra.partnerOrganisationId ?? null,
  });
}

let sequence = 0;
function dissemination(
  recipient: DisseminationRecipient,
  code: HandlingCode = 'P',
  withdrawn = false,
  about = subject,
) {
  sequence += 1;
  const result: Dissemination = {
    id: `d${String(sequence)}`,
    subject: about,
    recipient,
    handlingCode: code,
    conditions: code === 'C' ? `Condition ${String(sequence)}` : null,
    reason: 'policing purpose',
    disseminatedBy: 'sup',
    disseminatedAt: new Date(0),
    withdrawnAt: withdrawn ? new Date(1) : null,
  };
  return result;
}

function record(disseminations: Dissemination[], extra: Partial<RecordAccessFacts> = {}): RecordAccessFacts {
  return { subject, readPermission: 'report.read', handlingCode: 'P', disseminations, ...extra };
}

const toA = (code: HandlingCode = 'P', withdrawn = false) =>
  dissemination({ kind: 'partner_organisation', partnerOrganisationId: orgA }, code, withdrawn);
const toB = () => dissemination({ kind: 'partner_organisation', partnerOrganisationId: orgB });
const toTeamX = (code: HandlingCode = 'P') => dissemination({ kind: 'team', teamId: teamX }, code);

test('a partner-agency user reads exactly what is disseminated to their organisation, nothing else', () => {
  // Every combination of dissemination sets, against partner users of organisation A who
  // also sit in teams that records were disseminated to.
  const options = [
    toA(),
    toA('C'),
    toA('P', true),
    toB(),
    toTeamX(),
    dissemination({ kind: 'partner_organisation', partnerOrganisationId: orgA }, 'P', false, {
      type: 'intelligence',
      id: 'IR-2',
    }),
  ];
  const partners = [
    actor(['partner_agency'], { partnerOrganisationId: orgA }),
    actor(['partner_agency'], { partnerOrganisationId: orgA, teamIds: [teamX, teamY] }),
  ];
  for (let mask = 0; mask < 1 << options.length; mask += 1) {
    const chosen = options.filter((_, i) => (mask & (1 << i)) !== 0);
    const expected = chosen.some(
      (d) =>
        d.withdrawnAt === null &&
        d.subject.id === subject.id &&
        d.recipient.kind === 'partner_organisation' &&
        d.recipient.partnerOrganisationId === orgA,
    );
    for (const partner of partners) {
      for (const readPermission of ['report.read', 'intelligence.read_disseminated', null] as const) {
        assert.equal(canReadRecord(partner, record(chosen, { readPermission })), expected, `mask ${String(mask)}`);
      }
    }
  }
});

test('a partner user can never read through a police permission, even one that names their role', () => {
  const partner = actor(['partner_agency'], { partnerOrganisationId: orgA });
  assert.equal(canReadRecord(partner, record([], { readPermission: 'intelligence.read_disseminated' })), false);
});

test('police staff read through their role, within any team restriction', () => {
  const analyst = actor(['intelligence_analyst'], { teamIds: [teamY] });
  assert.deepEqual(decideRecordAccess(analyst, record([])), { allowed: true, via: 'role', conditions: [] });
  assert.equal(canReadRecord(analyst, record([], { restrictedToTeamIds: [teamX] })), false);
  assert.equal(canReadRecord(analyst, record([], { restrictedToTeamIds: [teamX, teamY] })), true);
  for (const role of roles) {
    const expected = ['intelligence_analyst', 'intelligence_supervisor'].includes(role);
    const someone = actor([role], role === 'partner_agency' ? { partnerOrganisationId: orgA } : {});
    assert.equal(canReadRecord(someone, record([])), expected, role);
  }
});

test('police staff without the permission read only what reached one of their teams, with its conditions', () => {
  const officer = actor(['officer'], { teamIds: [teamX] });
  assert.equal(canReadRecord(officer, record([toA(), toB()])), false);
  const shared = toTeamX('C');
  assert.deepEqual(decideRecordAccess(officer, record([shared])), {
    allowed: true,
    via: 'team_dissemination',
    conditions: [shared.conditions],
  });
  const callHandler = actor(['call_handler'], { teamIds: [teamX] });
  assert.equal(canReadRecord(callHandler, record([toTeamX()])), false, 'needs intelligence.read_disseminated');
});

test('a refusal is "not found or no access", the same as a missing record', () => {
  const officer = actor(['officer']);
  assert.throws(() => requireReadableRecord(officer, record([])), { code: 'not_found_or_no_access' });
  assert.throws(() => requireReadableRecord(officer, undefined), { code: 'not_found_or_no_access' });
});

test('a sensitive field needs its own permission and a stated reason every time', () => {
  const analyst = actor(['intelligence_analyst']);
  const officer = actor(['officer']);
  assert.equal(
    requireSensitiveAccess(analyst, 'report.read_sensitive', '  Safeguarding call-back  '),
    'Safeguarding call-back',
  );
  assert.throws(() => requireSensitiveAccess(analyst, 'report.read_sensitive', undefined), {
    code: 'validation_failed',
  });
  assert.throws(() => requireSensitiveAccess(analyst, 'report.read_sensitive', 'ok'), { code: 'validation_failed' });
  assert.throws(() => requireSensitiveAccess(officer, 'report.read_sensitive', 'I would like to see it'), {
    code: 'forbidden',
  });
  const partner = actor(['partner_agency'], { partnerOrganisationId: orgA });
  assert.throws(() => requireSensitiveAccess(partner, 'report.read_sensitive', 'Child protection conference'), {
    code: 'forbidden',
  });
});
