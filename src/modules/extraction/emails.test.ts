import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEmails } from './emails.ts';
import { Claims } from './spans.ts';

const addresses = (text: string): string[] => extractEmails(text, new Claims()).map((e) => e.address);

describe('extractEmails', () => {
  it('finds addresses and lower-cases them, leaving trailing punctuation out of the span', () => {
    assert.deepEqual(addresses('mail x.y@example.co.uk.'), ['x.y@example.co.uk']);
    assert.deepEqual(addresses('(jo@example.com)'), ['jo@example.com']);
    assert.deepEqual(addresses('John.Doe@Example.COM'), ['john.doe@example.com']);
    assert.deepEqual(addresses('j.smith+reports@example.org, a_b@example.net'), [
      'j.smith+reports@example.org',
      'a_b@example.net',
    ]);
    const input = 'email: Tips@Example.net!';
    const [e] = extractEmails(input, new Claims());
    assert.equal(e?.text, 'Tips@Example.net');
    assert.equal(input.slice(e.start, e.end), e.text);
  });

  it('rejects things that are not addresses', () => {
    for (const text of ['user@localhost', 'foo@bar', 'a..b@example.com', '@handle', 'meet @ 7.30', 'x@y.c']) {
      assert.deepEqual(addresses(text), [], text);
    }
  });

  it('claims its range so a handle is not also taken from it', () => {
    const claims = new Claims();
    extractEmails('bob@example.com', claims);
    assert.equal(claims.overlaps(3, 4), true);
  });
});
