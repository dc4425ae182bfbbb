import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeProblem, resolveIdentity, undoProblem } from './person-merge.rules.ts';

test('identity follows merges upwards and stops at the root', () => {
  const links = new Map([
    ['a', 'b'],
    ['b', 'c'],
  ]);
  assert.equal(resolveIdentity('a', links), 'c');
  assert.equal(resolveIdentity('c', links), 'c');
  assert.equal(resolveIdentity('z', links), 'z');
  assert.throws(
    () =>
      resolveIdentity(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    /cycle/,
  );
});

test('a merge needs two different current identities', () => {
  const links = new Map([['a', 'b']]);
  assert.equal(mergeProblem({ survivorId: 'b', mergedId: 'c', mergedInto: links }), undefined);
  assert.match(mergeProblem({ survivorId: 'c', mergedId: 'c', mergedInto: links })!, /themselves/);
  assert.match(
    mergeProblem({ survivorId: 'c', mergedId: 'a', mergedInto: links })!,
    /already merged into b: undo that merge first, or merge b instead/,
  );
  assert.match(mergeProblem({ survivorId: 'a', mergedId: 'b', mergedInto: links })!, /a is already merged into b/);
  assert.match(mergeProblem({ survivorId: 'a', mergedId: 'c', mergedInto: links })!, /merge into b instead/);
});

test('a merge can be undone once', () => {
  assert.equal(undoProblem({ undoneAt: null }), undefined);
  assert.match(undoProblem({ undoneAt: new Date() })!, /already been undone/);
});
