import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';
import { extractPhones } from './phones.ts';
import { Claims } from './spans.ts';

const e164 = (text: string): string[] => extractPhones(text, new Claims()).map((p) => p.e164);

describe('extractPhones', () => {
  it('normalises the usual UK mobile spellings to E.164', () => {
    for (const text of [
      '07700 900123',
      '07700900123',
      '7700 900123',
      '+44 (0)7700 900123',
      '+447700900123',
      '0044 7700 900123',
      '447700900123',
      '07700-900-123',
      '07700.900.123',
      '(07700) 900123',
      '+44-7700-900-123',
      '0 7 7 0 0 9 0 0 1 2 3',
    ]) {
      assert.deepEqual(e164(`ring ${text} now`), ['+447700900123'], text);
    }
  });

  it('accepts Ofcom drama-range landlines that libphonenumber calls invalid', () => {
    assert.deepEqual(e164('(01632) 960123'), ['+441632960123']);
    assert.deepEqual(e164('01632-960-123'), ['+441632960123']);
    assert.deepEqual(e164('0113 496 0000'), ['+441134960000']);
    assert.deepEqual(e164('020 7946 0999'), ['+442079460999']);
    assert.deepEqual(e164('0207 946 0123'), ['+442079460123']);
  });

  it('accepts real-shaped geographic and non-geographic numbers', () => {
    assert.deepEqual(e164('(01727) 123456'), ['+441727123456']);
    assert.deepEqual(e164('0800 123 4567'), ['+448001234567']);
  });

  it('gives the exact span, including an opening bracket', () => {
    const input = 'call (01632) 960123.';
    const [phone] = extractPhones(input, new Claims());
    assert.ok(phone);
    assert.equal(phone.text, '(01632) 960123');
    assert.equal(input.slice(phone.start, phone.end), phone.text);
  });

  it('separates numbers listed with spaces, commas or slashes', () => {
    assert.deepEqual(e164('07700 900123 07700 900124'), ['+447700900123', '+447700900124']);
    assert.deepEqual(e164('07700 900123,07700 900124'), ['+447700900123', '+447700900124']);
    assert.deepEqual(e164('07700900123/07700900124'), ['+447700900123', '+447700900124']);
    assert.deepEqual(e164('07700 900123 2023'), ['+447700900123']);
  });

  it('does not take dates, times, money, counts or long codes', () => {
    for (const text of [
      '12/03/2024',
      '01/02/2023 14:30',
      '14.02.2024',
      '£1,250.00',
      '£07700',
      '24/7',
      'between 2019 and 2023',
      'sort code 20-32-06 acc 12345678',
      'card 4111 1111 1111 1111',
      'invoice 7700900123456',
      'ip 192.168.100.200',
      '07700 900 12',
      '1st Jan 2024 07:00',
    ]) {
      assert.deepEqual(e164(text), [], text);
    }
  });

  it('does not read digits glued to letters (VRMs, references)', () => {
    assert.deepEqual(e164('ref AB07700900123'), []);
    assert.deepEqual(e164('07700900123abc'), []);
  });

  it('skips ranges another extractor has claimed', () => {
    const claims = new Claims();
    claims.add(0, 5);
    assert.deepEqual(
      extractPhones('07700 900123', claims).map((p) => p.e164),
      [],
    );
  });

  it('keeps a valid international number given with +', () => {
    assert.deepEqual(e164('+33 6 12 34 56 78'), ['+33612345678']);
  });

  it('reads a number with a doubled digit in words among figures', () => {
    assert.deepEqual(
      extractEntities('line is 07700 900 double 1 5. dis aint a joke').phones.map((p) => p.e164),
      ['+447700900115'],
    );
  });

  it('reads a capital O typed for a zero in a number that has real digits too', () => {
    assert.deepEqual(
      extractEntities('Drops AL1 til 2am 📲 O77OO 9OO 247 Dont ring b4 10').phones.map((p) => [p.e164, p.text]),
      [['+447700900247', 'O77OO 9OO 247']],
    );
    assert.deepEqual(extractEntities('OOO OK, room 1O1 at 1OO Hatfield Road').phones, []);
  });

  it("joins a mobile number cut off at the end of one chat message and finished in the sender's next", () => {
    const chat = [
      '[18:47] Janet P: and the number on the card they put through doors is 07700 900',
      '[18:47] Janet P: 462 sorry sent too soon',
      '[18:51] Bev Okoro: The lad at 31 is Dom',
    ].join('\n');
    const found = extractEntities(chat);
    assert.deepEqual(
      found.phones.map((p) => p.e164),
      ['+447700900462'],
    );
    // Another sender's digits, or a line that is not a chat message, finish nothing.
    assert.deepEqual(
      extractEntities('[18:47] Janet P: it is 07700 900\n[18:48] Sanjay: 462 times I have said').phones,
      [],
    );
    assert.deepEqual(extractEntities('the number is 07700 900\n462 houses on the estate').phones, []);
  });
});
