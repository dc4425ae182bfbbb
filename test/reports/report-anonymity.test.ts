import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { listJobs } from '../../src/main/jobs.ts';
import { createPublicApp } from '../../src/main/public-app.ts';
import { mainText } from '../support/html.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { photoWithMetadata } from '../support/photos.ts';
import { appearsIn, dumpAllTables, onlyReportId } from '../support/reports.ts';
import { testActor } from '../support/staff.ts';
import { createDiskTestDatabase, testDatabaseUrl } from '../support/test-database.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';

// The promises on "How we protect you", each proven here. Every request comes from a known
// address and carries identifying headers; afterwards every table, every log line and (on
// the embedded database) every file the database wrote is searched for them, and for the
// report's own words.
const client = {
  remoteAddress: '203.0.113.99',
  headers: {
    'x-forwarded-for': '198.51.100.77',
    'x-real-ip': '192.0.2.61',
    forwarded: 'for=192.0.2.62',
    'user-agent': 'MarkerAgent/9.9 (UniqueDevice)',
    referer: 'https://referer-marker.example/page',
    'accept-language': 'xx-MARKER',
  },
};
const identifying = [client.remoteAddress, ...Object.values(client.headers), '192.0.2.62', 'MarkerAgent', 'xx-MARKER'];
const packedAddress = Buffer.from([203, 0, 113, 99]).toString('hex');

const words = {
  building: 'Flat 9 Quillon Court',
  place: 'behind the Quillon launderette',
  description: 'Wears a zebra-print Quillon jacket',
  names: 'Nickname Quasar',
  registration: 'QZ71 XKV',
  messageText: 'Zorblax deals all night text now',
  details: 'Curtains shut since the Quillon weekend',
  contactName: 'Ezekiel Quillonson',
  contactEmail: 'ezekiel.quillon@example.org',
  reply: 'Side door by the Quillon bins',
  question: 'Which Quillon door do they use?',
};
const tidiedNumbers = ['+447700900555', '07700 900 555', '+447700900556', '07700 900 556'];

describe('anonymity and protection at rest', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lb-anonymity-'));
  let system: TestSystem;
  let app: FastifyInstance;
  const pages: string[] = [];
  let receipt = '';

  before(async () => {
    const onDisk = testDatabaseUrl() === undefined;
    system = await createTestSystem({
      config: testConfig({ LINEBREAK_DATA_DIR: folder }),
      ...(onDisk ? { database: await createDiskTestDatabase(join(folder, 'pglite')) } : {}),
    });
    // 10:37:12 on 26 November: a time that must not be found anywhere afterwards.
    system.clock.advance(37 * 60_000 + 12_345);
    app = await createPublicApp(system.services);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('a whole report, with a photo, then a reply through the receipt inbox, from a known address', async () => {
    const browser = journeyClient(app, client);
    const answers = {
      ...fullAnswers,
      where: { building: words.building, street: 'Hatfield Road', postcode: 'AL1 3JX', place: words.place },
      who: { ...fullAnswers.who, person1Description: words.description, person1Names: words.names },
      vehicles: { vehicle1Registration: words.registration },
      phones: { phone1Number: '07700 900 555', phone1MessageText: words.messageText },
      contact: {
        choice: 'contact',
        contactName: words.contactName,
        contactEmail: words.contactEmail,
        contactPhone: '07700 900 556',
        safeToContact: 'yes',
        shareWithSafeguarding: 'no',
      },
    };
    await browser.walk(answers, 'anything-else');
    pages.push((await browser.get('/report/anything-else')).body);
    const upload = await browser.postMultipart('/report/anything-else', { details: words.details }, [
      { name: 'IMG_0042.jpg', type: 'image/jpeg', bytes: await photoWithMetadata() },
    ]);
    assert.equal(upload.statusCode, 303);
    await browser.answer('contact', answers.contact);
    pages.push((await browser.get('/report/check')).body);
    receipt = await browser.send();
    await browser.post('/report/finish', { savedReceipt: 'yes' });

    // The analyst asks at 14:05, the reporter answers at 14:22: staff actions keep their
    // time, the reporter's keep only the day.
    system.clock.advance(3 * 60 * 60_000 + 28 * 60_000);
    const reportId = await onlyReportId(system.services);
    await system.services.reportMessages.postQuestion(
      testActor('analyst-1', ['intelligence_analyst']),
      reportId,
      words.question,
    );
    system.clock.advance(17 * 60_000);
    const follower = journeyClient(app, client);
    assert.equal((await follower.post('/report/follow-up', { receipt })).statusCode, 303);
    const inbox = await follower.get('/report/follow-up/inbox');
    pages.push(inbox.body);
    assert.ok(mainText(inbox.body).includes(words.question), 'the question is shown');
    assert.equal((await follower.post('/report/follow-up/inbox', { message: words.reply })).statusCode, 303);
    pages.push((await follower.get('/report')).body, (await follower.get('/how-we-protect-you')).body);
  });

  test('no page of the journey asks the browser to contact any other site', () => {
    assert.ok(pages.length >= 5);
    for (const html of pages) {
      for (const [, reference = ''] of html.matchAll(/(?:src|href|action|formaction|srcset|poster)="([^"]*)"/g)) {
        assert.match(reference, /^(\/|#|data:)/, `same-origin only: ${reference}`);
      }
      assert.doesNotMatch(html, /url\(\s*['"]?https?:/i);
    }
  });

  test('neither the database nor the logs hold the address, the device or the browser', async () => {
    const dump = await dumpAllTables(system.services);
    const logs = system.logs.text();
    assert.ok(dump.length > 1000 && logs.length > 0);
    for (const marker of identifying) {
      assert.ok(!appearsIn(dump, marker), `the database holds ${marker}`);
      assert.ok(!logs.includes(marker), `the logs hold ${marker}`);
    }
    assert.ok(!dump.includes(packedAddress));
  });

  test('a copy of the database reveals none of what was reported, only the triage metadata', async () => {
    const dump = await dumpAllTables(system.services);
    for (const plaintext of [
      ...Object.values(words),
      ...tidiedNumbers,
      'AL1 3JX',
      receipt,
      receipt.replaceAll(' ', ''),
    ]) {
      assert.ok(!appearsIn(dump, plaintext), `the database reveals ${plaintext}`);
    }
    assert.ok(!appearsIn(system.logs.text(), words.description));
    const report = await system.services.db.selectFrom('reports').selectAll().executeTakeFirstOrThrow();
    assert.equal(report.postcode_sector, 'AL1 3', 'the coarse area is kept in clear');
    assert.ok(report.categories.includes('dealing_place'));
  });

  test('only the day of the report and of the reply is kept, not the time', async () => {
    // Kysely's migration tables record when the schema was built (wall-clock time, which can match
    // the test clock's hour); they hold nothing of any report.
    const dump = (await dumpAllTables(system.services))
      .split(/\n(?=== )/)
      .filter((section) => !section.startsWith('== kysely_migration'))
      .join('\n');
    const times = dump.match(/.{0,60}(?:T10:3|10:3\d:|T14:2|14:2\d:).{0,20}/g) ?? [];
    assert.deepEqual(times, [], 'no time of day near the report or the reply');
    assert.match(dump, /T14:05:12/, 'the analyst’s question keeps its time (the check above can see times)');
    const timeColumns = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name in ('reports', 'report_photos', 'report_messages')
        and data_type like 'time%'`.execute(system.services.db);
    assert.deepEqual(timeColumns.rows, []);
    const publicEvents = await system.services.db
      .selectFrom('audit_events')
      .select(['occurred_at', 'request_id'])
      .where('actor_type', '=', 'public')
      .execute();
    assert.equal(publicEvents.length, 2, 'the report and the reply');
    for (const event of publicEvents) {
      assert.equal(event.occurred_at.toISOString(), '2026-11-26T00:00:00.000Z');
      assert.equal(event.request_id, null);
    }
  });

  test('no time of day is kept once the triage worker has processed the report', async () => {
    const job = listJobs(system.services).find((candidate) => candidate.name === 'process-reports');
    assert.ok(job);
    await job.run(new AbortController().signal);
    const dump = await dumpAllTables(system.services);
    const times = dump.match(/.{0,60}(?:T14:2|14:2\d:).{0,20}/g) ?? [];
    assert.deepEqual(times, [], 'no time of day near the report');
  });

  test('requests on the report journey write no log lines at all', () => {
    const routes = system.logs.lines.map((line) => (JSON.parse(line) as { route?: string }).route ?? '');
    assert.ok(routes.includes('/how-we-protect-you'), 'other pages are logged as usual');
    assert.deepEqual(
      routes.filter((route) => route.startsWith('/report')),
      [],
    );
  });

  test('nor does any file the database wrote (embedded database)', async (t) => {
    if (testDatabaseUrl() !== undefined) {
      t.skip('PostgreSQL keeps its files on the server; the table dump above covers it');
      return;
    }
    await system.close();
    const files = listFiles(folder);
    assert.ok(files.length > 20, `found ${String(files.length)} files`);
    const needles = [...identifying, ...Object.values(words), ...tidiedNumbers, 'AL1 3JX', receipt.replaceAll(' ', '')];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) {
        assert.equal(bytes.indexOf(Buffer.from(needle, 'utf8')), -1, `${file} contains ${needle}`);
      }
      assert.equal(bytes.indexOf(Buffer.from([203, 0, 113, 99])), -1, `${file} contains the packed address`);
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
