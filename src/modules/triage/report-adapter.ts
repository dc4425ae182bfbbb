import { homeAtRisk, suspectCuckooing } from '../correlation/index.ts';
import type { CuckooingIndicator, ReportAnswers } from '../reports/index.ts';
import type { ReportForProcessing } from './process-report.ts';
import { namesInAnswer } from '../extraction/index.ts';
import { observationsFromStructured } from './structured-observations.ts';

/** The clear triage columns of a stored report that the rules need. */
export type ReportTriageFacts = {
  readonly id: string;
  readonly submittedOn: string;
  readonly categories: readonly string[];
  readonly childInvolved: boolean;
  readonly vulnerableAdultInvolved: boolean;
};

/** Cuckooing signs about the person who lives there; the others are activity at the home. */
const residentSigns: ReadonlySet<string> = new Set<CuckooingIndicator>([
  'CUCKOO_RESIDENT_NOT_SEEN',
  'CUCKOO_RESIDENT_ANXIOUS',
  'CUCKOO_RESIDENT_DISENGAGED',
  'CUCKOO_RESIDENT_VULNERABLE',
]);

/** Signs that are not activity at the home: the resident's, and new faces staying (family, lodgers, guests). */
const notActivitySigns: ReadonlySet<string> = new Set<CuckooingIndicator>([
  ...residentSigns,
  'CUCKOO_UNKNOWN_OCCUPANTS',
] as CuckooingIndicator[]);

const nonEmpty = (field: string, text: string | undefined) => (text && text.trim() !== '' ? [{ field, text }] : []);

/**
 * What the triage pipeline reads from a stored report: every free-text answer (scanned for
 * identifiers), the identifiers typed into their own fields, and the facts the rules use.
 * Contact details are never part of it: the reporter is not intelligence.
 */
export function reportForProcessing(report: ReportTriageFacts, answers: ReportAnswers): ReportForProcessing {
  const where = answers.where;
  const people = answers.who?.people ?? [];
  const phones = answers.phones?.phones ?? [];
  const vehicles = answers.vehicles?.vehicles ?? [];
  const buildingNumber =
    where?.building && /^\d+[a-z]?$/i.test(where.building.trim()) ? where.building.trim() : undefined;
  const texts = [
    ...nonEmpty('about.otherDescription', answers.about?.otherDescription),
    ...nonEmpty('where.place', where?.place),
    ...nonEmpty('home-taken-over.otherSigns', answers['home-taken-over']?.otherSigns),
    ...nonEmpty('when.pattern', answers.when?.pattern),
    ...people.flatMap((person, i) => [
      ...nonEmpty(`who.people.${String(i)}.description`, person.description),
      ...nonEmpty(`who.people.${String(i)}.names`, person.names),
    ]),
    ...nonEmpty('young-person.otherSigns', answers['young-person']?.otherSigns),
    ...vehicles.flatMap((vehicle, i) => nonEmpty(`vehicles.${String(i)}.description`, vehicle.description)),
    ...phones.flatMap((phone, i) => nonEmpty(`phones.${String(i)}.messageText`, phone.messageText)),
    ...nonEmpty('phones.accounts', answers.phones?.accounts),
    ...nonEmpty('anything-else.details', answers['anything-else']?.details),
  ];
  const cuckooingSigns = answers['home-taken-over']?.signs ?? [];
  return {
    reportId: report.id,
    submittedOn: report.submittedOn,
    texts,
    structured: observationsFromStructured({
      ...(where?.street
        ? {
            where: {
              street: where.street,
              ...(buildingNumber ? { houseNumber: buildingNumber } : {}),
              ...(where.postcode ? { postcode: where.postcode } : {}),
            },
          }
        : where?.postcode
          ? { where: { postcode: where.postcode } }
          : {}),
      vehicles: vehicles.map((vehicle) => (vehicle.registration ? { registration: vehicle.registration } : {})),
      phones: phones.map((phone) => (phone.number ? { number: phone.number } : {})),
      // The names answer is all names: each becomes a person, as a name in the text would.
      people: people.flatMap((person, i) =>
        namesInAnswer(person.names ?? '').map(({ name, kind, aliasOf }) => ({
          [kind === 'name' ? 'name' : 'nickname']: name,
          ...(aliasOf === undefined ? {} : { aliasOf }),
          field: `who.people.${String(i)}.names`,
        })),
      ),
    }),
    childInvolved: report.childInvolved,
    exploitationSigns: answers['young-person']?.signs ?? [],
    cuckooingSigns: suspectCuckooing({
      homeTakenOver: report.categories.includes('home_taken_over'),
      vulnerableResident: report.vulnerableAdultInvolved || cuckooingSigns.some((sign) => residentSigns.has(sign)),
      activityAtHome:
        report.categories.includes('dealing_place') || cuckooingSigns.some((sign) => !notActivitySigns.has(sign)),
    }),
    homeAtRisk: homeAtRisk({
      homeTakenOver: report.categories.includes('home_taken_over'),
      vulnerableResident: report.vulnerableAdultInvolved || cuckooingSigns.some((sign) => residentSigns.has(sign)),
    }),
    advertisesDrugs: phones.some((phone) => (phone.messageText ?? '').trim() !== ''),
  };
}
