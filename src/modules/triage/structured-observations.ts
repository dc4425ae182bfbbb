import { extractEntities } from '../extraction/index.ts';
import { findStreet } from '../gazetteer/index.ts';
import type { Observation } from '../pole/index.ts';

/** The identifiers a reporter typed into separate form fields (not free text). */
export type StructuredIdentifiers = {
  readonly where?: { readonly street?: string; readonly houseNumber?: string; readonly postcode?: string };
  /** `field` names the answer the person came from (default "people.<index>.name"). */
  readonly people?: readonly {
    readonly name?: string;
    readonly nickname?: string;
    /** The name this nickname was given for ("Marcus Reid aka Tiny"): the nickname is their alias. */
    readonly aliasOf?: string;
    readonly field?: string;
  }[];
  readonly vehicles?: readonly { readonly registration?: string }[];
  readonly phones?: readonly { readonly number?: string }[];
};

const collapse = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Turns typed answers into the same observations free text would give, normalised by the same
 * extractors, so "07700 900123" in a field and "+44 7700 900123" in the text are one entity.
 */
export function observationsFromStructured(answers: StructuredIdentifiers): Observation[] {
  const observations: Observation[] = [];
  const where = answers.where;
  if (where?.street) {
    const street = findStreet(where.street)?.name ?? where.street.trim();
    const number = where.houseNumber?.trim();
    observations.push({
      kind: 'location',
      key: number ? `address:${collapse(number)}|${collapse(street)}` : `street:${collapse(street)}`,
      label: number ? `${number} ${street}` : street,
      field: 'where',
    });
  }
  if (where?.postcode) {
    const postcode = extractEntities(where.postcode).postcodes.find((p) => !p.partial);
    if (postcode) {
      observations.push({
        kind: 'location',
        key: `postcode:${postcode.postcode}`,
        label: postcode.postcode,
        field: 'where.postcode',
      });
    }
  }
  answers.phones?.forEach((phone, index) => {
    const e164 = phone.number ? extractEntities(phone.number).phones[0]?.e164 : undefined;
    if (e164) observations.push({ kind: 'phone', key: e164, label: e164, field: `phones.${String(index)}.number` });
  });
  answers.vehicles?.forEach((vehicle, index) => {
    const found = vehicle.registration ? extractEntities(`reg ${vehicle.registration}`).vehicles[0] : undefined;
    if (found && !found.partial) {
      observations.push({
        kind: 'vehicle',
        key: found.vrm,
        label: found.vrm,
        field: `vehicles.${String(index)}.registration`,
      });
    }
  });
  answers.people?.forEach((person, index) => {
    if (person.name?.trim()) {
      observations.push({
        kind: 'person',
        key: `name:${collapse(person.name)}`,
        label: person.name.trim(),
        field: person.field ?? `people.${String(index)}.name`,
      });
    }
    if (person.nickname?.trim()) {
      const nickname = person.nickname.trim().replace(/^["'“‘]|["'”’]$/g, '');
      observations.push({
        kind: 'person',
        key: `nickname:${collapse(nickname)}`,
        label: `“${nickname}”`,
        field: person.field ?? `people.${String(index)}.nickname`,
        ...(person.aliasOf?.trim() ? { aliasOf: `name:${collapse(person.aliasOf)}` } : {}),
      });
    }
  });
  return observations;
}
