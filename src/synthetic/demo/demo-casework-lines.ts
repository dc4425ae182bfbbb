import type { Services } from '../../main/services.ts';
import type { StaffActor } from '../../modules/access/index.ts';
import type { DemoCaseworkDays } from './demo-casework-days.ts';

type DealLine = Awaited<ReturnType<Services['dealLines']['list']>>[number];

/** A flat taken over by a demo deal line: visited, then a closure notice served. Returns 1, or 0 without a line. */
export async function loadDemoCuckooedAddress(
  { day, casework }: DemoCaseworkDays,
  lead: StaffActor,
  line: DealLine | undefined,
): Promise<number> {
  if (!line) return 0;
  const entry = await casework(21).cuckooed.create(lead, {
    address: 'Flat 4, Demo Court, St Albans (fictional)',
    locationEntityId: null,
    uprn: null,
    dealLineId: line.id,
    cuckooTypes: ['drug_dealing', 'living_there'],
    reviewOn: day(-14),
  });
  const versionOfEntry = async (days: number) => (await casework(days).cuckooed.get(lead, entry.id)).version;
  await casework(20).cuckooed.recordAction(lead, entry.id, {
    kind: 'visit',
    takenOn: day(20),
    note: 'Tenant at home; two young men left as we arrived',
    expectedVersion: await versionOfEntry(20),
  });
  await casework(13).cuckooed.recordAction(lead, entry.id, {
    kind: 'closure_notice',
    takenOn: day(13),
    note: 'Closure notice served; tenant supported to stay with family',
    expectedVersion: await versionOfEntry(13),
  });
  return 1;
}

/**
 * People of the demo lines not yet arrested: a child runner arrested at the station (the arrest
 * opens, or joins, the child's case) and an adult found with cannabis, arrested for possession,
 * who completes the diversion scheme. Returns the diversions completed.
 */
export async function loadDemoArrestsAndDiversion(
  services: Services,
  { at, day, casework, operations }: DemoCaseworkDays,
  { officer, analyst }: { officer: StaffActor; analyst: StaffActor },
  lines: readonly DealLine[],
  arrested: ReadonlySet<string>,
): Promise<number> {
  const people = [];
  for (const line of lines) people.push(...(await services.dealLineProfiles.profile(analyst, line.id)).people);
  const free = people.filter((p) => !arrested.has(p.personEntityId));
  const child = (free.find((p) => p.recordedAsChild) ?? free.find((p) => p.role === 'runner'))?.personEntityId;
  const adults = free.filter((p) => !p.recordedAsChild && p.personEntityId !== child);
  const adult = (adults.find((p) => p.role !== 'runner') ?? adults[0])?.personEntityId;
  if (child) {
    await operations(6, 18).arrests.create(officer, {
      personEntityId: child,
      arrestedAt: at(6, 17).toISOString(),
      place: 'St Albans City station (demo)',
      suspectedOffence: 'mda_s5_3',
      childAtArrest: true,
    });
  }
  let diversions = 0;
  if (adult) {
    const { id: arrestId } = await operations(10, 20).arrests.create(officer, {
      personEntityId: adult,
      arrestedAt: at(10, 19).toISOString(),
      place: 'Verulamium Park (demo)',
      suspectedOffence: 'mda_s5_2',
      childAtArrest: false,
    });
    await operations(10, 20).arrests.seize(officer, {
      arrestId,
      seizedAt: at(10, 19).toISOString(),
      place: 'Verulamium Park (demo)',
      items: [{ kind: 'drug', drug: 'cannabis', form: 'herbal', quantity: 2.5, unit: 'g' }],
    });
    const diversion = await casework(9).treatment.offerDiversion(officer, { arrestId, dateOfBirth: '1996-07-18' });
    await casework(2).treatment.finishDiversion(officer, diversion.id, {
      completed: true,
      on: day(2),
      expectedVersion: 1,
    });
    diversions++;
  }
  return diversions;
}
