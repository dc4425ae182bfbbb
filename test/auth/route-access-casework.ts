import type { Role } from '../../src/modules/access/roles.ts';

// Safeguarding casework (issue 15) in the route × role matrix of route-access.test.ts. Cases are
// the safeguarding lead's; the victim-of-exploitation flag is for police and safeguarding, never
// partners. Samples name a case that does not exist, so an allowed caller gets "not found or no
// access" (or a refusal of the input), never a 403.
type Entry = {
  access: readonly Role[];
  allowedAnswer: 'not-refused';
  sample: () => { url: string; payload?: Record<string, unknown> };
};

export function caseworkRoutes(): Record<string, Entry> {
  const lead: readonly Role[] = ['safeguarding_lead'];
  const flagReaders: readonly Role[] = [
    'intelligence_analyst',
    'intelligence_supervisor',
    'officer',
    'safeguarding_lead',
  ];
  const partners: readonly Role[] = ['partner_agency'];
  const agreementKeepers: readonly Role[] = ['safeguarding_lead', 'administrator'];
  const id = '00000000-0000-4000-8000-000000000006';
  const entry = (access: readonly Role[], url: string, payload?: Record<string, unknown>): Entry => ({
    access,
    allowedAnswer: 'not-refused',
    sample: () => ({ url, ...(payload ? { payload } : {}) }),
  });
  return {
    'GET /api/casework/cases': entry(lead, '/api/casework/cases'),
    'POST /api/casework/cases': entry(lead, '/api/casework/cases', {
      subjectKind: 'child',
      subject: { name: 'Route Test Child' },
      source: 'alert',
      sourceId: id,
      summary: 'A concern raised by the route test',
    }),
    'GET /api/casework/cases/:id': entry(lead, `/api/casework/cases/${id}`),
    'POST /api/casework/cases/:id/decision': entry(lead, `/api/casework/cases/${id}/decision`, {
      decision: 's47',
      strategyDiscussion: true,
      expectedVersion: 1,
    }),
    'POST /api/casework/cases/:id/milestones': entry(lead, `/api/casework/cases/${id}/milestones`, {
      milestone: 'assessment_completed',
      on: '2026-11-20',
      expectedVersion: 1,
    }),
    'POST /api/casework/cases/:id/close': entry(lead, `/api/casework/cases/${id}/close`, {
      reason: 'Support in place',
      expectedVersion: 1,
    }),
    'POST /api/casework/cases/:id/discussions': entry(lead, `/api/casework/cases/${id}/discussions`, {
      heldAt: '2026-11-20T10:00:00Z',
      conferenceNeeded: false,
      attendees: [
        { name: 'A Worker', agency: 'childrens_social_care', role: 'Social worker' },
        { name: 'B Officer', agency: 'police', role: 'Detective constable' },
      ],
      informationShared: 'Nothing new',
      decisions: 'No further action',
    }),
    'POST /api/casework/cases/:id/actions/:actionId/done': entry(lead, `/api/casework/cases/${id}/actions/${id}/done`, {
      doneOn: '2026-11-20',
    }),
    'POST /api/casework/cases/:id/screenings': entry(lead, `/api/casework/cases/${id}/screenings`, {
      answers: {
        care_history: 'no',
        missing_episodes: 'yes',
        school_exclusion: 'no',
        multiple_phones: 'no',
        older_associates: 'no',
        unexplained_money: 'no',
        carrying_weapons: 'no',
        unexplained_injuries: 'no',
        substance_misuse: 'no',
        found_out_of_area: 'no',
      },
    }),
    'POST /api/casework/cases/:id/nrm-referrals': entry(lead, `/api/casework/cases/${id}/nrm-referrals`, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal'],
      countyLines: true,
    }),
    'POST /api/casework/cases/:id/nrm-referrals/:referralId/status': entry(
      lead,
      `/api/casework/cases/${id}/nrm-referrals/${id}/status`,
      { status: 'submitted', on: '2026-11-20', expectedVersion: 1 },
    ),
    'GET /api/casework/cases/:id/deal-lines': entry(lead, `/api/casework/cases/${id}/deal-lines`),
    'POST /api/casework/cases/:id/deal-lines': entry(lead, `/api/casework/cases/${id}/deal-lines`, { dealLineId: id }),
    'GET /api/casework/deal-line-choices': entry(lead, '/api/casework/deal-line-choices'),
    'GET /api/casework/cuckooed-addresses': entry(lead, '/api/casework/cuckooed-addresses?limit=5&offset=0'),
    'POST /api/casework/cuckooed-addresses': entry(lead, '/api/casework/cuckooed-addresses', {
      address: '1 Route Test Road',
      cuckooTypes: ['drug_dealing'],
      reviewOn: '2027-01-15',
    }),
    'GET /api/casework/cuckooed-addresses/:id': entry(lead, `/api/casework/cuckooed-addresses/${id}`),
    'POST /api/casework/cuckooed-addresses/:id/actions': entry(lead, `/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'visit',
      takenOn: '2026-11-20',
      note: 'Welfare visit',
      expectedVersion: 1,
    }),
    'POST /api/casework/cuckooed-addresses/:id/review': entry(lead, `/api/casework/cuckooed-addresses/${id}/review`, {
      reviewOn: '2027-01-15',
      close: false,
      expectedVersion: 1,
    }),
    'POST /api/casework/cases/:id/partner-tasks': entry(lead, `/api/casework/cases/${id}/partner-tasks`, {
      organisationId: id,
      description: 'Visit and offer support',
      dueOn: '2027-01-15',
    }),
    'GET /api/casework/cases/:id/partner-tasks': entry(lead, `/api/casework/cases/${id}/partner-tasks`),
    'GET /api/casework/partner-tasks/referred': entry(lead, '/api/casework/partner-tasks/referred'),
    // Partner users only; which organisation's tasks they see is tested with two organisations
    // in route-access-partner-tasks.test.ts.
    'GET /api/casework/partner-tasks': entry(partners, '/api/casework/partner-tasks?limit=5'),
    'GET /api/casework/partner-tasks/:id': entry(partners, `/api/casework/partner-tasks/${id}`),
    'POST /api/casework/partner-tasks/:id/actions': entry(partners, `/api/casework/partner-tasks/${id}/actions`, {
      note: 'Visited',
      expectedVersion: 1,
    }),
    'GET /api/casework/partner-organisations': entry(agreementKeepers, '/api/casework/partner-organisations'),
    'GET /api/casework/sharing-agreements/:organisationId': entry(
      agreementKeepers,
      `/api/casework/sharing-agreements/${id}`,
    ),
    'POST /api/casework/sharing-agreements/:organisationId': entry(
      agreementKeepers,
      `/api/casework/sharing-agreements/${id}`,
      { reference: 'HSCP ISA October 2024', fields: ['subject_name'], expectedVersion: 0 },
    ),
    'GET /api/casework/persons/:id/victim-flag': entry(flagReaders, `/api/casework/persons/${id}/victim-flag`),
  };
}
