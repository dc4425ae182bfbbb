import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// s.23 warrants (issue 14, item 2): the application cites graded intelligence the applicant may
// read, warns on uncorroborated anonymous grounds (PACE Code B), needs the undermining material;
// an inspector other than the applicant authorises; the court issues; bad entries (before issue,
// after expiry, stale) change nothing; children present flag a referral; expiry raises an alert.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const inspector = testActor('inspector-1', ['intelligence_supervisor']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('operations: s.23 warrants', () => {
  const staff = useStaffAppByHeader({ analyst, officer });
  let anonymous = '';
  let officerIntel = '';
  let ungraded = '';

  async function graded(sourceType: 'public_anonymous' | 'officer', source: '1' | '2', assessment: 'A' | 'C') {
    const intel = await staff.system.services.intelligence.create(analyst, {
      submissionId: null,
      sourceType,
      originalText: 'Dealing from the ground-floor flat',
      priority: 'high',
    });
    await staff.system.services.intelligenceWorkflow.evaluate(analyst, intel.id, {
      grade: { source, assessment, handling: 'P', conditions: null },
      sourceEvaluationReason: 'As received',
      sanitisedText: `Dealing from 12 Example Road (${sourceType}).`,
      assessment: 'Supply from the address.',
      priority: 'high',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: 1,
    });
    return intel.id;
  }

  const application = (intelligenceIds: string[]) => ({
    intelligenceIds,
    premises: 'Flat 1, 12 Example Road, St Albans AL1 1AA',
    personEntityIds: [],
    searchPersonsFound: true,
    drugsSought: ['crack_cocaine' as const, 'heroin' as const],
    entriesSought: 1,
    grounds: 'Graded intelligence of class A supply from the flat over the last fortnight.',
    undermining: 'The tenant is a vulnerable adult who may be cuckooed rather than dealing.',
    plannedExecutionOn: '2026-11-28',
  });

  before(async () => {
    anonymous = await graded('public_anonymous', '2', 'C');
    officerIntel = await graded('officer', '1', 'A');
    ungraded = (
      await staff.system.services.intelligence.create(analyst, {
        submissionId: null,
        sourceType: 'officer',
        originalText: 'Not graded yet',
        priority: 'low',
      })
    ).id;
  });

  const warrants = () => staff.system.services.operations.warrants;
  const warrantCount = async () =>
    Number(
      (
        await staff.system.services.db
          .selectFrom('ops_warrants')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('uncorroborated anonymous grounds are warned about and need a corroboration note', async () => {
    const alone = await warrants().intelligenceFor(analyst, [anonymous]);
    assert.match(alone.warning ?? '', /PACE Code B/);
    assert.deepEqual(
      alone.items.map((i) => `${i.source}${i.assessment}${i.handling}`),
      ['2CP'],
    );
    assert.equal((await warrants().intelligenceFor(analyst, [anonymous, officerIntel])).warning, null);
    await assert.rejects(warrants().apply(analyst, application([anonymous])), (e: unknown) => {
      return isCode('validation_failed')(e) && (e as AppError).fieldErrors[0]?.field === 'corroborationNote';
    });
    await assert.rejects(warrants().apply(analyst, application([ungraded])), isCode('validation_failed'));
    // An officer may only cite what was disseminated to their team.
    await assert.rejects(warrants().apply(officer, application([officerIntel])), (e: unknown) => {
      return isCode('validation_failed')(e) && (e as AppError).fieldErrors[0]?.field === 'intelligenceIds';
    });
    const noUndermining = await staff.app.inject({
      method: 'POST',
      url: '/api/operations/warrants',
      headers: { 'x-test-actor': 'analyst' },
      payload: { ...application([officerIntel]), undermining: '' },
    });
    assert.equal(noUndermining.statusCode, 400);
    assert.match(noUndermining.headers['content-type'] ?? '', /problem\+json/);
    assert.match(noUndermining.body, /undermines the application/);
    assert.equal(await warrantCount(), 0);
  });

  test('application → inspector (not the applicant) → court → entry → endorsed return', async () => {
    const { id } = await warrants().apply(analyst, {
      ...application([anonymous, officerIntel]),
    });
    let warrant = await warrants().get(officer, id);
    assert.equal(warrant.status, 'awaiting_authorisation');
    assert.match(warrant.reference, /^W-2026-\d{4}$/);
    assert.deepEqual(warrant.intelligence.map((i) => i.grade).sort(), ['1AP', '2CP']);
    // The officer may read the warrant but not the undisseminated intelligence texts behind it.
    assert.deepEqual(
      warrant.intelligence.map((i) => i.sanitisedText),
      [null, null],
    );
    await assert.rejects(
      warrants().authorise(analyst, id, { note: 'Looks fine', expectedVersion: 1 }),
      isCode('forbidden'),
    );
    const own = await warrants().apply(inspector, application([officerIntel]));
    await assert.rejects(
      warrants().authorise(inspector, own.id, { note: 'My own application', expectedVersion: 1 }),
      isCode('forbidden'),
    );
    await warrants().authorise(inspector, id, { note: 'Grounds corroborated by an officer', expectedVersion: 1 });
    await assert.rejects(
      warrants().decide(analyst, id, {
        decision: 'issued',
        court: 'St Albans',
        decidedOn: '2026-11-27',
        expectedVersion: 2,
      }),
      isCode('validation_failed'),
    );
    await warrants().decide(analyst, id, {
      decision: 'issued',
      court: 'St Albans Magistrates’ Court',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
    warrant = await warrants().get(analyst, id);
    assert.equal(warrant.status, 'issued');
    assert.equal(warrant.expiry?.expiresAt, '2026-12-26T00:00:00.000Z');
    assert.equal(warrant.court?.validityMonths, 1);

    const entry = {
      executedAt: '2026-11-25T06:00:00Z',
      entryMethod: 'forced' as const,
      officersPresent: 'PC 101, PC 102',
      personsPresent: 'Two adults and a child',
      childrenPresent: true,
      vulnerableAdultsPresent: false,
      forceUsed: 'Door opened with an enforcer: no answer',
      damage: 'Front door frame',
      articlesFound: true,
      itemsSeized: '14 wraps of crack cocaine, two phones, £1,200 cash',
      expectedVersion: 3,
    };
    await assert.rejects(warrants().recordEntry(analyst, id, entry), (e: unknown) => {
      return isCode('validation_failed')(e) && (e as AppError).message.includes('before the warrant was issued');
    });
    await assert.rejects(
      warrants().recordEntry(analyst, id, { ...entry, executedAt: '2026-11-26T06:00:00Z', expectedVersion: 1 }),
      isCode('conflict'),
    );
    warrant = await warrants().get(analyst, id);
    assert.equal(warrant.entries.length, 0);
    assert.equal(warrant.version, 3);
    const done = await warrants().recordEntry(analyst, id, { ...entry, executedAt: '2026-11-26T06:00:00Z' });
    assert.equal(done.safeguardingReferralNeeded, true);
    warrant = await warrants().get(analyst, id);
    assert.equal(warrant.status, 'executed');
    assert.equal(warrant.entries[0]?.safeguardingReferralNeeded, true);
    await warrants().endorseReturn(analyst, id, {
      endorsement: 'Articles sought found: crack cocaine. Also seized: phones and cash.',
      returnedOn: '2026-11-26',
      expectedVersion: 4,
    });
    assert.equal((await warrants().get(analyst, id)).status, 'returned');
    const actions = await staff.system.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .execute();
    const trace = await warrants().ledTo(analyst, officerIntel);
    assert.ok(trace.warrants.some((w) => w.id === id && w.status === 'returned'));
    await assert.rejects(warrants().ledTo(officer, officerIntel), isCode('not_found_or_no_access'));
    for (const action of ['apply', 'authorise', 'decide', 'execute', 'return', 'read']) {
      assert.ok(
        actions.some((a) => a.action === `operations.warrant.${action}`),
        action,
      );
    }
  });

  test('an expired warrant cannot be executed, and an unexecuted one raises an alert', async () => {
    const { id } = await warrants().apply(analyst, application([officerIntel]));
    await warrants().authorise(inspector, id, { note: 'Authorised', expectedVersion: 1 });
    await warrants().decide(analyst, id, {
      decision: 'issued',
      court: 'St Albans',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
    staff.system.clock.advance(31 * 86_400_000);
    const late = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/warrants/${id}/entries`,
      headers: { 'x-test-actor': 'analyst' },
      payload: {
        executedAt: '2026-12-27T06:00:00Z',
        entryMethod: 'key',
        officersPresent: 'PC 101',
        personsPresent: 'Nobody',
        childrenPresent: false,
        vulnerableAdultsPresent: false,
        articlesFound: false,
        itemsSeized: 'None',
        expectedVersion: 3,
      },
    });
    assert.equal(late.statusCode, 409);
    assert.match(late.headers['content-type'] ?? '', /problem\+json/);
    assert.match(late.body, /expired/);
    const { expired } = await warrants().expireDue();
    assert.deepEqual(expired, [id]);
    const listed = (await warrants().list(officer)).find((w) => w.id === id);
    assert.equal(listed?.status, 'expired');
    assert.match(listed.alert ?? '', /Expired without being executed/);
    await assert.rejects(warrants().list(partner), isCode('forbidden'));
  });
});
