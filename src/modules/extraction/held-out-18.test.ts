// The rules written from what the eighteenth blind held-out set missed (lines worked for in lower case, a list
// closed by words that are no name, a quoted tally, "a certain", a dealer named by what they do, names in capitals
// after a cue, police ranks with a collar number, "w/b 1 for 20", rocks and brown in speech, "a bit of", wrapped
// numbers, streets named like their village), each with the look-alikes that must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractByRules, extractEntities } from './extraction.ts';

const people = (text: string): string[] => [...new Set(extractEntities(text).people.map((p) => p.name))];
const drugs = (text: string): string[] => [...new Set(extractEntities(text).drugs.map((d) => d.name))];
const vehicles = (text: string): string[] => extractEntities(text).vehicles.map((v) => (v.partial ? '~' : '') + v.vrm);
const handles = (text: string): string[] => extractEntities(text).handles.map((h) => h.handle);
const phones = (text: string): string[] => extractEntities(text).phones.map((p) => p.e164);
const streets = (text: string): string[] => extractEntities(text).addresses.map((a) => a.street);

describe('extraction: what the eighteenth held-out set found', () => {
  it('reads names in lists, tallies, frames of dealing, capitals and ranks', () => {
    assert.deepEqual(
      people(
        "ok so my little cousin jayden keeps getting picked up by this guy called dreamz. he told me hes 'running for the tizzy line' and gets paid in trainers",
      ),
      ['jayden', 'dreamz', 'tizzy'],
    );
    assert.deepEqual(people("a group chat with people called Deeks, Lil Ruger and someone saved as 'Spud'"), [
      'Deeks',
      'Lil Ruger',
      'Spud',
    ]);
    assert.deepEqual(people("on the table a paper with 'Bence - 2 brown', 'Lajos - 1 ket', and a phone"), [
      'Bence',
      'Lajos',
    ]);
    assert.deepEqual(
      people("he is in debt to a certain 'Pressure' who is using him. The boy's mother, Mama Tobi, wrote"),
      ['Pressure', 'Mama Tobi'],
    );
    assert.deepEqual(people("clearing nitrous canisters. one said the 'Gas Man' sells them from a blue Transit van"), [
      'Gas Man',
    ]);
    assert.deepEqual(people("A male named DANNY FERRIER aka DUPS is running a line called the 'DUPS line'."), [
      'DANNY FERRIER',
      'DUPS',
    ]);
    assert.deepEqual(people('Camera 14 log. PC Whitlock (2231) advised. Operator: D. Kenny.'), [
      'PC Whitlock',
      'D. Kenny',
    ]);
    assert.deepEqual(people("One said he was 'Omar's cousin Blade'."), ['Omar', 'Blade']);
    assert.deepEqual(
      people("'you already got the bag bro, just carry for Nines, 300 a week'. They drop white and brown"),
      ['Nines'],
    );
    assert.deepEqual(
      people("every parcel addressed to a different name, like 'Josh Kemp', 'Mr T Hollis', all at one flat"),
      ['Josh Kemp', 'Mr T Hollis'],
    );
    assert.deepEqual(people('My stepdaughter has a boyfriend, Jordan, who is 22.'), ['Jordan']);
    // A phrase quoted after a name, a group chat's name, a roundabout's village.
    assert.deepEqual(people("the man in the Mercedes is called 'Popeye' and 'runs the Camp'"), ['Popeye']);
    assert.deepEqual(people("the 'Triangle' is littered each weekend. Sold the 'Fast Gas' cylinders."), []);
    assert.deepEqual(people("We went to a certain 'Costa' and sat down. PC World was shut."), []);
  });

  it('reads menus, speech and quantities', () => {
    assert.deepEqual(drugs("'🚨 BIZZY LINE 🚨 back on 24/7 w/b 1 for 20 3 for 50 pebbles big n chunky'"), [
      'crack',
      'heroin',
    ]);
    assert.deepEqual(drugs('Car boot sale w/b 1 Dec, 2 for £5'), []);
    assert.deepEqual(
      drugs(
        "Kids in uniform go to the car window and leave with small packages, it is dealing. One kid said 'he's got rocks and the brown today'",
      ),
      ['crack', 'heroin'],
    );
    assert.deepEqual(drugs('rocks and brown leaves all over the garden'), []);
    assert.deepEqual(drugs("a young man offered one of our team 'a bit of sniff' not realising who we were"), [
      'cocaine',
    ]);
    assert.deepEqual(drugs("Callum has asked classmates if they want 'a bit of speed'"), ['amphetamine']);
    assert.deepEqual(drugs('he was given a bit of white paint and drove off at some speed'), []);
    assert.deepEqual(drugs("'babe hold this for me til Friday, its only green n a bit of K'"), [
      'cannabis',
      'ketamine',
    ]);
    assert.deepEqual(drugs('Kayden: nah this time its sniff n bars. Shotta says dont open it'), [
      'cocaine',
      'benzodiazepines',
    ]);
    assert.deepEqual(drugs("older boys are giving them 'the bud' in exchange for carrying a bag"), ['cannabis']);
  });

  it('reads a number wrapped after eight digits, a partial VRM, a snap account, and streets named like villages', () => {
    assert.deepEqual(phones("I have Ghost's number from a tenant: 07700 900\n646. I want him out"), ['+447700900646']);
    assert.deepEqual(vehicles("SUSPECTS LEFT IN WHITE HONDA JAZZ PARTIAL VRM 'NU7'."), ['~NU7']);
    assert.deepEqual(handles('theres a snap acc dreamzz.ldn that posts vids of cash'), ['dreamzz.ldn']);
    assert.deepEqual(streets('dropping parcels to How Wood and Bricket Wood'), []);
    assert.deepEqual(
      streets('a flat on How Wood, the road by the station; 12 Park Street; past the Park Street roundabout'),
      ['How Wood', 'Park Street', 'Park Street'],
    );
  });

  it('fires on none of the look-alikes a third precision review wrote against these rules', () => {
    for (const text of [
      'my dad works on the production line at the factory and some lads sell weed in the car park outside every night',
      "the kitchen order: 'Table - 2 coke', 'Bar - 3 coke'",
      "the 'Big Issue' sells for £4 now. I feel a certain 'Way' about it.",
      'I rang DC Plumbing (07700 900123) and Inspector Clouseau (1963) was on the telly.',
      'Operator: Three Mobile\nClinician: Duty Doctor\nReporting officer: Control Room',
      "he said 'I carry for Sainsbury's on Saturdays' and gets cash. 'I'm carrying for Grandad' he said",
      "he calls her names like 'Fatty' and 'Slag' in front of the class",
    ]) {
      assert.deepEqual(people(text), [], text);
    }
    // The learned model (ADR 61) may read a song sung as a name; its readings of look-alikes are counted
    // (person-model.test.ts), the rules' are none.
    const song = "we ordered from Papa John's and she was singing Mama Mia at 3am";
    assert.deepEqual(extractByRules(song).people, [], song);
    assert.deepEqual(people("he is known as 'Smokey' and 'lil T'"), ['Smokey', 'lil T']);
    assert.deepEqual(people('he is called Marcus, Jamaican and about 6ft tall'), ['Marcus']);
    assert.deepEqual(people("Ryan's brother Also came with him. Chloe's friend Sometimes stays over."), [
      'Ryan',
      'Chloe',
    ]);
    assert.deepEqual(people('a girl named MOLLY MAE, she is 14'), ['MOLLY']);
    for (const text of [
      'I need a bit of white spirit to clean the brushes. my son wants a bit of K-pop merch',
      "She runs a coffee stall for cash and said 'we've got light and dark today'",
      "My neighbour does landscaping for cash. He said 'I've got rocks and brown for your border, mate'",
      'the carpet, it is brown and green',
      "they were selling 'the snow globes' at the fair",
      'He woke up and drove off at some speed',
    ]) {
      assert.deepEqual(drugs(text), [], text);
    }
    assert.deepEqual(drugs('we looked at some speed and some weed he had, he wanted £20'), ['amphetamine', 'cannabis']);
    assert.deepEqual(phones('case number 07712 345\n678. crime number 07700 900\n123.'), []);
    assert.deepEqual(streets('the top of How Wood is where the van parks; the Park Street/Watling Street junction'), [
      'How Wood',
      'Park Street',
      'Watling Street',
    ]);
  });
});
