import {
  ageBands,
  cuckooingIndicators,
  dangerNowOptions,
  exploitationIndicators,
  firstNoticedOptions,
  reportCategories,
  type ReportAnswers,
} from '../reports/index.ts';

// What the safeguarding team sees of a report: who is at risk, where, the signs, and the
// reporter's own words where they describe the concern. Never vehicles, phone numbers or
// accounts (intelligence matters), and the reporter's contact details only when the reporter
// agreed that safeguarding may see them. A whitelist: anything not named here is not sent.

export type SafeguardingReportRow = {
  id: string;
  status: string;
  categories: readonly string[];
  childInvolved: boolean;
  vulnerableAdultInvolved: boolean;
  threatToLife: boolean;
  postcodeSector: string | null;
  submittedOn: string;
};

export type ContactStatus = 'anonymous' | 'withheld' | 'shared';

const label = (vocabulary: Readonly<Record<string, string>>, code: string): string => vocabulary[code] ?? code;

export function presentReferralSummary(row: SafeguardingReportRow) {
  return {
    id: row.id,
    status: row.status,
    submittedOn: row.submittedOn,
    atRisk: { child: row.childInvolved, vulnerableAdult: row.vulnerableAdultInvolved },
    threatToLife: row.threatToLife,
    concerns: row.categories.map((code) => label(reportCategories, code)),
    postcodeSector: row.postcodeSector,
  };
}

export function presentReferral(row: SafeguardingReportRow, answers: ReportAnswers) {
  const where = answers.where;
  const who = answers.who;
  const contact = answers.contact;
  const contactStatus: ContactStatus =
    contact?.choice !== 'contact' ? 'anonymous' : contact.shareWithSafeguarding === 'yes' ? 'shared' : 'withheld';
  return {
    ...presentReferralSummary(row),
    dangerNow: (who?.dangerNow ?? []).map((code) => label(dangerNowOptions, code)),
    people: (who?.people ?? []).map((person) => ({
      description: person.description ?? null,
      names: person.names ?? null,
      age: person.age === undefined ? null : label(ageBands, person.age),
    })),
    childInvolved: who?.childInvolved ?? null,
    vulnerableAdultInvolved: who?.vulnerableAdultInvolved ?? null,
    where:
      where === undefined || where.notAboutAPlace
        ? null
        : {
            building: where.building ?? null,
            street: where.street ?? null,
            town: where.town ?? null,
            postcode: where.postcode ?? null,
            place: where.place ?? null,
          },
    when: {
      firstNoticed: answers.when?.firstNoticed ? label(firstNoticedOptions, answers.when.firstNoticed) : null,
      lastSeen: answers.when?.lastSeen ?? null,
    },
    indicators: {
      homeTakenOver: (answers['home-taken-over']?.signs ?? []).map((code) => label(cuckooingIndicators, code)),
      homeTakenOverOther: answers['home-taken-over']?.otherSigns ?? null,
      exploitation: (answers['young-person']?.signs ?? []).map((code) => label(exploitationIndicators, code)),
      exploitationOther: answers['young-person']?.otherSigns ?? null,
    },
    reporterText: answers['anything-else']?.details ?? null,
    contactStatus,
    contact:
      contact?.choice === 'contact' && contact.shareWithSafeguarding === 'yes'
        ? {
            name: contact.name ?? null,
            phone: contact.phone ?? null,
            email: contact.email ?? null,
            safeToContact: contact.safeToContact,
            safeContactNotes: contact.safeContactNotes ?? null,
          }
        : null,
  };
}

export type SafeguardingReferral = ReturnType<typeof presentReferral>;
export type SafeguardingReferralSummary = ReturnType<typeof presentReferralSummary>;
