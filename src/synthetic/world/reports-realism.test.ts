import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateWorld, type GeneratedWorld } from './generate-world.ts';
import { CUCKOOING_SIGN_CODES, EXPLOITATION_SIGN_CODES } from './signs.ts';
import { REPORT_CATEGORIES, type PublicReport } from './world.types.ts';

// Default small worlds: a few hundred reports, three lines.
const worlds: GeneratedWorld[] = [1, 2, 3, 4, 5].map((seed) => generateWorld({ seed, reports: 300 }));

/** Every digit the reporter typed anywhere, run together, to look numbers up in any format. */
function digitsOf(report: PublicReport): string {
  const phones = report.structured.phones ?? [];
  return [report.freeText, ...phones.map((p) => `${p.number ?? ''} ${p.messageText ?? ''}`)]
    .join(' ')
    .replace(/\D/g, '');
}

test('categories come in plausible proportions', () => {
  for (const { reports } of worlds) {
    const counts = new Map<string, number>();
    for (const report of reports) counts.set(report.category, (counts.get(report.category) ?? 0) + 1);
    for (const category of REPORT_CATEGORIES) {
      const share = (counts.get(category) ?? 0) / reports.length;
      assert.ok(share >= 0.02 && share <= 0.35, `${category} is ${share.toFixed(2)} of reports`);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    assert.equal(top, 'dealing_at_address', 'dealing at an address is what the public reports most');
  }
});

test('at least 15% of reports are noise, of every kind, and ground truth labels each report', () => {
  for (const { reports, groundTruth } of worlds) {
    assert.equal(groundTruth.reports.length, reports.length);
    const noise = groundTruth.reports.filter((t) => t.noise);
    assert.ok(noise.length / reports.length >= 0.15, `noise is ${String(noise.length)} of ${String(reports.length)}`);
    assert.ok(noise.length / reports.length <= 0.5);
    const kinds = new Set(noise.map((t) => t.kind));
    for (const kind of ['recreational', 'nuisance', 'unrelated', 'mistaken']) assert.ok(kinds.has(kind as never), kind);
    for (const truth of groundTruth.reports) assert.equal(truth.noise, truth.lineId === null);
    reports.forEach((report, i) => {
      assert.equal(groundTruth.reports[i]?.reportId, report.id);
    });
  }
});

test('every deal-line number appears in at least two reports', () => {
  for (const { world, reports } of worlds) {
    const digits = reports.map(digitsOf);
    for (const line of world.lines) {
      for (const number of line.numbers) {
        const national = number.e164.slice(3);
        const seen = digits.filter((d) => d.includes(national)).length;
        assert.ok(seen >= 2, `${line.name} ${number.e164} appears in ${String(seen)} reports`);
      }
    }
  }
});

test('texts vary: few exact duplicates, real slang, several number and registration formats', () => {
  const all = worlds.flatMap((w) => w.reports);
  const texts = all.map((r) => r.freeText);
  assert.ok(new Set(texts).size / texts.length >= 0.97, 'at most 3% duplicate texts');
  const corpus = texts.join('\n').toLowerCase();
  for (const word of ['trap', 'shotting', 'cuckooed', 'line', 'bits', 'runners', 'youngers', 'white', 'brown']) {
    assert.ok(corpus.includes(word), `no report says "${word}"`);
  }
  for (const format of [/07700 900\d{3}/, /07700900\d{3}/, /\+44 7700 900\d{3}/, /(^|[^0\d])7700 900 \d{3}/m]) {
    assert.match(texts.join('\n'), format);
  }
  assert.match(corpus, /starts [a-z]{2}\d{2}\b|ending [a-z]{3}\b/, 'some registrations are partial');
  assert.match(corpus, /\b[a-z]{2}\d{2}[a-z]{3}\b/, 'some registrations are run together in lower case');
});

test('reports mention entities inconsistently, and the truth records each mention faithfully', () => {
  const places = new Map<string, number>();
  let misspelt = 0;
  for (const { world, reports, groundTruth } of worlds) {
    const people = new Set(world.people.map((p) => p.id));
    const addresses = new Set(world.addresses.map((a) => a.id));
    const registrations = new Map(world.vehicles.map((v) => [v.id, v.vrm.replace(' ', '')]));
    reports.forEach((report, i) => {
      const truth = groundTruth.reports[i];
      assert.ok(truth);
      const vehicles = (report.structured.vehicles ?? []).map((v) => v.registration ?? '');
      const typed = [report.freeText, ...vehicles].join(' ').replace(/\s/g, '').toUpperCase();
      for (const phone of truth.phones) assert.ok(digitsOf(report).includes(phone.written.slice(3)), phone.written);
      for (const vehicle of truth.vehicles) {
        if (vehicle.registration === 'full') assert.ok(typed.includes(registrations.get(vehicle.vehicleId) ?? '?'));
      }
      if (truth.misspeltStreet) misspelt++;
      for (const id of truth.addressIds) assert.ok(addresses.has(id), id);
      for (const mention of truth.people) {
        assert.ok(people.has(mention.clusterId), mention.clusterId);
        places.set(mention.in, (places.get(mention.in) ?? 0) + 1);
        if (mention.in !== 'structured') {
          assert.ok(
            report.freeText.toLowerCase().includes(mention.as.toLowerCase()),
            `"${mention.as}" not in: ${report.freeText}`,
          );
        }
      }
      for (const code of report.structured.cuckooingSigns ?? []) assert.ok(CUCKOOING_SIGN_CODES.includes(code));
      for (const code of report.structured.exploitationSigns ?? []) assert.ok(EXPLOITATION_SIGN_CODES.includes(code));
      assert.match(report.submittedOn, /^2026-\d{2}-\d{2}$/);
      assert.ok(report.freeText.length > 10);
    });
  }
  for (const where of ['text', 'structured', 'both']) {
    assert.ok((places.get(where) ?? 0) > 20, `few mentions in ${where}`);
  }
  assert.ok(misspelt > 10, 'some reports misspell the street');
});

test('the same person is mentioned across reports under one cluster id, in different words', () => {
  const { groundTruth } = worlds[0] ?? assert.fail('no world');
  const byCluster = new Map<string, Set<string>>();
  for (const truth of groundTruth.reports) {
    for (const mention of truth.people) {
      const forms = byCluster.get(mention.clusterId) ?? new Set<string>();
      forms.add(mention.as);
      byCluster.set(mention.clusterId, forms);
    }
  }
  const repeated = [...byCluster.values()].filter((forms) => forms.size >= 3);
  assert.ok(repeated.length >= 5, 'several people are described at least three different ways');
});
