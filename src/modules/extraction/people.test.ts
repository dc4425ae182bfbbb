import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPeople } from './people.ts';
import { Claims } from './spans.ts';

const people = (text: string): string[] => extractPeople(text, new Claims()).map((p) => `${p.kind}:${p.name}`);

describe('extractPeople', () => {
  it('takes capitalised names after naming cues', () => {
    assert.deepEqual(people('a lad called Jamal was there'), ['name:Jamal']);
    assert.deepEqual(people('named Daniel Smith'), ['name:Daniel Smith']);
    assert.deepEqual(people('His name is Daniel Smith, he lives'), ['name:Daniel Smith']);
    assert.deepEqual(people("the dealer's name's O'Neill"), ["name:O'Neill"]);
  });

  it('takes nicknames after nickname cues, quoted or name-like', () => {
    assert.deepEqual(people("man known as 'Tiny' about 40"), ['nickname:Tiny']);
    assert.deepEqual(people('the lad goes by K-Dog'), ['nickname:K-Dog']);
    assert.deepEqual(people('calls himself Bigman'), ['nickname:Bigman']);
    assert.deepEqual(people("another one they call 'Smiley'"), ['nickname:Smiley']);
    assert.deepEqual(people('a lad "Ghost" recruits kids'), ['nickname:Ghost']);
    assert.deepEqual(people('a man calling himself Dee'), ['nickname:Dee']);
  });

  it('takes an age given right next to the name, and no number that is not an age', () => {
    const ageOf = (text: string) => extractPeople(text, new Claims()).map((p) => p.age);
    assert.deepEqual(ageOf('A lad called Jon Smyth, aged 15, deals'), [15]);
    assert.deepEqual(ageOf('a man called Jon Smyth (34) at the flat'), [34]);
    assert.deepEqual(ageOf('a 16 year old boy called Tyler Brown runs for them'), [16]);
    assert.deepEqual(ageOf("known as 'Tiny' about 17 years old"), [17]);
    assert.deepEqual(ageOf('a girl named Amy 14yo'), [14]);
    // A house number, a time or an age far from the name is not this person's age.
    assert.deepEqual(ageOf('someone called Jon Smyth 14 Hatfield Road'), [undefined]);
    assert.deepEqual(ageOf('a man called Jon Smyth at 10 pm with a boy aged 12'), [undefined]);
  });

  it('prefers precision: no pronouns, services, lower-case words or bare capitals', () => {
    for (const text of [
      'I called the Police',
      'they called 999',
      'what is known as cuckooing',
      'he goes by tiny',
      'Charlie has been selling',
      'Jamal was there',
      'called Crimestoppers yesterday',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
  });

  it('gives spans that cover only the name', () => {
    const input = "known as 'Tiny'.";
    const [p] = extractPeople(input, new Claims());
    assert.ok(p);
    assert.equal(input.slice(p.start, p.end), 'Tiny');
  });
});
