import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseName, normaliseText, splitFullName } from './name-normalisation.ts';

test('normalising removes case, accents, apostrophes and punctuation', () => {
  assert.equal(normaliseText("Seán O'Brien"), 'sean obrien');
  assert.equal(normaliseText('  ZOË   Łukasz-Müller '), 'zoe lukasz muller');
  assert.equal(normaliseText('Smith.'), 'smith');
  assert.equal(normaliseName("O'BRIEN"), normaliseName('obrien'));
});

test('titles, suffixes and surname particles are dropped, but a lone particle is kept', () => {
  assert.equal(normaliseName('Mr John Smith Jnr'), 'john smith');
  assert.equal(normaliseName('van der Berg'), 'berg');
  assert.equal(normaliseName('De Souza'), 'souza');
  assert.equal(normaliseName('Del'), 'del');
  assert.equal(normaliseName(undefined), '');
});

test('full names split into first, middle and surname in either order', () => {
  assert.deepEqual(splitFullName('Robert James Allen'), {
    firstName: 'robert',
    middleNames: 'james',
    surname: 'allen',
  });
  assert.deepEqual(splitFullName('ALLEN, Robert James'), {
    firstName: 'robert',
    middleNames: 'james',
    surname: 'allen',
  });
  assert.deepEqual(splitFullName('Anna Smith-Jones'), { firstName: 'anna', middleNames: '', surname: 'smith jones' });
  assert.deepEqual(splitFullName('Ludwig van Beethoven'), {
    firstName: 'ludwig',
    middleNames: '',
    surname: 'beethoven',
  });
  assert.deepEqual(splitFullName('Dr Jane Doe'), { firstName: 'jane', middleNames: '', surname: 'doe' });
  assert.deepEqual(splitFullName('Madonna'), { firstName: 'madonna', middleNames: '', surname: '' });
  assert.deepEqual(splitFullName(''), { firstName: '', middleNames: '', surname: '' });
});
