import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createPublicApp } from '../../src/main/public-app.ts';
import type { ReportAnswers, ReportLanguage } from '../../src/modules/reports/index.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';

// Issue 20 / ADR 0048: a report keeps the language it was written in; staff see it and the
// original text, filter by it, and mark a report for translation (audited).

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  handler: testActor('handler-1', ['call_handler']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

type InboxItem = { id: string; language: string; forTranslation: boolean };

const polish =
  'Codziennie o 22:00 przy Hatfield Road sprzedają narkotyki, dzwonią z numeru 07700 900123. Chłopiec ma około 14 lat.';

describe('the language of a report', () => {
  const staff = useStaffAppByHeader(actors);
  const ids: Record<string, string> = {};
  before(async () => {
    const record = async (language: ReportLanguage | undefined, details: string) => {
      const answers: ReportAnswers = { about: { categories: ['drug_use'] }, 'anything-else': { details } };
      if (language === undefined) return recordWebReport(staff.system.services, answers);
      const recorded = await staff.system.services.db.transaction().execute((tx) =>
        staff.system.services.reports.recordNewReport(tx, {
          channel: 'web',
          answers,
          photos: [],
          actor: { type: 'public' },
          language,
        }),
      );
      return recorded.reportId;
    };
    ids.english = await record(undefined, 'people dealing by the station');
    ids.polish = await record('pl', polish);
    ids.urdu = await record('ur', 'ہر رات اسٹیشن کے پاس منشیات بیچتے ہیں');
  });

  const get = (url: string, actor: string) =>
    staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });
  const mark = (id: string, forTranslation: unknown, actor = 'analyst') =>
    staff.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/for-translation`,
      headers: { 'x-test-actor': actor },
      payload: { forTranslation },
    });
  const inbox = async (query = '') => {
    const response = await get(`/api/inbox${query}`, 'analyst');
    assert.equal(response.statusCode, 200, response.body);
    return response.json<{ items: InboxItem[] }>().items;
  };
  const auditOf = (reportId: string) =>
    staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_id', '=', reportId)
      .where('action', 'like', 'report.%translation')
      .orderBy('seq')
      .execute();

  test('the inbox shows each report language, English when none was given, and filters by it', async () => {
    const items = await inbox();
    const languageOf = new Map(items.map((item) => [item.id, item.language]));
    assert.equal(languageOf.get(ids.english ?? ''), 'en');
    assert.equal(languageOf.get(ids.polish ?? ''), 'pl');
    assert.equal(languageOf.get(ids.urdu ?? ''), 'ur');
    assert.deepEqual(
      (await inbox('?language=pl')).map((item) => item.id),
      [ids.polish],
    );
    assert.equal((await get('/api/inbox?language=xx', 'analyst')).statusCode, 400);
  });

  test('the report page shows the language and the text exactly as written, with its phone found', async () => {
    const response = await get(`/api/reports/${ids.polish ?? ''}`, 'analyst');
    assert.equal(response.statusCode, 200);
    const body = response.json<{
      language: string;
      forTranslation: boolean;
      texts: { field: string; text: string; entities: { phones: { e164: string }[] } }[];
    }>();
    assert.equal(body.language, 'pl');
    assert.equal(body.forTranslation, false);
    const account = body.texts.find((t) => t.field === 'anything-else.details');
    assert.equal(account?.text, polish);
    assert.deepEqual(
      account.entities.phones.map((p) => p.e164),
      ['+447700900123'],
    );
  });

  test('an analyst marks a report for translation and clears it; each change is audited once', async () => {
    const id = ids.polish ?? '';
    const marked = await mark(id, true);
    assert.equal(marked.statusCode, 200, marked.body);
    assert.deepEqual(marked.json(), { forTranslation: true, language: 'pl' });
    assert.equal((await mark(id, true)).statusCode, 200, 'marking again is harmless');
    assert.deepEqual(
      (await inbox('?forTranslation=true')).map((item) => item.id),
      [id],
    );
    assert.ok(!(await inbox('?forTranslation=false')).some((item) => item.id === id));
    const page = await get(`/api/reports/${id}`, 'analyst');
    assert.equal(page.json<{ forTranslation: boolean }>().forTranslation, true);
    assert.equal((await mark(id, false)).statusCode, 200);
    assert.deepEqual(await inbox('?forTranslation=true'), []);
    const events = await auditOf(id);
    assert.deepEqual(
      events.map((e) => e.action),
      ['report.mark_for_translation', 'report.clear_for_translation'],
    );
    assert.deepEqual(events[0]?.details, { language: 'pl' });
  });

  test('only those who may triage reports can mark them; unknown reports and bad input are refused', async () => {
    const id = ids.urdu ?? '';
    assert.equal((await mark(id, true, 'handler')).statusCode, 403);
    assert.equal((await mark(id, true, 'partner')).statusCode, 403);
    assert.equal((await mark(id, true, 'nobody')).statusCode, 401);
    assert.equal((await mark('6f1c1b1e-0000-4000-8000-000000000000', true)).statusCode, 404);
    assert.equal((await mark(id, 'yes')).statusCode, 400);
    assert.deepEqual(await auditOf(id), []);
    const row = await staff.system.services.db
      .selectFrom('reports')
      .select('for_translation')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.for_translation, false);
  });

  test('the public journey stores the language it was written in; none, or one the site lacks, is English', async () => {
    const publicApp = await createPublicApp(staff.system.services);
    try {
      // The language is chosen in the address when the report starts; the session keeps it.
      const sendIn = async (language: string | undefined) => {
        const client = journeyClient(publicApp);
        const lang = language === undefined ? '' : `?lang=${language}`;
        const started = await client.post(`/report/start${lang}`, {}, { csrf: false });
        assert.equal(started.statusCode, 303);
        for (const [page, fields] of Object.entries(fullAnswers)) await client.answer(page, fields);
        await client.get('/report/check');
        const sent = await client.post('/report/check');
        assert.equal(sent.statusCode, 303, sent.body);
        assert.match(String(sent.headers.location), /^\/report\/confirmation/);
      };
      const before = (await staff.system.services.db.selectFrom('reports').select('id').execute()).map((r) => r.id);
      await sendIn('ro');
      await sendIn('klingon');
      await sendIn(undefined);
      const added = await staff.system.services.db
        .selectFrom('reports')
        .select(['id', 'language'])
        .where('id', 'not in', before)
        .execute();
      assert.deepEqual(added.map((r) => r.language).sort(), ['en', 'en', 'ro']);
    } finally {
      await publicApp.close();
    }
  });
});
