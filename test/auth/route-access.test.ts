import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { roles, type Role } from '../../src/modules/access/roles.ts';
import { listRoutes } from '../support/route-list.ts';
import { analysisRoutes } from './route-access-analysis.ts';
import { caseworkRoutes } from './route-access-casework.ts';
import { disclosureRoutes } from './route-access-disclosure.ts';
import { treatmentRoutes } from './route-access-treatment.ts';
import { sessionFor, staffClient, type StaffClient, testAdminActor } from '../support/staff.ts';
import { startFakeOidcProvider, type FakeProvider } from '../support/fake-oidc-provider.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';

// Every staff route, called as every role and as nobody. "public" routes are reachable
// before sign-in (they must never answer 403 to a caller with a valid CSRF token); the
// others list exactly the roles that may use them. A route missing here fails the test.

type Caller = Role | 'nobody';
type Context = {
  readonly callerId: string | null;
  readonly targetId: string;
  readonly teamId: string;
  readonly n: number;
};
type Sample = { url: string; payload?: Record<string, unknown> };
type Entry = {
  access: 'public' | 'signed-in' | readonly Role[];
  sample?: (ctx: Context) => Sample | Promise<Sample>;
  /**
   * The answer an allowed caller gets with this sample, when it cannot be a success (default:
   * any 2xx); 'not-refused' accepts any answer below 500 other than 401 and 403 (journey pages
   * that redirect to their start).
   */
  allowedAnswer?: number | 'not-refused';
  /** The answer a signed-in caller without access gets (default 403); 404 where a refusal must not differ from "no such record". */
  deniedAnswer?: number;
};

let system: TestSystem;
let app: FastifyInstance;

const everyRole = 'signed-in' as const;
const adminOnly: readonly Role[] = ['administrator'];
const supervisorsAndAdmins: readonly Role[] = ['intelligence_supervisor', 'administrator'];

async function throwawaySessionId(userId: string): Promise<string> {
  const { token } = await system.services.auth.sessions.start(system.services.db, {
    userId,
    stage: 'active',
    authMethod: 'password',
  });
  const resolved = await system.services.auth.sessions.resolve(token);
  return resolved?.id ?? '';
}

const routeTable: Record<string, Entry> = {
  'GET /': { access: 'public' },
  // The public stylesheet, which the phone journey's GOV.UK pages use.
  'GET /*': { access: 'public', sample: () => ({ url: '/assets/linebreak.css' }) },
  'GET /healthz': { access: 'public' },
  'GET /readyz': { access: 'public' },
  'GET /app/*': { access: 'public', sample: () => ({ url: '/app/inbox' }) },
  'GET /api/auth/session': { access: 'public' },
  'POST /api/auth/sign-in': {
    access: 'public',
    sample: () => ({ url: '/api/auth/sign-in', payload: { email: 'nobody@example.org', password: 'not a password' } }),
  },
  'POST /api/auth/totp': { access: 'public', sample: () => ({ url: '/api/auth/totp', payload: { code: '123456' } }) },
  'POST /api/auth/sign-out': { access: 'public' },
  'POST /api/auth/sign-out-everywhere': { access: everyRole },
  'POST /api/setup/inspect': {
    access: 'public',
    sample: () => ({ url: '/api/setup/inspect', payload: { token: 'x'.repeat(43) } }),
  },
  'POST /api/setup/start': {
    access: 'public',
    sample: () => ({ url: '/api/setup/start', payload: { token: 'x'.repeat(43), password: 'long enough password' } }),
  },
  'POST /api/setup/finish': {
    access: 'public',
    sample: () => ({ url: '/api/setup/finish', payload: { token: 'x'.repeat(43), code: '123456' } }),
  },
  'GET /api/auth/oidc/start': { access: 'public' },
  'GET /api/auth/oidc/callback': {
    access: 'public',
    sample: () => ({ url: '/api/auth/oidc/callback?code=x&state=y' }),
  },
  'POST /api/auth/webauthn/options': { access: 'public' },
  'POST /api/auth/webauthn': {
    access: 'public',
    sample: () => ({ url: '/api/auth/webauthn', payload: { response: {} } }),
  },
  'GET /api/account/webauthn': { access: everyRole },
  'POST /api/account/webauthn/options': { access: everyRole },
  'POST /api/account/webauthn': {
    access: everyRole,
    // Without a browser's authenticator the best an allowed caller can get is "start again".
    allowedAnswer: 409,
    sample: () => ({ url: '/api/account/webauthn', payload: { name: 'Key', response: { id: 'x' } } }),
  },
  'POST /api/account/webauthn/:id/remove': {
    access: everyRole,
    allowedAnswer: 404,
    sample: () => ({ url: '/api/account/webauthn/AAAAAAAAAAAAAAAAAAAAAA/remove' }),
  },
  'GET /api/account': { access: everyRole },
  // The API's own contract (OpenAPI 3.1) and its reference page: any signed-in staff.
  'GET /api/openapi.json': { access: everyRole },
  'GET /api/reference': { access: everyRole },
  'GET /api/account/sessions': { access: everyRole },
  'POST /api/account/sessions/:id/revoke': {
    access: everyRole,
    sample: async (ctx) => ({
      url: `/api/account/sessions/${await throwawaySessionId(ctx.callerId ?? ctx.targetId)}/revoke`,
    }),
  },
  'GET /api/admin/users': { access: adminOnly },
  'POST /api/admin/users': {
    access: adminOnly,
    sample: (ctx) => ({
      url: '/api/admin/users',
      payload: { email: `new${String(ctx.n)}@example.police.uk`, displayName: 'New Person', roles: ['officer'] },
    }),
  },
  'GET /api/admin/users/:id': { access: adminOnly, sample: (ctx) => ({ url: `/api/admin/users/${ctx.targetId}` }) },
  'PATCH /api/admin/users/:id': {
    access: adminOnly,
    sample: (ctx) => ({
      url: `/api/admin/users/${ctx.targetId}`,
      payload: { displayName: `Renamed ${String(ctx.n)}` },
    }),
  },
  'POST /api/admin/users/:id/disable': {
    access: adminOnly,
    sample: (ctx) => ({ url: `/api/admin/users/${ctx.targetId}/disable` }),
  },
  'POST /api/admin/users/:id/enable': {
    access: adminOnly,
    sample: (ctx) => ({ url: `/api/admin/users/${ctx.targetId}/enable` }),
  },
  'POST /api/admin/users/:id/reset': {
    access: adminOnly,
    sample: (ctx) => ({ url: `/api/admin/users/${ctx.targetId}/reset` }),
  },
  'GET /api/admin/users/:id/sessions': {
    access: adminOnly,
    sample: (ctx) => ({ url: `/api/admin/users/${ctx.targetId}/sessions` }),
  },
  'POST /api/admin/sessions/:id/revoke': {
    access: adminOnly,
    sample: async (ctx) => ({ url: `/api/admin/sessions/${await throwawaySessionId(ctx.targetId)}/revoke` }),
  },
  'GET /api/admin/roles': { access: adminOnly },
  'GET /api/admin/teams': { access: supervisorsAndAdmins },
  'POST /api/admin/teams': {
    access: adminOnly,
    sample: (ctx) => ({ url: '/api/admin/teams', payload: { name: `Team ${String(ctx.n)}` } }),
  },
  'GET /api/admin/teams/:id': { access: adminOnly, sample: (ctx) => ({ url: `/api/admin/teams/${ctx.teamId}` }) },
  'PATCH /api/admin/teams/:id': {
    access: adminOnly,
    sample: (ctx) => ({ url: `/api/admin/teams/${ctx.teamId}`, payload: { description: `Edited ${String(ctx.n)}` } }),
  },
  'GET /api/admin/partner-organisations': { access: supervisorsAndAdmins },
  'POST /api/admin/partner-organisations': {
    access: adminOnly,
    sample: (ctx) => ({
      url: '/api/admin/partner-organisations',
      payload: { name: `Org ${String(ctx.n)}`, kind: 'housing' },
    }),
  },
  'GET /api/audit/events': { access: supervisorsAndAdmins },
  'GET /api/audit/records/:type/:id': {
    access: supervisorsAndAdmins,
    sample: (ctx) => ({ url: `/api/audit/records/staff_user/${ctx.targetId}` }),
  },
  'POST /api/audit/export': {
    access: adminOnly,
    sample: () => ({
      url: '/api/audit/export',
      payload: { format: 'json', reason: 'Professional Standards request PS/123' },
    }),
  },
  'POST /api/audit/verify': { access: adminOnly },
  ...intelligenceAndTriageRoutes(),
  ...staffJourneyRoutes('/phone-report', 'call_handler'),
  ...staffJourneyRoutes('/partner-report', 'partner_agency'),
  ...networkRoutes(),
  ...mapRoutes(),
  ...safetyRoutes(),
  ...operationsRoutes(),
  ...caseworkRoutes(),
  ...disclosureRoutes(),
  ...treatmentRoutes(),
  ...analysisRoutes(),
  'GET /api/disseminations/shared-with-me': {
    access: ['intelligence_analyst', 'intelligence_supervisor', 'officer', 'safeguarding_lead', 'partner_agency'],
  },
};

describe('every staff route, as every role and as nobody', () => {
  const users = new Map<Role, string>();
  let targetId = '';
  let teamId = '';
  let provider: FakeProvider;

  before(async () => {
    // Single sign-on is configured (against a local fake provider) so its routes are listed too.
    provider = await startFakeOidcProvider({ clientId: 'linebreak', clientSecret: 'secret' });
    system = await createTestSystem({
      config: testConfig({
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: 'linebreak',
        OIDC_CLIENT_SECRET: 'secret',
      }),
    });
    app = await createStaffApp(system.services);
    const organisation = await system.services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Children’s Services',
      kind: 'childrens_social_care',
    });
    teamId = (await system.services.teams.createTeam(testAdminActor, { name: 'Route test team' })).id;
    for (const role of roles) {
      const { user } = await system.services.users.createUser(testAdminActor, {
        email: `${role}@example.police.uk`,
        displayName: role,
        roles: [role],
        partnerOrganisationId: role === 'partner_agency' ? organisation.id : null,
      });
      users.set(role, user.id);
    }
    const target = await system.services.users.createUser(testAdminActor, {
      email: 'target@example.police.uk',
      displayName: 'Target',
      roles: ['officer'],
    });
    targetId = target.user.id;
  });
  after(async () => {
    await app.close();
    await system.close();
    await provider.close();
  });

  test('the table lists exactly the routes the staff listener serves', async () => {
    await app.ready();
    const served = listRoutes(app).map((route) => (route.startsWith('GET /app') ? 'GET /app/*' : route));
    assert.deepEqual([...new Set(served)].sort(), Object.keys(routeTable).sort());
  });

  async function clientFor(caller: Caller): Promise<StaffClient> {
    if (caller === 'nobody') {
      const anonymous = staffClient(app);
      await anonymous.request({ method: 'GET', url: '/api/auth/session' });
      return anonymous;
    }
    return staffClient(app, await sessionFor(system, users.get(caller) ?? ''));
  }

  let n = 0;
  for (const [route, entry] of Object.entries(routeTable)) {
    test(route, async () => {
      const [method = 'GET', path = '/'] = route.split(' ');
      for (const caller of ['nobody', ...roles] as Caller[]) {
        n += 1;
        const callerId = caller === 'nobody' ? null : (users.get(caller) ?? null);
        const sample = entry.sample ? await entry.sample({ callerId, targetId, teamId, n }) : { url: path };
        const client = await clientFor(caller);
        const response = await client.request({
          method,
          url: sample.url,
          ...(sample.payload ? { payload: sample.payload } : {}),
        });
        const where = `${route} as ${caller}: ${String(response.statusCode)} ${response.body.slice(0, 200)}`;
        if (entry.access === 'public') {
          assert.notEqual(response.statusCode, 403, where);
          assert.ok(response.statusCode < 500, where);
          continue;
        }
        const allowed = caller !== 'nobody' && (entry.access === 'signed-in' || entry.access.includes(caller));
        if (allowed && entry.allowedAnswer === 'not-refused') {
          assert.ok(![401, 403].includes(response.statusCode) && response.statusCode < 500, where);
        } else if (allowed && entry.allowedAnswer !== undefined) {
          assert.equal(response.statusCode, entry.allowedAnswer, where);
        } else if (allowed) {
          assert.ok(response.statusCode >= 200 && response.statusCode < 300, where);
        } else {
          assert.equal(response.statusCode, caller === 'nobody' ? 401 : (entry.deniedAnswer ?? 403), where);
        }
      }
    });
  }

  test('a denied route reveals nothing and an unknown record id reads as "not found or no access"', async () => {
    const client = await clientFor('administrator');
    const missing = await client.request({ method: 'GET', url: `/api/admin/users/${randomUUID()}` });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<{ title: string }>().title, 'Not found or no access');
    const officer = await clientFor('officer');
    const refused = await officer.request({ method: 'GET', url: `/api/admin/users/${targetId}` });
    assert.equal(refused.statusCode, 403);
    assert.ok(!refused.body.includes('target@'), 'a refusal never carries record data');
  });
});

// Intelligence, alerts, entities and the inbox (issue 5). Record routes are called with an id
// that names nothing: callers with access get "not found or no access" (404), others 403.
function intelligenceAndTriageRoutes(): Record<string, Entry> {
  const unit: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor'];
  const supervisor: readonly Role[] = ['intelligence_supervisor'];
  const intelligenceReaders: readonly Role[] = [...unit, 'officer', 'safeguarding_lead', 'partner_agency'];
  const alertReaders: readonly Role[] = [...unit, 'safeguarding_lead'];
  const entityReaders: readonly Role[] = [...unit, 'officer', 'safeguarding_lead'];
  const missing = '00000000-0000-4000-8000-000000000000';
  const onMissing = (path: string, payload?: Record<string, unknown>) => () => ({
    url: path.replace(':id', missing),
    ...(payload ? { payload } : {}),
  });
  const evaluation = {
    grade: { source: '2', assessment: 'A', handling: 'P', conditions: null },
    sourceEvaluationReason: 'First-time member of the public',
    sanitisedText: 'Visitors at an address at all hours.',
    assessment: 'Consistent with a trap house.',
    priority: 'medium',
    actionDecision: 'develop',
    researchedSystems: [],
    expectedVersion: 1,
  };
  return {
    'GET /api/intelligence': { access: intelligenceReaders },
    'POST /api/intelligence': {
      access: unit,
      sample: () => ({
        url: '/api/intelligence',
        payload: { sourceType: 'public_anonymous', originalText: 'Cars all night at the flats', priority: 'low' },
      }),
    },
    'GET /api/intelligence/:id': {
      access: intelligenceReaders,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id'),
    },
    'POST /api/intelligence/:id/original': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id/original', { reason: 'Checking the sanitisation' }),
    },
    'POST /api/intelligence/:id/evaluate': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id/evaluate', evaluation),
    },
    'POST /api/intelligence/:id/submit': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id/submit'),
    },
    'POST /api/intelligence/:id/review': {
      access: supervisor,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id/review', { approve: true, note: 'ok' }),
    },
    'POST /api/intelligence/:id/disseminate': {
      access: supervisor,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id/disseminate', {
        recipients: [{ type: 'team', id: 'team-x' }],
        justification: 'Needed for the operation',
      }),
    },
    'POST /api/intelligence/:id/archive': {
      access: supervisor,
      allowedAnswer: 404,
      sample: onMissing('/api/intelligence/:id/archive'),
    },
    'GET /api/alerts': { access: alertReaders },
    'GET /api/alerts/:id': { access: alertReaders, allowedAnswer: 404, sample: onMissing('/api/alerts/:id') },
    'POST /api/alerts/:id/status': {
      access: alertReaders,
      allowedAnswer: 404,
      sample: onMissing('/api/alerts/:id/status', { status: 'acknowledged', note: 'seen' }),
    },
    'GET /api/entities': {
      access: entityReaders,
      allowedAnswer: 404,
      sample: () => ({ url: '/api/entities?kind=phone&value=%2B447700900000' }),
    },
    'GET /api/entities/:id': { access: entityReaders, allowedAnswer: 404, sample: onMissing('/api/entities/:id') },
    'GET /api/persons/:id/resolution': {
      access: entityReaders,
      allowedAnswer: 404,
      sample: onMissing('/api/persons/:id/resolution'),
    },
    'POST /api/persons/merges': {
      access: unit,
      allowedAnswer: 404,
      sample: () => ({
        url: '/api/persons/merges',
        payload: { survivorId: missing, mergedId: '00000000-0000-4000-8000-000000000001', reason: 'Same person' },
      }),
    },
    'POST /api/persons/merges/:id/undo': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/persons/merges/:id/undo', { reason: 'Two brothers' }),
    },
    'POST /api/persons/suggestions/:id/reject': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/persons/suggestions/:id/reject', { reason: 'Different people' }),
    },
    'GET /api/entities/recent': { access: entityReaders, sample: () => ({ url: '/api/entities/recent?kind=phone' }) },
    'GET /api/inbox': { access: unit },
    'GET /api/inbox/assignees': { access: unit },
    'GET /api/inbox/wards': { access: unit },
    'POST /api/inbox/bulk': {
      access: unit,
      allowedAnswer: 404,
      sample: () => ({ url: '/api/inbox/bulk', payload: { action: 'unassign', reportIds: [missing] } }),
    },
    'GET /api/reports/:id/desk': { access: unit, allowedAnswer: 404, sample: onMissing('/api/reports/:id/desk') },
    'POST /api/reports/:id/viewing': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/reports/:id/viewing'),
    },
    'DELETE /api/reports/:id/viewing': {
      access: unit,
      allowedAnswer: 204,
      sample: onMissing('/api/reports/:id/viewing'),
    },
    'GET /api/report-message-templates': { access: unit },
    'GET /api/report-thank-you-messages': { access: unit },
    // Thanks to a reporter (ADR 0041): a refusal and a missing report are the same answer.
    'POST /api/reports/:id/thanks': {
      access: unit,
      allowedAnswer: 404,
      deniedAnswer: 404,
      sample: onMissing('/api/reports/:id/thanks', { message: 'useful' }),
    },
    'GET /api/search/reports': { access: unit, sample: () => ({ url: '/api/search/reports?q=Tiny+07700900123' }) },
    'GET /api/reports/:id': { access: unit, allowedAnswer: 404, sample: onMissing('/api/reports/:id') },
    'POST /api/reports/:id/contact': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/reports/:id/contact', { reason: 'Call the reporter back' }),
    },
    'POST /api/reports/:id/status': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/reports/:id/status', { status: 'under_review' }),
    },
    // Marking a report for translation (ADR 0048): the same permissions as changing its status.
    'POST /api/reports/:id/for-translation': {
      access: unit,
      allowedAnswer: 404,
      sample: onMissing('/api/reports/:id/for-translation', { forTranslation: true }),
    },
    // Messages to a reporter: a refusal and a missing report are the same answer by design.
    'GET /api/reports/:id/messages': {
      access: unit,
      allowedAnswer: 404,
      deniedAnswer: 404,
      sample: onMissing('/api/reports/:id/messages'),
    },
    'POST /api/reports/:id/messages': {
      access: unit,
      allowedAnswer: 404,
      deniedAnswer: 404,
      sample: onMissing('/api/reports/:id/messages', { body: 'Which flat number?' }),
    },
  };
}

// The phone channel: call handlers key 101 and Crimestoppers calls through the public journey.
function staffJourneyRoutes(prefix: string, role: Role): Record<string, Entry> {
  const pages = [
    'about',
    'anything-else',
    'check',
    'contact',
    'home-taken-over',
    'phones',
    'vehicles',
    'when',
    'where',
    'who',
    'young-person',
  ];
  const entries: Record<string, Entry> = {};
  const journey = { access: [role] as readonly Role[], allowedAnswer: 'not-refused' as const };
  for (const path of ['', ...pages.map((p) => `/${p}`), '/confirmation', '/session-ended', '/danger']) {
    entries[`GET ${prefix}${path}`] = journey;
  }
  for (const path of [...pages.map((p) => `/${p}`), '/finish', '/start', '/danger']) {
    entries[`POST ${prefix}${path}`] = journey;
  }
  return entries;
}

// Link analysis and deal lines (issue 7): reading needs network.read (the unit and officers);
// exports and changes are the unit's. Samples name records that do not exist, so an allowed
// caller gets an answer that is not a refusal (an empty result or "not found").
function networkRoutes(): Record<string, Entry> {
  const readers: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor', 'officer'];
  const unit: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor'];
  const id = '00000000-0000-4000-8000-000000000001';
  const other = '00000000-0000-4000-8000-000000000002';
  const entry = (
    access: readonly Role[],
    method: 'GET' | 'other',
    url: string,
    payload?: Record<string, unknown>,
  ): Entry => ({
    access,
    allowedAnswer: 'not-refused',
    sample: () => ({ url, ...(payload ? { payload } : {}) }),
  });
  const sample = { text: 'bits on 24/7', observedOn: '2026-11-01' };
  return {
    'GET /api/network/expand': entry(readers, 'GET', `/api/network/expand?seeds=${id}`),
    'GET /api/network/analysis': entry(readers, 'GET', `/api/network/analysis?seeds=${id}`),
    'GET /api/network/path': entry(readers, 'GET', `/api/network/path?from=${id}&to=${other}`),
    'GET /api/network/key-players': entry(readers, 'GET', `/api/network/key-players?seeds=${id}`),
    'GET /api/network/centrality/:runId': entry(readers, 'GET', `/api/network/centrality/${id}`),
    'POST /api/network/communities': entry(readers, 'other', '/api/network/communities', {}),
    'GET /api/network/communities': entry(readers, 'GET', '/api/network/communities'),
    'GET /api/network/communities/:runId/:community': entry(readers, 'GET', `/api/network/communities/${id}/0`),
    'POST /api/network/exports': entry(unit, 'other', '/api/network/exports', {
      format: 'csv',
      reason: 'Briefing pack',
      scope: { kind: 'entities', entityIds: [id] },
    }),
    'GET /api/deal-lines': entry(readers, 'GET', '/api/deal-lines'),
    'POST /api/deal-lines': entry(unit, 'other', '/api/deal-lines', { phoneEntityId: id, brandName: 'the Test line' }),
    'GET /api/deal-lines/:id': entry(readers, 'GET', `/api/deal-lines/${id}`),
    'PATCH /api/deal-lines/:id': entry(unit, 'other', `/api/deal-lines/${id}`, {
      brandName: 'Renamed',
      expectedVersion: 1,
    }),
    'POST /api/deal-lines/:id/status': entry(unit, 'other', `/api/deal-lines/${id}/status`, {
      status: 'confirmed',
      note: 'Confirmed by test purchase',
    }),
    'POST /api/deal-lines/:id/numbers': entry(unit, 'other', `/api/deal-lines/${id}/numbers`, {
      phoneEntityId: other,
      fromDate: '2026-11-01',
    }),
    'POST /api/deal-lines/:id/numbers/:numberId/end': entry(
      unit,
      'other',
      `/api/deal-lines/${id}/numbers/${other}/end`,
      { toDate: '2026-11-20' },
    ),
    'POST /api/deal-lines/:id/people': entry(unit, 'other', `/api/deal-lines/${id}/people`, {
      personEntityId: other,
      role: 'runner',
      victim: true,
    }),
    'DELETE /api/deal-lines/:id/people/:assignmentId': entry(unit, 'other', `/api/deal-lines/${id}/people/${other}`, {
      reason: 'Role ended',
    }),
    'POST /api/deal-lines/:id/samples': entry(unit, 'other', `/api/deal-lines/${id}/samples`, { samples: [sample] }),
  };
}

// The district map: its gazetteer background and flagged locations, for entity readers.
function mapRoutes(): Record<string, Entry> {
  const entityReaders: readonly Role[] = [
    'intelligence_analyst',
    'intelligence_supervisor',
    'officer',
    'safeguarding_lead',
  ];
  return {
    'GET /api/maps/gazetteer': { access: entityReaders },
    'GET /api/maps/style': { access: entityReaders },
    'GET /api/maps/flagged-locations': { access: entityReaders },
    // police.uk acquisitive crime near flagged places: police staff only, never partners (ADR 0043).
    'GET /api/context/acquisitive-crime': { access: ['intelligence_analyst', 'intelligence_supervisor', 'officer'] },
    // Briefing sheets: an id that names nothing is "not found or no access" for readers.
    'GET /api/briefings/addresses/:id': {
      access: entityReaders,
      sample: () => ({ url: '/api/briefings/addresses/00000000-0000-4000-8000-000000000000' }),
      allowedAnswer: 404,
    },
    'GET /api/briefings/lines/:id': {
      access: ['intelligence_analyst', 'intelligence_supervisor', 'officer'],
      sample: () => ({ url: '/api/briefings/lines/00000000-0000-4000-8000-000000000000' }),
      allowedAnswer: 404,
    },
  };
}

// Safety and trust (issue 8): photos (cleaned for readers of reports; the sealed original for
// intelligence supervisors only, with a reason), the retention review list (supervisors) and the
// safeguarding team's view of reports about a child or a vulnerable adult.
function safetyRoutes(): Record<string, Entry> {
  const unit: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor'];
  const supervisor: readonly Role[] = ['intelligence_supervisor'];
  const safeguarding: readonly Role[] = ['safeguarding_lead'];
  const report = '00000000-0000-4000-8000-000000000003';
  const photo = '00000000-0000-4000-8000-000000000004';
  return {
    'GET /api/reports/:id/photos': {
      access: unit,
      allowedAnswer: 404,
      sample: () => ({ url: `/api/reports/${report}/photos` }),
    },
    'GET /api/reports/:id/photos/:photoId': {
      access: unit,
      allowedAnswer: 404,
      sample: () => ({ url: `/api/reports/${report}/photos/${photo}` }),
    },
    'POST /api/reports/:id/photos/:photoId/original': {
      access: supervisor,
      allowedAnswer: 404,
      sample: () => ({
        url: `/api/reports/${report}/photos/${photo}/original`,
        payload: { reason: 'Evidence for the court file' },
      }),
    },
    'GET /api/retention/due': { access: supervisor },
    'POST /api/retention/:id/keep': {
      access: supervisor,
      allowedAnswer: 404,
      sample: () => ({
        url: `/api/retention/${report}/keep`,
        payload: { keepDays: 365, reason: 'Linked to an open operation' },
      }),
    },
    'POST /api/retention/:id/erase': {
      access: supervisor,
      allowedAnswer: 404,
      sample: () => ({
        url: `/api/retention/${report}/erase`,
        payload: { reason: 'No longer needed: no links after review' },
      }),
    },
    'GET /api/safeguarding/referrals': { access: safeguarding },
    'GET /api/safeguarding/referrals/:id': {
      access: safeguarding,
      allowedAnswer: 404,
      sample: () => ({ url: `/api/safeguarding/referrals/${report}` }),
    },
  };
}

// Operations (issue 14): police only. The unit and officers read targets; the unit targets.
// Samples name records that do not exist, so an allowed caller gets "not found" or a refusal of the input.
function operationsRoutes(): Record<string, Entry> {
  const readers: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor', 'officer'];
  const unit: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor'];
  const id = '00000000-0000-4000-8000-000000000005';
  const entry = (access: readonly Role[], url: string, payload?: Record<string, unknown>): Entry => ({
    access,
    allowedAnswer: 'not-refused',
    sample: () => ({ url, ...(payload ? { payload } : {}) }),
  });
  return {
    'GET /api/operations/targets': entry(readers, '/api/operations/targets'),
    'POST /api/operations/targets': entry(unit, '/api/operations/targets', {
      personEntityId: id,
      rationale: 'Holds a line and exploits children',
      reviewOn: '2027-01-15',
    }),
    'GET /api/operations/targets/:id': entry(readers, `/api/operations/targets/${id}`),
    'POST /api/operations/targets/:id/adjust': entry(unit, `/api/operations/targets/${id}/adjust`, {
      adjustment: 10,
      reason: 'TT&CG decision of this fortnight',
      expectedVersion: 1,
    }),
    'POST /api/operations/targets/:id/review': entry(unit, `/api/operations/targets/${id}/review`, {
      nextReviewOn: '2027-02-01',
      note: 'Still active',
      expectedVersion: 1,
    }),
    'POST /api/operations/targets/:id/close': entry(unit, `/api/operations/targets/${id}/close`, {
      reason: 'Charged and remanded',
      expectedVersion: 1,
    }),
    'GET /api/operations/persons/:id': entry(readers, `/api/operations/persons/${id}`),
    // s.23 warrants: everyone who reads operations applies; only the inspector's permission authorises.
    'GET /api/operations/warrant-intelligence': entry(readers, `/api/operations/warrant-intelligence?ids=${id}`),
    'GET /api/operations/warrants': entry(readers, '/api/operations/warrants'),
    'GET /api/operations/intelligence/:id/led-to': entry(readers, `/api/operations/intelligence/${id}/led-to`),
    'POST /api/operations/warrants': entry(readers, '/api/operations/warrants', {
      intelligenceIds: [id],
      premises: '12 Example Road, St Albans',
      searchPersonsFound: true,
      drugsSought: ['cocaine'],
      entriesSought: 1,
      grounds: 'Graded intelligence of supply from the address.',
      undermining: 'Nothing known',
      plannedExecutionOn: '2099-01-01',
    }),
    'GET /api/operations/warrants/:id': entry(readers, `/api/operations/warrants/${id}`),
    'POST /api/operations/warrants/:id/authorise': entry(
      ['intelligence_supervisor'],
      `/api/operations/warrants/${id}/authorise`,
      {
        note: 'Grounds are corroborated',
        expectedVersion: 1,
      },
    ),
    'POST /api/operations/warrants/:id/decision': entry(readers, `/api/operations/warrants/${id}/decision`, {
      decision: 'issued',
      court: 'St Albans Magistrates',
      decidedOn: '2026-11-20',
      expectedVersion: 1,
    }),
    'POST /api/operations/warrants/:id/entries': entry(readers, `/api/operations/warrants/${id}/entries`, {
      executedAt: '2026-11-21T06:00:00Z',
      entryMethod: 'key',
      officersPresent: 'PC 101',
      personsPresent: 'Nobody',
      childrenPresent: false,
      vulnerableAdultsPresent: false,
      articlesFound: false,
      itemsSeized: 'None',
      expectedVersion: 1,
    }),
    // Arrests, charges and seizures: the unit and officers record them.
    'GET /api/operations/arrests': entry(readers, '/api/operations/arrests'),
    'POST /api/operations/arrests': entry(readers, '/api/operations/arrests', {
      personEntityId: id,
      arrestedAt: '2026-11-25T18:00:00Z',
      place: 'Hatfield Road',
      suspectedOffence: 'mda_s4_3',
    }),
    'GET /api/operations/arrests/:id': entry(readers, `/api/operations/arrests/${id}`),
    'POST /api/operations/arrests/:id/nrm': entry(readers, `/api/operations/arrests/${id}/nrm`, {
      note: 'NRM referral considered',
      expectedVersion: 1,
    }),
    'POST /api/operations/arrests/:id/charges': entry(readers, `/api/operations/arrests/${id}/charges`, {
      offence: 'mda_s4_3',
      outcomeType: 1,
      decidedOn: '2026-11-26',
    }),
    'POST /api/operations/seizures': entry(readers, '/api/operations/seizures', {
      arrestId: id,
      seizedAt: '2026-11-25T18:00:00Z',
      place: 'Hatfield Road',
      items: [{ kind: 'cash', amountPence: 100 }],
    }),
    'POST /api/operations/warrants/:id/return': entry(readers, `/api/operations/warrants/${id}/return`, {
      endorsement: 'Nothing found',
      returnedOn: '2026-11-22',
      expectedVersion: 1,
    }),
    // The inspector declines; the unit closes intelligence with its result.
    'POST /api/operations/warrants/:id/decline': entry(
      ['intelligence_supervisor'],
      `/api/operations/warrants/${id}/decline`,
      { reason: 'Grounds rest on one sighting only', expectedVersion: 1 },
    ),
    'POST /api/operations/intelligence/:id/result': entry(unit, `/api/operations/intelligence/${id}/result`, {
      result: 'no_further_action',
      note: 'Nothing further seen',
    }),
    // Tasking for the TT&CG: the unit opens operations and tasks; officers read and report back.
    'GET /api/operations/tasking/agenda': entry(readers, '/api/operations/tasking/agenda?meetingOn=2026-12-10'),
    'GET /api/operations/tasking/assignees': entry(unit, '/api/operations/tasking/assignees'),
    'GET /api/operations/operations': entry(readers, '/api/operations/operations'),
    'POST /api/operations/operations': entry(unit, '/api/operations/operations', {
      name: 'Operation Matrix',
      objective: 'Disrupt a line in the route test',
    }),
    'GET /api/operations/operations/:id': entry(readers, `/api/operations/operations/${id}`),
    'POST /api/operations/operations/:id/members': entry(unit, `/api/operations/operations/${id}/members`, {
      kind: 'address',
      address: '12 Example Road, St Albans',
      expectedVersion: 1,
    }),
    'POST /api/operations/operations/:id/tasks': entry(unit, `/api/operations/operations/${id}/tasks`, {
      title: 'Observations',
      detail: 'Observe the address',
      assigneeKind: 'team',
      assigneeId: id,
      dueOn: '2099-01-01',
      expectedVersion: 1,
    }),
    // Disruption per line: readers see the measures; the unit records disrupted or closed with evidence.
    'GET /api/operations/deal-lines/:id/disruption': entry(readers, `/api/operations/deal-lines/${id}/disruption`),
    'POST /api/operations/deal-lines/:id/disruption': entry(unit, `/api/operations/deal-lines/${id}/disruption`, {
      status: 'disrupted',
      reason: 'Holder arrested and phone seized',
      evidence: [{ kind: 'arrest', id }],
      expectedVersion: 1,
    }),
    'POST /api/operations/tasks/:id/result': entry(readers, `/api/operations/tasks/${id}/result`, {
      status: 'done',
      result: 'Observed twice',
      expectedVersion: 1,
    }),
  };
}
