import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPublicApp } from '../../src/main/public-app.ts';
import { usePublicApp } from '../support/public-app.ts';

// The public listener must never log anything that could identify a reporter's device or
// network. Requests here carry distinctive markers in every identifying header and in the
// body; none may appear in any log line.
const site = usePublicApp();

const markers = {
  'x-forwarded-for': '203.0.113.77',
  'x-real-ip': '198.51.100.23',
  forwarded: 'for=192.0.2.60',
  'user-agent': 'MarkerAgent/9.9 (UniqueDevice)',
  referer: 'https://referer-marker.example/page',
  cookie: 'tracking=cookie-marker-123',
  'accept-language': 'xx-MARKER',
};

test('no client address, user agent, referer, cookie or body reaches the public logs', async () => {
  const requests = [
    { method: 'GET' as const, url: '/' },
    { method: 'GET' as const, url: '/no-such-page?ref=query-marker' },
    { method: 'POST' as const, url: '/', payload: 'details=body-marker-secret' },
    { method: 'GET' as const, url: '/readyz' },
  ];
  for (const request of requests) {
    await site.app.inject({
      ...request,
      headers: { ...markers, 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: '203.0.113.99',
    });
  }
  const logs = site.system.logs.text();
  assert.ok(site.system.logs.lines.length >= requests.length, 'each request was logged');
  for (const forbidden of [
    ...Object.values(markers),
    '203.0.113.99',
    'body-marker-secret',
    'query-marker',
    'remoteAddress',
    'user-agent',
    '127.0.0.1',
  ]) {
    assert.ok(!logs.includes(forbidden), `public logs must not contain ${forbidden}`);
  }
  const line = JSON.parse(site.system.logs.lines[0] ?? '{}') as Record<string, unknown>;
  assert.deepEqual(
    Object.keys(line).sort(),
    ['level', 'listener', 'method', 'ms', 'msg', 'reqId', 'route', 'service', 'statusCode', 'time'].sort(),
  );
});

test('the public listener never trusts forwarding headers', async () => {
  const fresh = await createPublicApp(site.system.services);
  let seen: string[] = [];
  fresh.addHook('onRequest', (request, _reply, done) => {
    seen = [request.ip, ...(request.ips ?? [])];
    done();
  });
  await fresh.inject({ method: 'GET', url: '/healthz', headers: markers, remoteAddress: '10.9.8.7' });
  await fresh.close();
  assert.deepEqual(new Set(seen), new Set(['10.9.8.7']), 'only the socket address is known, and it is never logged');
});
