import type { Extraction } from '../extraction/index.ts';
import type { EntityKind } from './pole.table.ts';

/** One identifier seen in one field of a report, ready to be resolved to a POLE entity. */
export type Observation = {
  readonly kind: EntityKind;
  /** The normalised identifier the blind index is computed from; equal keys are one entity. */
  readonly key: string;
  /** What staff see, e.g. "+447700900123" or "42 Hatfield Road". */
  readonly label: string;
  readonly field: string;
  readonly span?: { readonly start: number; readonly end: number };
  /** For people: an age given next to the name in the report. */
  readonly age?: number;
  /** For a nickname given as another person's ("Marcus Reid aka Tiny"): that person's key. */
  readonly aliasOf?: string;
};

const collapse = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

// Partial registrations and postcodes are kept in the text for analysts but do not become
// entities: "starts with LN65" would otherwise merge unrelated vehicles.
export function observationsFromExtraction(extraction: Extraction, field: string): Observation[] {
  const observations: Observation[] = [];
  const push = (o: Observation) => observations.push(o);
  for (const phone of extraction.phones) {
    push({ kind: 'phone', key: phone.e164, label: phone.e164, field, span: phone });
  }
  for (const vehicle of extraction.vehicles) {
    if (!vehicle.partial) push({ kind: 'vehicle', key: vehicle.vrm, label: vehicle.vrm, field, span: vehicle });
  }
  for (const email of extraction.emails) {
    push({ kind: 'email', key: email.address.toLowerCase(), label: email.address, field, span: email });
  }
  for (const handle of extraction.handles) {
    const platform = handle.platform ?? 'unknown';
    const name = handle.handle.replace(/^@/, '').toLowerCase();
    push({ kind: 'online_account', key: `${platform}:${name}`, label: `${platform} @${name}`, field, span: handle });
  }
  for (const address of extraction.addresses) {
    const street = collapse(address.street);
    const key = address.houseNumber ? `address:${collapse(address.houseNumber)}|${street}` : `street:${street}`;
    const label = address.houseNumber ? `${address.houseNumber} ${address.street}` : address.street;
    push({ kind: 'location', key, label, field, span: address });
  }
  for (const postcode of extraction.postcodes) {
    if (!postcode.partial) {
      push({ kind: 'location', key: `postcode:${postcode.postcode}`, label: postcode.postcode, field, span: postcode });
    }
  }
  for (const person of extraction.people) {
    const key = `${person.kind}:${collapse(person.name)}`;
    push({
      kind: 'person',
      key,
      label: person.kind === 'nickname' ? `“${person.name}”` : person.name,
      field,
      span: person,
      ...(person.age === undefined ? {} : { age: person.age }),
    });
  }
  return observations;
}

/** The same identifier seen twice in a report counts once (the first place it was seen). */
export function dedupeObservations(observations: readonly Observation[]): Observation[] {
  const seen = new Map<string, Observation>();
  for (const observation of observations) {
    const id = `${observation.kind}\u0000${observation.key}`;
    if (!seen.has(id)) seen.set(id, observation);
  }
  return [...seen.values()];
}
