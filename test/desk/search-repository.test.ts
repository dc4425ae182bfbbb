import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findReportsByTokens, replaceReportTokens } from '../../src/modules/search/index.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The search reads one term in order from its key, and intersects several once, cutting the page
// and the capped total from one ordered answer (issue 12's p95 target): both ways must give the
// reports newest first (ties by id), with the right total and pages.

const alpha = '101';
const beta = '202';
const gamma = '303';

describe('finding reports by token digests', () => {
  let system: TestSystem;
  const ids: string[] = [];
  const days: number[] = [];
  // Report i holds alpha always, beta when i is even, gamma when i is 3 or 6.
  const holds = (i: number) => [alpha, ...(i % 2 === 0 ? [beta] : []), ...(i === 3 || i === 6 ? [gamma] : [])];
  before(async () => {
    system = await createTestSystem();
    for (let i = 0; i < 9; i += 1) {
      const id = await recordWebReport(system.services, {
        about: { categories: ['dealing_place'] },
        'anything-else': { details: `Report ${String(i)}` },
      });
      ids.push(id);
      days.push(i === 0 ? 0 : (days[i - 1] ?? 0) + ((i - 1) % 3 !== 0 ? 1 : 0));
      await replaceReportTokens(system.services.db, id, holds(i));
      if (i % 3 !== 0) system.clock.advance(86_400_000); // some share a day, so the id breaks ties
    }
  });
  after(async () => {
    await system.close();
  });

  const newestFirst = (wanted: (i: number) => boolean) =>
    ids
      .map((id, i) => ({ id, i, day: days[i] ?? 0 }))
      .filter(({ i }) => wanted(i))
      .sort((a, b) => b.day - a.day || (b.id > a.id ? 1 : -1))
      .map(({ id }) => id);

  test('one term or several, newest first, paged, with the total', async () => {
    const find = (clauses: string[][], offset = 0, limit = 20) =>
      findReportsByTokens(system.services.db, clauses, { limit, offset });
    const both = await find([[alpha], [beta]]);
    assert.deepEqual(
      both.rows.map((r) => r.id),
      newestFirst((i) => i % 2 === 0),
    );
    assert.equal(both.total, 5);
    const three = await find([[beta], [gamma], [alpha]]);
    assert.deepEqual(
      three.rows.map((r) => r.id),
      [ids[6]],
    );
    const pageTwo = await find([[beta], [alpha]], 2, 2);
    assert.deepEqual(
      pageTwo.rows.map((r) => r.id),
      newestFirst((i) => i % 2 === 0).slice(2, 4),
    );
    assert.equal(pageTwo.total, 5);
    const one = await find([[alpha]]);
    assert.equal(one.total, 9);
    assert.deepEqual(
      (await find([[alpha]], 7, 5)).rows.map((r) => r.id),
      newestFirst(() => true).slice(7),
    );
    assert.deepEqual(
      one.rows.map((r) => r.id),
      newestFirst(() => true),
    );
    assert.equal((await find([[alpha], ['404']])).total, 0);
    assert.deepEqual((await find([[gamma, beta], [alpha]])).total, 6, 'a clause of alternatives');
  });
});
