import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fieldValue, one, pageTitle, parseHtml } from '../support/html.ts';
import { errorSummary, fullAnswers, journeyClient } from '../support/journey-client.ts';
import { usePublicApp } from '../support/public-app.ts';

// Issue 17, findings 1 and 6: a malformed multipart body is the sender's fault (a 400 GOV.UK
// page, no error log), and a form over the old 64 KB limit is re-shown with its answers.
describe('malformed and over-size public forms', () => {
  const site = usePublicApp();

  const malformed: readonly { name: string; contentType: string; body: string }[] = [
    { name: 'no boundary', contentType: 'multipart/form-data', body: 'x' },
    {
      name: 'a wrong boundary',
      contentType: 'multipart/form-data; boundary=abc',
      body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n',
    },
    {
      name: 'a body cut short',
      contentType: 'multipart/form-data; boundary=abc',
      body: '--abc\r\nContent-Disposition: form-data; name="details"\r\n\r\nhalf a',
    },
  ];

  for (const { name, contentType, body } of malformed) {
    for (const page of ['about', 'anything-else']) {
      test(`multipart with ${name} to /report/${page} is a 400 GOV.UK page, not a 500`, async () => {
        const before = site.system.logs.lines.length;
        const response = await site.app.inject({
          method: 'POST',
          url: `/report/${page}`,
          headers: { 'content-type': contentType },
          payload: body,
        });
        assert.equal(response.statusCode, 400, response.body.slice(0, 300));
        assert.match(response.headers['content-type'] ?? '', /text\/html/);
        assert.match(one(parseHtml(response.body), 'h1').classNames, /govuk-heading-(l|xl)\b/, 'a GOV.UK page');
        const errors = site.system.logs.lines.slice(before).filter((line) => line.includes('"level":50'));
        assert.deepEqual(errors, [], 'the sender’s mistake writes no error log line');
      });
    }
  }

  test('a form over 64 KB is re-shown with its answers and a GOV.UK error summary', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'when');
    await client.get('/report/when');
    const response = await client.post('/report/when', { ...fullAnswers.when, pattern: 'Fridays '.repeat(10_000) });
    assert.equal(response.statusCode, 400, response.body.slice(0, 300));
    const html = parseHtml(response.body);
    assert.match(pageTitle(html), /^Error: /);
    assert.deepEqual(errorSummary(response.body), [
      '#pattern What you have noticed about when it happens must be 1000 characters or fewer',
    ]);
    assert.equal(fieldValue(html, 'lastSeen-day'), '20', 'the other answers are kept');
    assert.equal(fieldValue(html, 'pattern'), 'Fridays '.repeat(10_000), 'what was typed is shown again');
  });

  test('a multipart form with a field over its size limit is re-shown with an error, not cut short', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'anything-else');
    await client.get('/report/anything-else');
    const response = await client.postMultipart('/report/anything-else', { details: 'z'.repeat(70 * 1024) }, []);
    assert.equal(response.statusCode, 400, response.body.slice(0, 300));
    assert.equal(errorSummary(response.body).length, 1, errorSummary(response.body).join('; '));
    assert.match(errorSummary(response.body)[0] ?? '', /^#details /);
  });
});
