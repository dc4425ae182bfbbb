import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { errorSummary, fullAnswers, journeyClient, type FormFields } from '../support/journey-client.ts';
import { all, fieldErrors, fieldValue, fieldValues, heading, pageTitle, parseHtml } from '../support/html.ts';
import { usePublicApp } from '../support/public-app.ts';

// Every page's error state: status 400, "Error:" in the title, a GOV.UK error summary whose
// links point at the fields, the inline error, and what the reporter typed shown again.
// `typed` names a field and what it must show again.
const errorCases: readonly {
  page: string;
  fields: FormFields;
  summary: string;
  typed?: readonly [name: string, value: string];
}[] = [
  { page: 'about', fields: {}, summary: '#categories Select what you want to tell us about' },
  { page: 'where', fields: {}, summary: '#building Tell us where this is happening' },
  {
    page: 'where',
    fields: { postcode: 'AL1 XYZ', town: 'Harpenden' },
    summary: '#postcode Enter a postcode in the right format',
    typed: ['town', 'Harpenden'],
  },
  {
    page: 'where',
    fields: { street: 'Hatfeld', building: '12' },
    summary: '#streetChoice We could not find ‘Hatfeld’ in St Albans district',
    typed: ['streetChoice', 'Hatfield Road'],
  },
  { page: 'home-taken-over', fields: { signs: 'NOT_A_SIGN' }, summary: '#signs Select the signs from the list' },
  {
    page: 'when',
    fields: { 'lastSeen-day': '30', 'lastSeen-month': '2', 'lastSeen-year': '2026', pattern: 'Fridays' },
    summary: '#lastSeen-day The date you last saw it must be a real date',
    typed: ['pattern', 'Fridays'],
  },
  {
    page: 'who',
    fields: { person1Names: 'Blade', childInvolved: 'yes' },
    summary: '#vulnerableAdultInvolved Select whether a vulnerable adult',
    typed: ['person1Names', 'Blade'],
  },
  { page: 'young-person', fields: { otherSigns: 'x'.repeat(1001) }, summary: '#otherSigns Other signs must be 1000' },
  {
    page: 'vehicles',
    fields: { vehicle1Registration: 'AB-12', vehicle1Colour: 'Blue' },
    summary: '#vehicle1Registration Registration can only include',
    typed: ['vehicle1Colour', 'Blue'],
  },
  {
    page: 'phones',
    fields: { phone2Number: 'call me', phone2MessageText: 'Ghost here' },
    summary: '#phone2Number Enter a phone number',
    typed: ['phone2MessageText', 'Ghost here'],
  },
  { page: 'anything-else', fields: { details: 'y'.repeat(5001) }, summary: '#details Anything else must be 5000' },
  {
    page: 'who',
    fields: { ...fullAnswers.who, dangerNow: ['weapon', 'none'] },
    summary: '#dangerNow Select what is happening right now, or ‘None of these’, not both',
  },
  { page: 'contact', fields: {}, summary: '#choice Select whether you want to stay anonymous' },
  {
    // The report is about a child (fullAnswers), so safeguarding will read it: may they see who you are?
    page: 'contact',
    fields: { choice: 'contact', contactPhone: '07700 900 123', safeToContact: 'yes' },
    summary: '#shareWithSafeguarding Select whether the safeguarding team can see your contact details',
    typed: ['contactPhone', '07700 900 123'],
  },
  {
    page: 'contact',
    fields: { choice: 'contact', contactEmail: 'not-an-email', contactName: 'Sam' },
    summary: '#contactEmail Enter an email address in the right format',
    typed: ['contactName', 'Sam'],
  },
];

describe('the report journey: every error state', () => {
  const site = usePublicApp();

  for (const { page, fields, summary, typed } of errorCases) {
    test(`${page}: ${summary}`, async () => {
      const client = journeyClient(site.app);
      await client.walk(fullAnswers, page);
      await client.get(`/report/${page}`);
      const response = await client.post(`/report/${page}`, fields);
      assert.equal(response.statusCode, 400);
      const html = parseHtml(response.body);
      assert.match(pageTitle(html), /^Error: /);
      const links = errorSummary(response.body);
      assert.ok(
        links.some((link) => link.startsWith(summary)),
        `error summary ${JSON.stringify(links)} has ${summary}`,
      );
      const [target = '', ...words] = summary.split(' ');
      assert.equal(all(html, `[id="${target.slice(1)}"]`).length, 1, 'the link target exists, once');
      const inline = Object.values(fieldErrors(html));
      assert.ok(
        inline.some((text) => text.startsWith(words.join(' '))),
        `an inline error ${JSON.stringify(inline)} repeats the summary`,
      );
      if (typed !== undefined) {
        const [name, value] = typed;
        assert.ok(fieldValues(html, name).includes(value), `${name} shows ${value} again`);
      }
      assert.equal(response.headers['set-cookie'], undefined);
    });
  }

  test('what a reporter types is always escaped', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'vehicles');
    await client.get('/report/vehicles');
    const attack = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const response = await client.post('/report/vehicles', { vehicle1Make: attack, vehicle1Registration: '!!' });
    assert.equal(response.statusCode, 400);
    assert.equal(fieldValue(parseHtml(response.body), 'vehicle1Make'), attack, 'shown again exactly as typed');
    assert.ok(!response.body.includes('<script>alert(1)'));
    assert.ok(!response.body.includes('<img src=x'));
    assert.ok(
      response.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'),
    );
  });

  test('a form without the session’s token is refused with 403 and nothing is saved', async () => {
    const client = journeyClient(site.app);
    await client.start();
    const missing = await client.post('/report/about', { categories: 'drug_use' }, { csrf: false });
    assert.equal(missing.statusCode, 403);
    assert.equal(heading(parseHtml(missing.body)), 'This form has expired');
    const wrong = await client.post('/report/about', { categories: 'drug_use', _csrf: 'forged' }, { csrf: false });
    assert.equal(wrong.statusCode, 403);
    assert.equal((await client.get('/report/where')).headers.location, '/report/about', 'the answer was not saved');
  });

  test('a post bigger than the form limit gets a clear page, not a failure', async () => {
    const client = journeyClient(site.app);
    await client.start();
    const response = await client.post('/report/about', { otherDescription: 'z'.repeat(1024 * 1024 + 1) });
    assert.equal(response.statusCode, 413);
    assert.equal(heading(parseHtml(response.body)), 'What you sent is too large');
  });

  test('an oversized answer on any text field is a field error, never a failure', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'who');
    await client.get('/report/who');
    const response = await client.post('/report/who', {
      person1Description: 'd'.repeat(1001),
      childInvolved: 'no',
      vulnerableAdultInvolved: 'no',
      lifeAtRisk: 'no',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), [
      '#person1Description The description must be 1000 characters or fewer',
    ]);
  });
});
