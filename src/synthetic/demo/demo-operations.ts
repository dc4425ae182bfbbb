import type { Services } from '../../main/services.ts';
import type { StaffActor } from '../../modules/access/index.ts';
import { createOperationsServices, type OperationsServices } from '../../modules/operations/index.ts';

// The demo unit's operational history (issue 14): targets drawn from the deal lines' people with
// their computed priorities, an operation with its tasks, s.23 warrants in several states, an
// executed warrant with its seizures and arrests, charges with Home Office outcomes, a line
// disrupted with that evidence and the intelligence behind it closed with its result. Everything
// goes through the operations and deal-lines services as the demo accounts of the right roles, so
// permissions and the audit trail apply; each step runs on a clock set to its day in recent weeks.

export type DemoStaff = { analyst: StaffActor; supervisor: StaffActor; officer: StaffActor };

export type DemoOperationsSummary = {
  targets: number;
  operations: number;
  tasks: number;
  warrants: Record<string, number>;
  arrests: number;
  charges: number;
  seizures: number;
  disruptedLines: number;
  closedIntelligence: number;
};

const dayMs = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const court = 'Demo Magistrates’ Court (fictional)';

type LinePerson = { personEntityId: string; role: string; victim: boolean; child: boolean; lineId: string };

export async function loadDemoOperations(services: Services, staff: DemoStaff): Promise<DemoOperationsSummary> {
  const now = services.clock.now().getTime();
  /** The operations services as they were `days` ago (at `hour` UTC): the steps keep their dates. */
  const ago = (days: number, hour = 10): OperationsServices => {
    const at = new Date(Date.UTC(...utcDay(now - days * dayMs), hour));
    return createOperationsServices({
      ...services,
      clock: { now: () => at },
      warrantValidityMonths: services.config.warrantValidityMonths,
    });
  };
  const dayAgo = (days: number) => dayOf(new Date(now - days * dayMs));
  const atAgo = (days: number, hour: number) => new Date(Date.UTC(...utcDay(now - days * dayMs), hour)).toISOString();
  const { analyst, supervisor, officer } = staff;

  // The deal lines and their people, as the analyst sees them on each line's page.
  const lines = await services.dealLines.list(analyst, { statuses: ['confirmed'], limit: 10 });
  const profiles = [];
  for (const line of lines) profiles.push(await services.dealLineProfiles.profile(analyst, line.id));
  const people: LinePerson[] = profiles.flatMap((p) =>
    p.people
      .filter((m) => m.removedAt === null)
      .map((m) => ({
        personEntityId: m.personEntityId,
        role: m.role,
        victim: m.victim,
        child: m.recordedAsChild,
        lineId: p.id,
      })),
  );
  const rank = (p: LinePerson) => ['line_holder', 'driver', 'runner'].indexOf(p.role) + (p.child ? 10 : 0);
  const unique = [...new Map(people.map((p) => [p.personEntityId, p])).values()].sort((a, b) => rank(a) - rank(b));
  const busiest = profiles.find((p) => p.numbers.some((n) => n.current)) ?? profiles[0];
  if (!busiest || unique.length === 0) throw new Error('the demo deal lines have no people to target');
  const lineNumber = busiest.numbers.find((n) => n.current)?.number;

  // Targets: the lines' adults first; the first target's priority adjusted at the TT&CG.
  const chosen = unique.slice(0, 4);
  const targetIds: string[] = [];
  for (const [index, person] of chosen.entries()) {
    const { id } = await ago(35 - index * 4).targets.create(analyst, {
      personEntityId: person.personEntityId,
      rationale: `Named as ${person.role.replace('_', ' ')} on a deal line in graded intelligence`,
      reviewOn: dayAgo(-28 + index * 3),
    });
    targetIds.push(id);
  }
  const first = targetIds[0];
  if (first) {
    const target = await ago(24).targets.get(supervisor, first);
    await ago(24).targets.adjust(supervisor, first, {
      adjustment: 15,
      reason: 'TT&CG: fresh reports of a knife carried at the handover point',
      expectedVersion: target.version,
    });
  }

  // The operation and its tasks: one done with a result, one overdue, one due this week.
  const ops = ago(30);
  const operation = await ops.tasking.create(analyst, {
    name: 'Operation Kestrel (demo)',
    objective: 'Disrupt the line supplying the town centre and safeguard the children it runs',
  });
  let version = 1;
  for (const targetId of targetIds.slice(0, 3)) {
    await ops.tasking.addMember(analyst, operation.id, { kind: 'target', targetId, expectedVersion: version++ });
  }
  await ops.tasking.addMember(analyst, operation.id, {
    kind: 'deal_line',
    dealLineId: busiest.id,
    expectedVersion: version++,
  });
  const { teams, officers } = await ops.tasking.assignees(analyst);
  const team = teams.find((t) => t.name === 'Neighbourhood policing') ?? teams[0];
  const officerId = officers.find((o) => o.id === officer.userId)?.id ?? officer.userId;
  const task = (title: string, detail: string, dueDaysAgo: number, toTeam: boolean) =>
    ops.tasking.addTask(analyst, operation.id, {
      title,
      detail,
      assigneeKind: toTeam && team ? 'team' : 'officer',
      assigneeId: toTeam && team ? team.id : officerId,
      dueOn: dayAgo(dueDaysAgo),
      expectedVersion: version++,
    });
  const done = await task('Observations at the handover point', 'Two evenings, note vehicles and times', 14, true);
  await task('Visit the cuckooed flat’s tenant', 'Welfare visit with the housing officer', 5, false);
  await task('Prepare the TT&CG update', 'Priorities and results for the next meeting', -3, false);
  const doneTask = (await ago(12).tasking.get(analyst, operation.id)).tasks.find((t) => t.id === done.id);
  await ago(12).tasking.recordResult(officer, done.id, {
    status: 'done',
    result: 'Grey hatchback seen twice at 19:00; registration passed to the intelligence unit',
    expectedVersion: doneTask?.version ?? 1,
  });

  // Warrants from the graded intelligence the analyst may cite.
  const { items } = await ago(0).warrants.intelligenceFor(analyst, []);
  const cite = (i: number) => [items[i % Math.max(items.length, 1)]?.id ?? ''].filter((id) => id !== '');
  const intelForExecuted = cite(0);
  const application = (premises: string, persons: string[], intelligenceIds: string[], plannedOn: string) => ({
    intelligenceIds,
    premises,
    personEntityIds: persons,
    searchPersonsFound: true,
    drugsSought: ['crack_cocaine' as const, 'heroin' as const],
    entriesSought: 1,
    grounds: 'Graded intelligence of class A drugs supplied from the premises by the line’s runners',
    undermining: 'One source has not reported on this address before; nothing else known undermines it',
    corroborationNote: 'Corroborated by two neighbourhood officers’ observations of short visits',
    plannedExecutionOn: plannedOn,
  });
  const warrantVersion = async (id: string) => (await ago(0).warrants.get(analyst, id)).version;
  const targetPeople = chosen.map((p) => p.personEntityId);

  // Executed: applied 22 days ago, authorised, issued, entered at dawn 18 days ago.
  const executed = await ago(22).warrants.apply(
    analyst,
    application('Flat 4, Canal View (demo address)', targetPeople.slice(0, 2), intelForExecuted, dayAgo(18)),
  );
  await ago(21).warrants.authorise(supervisor, executed.id, {
    note: 'Grounds corroborated; proportionate',
    expectedVersion: await warrantVersion(executed.id),
  });
  await ago(20).warrants.decide(analyst, executed.id, {
    decision: 'issued',
    court,
    decidedOn: dayAgo(20),
    expectedVersion: await warrantVersion(executed.id),
  });
  await ago(18, 9).warrants.recordEntry(officer, executed.id, {
    executedAt: atAgo(18, 6),
    entryMethod: 'forced',
    officersPresent: 'Six officers of the neighbourhood team',
    personsPresent: 'Two adults',
    childrenPresent: false,
    vulnerableAdultsPresent: false,
    forceUsed: 'Door opened with an enforcer after no answer',
    damage: 'Front door frame',
    articlesFound: true,
    itemsSeized: 'Wraps of crack cocaine and heroin, cash, two phones',
    expectedVersion: await warrantVersion(executed.id),
  });
  const seizure = await ago(18, 9).arrests.seize(officer, {
    warrantId: executed.id,
    seizedAt: atAgo(18, 7),
    place: 'Flat 4, Canal View (demo address)',
    items: [
      { kind: 'drug', drug: 'crack_cocaine', form: 'wraps', quantity: 14.2, unit: 'g' },
      { kind: 'drug', drug: 'heroin', form: 'wraps', quantity: 9.5, unit: 'g' },
      { kind: 'cash', amountPence: 184_000 },
      { kind: 'phone', number: lineNumber, description: 'Black handset, the line’s number' },
    ],
  });

  // Arrests at the entry, with charges and outcomes; a child arrested waits for the NRM and s.45 note.
  const arrested = [...unique.filter((p) => !p.child).slice(0, 2), ...unique.filter((p) => p.child).slice(0, 1)];
  const arrestIds: string[] = [];
  let charges = 0;
  for (const [index, person] of arrested.entries()) {
    const { id } = await ago(18, 9).arrests.create(officer, {
      personEntityId: person.personEntityId,
      arrestedAt: atAgo(18, 6 + index),
      place: 'Flat 4, Canal View (demo address)',
      warrantId: executed.id,
      suspectedOffence: 'mda_s5_3',
      childAtArrest: person.child,
    });
    arrestIds.push(id);
    if (person.child) {
      const arrest = await ago(17).arrests.get(officer, id);
      await ago(17).arrests.considerNrm(officer, id, {
        note: 'Referred to the NRM as a possible victim of exploitation; s.45 defence considered with the CPS',
        expectedVersion: arrest.version,
      });
    }
    const plan: [Parameters<OperationsServices['arrests']['charge']>[2]['offence'], number][] = person.child
      ? [['mda_s5_2', 22]]
      : index === 0
        ? [
            ['mda_s5_3', 1],
            ['mda_s4_3', 1],
          ]
        : [['mda_s5_3', 1]];
    for (const [offence, outcomeType] of plan) {
      await ago(16).arrests.charge(officer, id, { offence, outcomeType, decidedOn: dayAgo(16) });
      charges += 1;
    }
  }

  // The other states: issued and waiting, declined by the inspector, and newly applied for.
  const issued = await ago(9).warrants.apply(
    analyst,
    application('12 Mill Lane (demo address)', targetPeople.slice(2, 3), cite(1), dayAgo(-5)),
  );
  await ago(8).warrants.authorise(supervisor, issued.id, {
    note: 'Proportionate',
    expectedVersion: await warrantVersion(issued.id),
  });
  await ago(7).warrants.decide(analyst, issued.id, {
    decision: 'issued',
    court,
    decidedOn: dayAgo(7),
    expectedVersion: await warrantVersion(issued.id),
  });
  const declined = await ago(11).warrants.apply(
    analyst,
    application('3 Station Road (demo address)', targetPeople.slice(3, 4), cite(2), dayAgo(-2)),
  );
  await ago(10).warrants.decline(supervisor, declined.id, {
    reason: 'One uncorroborated report is not enough: seek observations first',
    expectedVersion: await warrantVersion(declined.id),
  });
  await ago(2).warrants.apply(
    analyst,
    application('Flat 9, Harbour House (demo address)', targetPeople.slice(0, 1), cite(3), dayAgo(-6)),
  );

  // The line the seized phone belongs to is disrupted; the intelligence behind the entry is closed.
  const line = (await services.dealLines.list(analyst, { statuses: ['confirmed'], limit: 10 })).find(
    (l) => l.id === busiest.id,
  );
  if (line) {
    // The lines were recorded (as confirmed) when the demo loaded, so the move to disrupted comes
    // after that, not on the day of the warrant: the line's history then reads in order.
    const justAfterRecording = new Date(services.clock.now().getTime() + 1000);
    const current = createOperationsServices({
      ...services,
      clock: { now: () => justAfterRecording },
      warrantValidityMonths: services.config.warrantValidityMonths,
    });
    await current.disruption.setStatus(analyst, line.id, {
      status: 'disrupted',
      reason: 'Warrant executed: the line’s phone seized and its runners arrested and charged',
      evidence: [
        { kind: 'warrant', id: executed.id },
        { kind: 'seizure', id: seizure.id },
        ...arrestIds.map((id) => ({ kind: 'arrest' as const, id })),
      ],
      expectedVersion: line.version,
    });
  }
  let closedIntelligence = 0;
  for (const id of intelForExecuted) {
    await ago(14).warrants.closeIntelligence(analyst, id, {
      result: 'actioned',
      note: 'Led to the warrant at Flat 4, Canal View: drugs, cash and the line’s phone seized',
    });
    closedIntelligence += 1;
  }

  return {
    targets: targetIds.length,
    operations: 1,
    tasks: 3,
    warrants: { executed: 1, issued: 1, declined: 1, awaiting_authorisation: 1 },
    arrests: arrestIds.length,
    charges,
    seizures: 1,
    disruptedLines: line ? 1 : 0,
    closedIntelligence,
  };
}

function utcDay(ms: number): [number, number, number] {
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}
