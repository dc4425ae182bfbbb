import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';
import type { Extraction } from './types.ts';

// Issue 20: reports come in the public site's languages (labels/report-languages.ts). Phones,
// registrations, postcodes and e-mails are written the UK way inside Polish, Romanian,
// Portuguese, Urdu and Bengali sentences, next to letters of other scripts, other punctuation
// (the Urdu full stop "۔", the Bengali danda "।", the Arabic comma "،"), bidirectional marks,
// and digits of the writer's own script. Those digits are read as the same numbers (ADR 0048);
// every span still points at the text exactly as written.

type Found = { phones: string[]; vehicles: string[]; postcodes: string[]; emails: string[] };

function found(text: string): Found {
  const result: Extraction = extractEntities(text);
  for (const list of [result.phones, result.vehicles, result.postcodes, result.emails]) {
    for (const span of list) assert.equal(text.slice(span.start, span.end), span.text, 'spans point at the original');
  }
  return {
    phones: result.phones.map((p) => p.e164),
    vehicles: result.vehicles.map((v) => v.vrm),
    postcodes: result.postcodes.filter((p) => !p.partial).map((p) => p.postcode),
    emails: result.emails.map((e) => e.address),
  };
}

const all: Found = {
  phones: ['+447700900123'],
  vehicles: ['AB12CDE'],
  postcodes: ['AL1 3JX'],
  emails: ['dealer@example.com'],
};

describe('extraction in the languages of the public site', () => {
  it('Polish', () => {
    assert.deepEqual(
      found(
        'Sprzedają codziennie przy dworcu, dzwonią z numeru 07700 900123. Jeżdżą czarnym audi, ' +
          'numer rejestracyjny AB12 CDE. Kod pocztowy AL1 3JX. Piszą z adresu dealer@example.com.',
      ),
      all,
    );
  });

  it('Polish words with diacritics right against the numbers', () => {
    assert.deepEqual(
      found('Tel.:07700900123; rej.:AB12CDE; kod:AL13JX; mail:dealer@example.com — widziałem to ździebko później.'),
      all,
    );
  });

  it('Romanian', () => {
    assert.deepEqual(
      found(
        'Vând droguri lângă gară; numărul lor este +44 7700 900123, mașina are numărul de înmatriculare ' +
          'AB12 CDE, codul poștal AL1 3JX, iar adresa de e-mail este dealer@example.com.',
      ),
      all,
    );
  });

  it('Portuguese', () => {
    assert.deepEqual(
      found(
        'Vendem droga perto da estação. O número é 07700-900-123 e o carro tem a matrícula AB12 CDE; ' +
          'código postal AL1 3JX, e-mail dealer@example.com.',
      ),
      all,
    );
  });

  it('Urdu with Latin digits, the Urdu full stop and the Arabic comma', () => {
    assert.deepEqual(
      found(
        'وہ ہر رات اسٹیشن کے پاس منشیات بیچتے ہیں، ان کا نمبر 07700 900123 ہے۔ ' +
          'گاڑی کا نمبر AB12 CDE ہے، پوسٹ کوڈ AL1 3JX۔ ای میل dealer@example.com ہے۔',
      ),
      all,
    );
  });

  it('Urdu with its own (Eastern Arabic-Indic) digits, read as the same number', () => {
    const text = 'ان کا نمبر ۰۷۷۰۰ ۹۰۰۱۲۳ ہے اور پوسٹ کوڈ AL۱ ۳JX ہے۔';
    const result = extractEntities(text);
    assert.deepEqual(
      result.phones.map((p) => [p.e164, p.text]),
      [['+447700900123', '۰۷۷۰۰ ۹۰۰۱۲۳']],
    );
    assert.deepEqual(
      result.postcodes.map((p) => [p.postcode, p.text]),
      [['AL1 3JX', 'AL۱ ۳JX']],
    );
  });

  it('Arabic-Indic digits (as written in Arabic) and right-to-left marks inside a number', () => {
    assert.deepEqual(found('الرقم ٠٧٧٠٠٩٠٠١٢٣ للاتصال').phones, ['+447700900123']);
    assert.deepEqual(found('نمبر \u200f07700\u200f 900123\u200f ہے').phones, ['+447700900123']);
    assert.deepEqual(found('نمبر \u2067+44 7700 900123\u2069 ہے').phones, ['+447700900123']);
  });

  it('Bengali with Latin digits and the danda', () => {
    assert.deepEqual(
      found(
        'তারা প্রতিদিন স্টেশনের কাছে মাদক বিক্রি করে, তাদের নম্বর 07700 900123। গাড়ির নম্বর AB12 CDE, ' +
          'পোস্টকোড AL1 3JX। ইমেইল dealer@example.com।',
      ),
      all,
    );
  });

  it('Bengali with its own digits', () => {
    const result = extractEntities('তাদের নম্বর ০৭৭০০ ৯০০১২৩।');
    assert.deepEqual(
      result.phones.map((p) => [p.e164, p.text]),
      [['+447700900123', '০৭৭০০ ৯০০১২৩']],
    );
  });

  it('digits of another script do not join a Latin number, and a number inside a word is still no number', () => {
    assert.deepEqual(found('ہے۔07700900123۔').phones, ['+447700900123']);
    assert.deepEqual(found('কোড৭৭০০৯০০১২৩৪৫৬').phones, []);
    assert.deepEqual(found('price ٥٠ pounds, call later').phones, []);
  });
});
