import type { Role } from '../../src/modules/access/roles.ts';

// Drug treatment referrals and diversion (issue 15) in the route × role matrix of
// route-access.test.ts: officers and safeguarding leads (casework.treatment), never partners;
// the treatment service's own routes for the users of a drug treatment service alone
// (casework.treatment_outcomes, which the partner role grants only at such an organisation: the
// matrix's partner user works for children's social care, so is refused; test/auth/partner-permissions
// and test/casework/treatment-provider test the treatment service's users).
// Samples name records that do not exist, so an allowed caller is refused the input or gets
// "not found or no access", never a 403.
type Entry = {
  access: readonly Role[];
  allowedAnswer: 'not-refused';
  sample: () => { url: string; payload?: Record<string, unknown> };
};

export function treatmentRoutes(): Record<string, Entry> {
  const access: readonly Role[] = ['officer', 'safeguarding_lead'];
  const id = '00000000-0000-4000-8000-000000000007';
  const entry = (url: string, payload?: Record<string, unknown>): Entry => ({
    access,
    allowedAnswer: 'not-refused',
    sample: () => ({ url, ...(payload ? { payload } : {}) }),
  });
  const provider: readonly Role[] = [];
  return {
    'GET /api/casework/treatment-provider/referrals': {
      ...entry('/api/casework/treatment-provider/referrals'),
      access: provider,
    },
    'POST /api/casework/treatment-provider/referrals/:id/outcomes': {
      ...entry(`/api/casework/treatment-provider/referrals/${id}/outcomes`, {
        outcome: 'engaged',
        on: '2026-11-20',
        expectedVersion: 1,
      }),
      access: provider,
    },
    'GET /api/casework/treatment-services': entry('/api/casework/treatment-services'),
    'GET /api/casework/treatment-referrals': entry('/api/casework/treatment-referrals'),
    'POST /api/casework/treatment-referrals': entry('/api/casework/treatment-referrals', {
      name: 'Route Test Person',
      organisationId: id,
      consent: true,
      consentOn: '2026-11-20',
    }),
    'POST /api/casework/treatment-referrals/:id/outcomes': entry(`/api/casework/treatment-referrals/${id}/outcomes`, {
      outcome: 'engaged',
      on: '2026-11-20',
      expectedVersion: 1,
    }),
    'GET /api/casework/diversions': entry('/api/casework/diversions'),
    'POST /api/casework/diversions': entry('/api/casework/diversions', { arrestId: id, dateOfBirth: '1990-01-01' }),
    'POST /api/casework/diversions/:id/completion': entry(`/api/casework/diversions/${id}/completion`, {
      completed: true,
      on: '2026-11-20',
      expectedVersion: 1,
    }),
  };
}
