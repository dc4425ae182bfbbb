import { createHash } from 'node:crypto';
import type { EntityDetails } from '../entity-details.ts';
import type { EntityKind } from '../pole.table.ts';
import type { Neo4jExport } from './neo4j-files.ts';

// How the Neo4j POLE example maps onto our POLE store. Person, Phone, Email, Vehicle and Location
// become entities. Each relationship, phone call and crime becomes a source record (what a
// report is for entities extracted from text): it mentions its entities and supports the links
// it implies. Crimes, calls, officers, postcodes and areas are events or reference data here,
// not entities.

export type PlannedEntity = {
  readonly sourceId: string;
  readonly kind: EntityKind;
  readonly key: string;
  readonly label: string;
  readonly details: EntityDetails;
};
export type PlannedLink = { readonly a: string; readonly b: string; readonly kind: string };
export type PlannedRecord = {
  /** A stable id derived from the source, so importing twice changes nothing. */
  readonly recordId: string;
  readonly observedOn: string;
  readonly mentions: readonly { sourceId: string; field: string }[];
  readonly links: readonly PlannedLink[];
};
export type ImportPlan = { readonly entities: readonly PlannedEntity[]; readonly records: readonly PlannedRecord[] };

/** Each source record of a link kind adds to its confidence: c = 1 − (1 − base)^records, at most 0.95. */
export const linkBaseConfidence: Readonly<Record<string, number>> = {
  knows: 0.5,
  knows_social_network: 0.4,
  lives_with: 0.8,
  knows_by_phone: 0.6,
  family_parent: 0.8,
  family_sibling: 0.8,
  has_phone: 0.8,
  has_email: 0.8,
  current_address: 0.8,
  called: 0.4,
  party_to_crime_at: 0.5,
  vehicle_in_crime_at: 0.5,
  co_offenders: 0.6,
  person_and_vehicle_in_crime: 0.4,
};

const direct: Readonly<Record<string, string>> = {
  KNOWS: 'knows',
  KNOWS_SN: 'knows_social_network',
  KNOWS_LW: 'lives_with',
  KNOWS_PHONE: 'knows_by_phone',
  HAS_PHONE: 'has_phone',
  HAS_EMAIL: 'has_email',
  CURRENT_ADDRESS: 'current_address',
};

/** A UUID (version 8, name-based on SHA-256) for a source record. */
export function stableUuid(name: string): string {
  const hex = createHash('sha256').update(`neo4j-pole:${name}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** 24/08/2017 → 2017-08-24. */
export function isoDay(value: string | undefined, fallback: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '');
  return match ? `${match[3] ?? ''}-${match[2] ?? ''}-${match[1] ?? ''}` : fallback;
}

const collapse = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

function entitiesOf(source: Neo4jExport): Map<string, PlannedEntity> {
  const entities = new Map<string, PlannedEntity>();
  const add = (entity: PlannedEntity) => entities.set(entity.sourceId, entity);
  const details = { source: 'neo4j-pole' };
  for (const row of source.nodes.get('Person') ?? []) {
    const age = row.age ? Number(row.age) : undefined;
    add({
      sourceId: row[':ID'] ?? '',
      kind: 'person',
      key: `neo4j-nhs:${row.nhs_no ?? ''}`,
      label: `${row.name ?? ''} ${row.surname ?? ''}`.trim(),
      details: age !== undefined && Number.isInteger(age) ? { ...details, age } : details,
    });
  }
  for (const row of source.nodes.get('Phone') ?? []) {
    const label = row.phoneNo ?? '';
    add({ sourceId: row[':ID'] ?? '', kind: 'phone', key: `neo4j:${label.replace(/\D/g, '')}`, label, details });
  }
  for (const row of source.nodes.get('Email') ?? []) {
    const label = row.email_address ?? '';
    add({ sourceId: row[':ID'] ?? '', kind: 'email', key: label.toLowerCase(), label, details });
  }
  for (const row of source.nodes.get('Vehicle') ?? []) {
    const label = (row.reg ?? '').toUpperCase();
    const vehicle = { ...details, ...(row.make ? { make: row.make } : {}), ...(row.model ? { model: row.model } : {}) };
    add({ sourceId: row[':ID'] ?? '', kind: 'vehicle', key: label.replace(/\s+/g, ''), label, details: vehicle });
  }
  for (const row of source.nodes.get('Location') ?? []) {
    const address = row.address ?? '';
    const postcode = row.postcode ?? '';
    const [, number, street] = /^(\d+[a-z]?)\s+(.+)$/i.exec(address) ?? [];
    const latitude = Number(row['latitude:double']);
    const longitude = Number(row['longitude:double']);
    add({
      sourceId: row[':ID'] ?? '',
      kind: 'location',
      // The postcode is part of the key: "12 London Road" exists in many towns.
      key:
        number && street
          ? `address:${number}|${collapse(street)}|${collapse(postcode)}`
          : `place:${collapse(address)}|${collapse(postcode)}`,
      label: postcode ? `${address}, ${postcode}` : address,
      details: {
        ...details,
        ...(postcode ? { postcode } : {}),
        ...(Number.isFinite(latitude) && Number.isFinite(longitude) && row['latitude:double']
          ? { latitude, longitude }
          : {}),
      },
    });
  }
  return entities;
}

export function planNeo4jImport(source: Neo4jExport, options: { defaultDay: string }): ImportPlan {
  const all = entitiesOf(source);
  const records: PlannedRecord[] = [];
  const rel = (type: string) => source.relationships.get(type) ?? [];
  const known = (id: string | undefined): id is string => id !== undefined && all.has(id);

  const pair = (type: string, kind: string, row: Record<string, string>) => {
    const [a, b] = [row[':START_ID'], row[':END_ID']];
    if (!known(a) || !known(b) || a === b) return;
    records.push({
      recordId: stableUuid(`${type}:${a}:${b}:${row.rel_type ?? ''}`),
      observedOn: options.defaultDay,
      mentions: [
        { sourceId: a, field: `neo4j:${type}` },
        { sourceId: b, field: `neo4j:${type}` },
      ],
      links: [{ a, b, kind }],
    });
  };
  for (const [type, kind] of Object.entries(direct)) for (const row of rel(type)) pair(type, kind, row);
  for (const row of rel('FAMILY_REL')) pair('FAMILY_REL', `family_${(row.rel_type ?? 'other').toLowerCase()}`, row);

  // A phone call links the two phones, dated by the call.
  const calls = new Map((source.nodes.get('PhoneCall') ?? []).map((row) => [row[':ID'] ?? '', row]));
  const callers = new Map(rel('CALLER').map((row) => [row[':START_ID'] ?? '', row[':END_ID']]));
  for (const row of rel('CALLED')) {
    const callId = row[':START_ID'] ?? '';
    const [from, to] = [callers.get(callId), row[':END_ID']];
    if (!known(from) || !known(to) || from === to) continue;
    records.push({
      recordId: stableUuid(`PhoneCall:${callId}`),
      observedOn: isoDay(calls.get(callId)?.call_date, options.defaultDay),
      mentions: [
        { sourceId: from, field: 'neo4j:CALLER' },
        { sourceId: to, field: 'neo4j:CALLED' },
      ],
      links: [{ a: from, b: to, kind: 'called' }],
    });
  }

  // A crime links the people party to it and the vehicles involved with its scene and each other.
  const crimes = new Map((source.nodes.get('Crime') ?? []).map((row) => [row[':ID'] ?? '', row]));
  const scene = new Map(rel('OCCURRED_AT').map((row) => [row[':START_ID'] ?? '', row[':END_ID']]));
  const involved = new Map<string, { people: Set<string>; vehicles: Set<string> }>();
  const involve = (crimeId: string, entityId: string, kind: 'people' | 'vehicles') => {
    const entry = involved.get(crimeId) ?? { people: new Set<string>(), vehicles: new Set<string>() };
    entry[kind].add(entityId);
    involved.set(crimeId, entry);
  };
  for (const row of rel('PARTY_TO')) {
    if (known(row[':START_ID'])) involve(row[':END_ID'] ?? '', row[':START_ID'], 'people');
  }
  for (const row of rel('INVOLVED_IN')) {
    const id = row[':START_ID'];
    if (known(id) && all.get(id)?.kind === 'vehicle') involve(row[':END_ID'] ?? '', id, 'vehicles');
  }
  for (const [crimeId, { people, vehicles }] of involved) {
    const location = scene.get(crimeId);
    const links: PlannedLink[] = [];
    const peopleList = [...people];
    for (const [i, person] of peopleList.entries()) {
      if (known(location)) links.push({ a: person, b: location, kind: 'party_to_crime_at' });
      for (const other of peopleList.slice(i + 1)) links.push({ a: person, b: other, kind: 'co_offenders' });
      for (const vehicle of vehicles) links.push({ a: person, b: vehicle, kind: 'person_and_vehicle_in_crime' });
    }
    if (known(location)) {
      for (const vehicle of vehicles) links.push({ a: vehicle, b: location, kind: 'vehicle_in_crime_at' });
    }
    const mentioned = [
      ...peopleList.map((id) => ({ sourceId: id, field: 'neo4j:PARTY_TO' })),
      ...[...vehicles].map((id) => ({ sourceId: id, field: 'neo4j:INVOLVED_IN' })),
      ...(known(location) ? [{ sourceId: location, field: 'neo4j:OCCURRED_AT' }] : []),
    ];
    if (links.length === 0) continue;
    records.push({
      recordId: stableUuid(`Crime:${crimeId}`),
      observedOn: isoDay(crimes.get(crimeId)?.date, options.defaultDay),
      mentions: mentioned,
      links,
    });
  }

  const used = new Set(records.flatMap((r) => r.mentions.map((m) => m.sourceId)));
  // People, phones, e-mails and vehicles come in even when unlinked; locations only where used.
  const entities = [...all.values()].filter((e) => e.kind !== 'location' || used.has(e.sourceId));
  return { entities, records };
}
