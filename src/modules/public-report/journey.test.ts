import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ReportAnswers } from '../reports/index.ts';
import {
  applicableAnswers,
  applicablePages,
  firedDangerTriggers,
  firstUnanswered,
  immediateDangerTriggers,
  journeyDiagram,
  mayVisit,
  newDangerTriggers,
  nextDestination,
  previousPage,
  reportJourney,
} from './journey.ts';
import { pageDefinitions } from './pages/index.ts';

const about = (...categories: NonNullable<ReportAnswers['about']>['categories']): ReportAnswers => ({
  about: { categories },
});

test('every step of the journey has a page definition, and every page is a step', () => {
  assert.deepEqual(reportJourney.map((step) => step.page).sort(), Object.keys(pageDefinitions).sort());
});

test('branches: which pages apply depends on what the report is about', () => {
  assert.deepEqual(applicablePages(about('phone_messages')), [
    'about',
    'where',
    'when',
    'who',
    'phones',
    'anything-else',
    'contact',
  ]);
  assert.deepEqual(applicablePages(about('drug_use')), ['about', 'where', 'when', 'who', 'anything-else', 'contact']);
  assert.deepEqual(applicablePages(about('vehicle')), [
    'about',
    'where',
    'when',
    'who',
    'vehicles',
    'anything-else',
    'contact',
  ]);
  assert.deepEqual(applicablePages(about('home_taken_over')), [
    'about',
    'where',
    'home-taken-over',
    'when',
    'who',
    'vehicles',
    'phones',
    'anything-else',
    'contact',
  ]);
  assert.ok(applicablePages(about('young_person')).includes('young-person'));
});

test('saying a child is involved adds the exploitation signs page', () => {
  const answers: ReportAnswers = {
    ...about('drug_use'),
    who: { people: [], childInvolved: 'yes', vulnerableAdultInvolved: 'no', lifeAtRisk: 'no' },
  };
  assert.ok(applicablePages(answers).includes('young-person'));
});

test('pages cannot be skipped: a page may be visited only when every page before it is answered', () => {
  const draft = { answers: about('drug_use'), completed: ['about' as const] };
  assert.equal(mayVisit('where', draft), true);
  assert.equal(mayVisit('when', draft), false);
  assert.equal(mayVisit('check', draft), false);
  assert.equal(mayVisit('vehicles', draft), false, 'a page that does not apply is never visited');
  assert.equal(firstUnanswered(draft), 'where');
});

test('after a change from check-your-answers the journey returns there, unless a new page now applies', () => {
  const pages = applicablePages(about('drug_use'));
  const done = { answers: about('drug_use'), completed: pages };
  assert.equal(nextDestination('when', done, true), 'check');
  assert.equal(nextDestination('when', done, false), 'who');
  const widened = { answers: about('drug_use', 'vehicle'), completed: pages };
  assert.equal(nextDestination('about', widened, true), 'vehicles');
});

test('back links follow the pages that apply', () => {
  assert.equal(previousPage('about', {}), undefined);
  assert.equal(previousPage('anything-else', about('drug_use')), 'who');
  assert.equal(previousPage('check', about('drug_use')), 'contact');
});

test('answers left on pages that no longer apply are not submitted', () => {
  const answers: ReportAnswers = {
    ...about('drug_use'),
    vehicles: { vehicles: [{ make: 'Ford' }] },
    contact: { choice: 'anonymous' },
  };
  assert.deepEqual(Object.keys(applicableAnswers(answers)), ['about', 'contact']);
});

test('docs/report-journey.md shows the journey as it is defined', () => {
  const doc = readFileSync(new URL('../../../docs/report-journey.md', import.meta.url), 'utf8');
  assert.ok(doc.includes(journeyDiagram()), 'regenerate the diagram: node -e "…journeyDiagram()"');
});

test('immediate danger: the triggers are data, each fired by its answer on the who page', () => {
  const who = (dangerNow?: ('child_harmed' | 'weapon' | 'held')[]): ReportAnswers => ({
    who: {
      people: [],
      childInvolved: 'no',
      vulnerableAdultInvolved: 'no',
      lifeAtRisk: 'no',
      ...(dangerNow ? { dangerNow } : {}),
    },
  });
  assert.deepEqual(
    immediateDangerTriggers.map((trigger) => [trigger.id, trigger.page, trigger.childAtRisk]),
    [
      ['child-harmed-now', 'who', true],
      ['weapon-now', 'who', false],
      ['held-against-will', 'who', false],
    ],
  );
  assert.deepEqual(firedDangerTriggers(who()), []);
  assert.deepEqual(
    firedDangerTriggers(who(['weapon', 'held'])).map((trigger) => trigger.id),
    ['weapon-now', 'held-against-will'],
  );
  const draft = { answers: who(['child_harmed']), completed: ['who' as const] };
  assert.deepEqual(
    newDangerTriggers('who', draft).map((trigger) => trigger.id),
    ['child-harmed-now'],
  );
  assert.deepEqual(newDangerTriggers('who', { ...draft, dangerSeen: ['child-harmed-now'] }), [], 'shown once');
  assert.deepEqual(newDangerTriggers('when', draft), [], 'only the page that asks fires it');
});
