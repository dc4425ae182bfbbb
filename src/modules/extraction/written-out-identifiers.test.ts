import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';

const emails = (text: string): string[] => extractEntities(text).emails.map((e) => e.address);
const phones = (text: string): string[] => extractEntities(text).phones.map((p) => p.e164);
const identifiers = (text: string): string[] => {
  const r = extractEntities(text);
  return [
    ...r.phones.map((p) => `phone:${p.e164}`),
    ...r.emails.map((e) => `email:${e.address}`),
    ...r.vehicles.map((v) => `vehicle:${v.vrm}`),
    ...r.postcodes.map((p) => `postcode:${p.postcode}`),
    ...r.handles.map((h) => `handle:${h.handle}`),
  ];
};

describe('identifiers written the way people hide or speak them', () => {
  it('reads e-mail addresses written out with at, dot, brackets or spaces', () => {
    assert.deepEqual(emails('email them at workfast at example dot com for work'), ['workfast@example.com']);
    assert.deepEqual(emails('contact quickmoney[at]example[dot]org'), ['quickmoney@example.org']);
    assert.deepEqual(emails('dropz (at) example (dot) co (dot) uk'), ['dropz@example.co.uk']);
    assert.deepEqual(emails('it was jason dot w at example dot org'), ['jason.w@example.org']);
    assert.deepEqual(emails('send it to recruit.fast @ example . com today'), ['recruit.fast@example.com']);
    const input = 'write to scout at example dot com.';
    const [e] = extractEntities(input).emails;
    assert.equal(e?.text, 'scout at example dot com');
    assert.equal(input.slice(e.start, e.end), e.text);
  });

  it('does not make an address out of prose or an incomplete one', () => {
    for (const text of [
      'I ordered it at amazon dot co dot uk',
      'meet me at the shop at 7',
      'he is at home. Come round later',
      'the email was jay at something, I forgot the rest',
      'name at example dot',
      'we were at school dot dot dot',
    ]) {
      assert.deepEqual(emails(text), [], text);
    }
  });

  it('reads phone numbers partly or wholly in words when every digit is there', () => {
    assert.deepEqual(phones('oh seven seven double oh nine double oh one two three'), ['+447700900123']);
    assert.deepEqual(phones('zero seven seven zero zero nine zero zero triple eight'), ['+447700900888']);
    assert.deepEqual(phones('text 07700 nine double oh 561 for the menu'), ['+447700900561']);
    assert.deepEqual(phones('his number is oh seven seven oh oh, nine oh oh, five five five'), ['+447700900555']);
    assert.deepEqual(phones('seven seven double oh nine double oh four five six'), ['+447700900456']);
    assert.deepEqual(phones('text 07700 nine hundred 314 and ask'), ['+447700900314']);
    assert.deepEqual(phones('plus four four, seven seven double oh, nine double oh, two three four'), [
      '+447700900234',
    ]);
    const input = 'ring oh seven seven double oh nine double oh one two three now';
    const [p] = extractEntities(input).phones;
    assert.equal(p?.text, 'oh seven seven double oh nine double oh one two three');
  });

  it('does not guess a number with a part missing', () => {
    for (const text of [
      'Number started oh seven seven double oh something, I couldnt catch the rest',
      'oh seven seven double oh nine',
      'one two three four five six',
      'she said the number was 07700 but then I could not hear',
    ]) {
      assert.deepEqual(phones(text), [], text);
    }
  });

  it('never takes house numbers, prices, times, bus routes, road numbers or car models', () => {
    for (const text of [
      'Party at number 45 till 4am, about 30 people, I paid £120 for earplugs',
      'the 301 and the 84 stop near the A414 roundabout between 7 and 9pm',
      'traffic on the M25 and the M1 was mad, then the 321 bus never came',
      'He drives a Golf R32 and his mate has an Audi RS6 and a BMW 320d',
      'Their flat is 21B, I paid £25 for the taxi at 11.30 from number 40',
      'one or two of them, seven or eight times a day, for about three hours',
      'Two Year 8 boys and one Year 9 girl, aged twelve and thirteen',
    ]) {
      assert.deepEqual(identifiers(text), [], text);
    }
  });

  it('reads a local part spoken word by word, with underscore, dash and numbers in words', () => {
    assert.deepEqual(emails('email me - sue underscore m seventy two at example dot net - not by phone'), [
      'sue_m72@example.net',
    ]);
    assert.deepEqual(emails('it is big underscore dave dash nine nine at example dot co dot uk'), [
      'big_dave-99@example.co.uk',
    ]);
    // The tail of an address whose start is not there is not guessed at.
    assert.deepEqual(emails('… seventy two at example dot net'), []);
    // Without a spoken separator, the sentence before "at" is not a local part.
    assert.deepEqual(emails('I saw him with two at example dot net'), []);
  });

  // A guard against catastrophic backtracking on public text, not a speed target: a read-out local part once
  // allowed every way of splitting "a underscore a underscore …", and took minutes on 39,000 characters.
  it('returns on text built to make the e-mail patterns backtrack', { timeout: 10_000 }, () => {
    for (const text of [
      `${'a underscore '.repeat(3000)}x`,
      `sue underscore ${'seventy two '.repeat(5000)}at example dot`,
      `${'a dot '.repeat(6000)}x`,
      `sue underscore m at ${'example dot '.repeat(6000)}`,
    ]) {
      assert.ok(Array.isArray(extractEntities(text).emails));
    }
  });

  it('reads a number written with dashes after a platform as a phone number, not a handle', () => {
    assert.deepEqual(identifiers('you get him on WhatsApp, 07700-900-271. Could you'), ['phone:+447700900271']);
  });
});
