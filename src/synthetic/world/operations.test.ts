import assert from 'node:assert/strict';
import { test } from 'node:test';
import { controlledDrugs } from '../../modules/operations/index.ts';
import { addDays } from './days.ts';
import { demoWorldOptions } from './demo-world.ts';
import { generateWorld, type GeneratedWorld } from './generate-world.ts';
import { WARRANT_VALIDITY_DAYS } from './operations.ts';

// The world's operational history agrees with its ground truth: who is arrested, where warrants
// are executed, which line a seized phone belongs to, and the order of a child's NRM note and
// charge. Checked over several seeds and the demo's own world.

const worlds: GeneratedWorld[] = [
  ...[1, 2, 3, 4, 5, 6].map((seed) => generateWorld({ seed, reports: 400 })),
  generateWorld(demoWorldOptions),
];

test('the same seed gives the same operational history', () => {
  assert.equal(
    JSON.stringify(generateWorld({ seed: 3, reports: 400 }).operations),
    JSON.stringify(worlds[2]?.operations),
  );
});

test('targets are the lines’ own adults, never the children or adults they exploit', () => {
  for (const { world, groundTruth, operations } of worlds) {
    const exploited = new Set([
      ...groundTruth.exploitedChildren.map((c) => c.personId),
      ...groundTruth.exploitedAdults.map((a) => a.personId),
    ]);
    assert.ok(operations.targets.length >= world.lines.length);
    for (const target of operations.targets) {
      const line = groundTruth.lines.find((l) => l.lineId === target.lineId);
      assert.ok(line, 'the target’s line is in the ground truth');
      assert.ok([line.holderId, ...line.driverIds, ...line.runnerIds].includes(target.personId));
      assert.ok(!exploited.has(target.personId), `${target.personId} is exploited, not a target`);
    }
    for (const line of groundTruth.lines) {
      assert.ok(operations.targets.some((t) => t.personId === line.holderId && t.role === 'line_holder'));
    }
  }
});

test('warrants are for the line’s real trap houses, on reports about them, executed within validity', () => {
  let executed = 0;
  for (const { world, reports, groundTruth, operations } of worlds) {
    const addresses = new Set(world.addresses.map((a) => a.id));
    const submitted = new Map(reports.map((r) => [r.id, r.submittedOn]));
    const lastDay = addDays(world.startDay, world.days - 1);
    for (const warrant of operations.warrants) {
      assert.ok(addresses.has(warrant.addressId), 'the premises are an address of the world');
      const trap = groundTruth.trapHouses.find((t) => t.lineId === warrant.lineId && t.addressId === warrant.addressId);
      assert.ok(trap, 'the premises are a trap house of the warrant’s line');
      assert.ok(warrant.groundReportIds.length >= 1);
      for (const reportId of warrant.groundReportIds) {
        const truth = groundTruth.reports.find((r) => r.reportId === reportId);
        assert.equal(truth?.lineId, warrant.lineId);
        assert.ok(truth.addressIds.includes(warrant.addressId));
        assert.ok((submitted.get(reportId) ?? '9999') <= warrant.appliedOn, 'reported before the application');
      }
      assert.ok(warrant.appliedOn <= warrant.issuedOn);
      assert.equal(warrant.expiresOn, addDays(warrant.issuedOn, WARRANT_VALIDITY_DAYS - 1));
      const line = world.lines.find((l) => l.id === warrant.lineId);
      for (const personId of warrant.personIds) {
        assert.equal(world.people.find((p) => p.id === personId)?.lineId, warrant.lineId);
      }
      assert.ok(warrant.drugsSought.every((d) => d in controlledDrugs));
      assert.ok(line);
      if (warrant.status === 'executed') {
        executed += 1;
        assert.ok(warrant.executedOn !== null);
        assert.ok(warrant.issuedOn <= warrant.executedOn && warrant.executedOn <= warrant.expiresOn);
        assert.ok(trap.from <= warrant.executedOn && warrant.executedOn <= trap.to, 'the line still used the house');
        assert.ok(warrant.executedOn <= lastDay);
      } else {
        assert.equal(warrant.executedOn, null);
        assert.equal(warrant.status === 'expired', warrant.expiresOn <= lastDay);
      }
    }
  }
  assert.ok(executed >= 5, `only ${String(executed)} warrants executed over the worlds`);
});

test('every arrest is of the line’s person in the ground truth; a child’s NRM and s.45 note comes before the charge', () => {
  let children = 0;
  for (const { world, groundTruth, operations } of worlds) {
    for (const arrest of operations.arrests) {
      const person = world.people.find((p) => p.id === arrest.personId);
      assert.ok(person, 'the arrested person exists');
      assert.equal(person.lineId, arrest.lineId);
      const line = groundTruth.lines.find((l) => l.lineId === arrest.lineId);
      assert.ok(line && [line.holderId, ...line.driverIds, ...line.runnerIds].includes(arrest.personId));
      assert.equal(arrest.child, person.age < 18);
      assert.ok(
        !groundTruth.trapHouses.some((t) => t.residentId === arrest.personId),
        'a cuckooed resident is not arrested',
      );
      if (arrest.warrantId !== null) {
        const warrant = operations.warrants.find((w) => w.id === arrest.warrantId);
        assert.equal(warrant?.executedOn, arrest.on);
        assert.equal(warrant.addressId, arrest.addressId);
        if (arrest.child) assert.equal(warrant.childrenPresent, true);
      }
      const charges = operations.charges.filter((c) => c.arrestId === arrest.id);
      assert.ok(charges.length >= 1, 'every arrest has a charging decision');
      for (const charge of charges) {
        assert.ok(Number.isInteger(charge.outcomeType) && charge.outcomeType >= 1 && charge.outcomeType <= 22);
        assert.ok(charge.decidedOn >= arrest.on);
      }
      if (arrest.child) {
        children += 1;
        assert.ok(arrest.exploited);
        assert.ok(arrest.nrmS45ConsideredOn !== null);
        for (const charge of charges) assert.ok(arrest.nrmS45ConsideredOn < charge.decidedOn);
      } else {
        assert.equal(arrest.nrmS45ConsideredOn, null);
      }
    }
    assert.ok(operations.charges.every((c) => operations.arrests.some((a) => a.id === c.arrestId)));
  }
  assert.ok(children >= 3, `only ${String(children)} child arrests over the worlds`);
});

test('seized phones hold their line’s number on the day; vehicles are the line’s; disruptions rest on records', () => {
  let phones = 0;
  for (const { world, operations } of worlds) {
    for (const seizure of operations.seizures) {
      const line = world.lines.find((l) => l.id === seizure.lineId);
      assert.ok(line);
      if (seizure.warrantId !== null) {
        assert.equal(operations.warrants.find((w) => w.id === seizure.warrantId)?.executedOn, seizure.on);
      }
      if (seizure.arrestId !== null) {
        assert.equal(operations.arrests.find((a) => a.id === seizure.arrestId)?.on, seizure.on);
      }
      for (const item of seizure.items) {
        if (item.kind === 'phone') {
          phones += 1;
          assert.equal(item.lineId, seizure.lineId);
          const number = line.numbers.find((n) => n.e164 === item.number);
          assert.ok(number, 'the seized phone’s number is one of its line’s');
          assert.ok(number.from <= seizure.on && seizure.on <= number.to, 'and in use on the day');
          for (const other of world.lines.filter((l) => l.id !== line.id)) {
            assert.ok(!other.numbers.some((n) => n.e164 === item.number));
          }
        }
        if (item.kind === 'vehicle') assert.ok(line.vehicleIds.includes(item.vehicleId));
        if (item.kind === 'drug') {
          assert.ok(item.drug in controlledDrugs);
          assert.ok(item.grams > 0);
        }
        if (item.kind === 'cash') assert.ok(Number.isInteger(item.amountPence) && item.amountPence > 0);
      }
    }
    for (const disruption of operations.disruptions) {
      const line = world.lines.find((l) => l.id === disruption.lineId);
      assert.ok(line);
      assert.ok(disruption.evidence.length >= 2);
      for (const e of disruption.evidence) {
        const found =
          e.kind === 'warrant'
            ? operations.warrants.find((w) => w.id === e.id && w.status === 'executed')
            : e.kind === 'arrest'
              ? operations.arrests.find((a) => a.id === e.id)
              : operations.seizures.find((s) => s.id === e.id);
        assert.equal(found?.lineId, disruption.lineId);
      }
      if (disruption.reopenedBy !== null) {
        const successor = line.numbers.find((n) => n.e164 === disruption.reopenedBy);
        assert.ok(successor && successor.from > disruption.on && successor.succeeds !== null);
      }
    }
  }
  assert.ok(phones >= 5);
});
