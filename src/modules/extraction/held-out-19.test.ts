// The rules written from what the nineteenth blind held-out set missed (za sold in lower case, what something is
// said to be "just a bit of", nangs and nos cylinders, a line's "DM for addy", "introduces himself as", senior
// ranks), each with the look-alikes that must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';

const people = (text: string): string[] => [...new Set(extractEntities(text).people.map((p) => p.name))];
const drugs = (text: string): string[] => [...new Set(extractEntities(text).drugs.map((d) => d.name))];

describe('extraction: what the nineteenth held-out set found', () => {
  it('reads za sold, a bit of bud said to be, nangs, nos cylinders and a menu to DM for', () => {
    assert.deepEqual(drugs('mandem from ldn on bikes sellin za to yr 9s'), ['cannabis']);
    assert.deepEqual(drugs('Dziękuję za pomoc. I met Za at the bus stop.'), []);
    assert.deepEqual(drugs("He had a small bag he said was 'just a bit of bud, sir, for me'."), ['cannabis']);
    assert.deepEqual(drugs("one of them shouted 'did you bring the nangs?'"), ['nitrous oxide']);
    assert.deepEqual(drugs("that party was nangs, only £5 in. that's nangs bro"), []);
    assert.deepEqual(drugs('I keep finding big nos cylinders by the path'), ['nitrous oxide']);
    assert.deepEqual(drugs("'🟤 brown ⚪️ white — drops Sandridge — DM for addy 📍'"), ['heroin', 'crack']);
    assert.deepEqual(drugs('he needs a bit of white spirit for the brushes'), []);
  });

  it('reads who introduces himself as, and senior ranks in a text about the police', () => {
    assert.deepEqual(people("one introduces himself as 'Smiley', the other they call 'Scouse'"), ['Smiley', 'Scouse']);
    assert.deepEqual(people('We met Chief Inspector Marsh and the police team.'), ['Chief Inspector Marsh']);
    assert.deepEqual(people('We watched Chief Inspector Morse on the telly.'), []);
  });

  it('reads a plate read out letter by letter beside a car (from the twentieth set), and no spelled-out letters elsewhere', () => {
    const vehicles = (text: string): string[] => extractEntities(text).vehicles.map((v) => v.vrm);
    assert.deepEqual(
      vehicles('He has a big black car and I wrote the letters and numbers off the back: H G one eight, then Y T U.'),
      ['HG18YTU'],
    );
    assert.deepEqual(vehicles('the grey van was K N 1 9 X T R'), ['KN19XTR']);
    assert.deepEqual(
      vehicles('In my maths test I got A B one two C D E and he plays Q R one eight S T U on the piano'),
      [],
    );
  });
});
