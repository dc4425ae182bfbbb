// The rules written from what the seventeenth blind held-out set missed (names a phone's screen or a profile shows,
// threats, titles of councillors and police, logs in capitals, chat senders of no list, street names of drugs said
// of a person, grass, counted pills, menus and prices, wrapped numbers, partial plates, the village a street is
// named for), each with the look-alikes that must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractByRules, extractEntities } from './extraction.ts';

const people = (text: string): string[] => [...new Set(extractEntities(text).people.map((p) => p.name))];
const drugs = (text: string): string[] => [...new Set(extractEntities(text).drugs.map((d) => d.name))];
const vehicles = (text: string): string[] => extractEntities(text).vehicles.map((v) => (v.partial ? '~' : '') + v.vrm);
const handles = (text: string): string[] => extractEntities(text).handles.map((h) => h.handle);
const phones = (text: string): string[] => extractEntities(text).phones.map((p) => p.e164);
const streets = (text: string): string[] => extractEntities(text).addresses.map((a) => a.street);

describe('extraction: what the seventeenth held-out set found', () => {
  it("reads the name a phone's screen, a contact, a card or a profile shows", () => {
    assert.deepEqual(people("the contact name showing was 'Bossman Zee'. YP says Zee is a friend"), ['Bossman Zee']);
    assert.deepEqual(people("when his phone ring the screen say 'Sharky'"), ['Sharky']);
    assert.deepEqual(people("The name on his card payment is 'D OKONJO-WRIGHT'."), ['D OKONJO-WRIGHT']);
    assert.deepEqual(people('name on the licence Lamar Bennett-Clarke'), ['Lamar Bennett-Clarke']);
    assert.deepEqual(people("a young man who styles himself 'Kingpin' – real name Lewis Tarrant"), [
      'Kingpin',
      'Lewis Tarrant',
    ]);
    assert.deepEqual(people('A letter on the side was addressed to a Francis Mulrooney in Tottenham.'), [
      'Francis Mulrooney',
    ]);
    const profile = extractEntities('his daughter lives in australia, shes on facebook as Dawn Pettifer if that helps');
    assert.deepEqual(
      profile.people.map((p) => p.name),
      ['Dawn Pettifer'],
    );
    assert.deepEqual(profile.handles, []);
    assert.deepEqual(handles('Story from username stackz.twoseven. add stackz.twoseven on snapchat'), [
      'stackz.twoseven',
      'stackz.twoseven',
    ]);
  });

  it('reads threats, "the tall one is", greetings that refuse, and chat senders of no list', () => {
    assert.deepEqual(people("she say 'if I lose the stuff Chef will kill me'. I did not open the bag."), ['Chef']);
    assert.deepEqual(people("The small one they call him 'Nemo' and the tall one is 'Ibz'."), ['Nemo', 'Ibz']);
    assert.deepEqual(people("I heard him say 'nah Deezy I can't, they're watching me'."), ['Deezy']);
    assert.deepEqual(people('[21:04] Chels: u still coming\n[21:05] Kayden M: ye\n[21:05] Chels: wat about it'), [
      'Chels',
      'Kayden M',
    ]);
    // Not a threat's maker at a sentence's start in a text with no quotes or dealing; not a log's speaker.
    assert.deepEqual(people('Please don’t hurt him. Dad will kill me if he finds out.'), []);
    assert.deepEqual(people('[10:01] Agent: Hello\n[10:02] Customer: hi\n[10:03] Agent: ok\n[10:04] Customer: x'), []);
  });

  it('reads titles of councillors and police, a log in capitals, and a body named after a word', () => {
    assert.deepEqual(people('From: Cllr Naomi Bright\nSubject: FW: Drugs'), ['Cllr Naomi Bright']);
    assert.deepEqual(people('PC Hargreaves attended and said they looked like crack.'), ['PC Hargreaves']);
    assert.deepEqual(people('Bag handed to attending PCSO. Caller heard one male shout. I went to PC World.'), []);
    assert.deepEqual(people('elderly neighbour MR DENNIS PRYOR (80s, lives alone). Mr Pryor told caller'), [
      'MR DENNIS PRYOR',
    ]);
    assert.deepEqual(people('Kind regards\nYouth Justice Service'), []);
    assert.deepEqual(people('Yours faithfully,\nPractice Principal'), []);
    assert.deepEqual(people('I have logged this and called MASH.'), []);
    assert.deepEqual(people("tell him it's at Nan's, not the flat"), []);
  });

  it("reads a drug's street name said of a person, in lower case", () => {
    const molly = extractEntities('my friend molly got this dm. it says free molly and nangs all night');
    assert.deepEqual(
      molly.people.map((p) => p.name),
      ['molly'],
    );
    assert.deepEqual(
      molly.drugs.map((d) => d.name),
      ['mdma', 'nitrous oxide'],
    );
    assert.deepEqual(
      people(
        'yo so theres this yout called lil kash hes like 14 and hes always shottin by the skate park off rothamsted ave. he sells bud n carts n sometimes ket.',
      ),
      ['lil kash'],
    );
    assert.deepEqual(people('declined to give name, lives in same block'), []);
  });

  it('reads grass in a bag, counted pills, "the charlie", a given drug, a bit of brown and runner pairs', () => {
    assert.deepEqual(
      drugs('YP denies any involvement with drugs, however a bag of grass was on the windowsill in her room'),
      ['cannabis'],
    );
    assert.deepEqual(
      drugs(
        'we sat on the grass. He is a grass and sells drugs. Bags of grass cuttings by the bins. A bag of grass for the rabbits.',
      ),
      [],
    );
    assert.deepEqual(drugs('his bag of ket and about 40 Es were taken off him'), ['ketamine', 'mdma']);
    assert.deepEqual(drugs('predicted grades have fallen to 3 Es and a D'), []);
    assert.deepEqual(drugs("on one call I heard 'tell him the charlie's at Nan's, not the flat'"), ['cocaine']);
    assert.deepEqual(drugs("Charlie's van was outside"), []);
    assert.deepEqual(drugs('she is given MD and balloons at the flat'), ['mdma', 'nitrous oxide']);
    assert.deepEqual(drugs('she was given E for effort'), []);
    assert.deepEqual(
      drugs(
        '[21:05] Chels: wat about the ting\n[21:06] Kayden M: bring it in ur bra. its only 10 stones n a bit of brown',
      ),
      ['crack', 'heroin'],
    );
    assert.deepEqual(
      drugs("They say 'the Pablo line made three bags today' and 'we need more dark and light for Monday'"),
      ['heroin', 'crack'],
    );
    assert.deepEqual(drugs('bring the 20 and the nines of sniff. Anyone want a Henry of green'), [
      'cocaine',
      'cannabis',
    ]);
    assert.deepEqual(drugs('my mate Henry Green came round'), []);
    assert.deepEqual(drugs('theres a man comes every day. they sell out the window, bags of coke and weed'), [
      'cocaine',
      'cannabis',
    ]);
    assert.deepEqual(drugs('a can of coke and two bottles of Coke'), []);
  });

  it("reads a line's menu by its prices and shorthand, and a price offered on menu words", () => {
    const menu =
      "'🚨 LINE BACK ON 🚨 SAVE DIS NUMBER\nW/B 10s 20s\n✨ shards ✨ pebbles ✨\n🍁 za / kush 🍁\n💎 sniff 1g 70 💎'";
    assert.deepEqual(drugs(menu), ['crack', 'heroin', 'cannabis', 'cocaine']);
    assert.deepEqual(drugs("He say 'you want something bro? good price on the za and the pebbles'"), [
      'cannabis',
      'crack',
    ]);
    assert.deepEqual(drugs('Car boot sale w/b 10 Dec, good price on the lights'), []);
  });

  it('reads a number wrapped after its first digits, a plate named after its last letters, not a village', () => {
    assert.deepEqual(phones('a card going round that says RICO 24/7 with the number 07700\n900208\nAgent: Thanks'), [
      '+447700900208',
    ]);
    assert.deepEqual(phones('order ref 07700\n900208'), []);
    assert.deepEqual(vehicles("in a black Golf – last three letters of the plate 'VZP'."), ['~VZP']);
    assert.deepEqual(streets('I deliver in Park Street village to a house on Penn Road.'), ['Penn Road']);
  });

  it('fires on none of the look-alikes a second precision review wrote against these rules', () => {
    for (const text of [
      "The caller id said 'Private Number'. The car's display said 'Brake Fault' and he drove off.",
      "They gave a name 'Rainbow Nursery' when they rang. He styles himself Doctor.",
      "I said 'Gran will kill me if I break another plate'. My mum says 'Universal Credit will kill me'.",
      "I have two phones, the old one is 'Nokia'.",
      "she texted back 'yeah Sure I can' and 'nah Honestly I can't do it'",
      '[10:01] Support: Hi\n[10:02] Me: my sim was swapped\n[10:03] Support: ok\n[10:05] Me: thanks',
      '[20:10] Bae: u coming\n[20:12] Me: yeah 5 mins\n[20:15] Bae: ok',
      'my son reads DC Comics all day. We are studying An Inspector Calls. Sgt Pepper was playing at 2am.',
      'The police came round. The PC Tower was taken from the bedroom.',
      'Update from the caller today: MR BILL PAID. Then later MRS JOAN FELL. The surgery says DR MARTIN BOOTS.',
      'i gave my friend molly at the festival. she went hospital after. im scared they will find out.',
      'the yout called twice and then turned up. a manny called earlier.',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
    // The rules read a threat's doer only where the talk is of dealing, and "the ginger one is" only of people. The
    // learned model (ADR 61) may read a capitalised word doing something, or a quoted name, as a name without
    // knowing it is a kitchen or a cat: its false readings of such look-alikes are counted, not listed
    // (person-model.test.ts).
    for (const text of [
      "I burnt the risotto and I'm pretty sure Chef will kill me.",
      "Two cats, the ginger one is 'Marmalade'.",
    ]) {
      assert.deepEqual(extractByRules(text).people, [], text);
    }
    assert.deepEqual(people('a lad called Mash runs the phone for them'), ['Mash']);
    assert.deepEqual(people('Kyle Bentley (16) was with them. The lads were with Nana Kwame, 18.'), [
      'Kyle Bentley',
      'Nana Kwame',
    ]);
    assert.deepEqual(people('Regards\nEmma Day'), ['Emma Day']);
    for (const text of [
      'Bags of grass trimmings have been fly tipped. He sells grass turf. Bag of grass for the rabbits.',
      "The crack's getting wider in the ceiling. The coke's gone flat. the mandy's mum came to get her.",
      'She was given pills for her anxiety by the GP. He was given a speed awareness course.',
      'We bought bags of Coke for the party, and crisps. He drinks loads of coke, his teeth are rotten.',
      'Save this number: Tina, window cleaner. White uPVC and green algae removed. Gold chain 1g 70.',
      "Lots of cash and visitors. He said to her 'separate the dark and light washing and bring it down'.",
      'He was dressed to the nines of white linen for the wedding.',
    ]) {
      assert.deepEqual(drugs(text), [], text);
    }
    assert.deepEqual(drugs('Young person made to hold ket and coke at his nan’s flat on Tavistock Close'), [
      'ketamine',
      'cocaine',
    ]);
    assert.deepEqual(drugs('He got 3 Es and a D in his GCSEs and now he is dealing weed.'), ['cannabis']);
    assert.deepEqual(phones('number plate ends 07700\n123456'), []);
    assert.deepEqual(streets('Outside the High Street village store the lads were drinking.'), ['High Street']);
    assert.deepEqual(
      handles(
        'Tried to follow her.she blocked him on insta. add salt.pepper, the tiktok recipe said. Follow gov.uk advice.',
      ),
      [],
    );
    assert.deepEqual(
      vehicles('It had LT on the plate, Lithuanian I think. Registered at 9AM on the registration portal.'),
      [],
    );
    assert.deepEqual(
      vehicles('A black BMW with LT on the plate was outside the school. The van had YX on its plate.'),
      ['~LT', '~YX'],
    );
  });
});
