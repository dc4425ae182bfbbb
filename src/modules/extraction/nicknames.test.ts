import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPeople } from './people.ts';
import { Claims } from './spans.ts';

const people = (text: string): string[] => extractPeople(text, new Claims()).map((p) => `${p.kind}:${p.name}`);

describe('nicknames and names after the cues people use', () => {
  it('takes "ask for X"', () => {
    assert.deepEqual(people('You knock and ask for Tiny and he comes down'), ['nickname:Tiny']);
    assert.deepEqual(people("ring this number, ask 4 'Jaz'"), ['nickname:Jaz']);
    assert.deepEqual(people('asked for ID at the door'), []);
    assert.deepEqual(people('ask for help'), []);
  });

  it('takes the holder of "the X line"', () => {
    assert.deepEqual(people('the Rico line texts every day'), ['nickname:Rico']);
    assert.deepEqual(people("the 'Mac' line"), ['nickname:Mac']);
    assert.deepEqual(people("'Mac line open, 2 for 25'"), ['nickname:Mac']);
    for (const text of [
      'the Deal line',
      'County Lines',
      'took the Victoria line',
      'the Phone line',
      'The line is busy',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
  });

  it('takes "called X and the other Y" only after a naming cue', () => {
    assert.deepEqual(people('one is called Mac and the other Zee'), ['name:Mac', 'nickname:Zee']);
    assert.deepEqual(people('older teenagers called Ash and the other one Bones'), ['name:Ash', 'nickname:Bones']);
    assert.deepEqual(people('one bin is green and the other Blue'), []);
  });

  it('takes saved contact names', () => {
    assert.deepEqual(people("a number saved in his phone as 'Boss'"), ['nickname:Boss']);
    assert.deepEqual(people('the contact is saved as Money Man in his phone'), ['nickname:Money Man']);
    assert.deepEqual(people("the caller comes up as 'Uncle'"), ['nickname:Uncle']);
    assert.deepEqual(people('saved as work'), []);
  });

  it('takes "they call him X" and "the lad they call X"', () => {
    assert.deepEqual(people('the lad they call Little T is always there'), ['nickname:Little T']);
    assert.deepEqual(people('a man everyone calls Pops'), ['nickname:Pops']);
    assert.deepEqual(people('The lads call him Bigz'), ['nickname:Bigz']);
    assert.deepEqual(people("kept calling the other 'Little T'"), ['nickname:Little T']);
    assert.deepEqual(people('goes by the name Prince'), ['nickname:Prince']);
    assert.deepEqual(people('someone called the Chef'), ['nickname:Chef']);
    assert.deepEqual(people('they call the police every night'), []);
    assert.deepEqual(people('I called the Police'), []);
  });

  it('takes a quoted name after "the name", and a quoted contact name with a space is not a handle', async () => {
    assert.deepEqual(people("a phone number and the name 'Tyga'"), ['nickname:Tyga']);
    const { extractEntities } = await import('./extraction.ts');
    const found = extractEntities("a contact in her snap called 'Big Man' sends her money");
    assert.deepEqual(found.handles, []);
    assert.deepEqual(
      found.people.map((p) => p.name),
      ['Big Man'],
    );
    assert.deepEqual(
      extractEntities("his snap is 'jay_22'").handles.map((h) => h.handle),
      ['jay_22'],
    );
  });

  it('takes a name right after a relation ("my son Kieran")', () => {
    assert.deepEqual(people('My son Kieran is 15'), ['name:Kieran']);
    assert.deepEqual(people("My son's friend Jayden told me"), ['name:Jayden']);
    assert.deepEqual(people('my son is 15 and my daughter is 12'), []);
    // Family, neighbours and people one works with, as people write them.
    assert.deepEqual(people('My nan Doreen saw it'), ['name:Doreen']);
    assert.deepEqual(people('our neighbor Priya heard them'), ['name:Priya']);
    assert.deepEqual(people('my neibour Tom Hardwick sells'), ['name:Tom Hardwick']);
    assert.deepEqual(people('ma m8 Kofi seen it'), ['name:Kofi']);
    assert.deepEqual(people('my dad St Albans born'), []);
  });

  it('takes a name passed a message, seen or greeted, and not a place, a shop or a word of address', () => {
    assert.deepEqual(people("he yelled 'tell Wolfie the money's short'"), ['nickname:Wolfie']);
    assert.deepEqual(people('she said tell him Ricco wants it back'), ['nickname:Ricco']);
    assert.deepEqual(people('she has to go n see Frosty after school'), ['nickname:Frosty']);
    assert.deepEqual(people("shouted 'safe Nines' and drove off"), ['nickname:Nines']);
    assert.deepEqual(people("a contact saved on it: 'Auntie Bee'"), ['nickname:Auntie Bee']);
    assert.deepEqual(people('text for Pablo or Rizz'), ['nickname:Pablo', 'nickname:Rizz']);
    for (const text of [
      "I will tell Sainsbury's security",
      'I went to see Harpenden Town play',
      'go and see Verulamium Park at night',
      "'cheers Mate' he said",
      'please tell Crimestoppers',
      'I told him Police were coming',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
  });

  it('takes "call him X" from any subject, "signed X", "holla at X", "he was \'X\'" and "\'X\', an older boy"', () => {
    assert.deepEqual(people('the girls in her class call him Prince'), ['nickname:Prince']);
    assert.deepEqual(people('the staff call the tall one Lanky'), ['nickname:Lanky']);
    assert.deepEqual(people("every message is signed 'Auntie Vee'"), ['nickname:Auntie Vee']);
    assert.deepEqual(people('holla at Deezy for prices'), ['nickname:Deezy']);
    assert.deepEqual(people("the door was opened by a lad who said he was 'Blaze'"), ['nickname:Blaze']);
    assert.deepEqual(people("they owe 'Ghost', an older man from London"), ['nickname:Ghost']);
    assert.deepEqual(people("one contact, saved as 'Shadow 👻💯'"), ['nickname:Shadow']);
    assert.deepEqual(people('everyone calls him the Ice Man'), ['nickname:Ice Man']);
    assert.deepEqual(people('a lad who answers to Scrappy'), ['nickname:Scrappy']);
    assert.deepEqual(people('he is called JB or Jaybee'), ['name:JB', 'nickname:Jaybee']);
    for (const text of ["I'll call him Monday", 'call her Mum', "she said she was 'fine'", 'they call him sir']) {
      assert.deepEqual(people(text), [], text);
    }
  });

  it('takes "knew as", "gives his name as", "this guy X", a name set off by commas and "X the Y"', () => {
    assert.deepEqual(people('a man I only knew as Wiz'), ['nickname:Wiz']);
    assert.deepEqual(people('he gives his name as Dominic'), ['name:Dominic']);
    assert.deepEqual(people('this guy Marlon keeps messaging'), ['name:Marlon']);
    assert.deepEqual(people('A Year 7 boy, Theo, says he was given £50'), ['name:Theo']);
    assert.deepEqual(people('round here they call him Mo the Mechanic'), ['nickname:Mo the Mechanic']);
    assert.deepEqual(people('one kept calling the other Chops'), ['nickname:Chops']);
    assert.deepEqual(people('sum1 dey call Lil Vee'), ['nickname:Lil Vee']);
    for (const text of ['the boy Nike trainers', 'a man Black jacket', 'A pupil in my class, Harpenden, is nice']) {
      assert.deepEqual(people(text), [], text);
    }
  });
});
