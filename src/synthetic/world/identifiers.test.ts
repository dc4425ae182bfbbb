import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPhoneAllocator, DRAMA_MOBILE_COUNT, inventImei, misremember, writePhone } from './phones.ts';
import { misspellWord, STREETS, writeStreet } from './places.ts';
import { createRng } from './prng.ts';
import { inventRegistration, writeRegistration } from './vehicles.ts';

test('mobiles come from the drama range first, then the documented overflow range, never twice', () => {
  const phones = createPhoneAllocator(createRng(1, 'phones'));
  const numbers = Array.from({ length: DRAMA_MOBILE_COUNT + 50 }, () => phones.nextMobile());
  assert.equal(new Set(numbers).size, numbers.length);
  for (const n of numbers.slice(0, DRAMA_MOBILE_COUNT)) assert.match(n, /^\+447700900\d{3}$/);
  for (const n of numbers.slice(DRAMA_MOBILE_COUNT)) assert.match(n, /^\+44761\d{7}$/);
  assert.equal(phones.overflowCount(), 50);
  for (let i = 0; i < 50; i++) assert.match(phones.nextLandline(), /^\+44(2079460|1134960)\d{3}$/);
});

test('numbers are written the many ways people write them, and slips avoid taken numbers', () => {
  const rng = createRng(2, 'write');
  const forms = new Set(Array.from({ length: 400 }, () => writePhone(rng, '+447700900123')));
  for (const form of ['07700 900123', '07700900123', '+44 7700 900123', '7700 900 123']) {
    assert.ok(forms.has(form), form);
  }
  for (const form of forms) assert.equal(form.replace(/\D/g, '').slice(-10), '7700900123');
  assert.match(writePhone(rng, '+442079460123').replace(/\D/g, ''), /^(0|44)2079460123$/);
  const slipped = misremember(rng, '+447700900123', (n) => n === '+447700900124');
  assert.notEqual(slipped, '+447700900123');
  assert.notEqual(slipped, '+447700900124');
  assert.match(slipped, /^\+447700900\d{3}$/);
});

test('IMEIs pass the Luhn check and use the test-IMEI reporting body', () => {
  const rng = createRng(3, 'imei');
  for (let i = 0; i < 50; i++) {
    const imei = inventImei(rng);
    assert.match(imei, /^00\d{13}$/);
    let sum = 0;
    for (let position = 0; position < imei.length; position++) {
      const d = Number(imei.charAt(imei.length - 1 - position)) * (position % 2 === 1 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    assert.equal(sum % 10, 0, imei);
  }
});

test('registrations are current-format and written in full, run together or in part', () => {
  const rng = createRng(4, 'vrm');
  const vrm = inventRegistration(rng);
  assert.match(vrm, /^[A-Z]{2}\d{2} [A-Z]{3}$/);
  const written = Array.from({ length: 300 }, () => writeRegistration(rng, 'AB12 CDE'));
  const texts = new Set(written.map((w) => w.text));
  for (const form of ['AB12 CDE', 'AB12CDE', 'ab12cde', 'starts AB12']) assert.ok(texts.has(form), form);
  assert.ok(written.some((w) => w.partial) && written.some((w) => !w.partial));
});

test('streets are real gazetteer names, written right, abbreviated or misspelt', () => {
  assert.ok(STREETS.length > 1000);
  assert.ok(STREETS.every((s) => /^AL[1-5] \d$/.test(s.sector)));
  assert.ok(!STREETS.some((s) => /^[ABM]\d/.test(s.name)), 'road numbers are not homes');
  const rng = createRng(5, 'streets');
  const forms = Array.from({ length: 200 }, () => writeStreet(rng, 'Hatfield Road'));
  const texts = new Set(forms.map((f) => f.text));
  for (const form of ['Hatfield Road', 'Hatfield Rd', 'Hatfield']) assert.ok(texts.has(form), form);
  assert.ok(forms.some((f) => f.misspelt && f.text !== 'Hatfield Road'));
  assert.equal(misspellWord(createRng(6), 'Fieldings'), misspellWord(createRng(6), 'Fieldings'));
});
