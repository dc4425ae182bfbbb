import type { Role } from '../../src/modules/access/roles.ts';

// "You said, we did" (issue 16) in the route × role matrix of route-access.test.ts. Analysts and
// supervisors prepare and read releases; supervisors and administrators approve, publish,
// withdraw and set priorities. Samples name a release that does not exist or a month not yet
// releasable, so an allowed caller gets 404 or 400, never a 403.
type Entry = {
  access: readonly Role[];
  allowedAnswer: 'not-refused';
  sample: () => { url: string; payload?: Record<string, unknown> };
};

export function disclosureRoutes(): Record<string, Entry> {
  const readers: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor', 'administrator'];
  const preparers: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor'];
  const approvers: readonly Role[] = ['intelligence_supervisor', 'administrator'];
  const id = '00000000-0000-4000-8000-000000000016';
  const entry = (access: readonly Role[], url: string, payload?: Record<string, unknown>): Entry => ({
    access,
    allowedAnswer: 'not-refused',
    sample: () => ({ url, ...(payload ? { payload } : {}) }),
  });
  return {
    'GET /api/disclosure/rules': entry(readers, '/api/disclosure/rules'),
    'GET /api/disclosure/releases': entry(readers, '/api/disclosure/releases'),
    'POST /api/disclosure/releases': entry(preparers, '/api/disclosure/releases', { month: '2030-01' }),
    'GET /api/disclosure/releases/:id': entry(readers, `/api/disclosure/releases/${id}`),
    'POST /api/disclosure/releases/:id/approve': entry(approvers, `/api/disclosure/releases/${id}/approve`),
    'POST /api/disclosure/releases/:id/publish': entry(approvers, `/api/disclosure/releases/${id}/publish`),
    'POST /api/disclosure/releases/:id/withdraw': entry(approvers, `/api/disclosure/releases/${id}/withdraw`, {
      reason: 'A mistake',
    }),
    'GET /api/disclosure/priorities': entry(readers, '/api/disclosure/priorities'),
    'POST /api/disclosure/priorities/:ward': entry(approvers, '/api/disclosure/priorities/E05004799', {
      priorities: [],
    }),
  };
}
