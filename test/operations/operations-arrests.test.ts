import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Arrests, charges, outcomes and seizures (issue 14, item 3): a child's charging decision waits
// for "NRM and s.45 defence considered"; outcomes are Home Office types 1-22; seizures use the
// controlled vocabularies (a weight needs its unit) and a seized phone links to its deal line.

const officer = testActor('officer-1', ['officer']);
const safeguarding = testActor('safeguarding-1', ['safeguarding_lead']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });
const analyst = testActor('analyst-1', ['intelligence_analyst']);
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('operations: arrests, charges, outcomes and seizures', () => {
  const staff = useStaffAppByHeader({ officer });
  let world: NetworkWorld;
  let lineId = '';
  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    lineId = (
      await staff.system.services.dealLines.create(analyst, {
        phoneEntityId: world.networks[0]!.linePhone,
        brandName: 'the Blade line',
        urbanHub: null,
        status: 'confirmed',
        samples: [],
      })
    ).id;
  });
  const arrests = () => staff.system.services.operations.arrests;
  const chargeCount = async () =>
    Number(
      (
        await staff.system.services.db
          .selectFrom('ops_charges')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a child arrested needs "NRM and s.45 considered" before a charging decision', async () => {
    const blade = world.networks[0]!;
    const { id } = await arrests().create(officer, {
      personEntityId: blade.childRunner,
      arrestedAt: '2026-11-25T18:00:00Z',
      place: 'Hatfield Road, St Albans',
      suspectedOffence: 'mda_s5_3',
      childAtArrest: false,
    });
    let arrest = await arrests().get(officer, id);
    assert.equal(arrest.childAtArrest, true, 'the recorded age (15) makes it a child');
    assert.match(arrest.chargingBlocked ?? '', /NRM and the s\.45 defence/);
    await assert.rejects(
      arrests().charge(officer, id, { offence: 'mda_s5_3', outcomeType: 1, decidedOn: '2026-11-26' }),
      isCode('conflict'),
    );
    assert.equal(await chargeCount(), 0);
    await assert.rejects(
      arrests().considerNrm(officer, id, { note: 'Referred to the NRM as a first responder', expectedVersion: 9 }),
      isCode('conflict'),
    );
    await arrests().considerNrm(officer, id, {
      note: 'NRM referral made; s.45 defence raised with the CPS',
      expectedVersion: 1,
    });
    const outsideList = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/arrests/${id}/charges`,
      headers: { 'x-test-actor': 'officer' },
      payload: { offence: 'mda_s5_3', outcomeType: 23, decidedOn: '2026-11-26' },
    });
    assert.equal(outsideList.statusCode, 400);
    assert.match(outsideList.body, /outcome type from 1 to 22/);
    await arrests().charge(officer, id, { offence: 'mda_s5_3', outcomeType: 22, decidedOn: '2026-11-26' });
    arrest = await arrests().get(officer, id);
    assert.equal(arrest.chargingBlocked, null);
    assert.deepEqual(
      arrest.charges.map((c) => [c.offence, c.outcomeType, c.outcomeLabel]),
      [['mda_s5_3', 22, 'Diversionary, educational or intervention activity']],
    );
  });

  test('an adult is charged directly; seizures use the vocabularies and a phone links to its line', async () => {
    const blade = world.networks[0]!;
    const { id } = await arrests().create(officer, {
      personEntityId: blade.holder,
      arrestedAt: '2026-11-25T18:00:00Z',
      place: '10 Hatfield Road, St Albans',
      suspectedOffence: 'mda_s4_3',
      childAtArrest: false,
    });
    await arrests().charge(officer, id, { offence: 'mda_s4_3', outcomeType: 1, decidedOn: '2026-11-26' });
    const noUnit = await staff.app.inject({
      method: 'POST',
      url: '/api/operations/seizures',
      headers: { 'x-test-actor': 'officer' },
      payload: {
        arrestId: id,
        seizedAt: '2026-11-25T18:10:00Z',
        place: '10 Hatfield Road',
        items: [{ kind: 'drug', drug: 'crack_cocaine', form: 'rock', quantity: 12.5 }],
      },
    });
    assert.equal(noUnit.statusCode, 400);
    assert.match(noUnit.headers['content-type'] ?? '', /problem\+json/);
    assert.match(noUnit.body, /unit of the weight/);
    const seizure = await arrests().seize(officer, {
      arrestId: id,
      seizedAt: '2026-11-25T18:10:00Z',
      place: '10 Hatfield Road',
      items: [
        { kind: 'drug', drug: 'crack_cocaine', form: 'rock', quantity: 12.5, unit: 'g' },
        { kind: 'cash', amountPence: 120_000 },
        { kind: 'phone', number: '+447700900001' },
        { kind: 'weapon', description: 'Lock knife' },
      ],
    });
    assert.deepEqual(seizure.linkedDealLines, [lineId]);
    const arrest = await arrests().get(officer, id);
    const byKind = new Map(arrest.seizures.map((s) => [s.kind, s]));
    assert.equal(byKind.get('drug')?.drugClass, 'A');
    assert.equal(byKind.get('drug')?.quantity, 12.5);
    assert.equal(byKind.get('cash')?.cashPence, 120_000);
    assert.equal(byKind.get('phone')?.dealLineId, lineId);
    assert.equal(byKind.get('phone')?.phoneNumber, '+447700900001');
    assert.equal(byKind.get('phone')?.phoneEntityId, blade.linePhone);
  });

  test('partners and safeguarding record and read nothing', async () => {
    await assert.rejects(arrests().list(partner), isCode('forbidden'));
    await assert.rejects(
      arrests().create(safeguarding, {
        personEntityId: world.networks[1]!.holder,
        arrestedAt: '2026-11-25T18:00:00Z',
        place: 'Somewhere',
        suspectedOffence: 'mda_s4_3',
        childAtArrest: false,
      }),
      isCode('forbidden'),
    );
    assert.equal((await arrests().list(officer)).length, 2);
  });
});
