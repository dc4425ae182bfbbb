import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandOf, computePriority, type PriorityInputs } from './target-priority.ts';

const base: PriorityInputs = {
  lineRoles: [],
  reportsWithThreatToLife: 0,
  reportsAboutChildOrVulnerableAdult: 0,
  reportsAboutCuckooing: 0,
  mentions: 0,
  lastSeen: null,
  intelligence: [],
  today: '2026-11-26',
};

test('no facts give no priority and say so', () => {
  const p = computePriority(base);
  assert.equal(p.score, 0);
  assert.equal(p.band, 'low');
  assert.match(p.reasons.join('\n'), /no role on a line/);
});

test('harm adds the top role, violence, exploitation and cuckooing, capped at 100', () => {
  const p = computePriority({
    ...base,
    lineRoles: [
      { role: 'runner', victim: false, lineBrand: 'the A line', victimsOnLine: 0 },
      { role: 'enforcer', victim: false, lineBrand: 'the B line', victimsOnLine: 2 },
    ],
    reportsWithThreatToLife: 1,
    reportsAboutCuckooing: 3,
  });
  assert.equal(p.harm, 30 + 25 + 25 + 15);
  assert.match(p.reasons[0] ?? '', /enforcer on the B line/);
  const capped = computePriority({
    ...base,
    lineRoles: [{ role: 'line_holder', victim: false, lineBrand: 'x', victimsOnLine: 1 }],
    reportsWithThreatToLife: 1,
    reportsAboutCuckooing: 1,
  });
  assert.equal(capped.harm, 100);
});

test('a victim role adds no harm', () => {
  const p = computePriority({
    ...base,
    lineRoles: [{ role: 'runner', victim: true, lineBrand: 'x', victimsOnLine: 0 }],
  });
  assert.equal(p.harm, 0);
});

test('likelihood grows with better and more recent intelligence', () => {
  const roles = [{ role: 'line_holder', victim: false, lineBrand: 'x', victimsOnLine: 0 }];
  const old = computePriority({
    ...base,
    lineRoles: roles,
    intelligence: [{ source: '1', assessment: 'A', on: '2025-01-01' }],
  });
  const recent = computePriority({
    ...base,
    lineRoles: roles,
    intelligence: [{ source: '1', assessment: 'A', on: '2026-11-20' }],
  });
  const weak = computePriority({
    ...base,
    lineRoles: roles,
    intelligence: [{ source: '3', assessment: 'E', on: '2026-11-20' }],
  });
  assert.ok(recent.likelihood > old.likelihood);
  assert.ok(recent.likelihood > weak.likelihood);
  assert.ok(recent.confidence > weak.confidence);
  assert.equal(recent.computed, Math.round((recent.harm * recent.likelihood) / 100));
});

test('an adjustment moves the score within 0-100 and the band follows', () => {
  const roles = [{ role: 'line_holder', victim: false, lineBrand: 'x', victimsOnLine: 0 }];
  const p = computePriority({ ...base, lineRoles: roles, mentions: 5, lastSeen: '2026-11-01' }, 50);
  assert.equal(p.score, Math.min(100, p.computed + 50));
  assert.equal(p.band, bandOf(p.score));
  assert.equal(computePriority(base, -50).score, 0);
});
